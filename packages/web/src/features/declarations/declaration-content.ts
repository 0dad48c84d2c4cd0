import type { Schemas } from '@ohnet/api-client';
import {
  DECLARATION_HAZARD_CATEGORIES,
  DECLARATION_SURVEILLANCE_EXAM_TYPES,
  type DeclarationBasicInfo,
  type DeclarationCategoryExposure,
  type DeclarationCategoryTesting,
  type DeclarationContent,
  type DeclarationExamCounts,
  type DeclarationFactorRow,
  type DeclarationPointCounts,
  type DeclarationProduct,
  type DeclarationSubCountId,
  type DeclarationSurveillanceExamType,
  type DeclarationSurveillanceSummary,
  type DeclarationTestingReport,
  EMPLOYER_ECONOMIC_TYPES,
  EMPLOYER_SIZE_CLASSES,
  type HazardFactorCategory,
  declarationSubCountsOf,
} from '@ohnet/domain';

/**
 * The API carries the form as a loosely typed object (`DeclarationContent` in the contract: each
 * section a record); the domain's `DeclarationContent` is its real shape. These helpers read the
 * former into the latter field by field — a value of the wrong type becomes null (a draft may be
 * incomplete; the server's validator names every gap on submit) — and back.
 */

type Json = Record<string, unknown>;

const isRecord = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const recordOf = (v: unknown): Json => (isRecord(v) ? v : {});
const listOf = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const bool = (v: unknown): boolean | null => (typeof v === 'boolean' ? v : null);
const strings = (v: unknown): string[] => listOf(v).filter((s): s is string => typeof s === 'string');

/** Applies `make` to each of a record's keys (the six categories, the exam types). */
function mapKeys<K extends string, T>(keys: readonly K[], make: (key: K) => T): Record<K, T> {
  // Object.fromEntries cannot know that every key of K is present; `keys` lists them all.
  return Object.fromEntries(keys.map((k) => [k, make(k)])) as Record<K, T>;
}

const CATEGORIES = DECLARATION_HAZARD_CATEGORIES;

function readBasic(raw: unknown): DeclarationBasicInfo {
  const b = recordOf(raw);
  const economicType = str(b.economicType);
  const enterpriseSize = str(b.enterpriseSize);
  return {
    employerName: str(b.employerName),
    uscc: str(b.uscc),
    registeredAddress: str(b.registeredAddress),
    workplaceAddress: str(b.workplaceAddress),
    regionCode: str(b.regionCode),
    industryCode: str(b.industryCode),
    economicType: EMPLOYER_ECONOMIC_TYPES.find((e) => e === economicType) ?? null,
    enterpriseSize: EMPLOYER_SIZE_CLASSES.find((s) => s === enterpriseSize) ?? null,
    legalRepresentative: str(b.legalRepresentative),
    legalRepresentativePhone: str(b.legalRepresentativePhone),
    ohManagerName: str(b.ohManagerName),
    ohManagerPhone: str(b.ohManagerPhone),
    hasOhManagementBody: bool(b.hasOhManagementBody),
    fullTimeOhManagers: num(b.fullTimeOhManagers),
    partTimeOhManagers: num(b.partTimeOhManagers),
    totalStaff: num(b.totalStaff),
    dispatchedWorkers: num(b.dispatchedWorkers),
    cumulativeOccupationalDiseaseCases: num(b.cumulativeOccupationalDiseaseCases),
    totalExposedWorkers: num(b.totalExposedWorkers),
  };
}

function readSubCounts(category: HazardFactorCategory, raw: unknown): Partial<Record<DeclarationSubCountId, number | null>> {
  const r = recordOf(raw);
  return Object.fromEntries(declarationSubCountsOf(category).map((s) => [s.id, num(r[s.id])]));
}

function readCategory(category: HazardFactorCategory, raw: unknown): DeclarationCategoryExposure {
  const h = recordOf(raw);
  return { present: bool(h.present), exposedCount: num(h.exposedCount), subCounts: readSubCounts(category, h.subCounts) };
}

