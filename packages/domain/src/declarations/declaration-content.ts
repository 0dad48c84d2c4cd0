/**
 * Content of a hazard declaration: the structure of 职业病危害项目申报表.
 *
 * PROVENANCE — NOT VERIFIED AGAINST THE OFFICIAL ATTACHMENT. shared/reference does not hold the
 * form; the model below is assembled from:
 * 1. 职业病危害项目申报表（2012年版）及填写说明, attachment 1 of the 国家安全生产监督管理总局 notice of
 *    2012-05-31 that accompanies 职业病危害项目申报办法 (总局令第48号) — page copy
 *    fsou.com/html/text/chl/1760/176005_2.html; instructions at doczj.com/doc/0d10395763.html.
 *    It gives: 申报类别 (初次/变更) and 变更原因; 单位注册地址; 工作场所地址; 企业规模 大/中/小/微;
 *    行业分类; 注册类型; 法定代表人 and 联系电话; 职业卫生管理机构 有/无; 职业卫生管理人员数 专职/兼职;
 *    劳动者总人数; 职业病累计人数; per hazard class 有/无 and 接触人数; 接触职业病危害总人数; and the
 *    distribution table 作业场所名称 / 职业病危害因素名称 / 接触人数（可重复）/ 接触人数（不重复）.
 *    The 2012 form has five classes (粉尘类、化学物质类、物理因素类、放射性物质类、其他).
 * 2. The online declaration system as it stands after the 2015 catalogue, seen through a technical
 *    service institution's 2022 export "职业病危害项目申报索引" that mirrors it (public code:
 *    maomaolulu/zj-v2-java, DeclareIndexService.java and its DTOs): 统一社会信用代码; 经济类型;
 *    在册职工总数; 接害总人数（含外委）; 职业卫生管理联系人/电话; 主要产品 (名称、年产量、单位); the six
 *    categories of 职业病危害因素分类目录 (2015) with 有/无 and 接触总人数, and the named sub-counts
 *    粉尘: 矽尘、煤尘、石棉粉尘; 化学物质: 铅、苯; 物理因素: 噪声 (none for 放射性、生物、其他);
 *    本年度检测情况: 检测机构名称, 检测报告编号, and per category (and per named sub-factor)
 *    检测点数 / 超标点数.
 * 3. The health-surveillance summary (本年度职业健康检查: 机构、报告编号、应检/实检人数 by exam type)
 *    is from memory of the online system and is optional (`surveillance: null`).
 * Field names are ours (GLOSSARY); every field notes the form label it stands for.
 */
import { HAZARD_FACTOR_CATEGORIES, type HazardFactorCategory, type HazardFactorRow, hazardFactorById } from '../catalogs/hazard-factor.catalog.ts';
import { type FieldIssue } from '../errors/errors.ts';
import { isEmployerEconomicType, type EmployerEconomicType } from '../employers/economic-types.ts';
import { isNonNegativeInteger } from '../employers/employer-profile.ts';
import { employerIndustrySection } from '../employers/employer-industry.ts';
import { isEmployerSizeClass, type EmployerSizeClass } from '../employers/employer-size.ts';
import { resolveHazardFactorReference } from '../employers/hazard-factor-reference.ts';
import { type Provenance } from '../rules/rule-pack.ts';
import { isIsoDate } from '../surveillance/dates.ts';
import { validatePhone } from '../validators/mobile.validator.ts';
import { validateRegionCode } from '../validators/region-code.validator.ts';
import { validateUscc } from '../validators/uscc.validator.ts';
import { type DeclarationFilingKind } from './declaration.workflow.ts';

/** Where the form structure comes from (see the header). */
export const DECLARATION_FORM_SOURCE: Provenance & { title: string } = {
  title: '职业病危害项目申报表（2012年版；在线申报系统现行栏目）',
  verified: false,
  source:
    '2012 form: fsou.com/html/text/chl/1760/176005_2.html (page copy); online-system fields: maomaolulu/zj-v2-java DeclareIndexService.java (third-party export, 2022); surveillance summary: memory',
  confidence: 'medium',
};

// ---------------------------------------------------------------------------------------------
// Named sub-counts

/** Identifiers of the named sub-counts (其中：矽尘 …), see {@link DECLARATION_SUBCOUNTS}. */
export const DECLARATION_SUBCOUNT_IDS = ['silica_dust', 'coal_dust', 'asbestos_dust', 'lead', 'benzene', 'noise'] as const;
export type DeclarationSubCountId = (typeof DECLARATION_SUBCOUNT_IDS)[number];