function readFactor(raw: unknown): DeclarationFactorRow {
  const f = recordOf(raw);
  const category = str(f.category);
  return {
    factorId: str(f.factorId),
    factorName: str(f.factorName) ?? '',
    category: CATEGORIES.find((c) => c === category) ?? null,
    exposedCount: num(f.exposedCount),
    posts: strings(f.posts),
  };
}

function readProduct(raw: unknown): DeclarationProduct {
  const p = recordOf(raw);
  return { name: str(p.name) ?? '', annualOutput: num(p.annualOutput), unit: str(p.unit) ?? '' };
}

function readReport(raw: unknown): DeclarationTestingReport {
  const r = recordOf(raw);
  return { institutionName: str(r.institutionName), reportNumber: str(r.reportNumber), reportDate: str(r.reportDate) };
}

function readPoints(raw: unknown): DeclarationPointCounts {
  const p = recordOf(raw);
  return { pointsTested: num(p.pointsTested), pointsOverLimit: num(p.pointsOverLimit) };
}

function readCategoryTesting(category: HazardFactorCategory, raw: unknown): DeclarationCategoryTesting {
  const c = recordOf(raw);
  const sub = recordOf(c.subPoints);
  return {
    ...readPoints(c),
    reportNumbers: strings(c.reportNumbers),
    subPoints: Object.fromEntries(declarationSubCountsOf(category).map((s) => [s.id, readPoints(sub[s.id])])),
  };
}

function readExams(raw: unknown): Record<DeclarationSurveillanceExamType, DeclarationExamCounts> {
  const e = recordOf(raw);
  return mapKeys(DECLARATION_SURVEILLANCE_EXAM_TYPES, (type) => {
    const counts = recordOf(e[type]);
    return { due: num(counts.due), done: num(counts.done) };
  });
}

/** A blank 本年度职业健康检查 section (the optional part of the form), for `year`. */
export function emptySurveillance(year: number | null): DeclarationSurveillanceSummary {
  return { year, conducted: null, reports: [], exams: readExams(null) };
}

function readSurveillance(raw: unknown): DeclarationSurveillanceSummary | null {
  if (!isRecord(raw)) return null;
  return { year: num(raw.year), conducted: bool(raw.conducted), reports: listOf(raw.reports).map(readReport), exams: readExams(raw.exams) };
}

/** The content of a declaration (or of the form's values) in the domain's shape. */
export function readDeclarationContent(raw: unknown): DeclarationContent {
  const c = recordOf(raw);
  const hazards = recordOf(c.hazards);
  const testing = recordOf(c.testing);
  const testingCategories = recordOf(testing.categories);
  const change = isRecord(c.change) ? { reason: str(c.change.reason), occurredOn: str(c.change.occurredOn) } : null;
  return {
    basic: readBasic(c.basic),
    change,
    products: listOf(c.products).map(readProduct),
    hazards: mapKeys(CATEGORIES, (cat) => readCategory(cat, hazards[cat])),
    factors: listOf(c.factors).map(readFactor),
    testing: {
      year: num(testing.year),
      conducted: bool(testing.conducted),
      reports: listOf(testing.reports).map(readReport),
      categories: mapKeys(CATEGORIES, (cat) => readCategoryTesting(cat, testingCategories[cat])),
    },
    surveillance: readSurveillance(c.surveillance),
  };
}

/** The content as the API's request body wants it (each section a plain record). */
export function contentInput(content: DeclarationContent): Schemas['DeclarationContentInput'] {
  return {
    basic: { ...content.basic },
    change: content.change ? { ...content.change } : null,
    products: content.products.map((p) => ({ ...p })),
    hazards: { ...content.hazards },
    factors: content.factors.map((f) => ({ ...f })),
    testing: { ...content.testing },
    surveillance: content.surveillance ? { ...content.surveillance } : null,
  };
}

/** The six hazard categories in catalogue order, as the form lists them. */
export const FORM_CATEGORIES: readonly HazardFactorCategory[] = CATEGORIES;