/** A sub-count the form names under a category ("其中：矽尘 __ 人"). */
export interface DeclarationSubCount extends Provenance {
  id: DeclarationSubCountId;
  category: HazardFactorCategory;
  /** Label as printed on the form. */
  label: string;
  /** The catalogue row it counts (职业病危害因素分类目录 2015). */
  factorId: string;
}

const SUBCOUNT_SOURCE = 'online declaration system fields as mirrored by maomaolulu/zj-v2-java DustCategoryDto/ChemistryCategoryDto/PhysicsCategoryDto (2022)';

/**
 * The named sub-counts of the online form: 粉尘 — 矽尘, 煤尘, 石棉粉尘; 化学物质 — 铅, 苯; 物理因素 —
 * 噪声 (the factors of the key occupational diseases: 尘肺病, 铅/苯中毒, 噪声聋). 铅 counts catalogue
 * item 化学因素 1 铅及其化合物（不包括四乙基铅）; 四乙基铅 (item 25) is not part of it.
 */
export const DECLARATION_SUBCOUNTS: readonly DeclarationSubCount[] = [
  { id: 'silica_dust', category: 'dust', label: '矽尘', factorId: 'dust-1', verified: false, source: SUBCOUNT_SOURCE, confidence: 'medium' },
  { id: 'coal_dust', category: 'dust', label: '煤尘', factorId: 'dust-2', verified: false, source: SUBCOUNT_SOURCE, confidence: 'medium' },
  { id: 'asbestos_dust', category: 'dust', label: '石棉粉尘', factorId: 'dust-5', verified: false, source: SUBCOUNT_SOURCE, confidence: 'medium' },
  { id: 'lead', category: 'chemical', label: '铅', factorId: 'chemical-1', verified: false, source: SUBCOUNT_SOURCE, confidence: 'medium' },
  { id: 'benzene', category: 'chemical', label: '苯', factorId: 'chemical-28', verified: false, source: SUBCOUNT_SOURCE, confidence: 'medium' },
  { id: 'noise', category: 'physical', label: '噪声', factorId: 'physical-1', verified: false, source: SUBCOUNT_SOURCE, confidence: 'medium' },
];

/** The sub-counts the form names under `category` (none for 放射性、生物、其他). */
export function declarationSubCountsOf(category: HazardFactorCategory): readonly DeclarationSubCount[] {
  return DECLARATION_SUBCOUNTS.filter((s) => s.category === category);
}

/** The sub-count that counts this catalogue row, if any (`dust-1` → 矽尘). */
export function declarationSubCountForFactor(factorId: string): DeclarationSubCount | null {
  return DECLARATION_SUBCOUNTS.find((s) => s.factorId === factorId) ?? null;
}

// ---------------------------------------------------------------------------------------------
// Model

/** 基本信息. Null = not filled in yet (drafts); the validator names every missing field. */
export interface DeclarationBasicInfo {
  /** 用人单位名称. */
  employerName: string | null;
  /** 统一社会信用代码. */
  uscc: string | null;
  /** 单位注册地址. */
  registeredAddress: string | null;
  /** 工作场所地址 (作业场所地址). */
  workplaceAddress: string | null;
  /** Region of the workplace (GB/T 2260 / township code); decides the accepting authority. */
  regionCode: string | null;
  /** 行业分类, GB/T 4754-2017 code (`C3511`). */
  industryCode: string | null;
  /** 注册类型 / 经济类型. */
  economicType: EmployerEconomicType | null;
  /** 企业规模 大/中/小/微. */
  enterpriseSize: EmployerSizeClass | null;
  /** 法定代表人 (主要负责人 where there is no legal person). */
  legalRepresentative: string | null;
  /** 联系电话 of the legal representative (optional on the online form). */
  legalRepresentativePhone: string | null;
  /** 职业卫生管理联系人. */
  ohManagerName: string | null;
  /** 职业卫生管理联系人 联系电话. */
  ohManagerPhone: string | null;
  /** 职业卫生管理机构 有/无. */
  hasOhManagementBody: boolean | null;
  /** 职业卫生管理人员数 专职. */
  fullTimeOhManagers: number | null;
  /** 职业卫生管理人员数 兼职. */
  partTimeOhManagers: number | null;
  /** 劳动者总人数 / 在册职工总数 — own staff, dispatched labour excluded. */
  totalStaff: number | null;
  /** 外委 / 劳务派遣 workers at the workplace (counted in 接害总人数（含外委）). */
  dispatchedWorkers: number | null;
  /** 职业病累计人数. */
  cumulativeOccupationalDiseaseCases: number | null;
  /** 接触职业病危害总人数 / 接害总人数（含外委）: distinct workers exposed to any factor. */
  totalExposedWorkers: number | null;
}

/** 变更原因 (申报办法 第八条) for a change declaration. */
export interface DeclarationChange {
  reason: string | null;
  /** The day the change happened, or the testing/evaluation results were received (第八条第四项). */
  occurredOn: string | null;
}

/** 主要产品. */
export interface DeclarationProduct {
  name: string;
  /** 年产量. */
  annualOutput: number | null;
  /** 单位 (t, 件, 万件 …). */
  unit: string;
}

/** One category row of 职业病危害因素种类. */
export interface DeclarationCategoryExposure {
  /** 有/无. */
  present: boolean | null;
  /** 接触（总）人数: distinct workers exposed to any factor of the category. */
  exposedCount: number | null;
  /** 其中: the named sub-counts of this category. */
  subCounts: Partial<Record<DeclarationSubCountId, number | null>>;
}

/** One row of 职业病危害因素分布情况: a factor with its exposed workers and posts. */
export interface DeclarationFactorRow {
  /** Catalogue row id when chosen from the catalogue. */
  factorId: string | null;
  /** 职业病危害因素名称, resolved through the catalogue when `factorId` is null. */
  factorName: string;
  /** Category; taken from the catalogue row when the factor resolves. */
  category: HazardFactorCategory | null;
  /** 接触人数（可重复）: workers exposed to this factor. */
  exposedCount: number | null;
  /** 作业场所 / 岗位 where the factor occurs. */
  posts: readonly string[];
}

/** A testing report of the year (检测机构名称, 检测报告编号). */
export interface DeclarationTestingReport {
  institutionName: string | null;
  reportNumber: string | null;
  /** Date of the report (YYYY-MM-DD). */
  reportDate: string | null;
}

/** 检测点数 / 超标点数. */
export interface DeclarationPointCounts {
  pointsTested: number | null;
  pointsOverLimit: number | null;
}

/** Testing of one category. */
export interface DeclarationCategoryTesting extends DeclarationPointCounts {
  /** Report numbers (from `testing.reports`) covering this category. */
  reportNumbers: readonly string[];
  /** The same counts for the named sub-factors. */
  subPoints: Partial<Record<DeclarationSubCountId, DeclarationPointCounts>>;
}

/** 本年度检测情况. */
export interface DeclarationTestingSummary {
  /** The testing year (本年度). */
  year: number | null;
  /** 已检测 / 未检测. */
  conducted: boolean | null;
  reports: readonly DeclarationTestingReport[];
  categories: Record<HazardFactorCategory, DeclarationCategoryTesting>;
}

/** Exam types of the surveillance summary (GLOSSARY healthExam types). */
export const DECLARATION_SURVEILLANCE_EXAM_TYPES = ['pre_employment', 'periodic', 'exit'] as const;
export type DeclarationSurveillanceExamType = (typeof DECLARATION_SURVEILLANCE_EXAM_TYPES)[number];

/** 应检人数 / 实检人数. */
export interface DeclarationExamCounts {
  due: number | null;
  done: number | null;
}

/** 本年度职业健康检查 (from memory of the online system; optional). */
export interface DeclarationSurveillanceSummary {
  year: number | null;
  conducted: boolean | null;
  reports: readonly DeclarationTestingReport[];
  exams: Record<DeclarationSurveillanceExamType, DeclarationExamCounts>;
}

/** The whole form. */
export interface DeclarationContent {
  basic: DeclarationBasicInfo;
  /** Required for `change` declarations. */
  change: DeclarationChange | null;
  products: readonly DeclarationProduct[];
  hazards: Record<HazardFactorCategory, DeclarationCategoryExposure>;
  factors: readonly DeclarationFactorRow[];
  testing: DeclarationTestingSummary;
  surveillance: DeclarationSurveillanceSummary | null;
}

/** The six categories in catalogue order. */
export const DECLARATION_HAZARD_CATEGORIES: readonly HazardFactorCategory[] = HAZARD_FACTOR_CATEGORIES.map((c) => c.id);

function byCategory<T>(make: (c: HazardFactorCategory) => T): Record<HazardFactorCategory, T> {
  return {
    dust: make('dust'),
    chemical: make('chemical'),
    physical: make('physical'),
    radioactive: make('radioactive'),
    biological: make('biological'),
    other: make('other'),
  };
}

/** A blank form: every value null, no rows; `testing.year` set to `year` when given. */
export function emptyDeclarationContent(year: number | null = null): DeclarationContent {
  return {
    basic: {
      employerName: null,
      uscc: null,
      registeredAddress: null,
      workplaceAddress: null,
      regionCode: null,
      industryCode: null,
      economicType: null,
      enterpriseSize: null,
      legalRepresentative: null,
      legalRepresentativePhone: null,
      ohManagerName: null,
      ohManagerPhone: null,
      hasOhManagementBody: null,
      fullTimeOhManagers: null,
      partTimeOhManagers: null,
      totalStaff: null,
      dispatchedWorkers: null,
      cumulativeOccupationalDiseaseCases: null,
      totalExposedWorkers: null,
    },
    change: null,
    products: [],
    hazards: byCategory(() => ({ present: null, exposedCount: null, subCounts: {} })),
    factors: [],
    testing: {
      year,
      conducted: null,
      reports: [],
      categories: byCategory(() => ({ pointsTested: null, pointsOverLimit: null, reportNumbers: [], subPoints: {} })),
    },
    surveillance: null,
  };
}

// ---------------------------------------------------------------------------------------------
// Validation

/** What the content is checked against. */
export interface DeclarationContentContext {
  kind: DeclarationFilingKind;
  /** Filing date (YYYY-MM-DD): no date in the form may be later; catalogue edition date. */
  asOf: string;
  /** The employer's registered USCC; when given, the form must carry the same one. */
  registeredUscc?: string | null;
}

const isBlank = (s: string | null | undefined): boolean => s === null || s === undefined || s.trim() === '';
const catLabel = (c: HazardFactorCategory): string => HAZARD_FACTOR_CATEGORIES.find((x) => x.id === c)?.name ?? c;

class Issues {
  readonly list: FieldIssue[] = [];
  add(path: string, code: string, message: string): void {
    this.list.push({ path, code, message });
  }
  required(path: string, value: unknown): boolean {
    const missing = value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
    if (missing) this.add(path, 'declaration.required', `${path} is required`);
    return !missing;
  }
  /** Checks a count; returns it when it is a whole number ≥ 0, null otherwise (reported unless null is allowed). */
  count(path: string, value: number | null | undefined, required: boolean): number | null {
    if (value === null || value === undefined) {
      if (required) this.add(path, 'declaration.required', `${path} is required`);
      return null;
    }
    if (!isNonNegativeInteger(value)) {
      this.add(path, 'declaration.count_invalid', `${path} must be a whole number ≥ 0`);
      return null;
    }
    return value;
  }
  date(path: string, value: string | null, asOf: string, required: boolean): string | null {
    if (value === null || value === '') {
      if (required) this.add(path, 'declaration.required', `${path} is required`);
      return null;
    }
    if (!isIsoDate(value)) {
      this.add(path, 'declaration.date_invalid', `${path} must be YYYY-MM-DD`);
      return null;
    }
    if (value > asOf) {
      this.add(path, 'declaration.date_in_future', `${path} (${value}) is after the filing date ${asOf}`);
      return null;
    }
    return value;
  }
}

function basicIssues(out: Issues, b: DeclarationBasicInfo, ctx: DeclarationContentContext): void {
  const p = (f: keyof DeclarationBasicInfo) => `basic.${f}`;
  for (const f of ['employerName', 'registeredAddress', 'workplaceAddress', 'legalRepresentative', 'ohManagerName'] as const) out.required(p(f), b[f]);
  if (out.required(p('uscc'), b.uscc)) {
    const v = validateUscc(b.uscc ?? '');
    if (!v.ok) for (const i of v.issues) out.add(p('uscc'), i.code, i.message);
    else if (!isBlank(ctx.registeredUscc) && v.value.uscc !== (ctx.registeredUscc ?? '').trim().toUpperCase()) {
      out.add(p('uscc'), 'declaration.uscc_mismatch', 'The USCC differs from the employer record');
    }
  }
  if (out.required(p('regionCode'), b.regionCode)) {
    const v = validateRegionCode(b.regionCode ?? '');
    if (!v.ok) for (const i of v.issues) out.add(p('regionCode'), i.code, i.message);
  }
  if (out.required(p('industryCode'), b.industryCode) && employerIndustrySection(b.industryCode ?? '').section === null) {
    out.add(p('industryCode'), 'declaration.industry_code_invalid', 'industryCode must be a GB/T 4754-2017 code such as C3511');
  }
  if (out.required(p('economicType'), b.economicType) && !isEmployerEconomicType(b.economicType)) {
    out.add(p('economicType'), 'declaration.economic_type_invalid', 'Unknown economic type');
  }
  if (out.required(p('enterpriseSize'), b.enterpriseSize) && !isEmployerSizeClass(b.enterpriseSize)) {
    out.add(p('enterpriseSize'), 'declaration.enterprise_size_invalid', 'enterpriseSize must be large, medium, small or micro');
  }
  for (const f of ['ohManagerPhone', 'legalRepresentativePhone'] as const) {
    const value = b[f];
    if (f === 'ohManagerPhone' && !out.required(p(f), value)) continue;
    if (isBlank(value)) continue;
    const v = validatePhone(value ?? '');
    if (!v.ok) for (const i of v.issues) out.add(p(f), i.code, i.message);
  }
  out.required(p('hasOhManagementBody'), b.hasOhManagementBody);
  for (const f of ['fullTimeOhManagers', 'partTimeOhManagers', 'totalStaff', 'dispatchedWorkers', 'cumulativeOccupationalDiseaseCases', 'totalExposedWorkers'] as const) {
    out.count(p(f), b[f], true);
  }
}

function changeIssues(out: Issues, content: DeclarationContent, ctx: DeclarationContentContext): void {
  if (ctx.kind !== 'change' && content.change === null) return;
  if (content.change === null) {
    out.add('change', 'declaration.required', '变更申报须填写变更原因和变更日期 (申报办法 第八条)');
    return;
  }
  out.required('change.reason', content.change.reason);
  out.date('change.occurredOn', content.change.occurredOn, ctx.asOf, ctx.kind === 'change');
}

function productIssues(out: Issues, products: readonly DeclarationProduct[]): void {
  products.forEach((prod, i) => {
    out.required(`products.${i}.name`, prod.name);
    out.required(`products.${i}.unit`, prod.unit);
    const v = prod.annualOutput;
    if (v === null || v === undefined) out.add(`products.${i}.annualOutput`, 'declaration.required', 'annualOutput is required');
    else if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) out.add(`products.${i}.annualOutput`, 'declaration.number_invalid', 'annualOutput must be a number ≥ 0');
  });
}

interface ResolvedRow {
  index: number;
  category: HazardFactorCategory | null;
  factorId: string | null;
  exposed: number | null;
}

function factorRowIssues(out: Issues, content: DeclarationContent, ctx: DeclarationContentContext): ResolvedRow[] {
  return content.factors.map((row, i) => {
    const base = `factors.${i}`;
    const r = resolveHazardFactorReference(row, ctx.asOf);
    let category = row.category;
    if (r.status === 'unknown') {
      out.add(`${base}.factorName`, 'declaration.unknown_hazard_factor', `“${row.factorId ?? row.factorName}” is not in 职业病危害因素分类目录 (国卫疾控发〔2015〕92号)`);
    } else if (r.status === 'ambiguous') {
      out.add(`${base}.factorName`, 'declaration.ambiguous_hazard_factor', `“${row.factorName}” matches ${r.candidates.map((c) => c.name).join('、')}; choose one`);
    } else if (r.status === 'resolved' && r.factor) {
      if (category !== null && category !== r.factor.category) {
        out.add(`${base}.category`, 'declaration.factor_category_mismatch', `${r.factor.name} belongs to ${r.factor.categoryName}`);
      }
      category = r.factor.category;
    } else if (category === null) {
      // A catalogue name whose row is not loaded: the employer states the category.
      out.add(`${base}.category`, 'declaration.required', 'category is required for a factor outside the loaded catalogue rows');
    }
    const exposed = out.count(`${base}.exposedCount`, row.exposedCount, true);
    if (category !== null && content.hazards[category].present === false) {
      out.add(`${base}.category`, 'declaration.factor_in_absent_category', `${catLabel(category)} is marked 无 but lists this factor`);
    }
    return { index: i, category, factorId: r.status === 'resolved' ? (r.factor?.id ?? null) : null, exposed };
  });
}

function hazardIssues(out: Issues, content: DeclarationContent, rows: readonly ResolvedRow[]): Map<HazardFactorCategory, number> {
  const counts = new Map<HazardFactorCategory, number>();
  for (const c of DECLARATION_HAZARD_CATEGORIES) {
    const h = content.hazards[c];
    const base = `hazards.${c}`;
    if (!out.required(`${base}.present`, h.present)) continue;
    const named = declarationSubCountsOf(c);
    for (const key of Object.keys(h.subCounts)) {
      if (!named.some((s) => s.id === key)) out.add(`${base}.subCounts.${key}`, 'declaration.subcount_not_in_category', `${key} is not a sub-count of ${catLabel(c)}`);
    }
    const catRows = rows.filter((r) => r.category === c);
    if (h.present === false) {
      if ((h.exposedCount ?? 0) !== 0) out.add(`${base}.exposedCount`, 'declaration.absent_category_has_exposed', `${catLabel(c)} is marked 无: exposedCount must be 0`);
      for (const s of named) {
        if ((h.subCounts[s.id] ?? 0) !== 0) out.add(`${base}.subCounts.${s.id}`, 'declaration.absent_category_has_exposed', `${catLabel(c)} is marked 无: ${s.label} must be 0`);
      }
      continue;
    }
    const exposed = out.count(`${base}.exposedCount`, h.exposedCount, true);
    if (exposed !== null) counts.set(c, exposed);
    if (catRows.length === 0) out.add(base, 'declaration.category_without_factors', `${catLabel(c)} is marked 有 but no factor of it is listed`);
    const rowCounts = catRows.map((r) => r.exposed).filter((n): n is number => n !== null);
    if (exposed !== null) {
      for (const r of catRows) {
        if (r.exposed !== null && r.exposed > exposed) {
          out.add(`factors.${r.index}.exposedCount`, 'declaration.factor_exceeds_category', `${r.exposed} exposed to this factor but ${exposed} to ${catLabel(c)} as a whole`);
        }
      }
      const sum = rowCounts.reduce((a, b) => a + b, 0);
      if (rowCounts.length === catRows.length && catRows.length > 0 && exposed > sum) {
        out.add(`${base}.exposedCount`, 'declaration.category_exceeds_factor_rows', `${exposed} exposed to ${catLabel(c)} but the factor rows add up to ${sum}`);
      }
    }
    for (const s of named) {
      const sub = out.count(`${base}.subCounts.${s.id}`, h.subCounts[s.id], true);
      if (sub === null) continue;
      if (exposed !== null && sub > exposed) {
        out.add(`${base}.subCounts.${s.id}`, 'declaration.subcount_exceeds_category', `${s.label} ${sub} > ${catLabel(c)} ${exposed}`);
      }
      const factorRows = catRows.filter((r) => r.factorId === s.factorId && r.exposed !== null).map((r) => r.exposed as number);
      const max = Math.max(0, ...factorRows);
      const total = factorRows.reduce((a, b) => a + b, 0);
      if (sub < max) out.add(`${base}.subCounts.${s.id}`, 'declaration.subcount_below_factor_row', `${s.label} ${sub} < ${max} in a factor row`);
      else if (sub > total) out.add(`${base}.subCounts.${s.id}`, 'declaration.subcount_exceeds_factor_rows', `${s.label} ${sub} > ${total} in the factor rows`);
    }
  }
  if (DECLARATION_HAZARD_CATEGORIES.every((c) => content.hazards[c].present === false)) {
    out.add('hazards', 'declaration.no_hazards', 'A declaration lists at least one hazard category (申报办法 第二条: 存在职业病危害因素的用人单位申报)');
  }
  return counts;
}

function totalIssues(out: Issues, b: DeclarationBasicInfo, counts: Map<HazardFactorCategory, number>): void {
  const staff = isNonNegativeInteger(b.totalStaff) ? b.totalStaff : null;
  const dispatched = isNonNegativeInteger(b.dispatchedWorkers) ? b.dispatchedWorkers : null;
  const headcount = staff !== null && dispatched !== null ? staff + dispatched : null;
  const values = [...counts.values()];
  const max = Math.max(0, ...values);
  const sum = values.reduce((a, c) => a + c, 0);
  if (headcount !== null) {
    for (const [c, n] of counts) {
      if (n > headcount) out.add(`hazards.${c}.exposedCount`, 'declaration.exposed_exceeds_staff', `${n} exposed to ${catLabel(c)} but only ${headcount} staff and dispatched workers`);
    }
  }
  const total = isNonNegativeInteger(b.totalExposedWorkers) ? b.totalExposedWorkers : null;
  if (total === null) return;
  if (headcount !== null && total > headcount) {
    out.add('basic.totalExposedWorkers', 'declaration.exposed_exceeds_staff', `${total} exposed but only ${headcount} staff and dispatched workers`);
  }
  if (total < max) out.add('basic.totalExposedWorkers', 'declaration.total_exposed_below_category', `${total} exposed in total but ${max} in one category`);
  else if (values.length > 0 && total > sum) out.add('basic.totalExposedWorkers', 'declaration.total_exposed_above_categories', `${total} exposed in total but the categories add up to ${sum}`);
}

function reportIssues(out: Issues, base: string, reports: readonly DeclarationTestingReport[], year: number | null, asOf: string): Set<string> {
  const numbers = new Set<string>();
  reports.forEach((r, i) => {
    const p = `${base}.${i}`;
    out.required(`${p}.institutionName`, r.institutionName);
    if (out.required(`${p}.reportNumber`, r.reportNumber)) {
      const n = (r.reportNumber ?? '').trim();
      if (numbers.has(n)) out.add(`${p}.reportNumber`, 'declaration.duplicate_report_number', `Report ${n} is listed twice`);
      numbers.add(n);
    }
    const date = out.date(`${p}.reportDate`, r.reportDate, asOf, true);
    if (date !== null && year !== null && Number(date.slice(0, 4)) !== year) {
      out.add(`${p}.reportDate`, 'declaration.report_date_outside_year', `${date} is not in ${year}`);
    }
  });
  return numbers;
}

function yearIssue(out: Issues, path: string, year: number | null, asOf: string): number | null {
  if (!out.required(path, year)) return null;
  if (!Number.isInteger(year) || (year ?? 0) < 2000 || (year ?? 0) > Number(asOf.slice(0, 4))) {
    out.add(path, 'declaration.year_invalid', `${path} must be a year not after ${asOf.slice(0, 4)}`);
    return null;
  }
  return year;
}

function pointIssues(out: Issues, path: string, pts: DeclarationPointCounts, required: boolean): { tested: number | null; over: number | null } {
  const tested = out.count(`${path}.pointsTested`, pts.pointsTested, required);
  const over = out.count(`${path}.pointsOverLimit`, pts.pointsOverLimit, required);
  if (tested !== null && over !== null && over > tested) {
    out.add(`${path}.pointsOverLimit`, 'declaration.points_over_exceed_tested', `${over} points over the limit but ${tested} tested`);
  }
  return { tested, over };
}

function testingIssues(out: Issues, content: DeclarationContent, ctx: DeclarationContentContext): void {
  const t = content.testing;
  const year = yearIssue(out, 'testing.year', t.year, ctx.asOf);
  if (!out.required('testing.conducted', t.conducted)) return;
  const numbers = reportIssues(out, 'testing.reports', t.reports, year, ctx.asOf);
  if (t.conducted === true && t.reports.length === 0) out.add('testing.reports', 'declaration.report_required', '已检测: name the testing institution and report');
  if (t.conducted === false && t.reports.length > 0) out.add('testing.reports', 'declaration.testing_not_conducted_has_data', '未检测 but reports are listed');
  for (const c of DECLARATION_HAZARD_CATEGORIES) {
    const ct = t.categories[c];
    const base = `testing.categories.${c}`;
    const present = content.hazards[c].present === true;
    const { tested, over } = pointIssues(out, base, ct, t.conducted === true && present);
    if ((tested ?? 0) > 0 && !present) out.add(`${base}.pointsTested`, 'declaration.testing_absent_category', `${catLabel(c)} is marked 无 but has tested points`);
    if ((tested ?? 0) > 0 && t.conducted === false) out.add(`${base}.pointsTested`, 'declaration.testing_not_conducted_has_data', '未检测 but points are given');
    if ((tested ?? 0) > 0 && ct.reportNumbers.length === 0) {
      out.add(`${base}.reportNumbers`, 'declaration.report_number_required', `${catLabel(c)}: name the report(s) of the ${tested} tested points`);
    }
    ct.reportNumbers.forEach((n, i) => {
      if (!numbers.has(n.trim())) out.add(`${base}.reportNumbers.${i}`, 'declaration.report_number_unknown', `Report ${n} is not among testing.reports`);
    });
    const named = declarationSubCountsOf(c);
    for (const [key, pts] of Object.entries(ct.subPoints) as [string, DeclarationPointCounts][]) {
      const sub = named.find((s) => s.id === key);
      const p = `${base}.subPoints.${key}`;
      if (!sub) {
        out.add(p, 'declaration.subcount_not_in_category', `${key} is not a sub-factor of ${catLabel(c)}`);
        continue;
      }
      const s = pointIssues(out, p, pts, false);
      if (s.tested !== null && tested !== null && s.tested > tested) out.add(`${p}.pointsTested`, 'declaration.subcount_exceeds_category', `${sub.label} ${s.tested} > ${tested} points`);
      if (s.over !== null && over !== null && s.over > over) out.add(`${p}.pointsOverLimit`, 'declaration.subcount_exceeds_category', `${sub.label} ${s.over} > ${over} points over the limit`);
    }
  }
}

function surveillanceIssues(out: Issues, content: DeclarationContent, ctx: DeclarationContentContext): void {
  const s = content.surveillance;
  if (s === null) return;
  const year = yearIssue(out, 'surveillance.year', s.year, ctx.asOf);
  if (!out.required('surveillance.conducted', s.conducted)) return;
  reportIssues(out, 'surveillance.reports', s.reports, year, ctx.asOf);
  if (s.conducted === true && s.reports.length === 0) out.add('surveillance.reports', 'declaration.report_required', '已开展: name the exam institution and report');
  const exposed = isNonNegativeInteger(content.basic.totalExposedWorkers) ? content.basic.totalExposedWorkers : null;
  for (const type of DECLARATION_SURVEILLANCE_EXAM_TYPES) {
    const base = `surveillance.exams.${type}`;
    const e = s.exams[type];
    const due = out.count(`${base}.due`, e.due, s.conducted === true);
    const done = out.count(`${base}.done`, e.done, s.conducted === true);
    if (due !== null && done !== null && done > due) out.add(`${base}.done`, 'declaration.exams_done_exceed_due', `${done} examined but ${due} due`);
    if (type === 'periodic' && due !== null && exposed !== null && due > exposed) {
      out.add(`${base}.due`, 'declaration.exams_due_exceed_exposed', `${due} periodic exams due but ${exposed} exposed workers`);
    }
  }
}

/**
 * Every problem with a declaration's content, as field issues with dotted paths (`basic.uscc`,
 * `hazards.dust.subCounts.silica_dust`, `testing.categories.chemical.pointsOverLimit`,
 * `factors.2.factorName`). Empty when the form may be submitted. Rules:
 *
 * - required fields are present (`declaration.required`); USCC passes GB 32100 (`uscc.*`) and, when
 *   the context gives the registered one, equals it; region code, GB/T 4754 code, economic type,
 *   size class and phone numbers are valid; counts are whole numbers ≥ 0;
 * - a `change` declaration states its reason and date (申报办法 第八条);
 * - each category is marked 有/无; 无 means zero exposed and zero sub-counts; 有 needs its exposed
 *   count, its named sub-counts, and at least one factor row; sub-count ≤ category; factor row ≤
 *   category ≤ Σ factor rows; a named sub-count lies between the largest and the sum of the rows of
 *   its factor;
 * - 接触总人数 lies between the largest category and the sum of the categories (one worker may be
 *   exposed to several categories, so categories do not add up to people), and neither it nor any
 *   category exceeds 劳动者总人数 + 外委/派遣 (exposed counts include dispatched labour, staff counts
 *   do not);
 * - factor names resolve in 职业病危害因素分类目录 (`declaration.unknown_hazard_factor`,
 *   `declaration.ambiguous_hazard_factor`); a row's category matches its factor;
 * - testing: points over the limit ≤ points tested (category and sub-factor; sub ≤ category);
 *   tested points name report numbers that are listed; a category marked 无 has no tested points;
 *   已检测 lists a report, 未检测 none;
 * - dates are real, not after the filing date, and report dates fall in the stated year.
 */
export function declarationContentIssues(content: DeclarationContent, context: DeclarationContentContext): FieldIssue[] {
  const out = new Issues();
  if (!isIsoDate(context.asOf)) {
    out.add('asOf', 'declaration.date_invalid', 'The filing date must be YYYY-MM-DD');
    return out.list;
  }
  basicIssues(out, content.basic, context);
  changeIssues(out, content, context);
  productIssues(out, content.products);
  const rows = factorRowIssues(out, content, context);
  const counts = hazardIssues(out, content, rows);
  totalIssues(out, content.basic, counts);
  testingIssues(out, content, context);
  surveillanceIssues(out, content, context);
  return out.list;
}

/** The catalogue row a sub-count counts (for labels and tests). */
export function declarationSubCountFactor(id: DeclarationSubCountId): HazardFactorRow | null {
  const sub = DECLARATION_SUBCOUNTS.find((s) => s.id === id);
  return sub ? hazardFactorById(sub.factorId) : null;
}
