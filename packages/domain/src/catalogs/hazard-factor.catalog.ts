/**
 * 职业病危害因素分类目录 (hazard-factor catalogue), 国卫疾控发〔2015〕92号, as a rule pack.
 *
 * The official list has 459 items in six categories (粉尘 52, 化学因素 375, 物理因素 15,
 * 放射性因素 8, 生物因素 6, 其他因素 3). The loaded data (data/hazard-factors.json, copied from
 * shared/reference) has 153 numbered items: every category is complete except 化学因素, which has
 * items 1–59 and 80–89 only. A further 20 chemical names are known to be in the catalogue without
 * their item numbers; they are loaded with `no: null, numberKnown: false`. Nothing is filled in from
 * guesswork: a factor that is not in the data is reported as such (see hazard-factor.resolver.ts).
 */
import { editionOn, type Provenance, type RulePack } from '../rules/rule-pack.ts';
import { chineseOrdinal, citeCatalogue, type CatalogueEdition } from './catalogue-edition.ts';
import { casNumbersIn, restrictionOf } from './catalogue-text.ts';
import hazardJson from './data/hazard-factors.json' with { type: 'json' };

/** The six categories of the 2015 catalogue, in catalogue order. */
export type HazardFactorCategory = 'dust' | 'chemical' | 'physical' | 'radioactive' | 'biological' | 'other';

/** Chinese category names as printed in the catalogue. */
export type HazardFactorCategoryName = '粉尘' | '化学因素' | '物理因素' | '放射性因素' | '生物因素' | '其他因素';

/** A category with its official item count. */
export interface HazardFactorCategoryInfo {
  id: HazardFactorCategory;
  name: HazardFactorCategoryName;
  /** Position in the catalogue (一、粉尘 … 六、其他因素). */
  order: number;
  /** Items in the official list (国卫疾控发〔2015〕92号), open clause included. */
  officialCount: number;
}

const meta = hazardJson._meta;

/** The six categories with their official counts (total 459). */
export const HAZARD_FACTOR_CATEGORIES: readonly HazardFactorCategoryInfo[] = [
  { id: 'dust', name: '粉尘', order: 1, officialCount: meta.officialCounts['粉尘'] },
  { id: 'chemical', name: '化学因素', order: 2, officialCount: meta.officialCounts['化学因素'] },
  { id: 'physical', name: '物理因素', order: 3, officialCount: meta.officialCounts['物理因素'] },
  { id: 'radioactive', name: '放射性因素', order: 4, officialCount: meta.officialCounts['放射性因素'] },
  { id: 'biological', name: '生物因素', order: 5, officialCount: meta.officialCounts['生物因素'] },
  { id: 'other', name: '其他因素', order: 6, officialCount: meta.officialCounts['其他因素'] },
];

/** Official number of items in the 2015 catalogue (459). */
export const HAZARD_FACTOR_OFFICIAL_ROW_COUNT: number = meta.officialCounts.total;

/** 职业病危害因素分类目录 (国卫疾控发〔2015〕92号), in force from its issue on 2015-11-17. */
export const HAZARD_FACTOR_CATALOGUE_2015: CatalogueEdition = {
  standard: '职业病危害因素分类目录',
  edition: '2015',
  title: meta.title,
  documentNumber: meta.docNo,
  issuedOn: meta.issued,
  issuers: meta.issuers,
  // The notice applies from issue; it replaced the 2002 list of the Ministry of Health.
  effectiveFrom: meta.issued,
  effectiveTo: null,
  source:
    'shared/reference/hazard-factors.json: 粉尘 1–10 from a page copy of the official list (newton.com.tw), 化学因素 19–27, 40–50, 80–89 from another (360docs.net); other rows from memory or a second public copy — see each row',
};

/** One item of the catalogue. */
export interface HazardFactorRow extends Provenance {
  /** Stable id: `<category>-<no>` (e.g. `chemical-28`), or `<category>-unnumbered-<name>`. */
  id: string;
  category: HazardFactorCategory;
  categoryName: HazardFactorCategoryName;
  /** Item number within the category, null when not known. */
  no: number | null;
  /** False for names known to be in the catalogue whose item number is not known. */
  numberKnown: boolean;
  /** Name as printed, including remarks in parentheses. */
  name: string;
  /** The `限于…` qualifier of the name, e.g. `限于井下工人`, or null. */
  restriction: string | null;
  /** CAS cell as printed (may name the parent element: `7439-92-1（铅）`), null when none. */
  cas: string | null;
  /** CAS Registry Numbers parsed from {@link cas}. */
  casNumbers: readonly string[];
  /** True for `以上未提及的可导致职业病的其他…` items. */
  openClause: boolean;
}

interface RawFactor {
  category: string;
  no: number;
  name: string;
  cas: string | null;
  openClause: boolean;
  source: string;
}

const CATEGORY_BY_NAME = new Map<string, HazardFactorCategoryInfo>(HAZARD_FACTOR_CATEGORIES.map((c) => [c.name, c]));

function categoryOf(name: string): HazardFactorCategoryInfo {
  const category = CATEGORY_BY_NAME.get(name.trim());
  if (!category) throw new Error(`hazard-factors.json: unexpected category ${name}`);
  return category;
}

/**
 * A second, independent public copy of the 物理/放射性/生物/其他 lists: a hard-coded page
 * "危险有害因素检索 > 职业病有害因素" of a 风险分级管控/隐患排查治理 web application in the public
 * code store (find_string id 39829743225; repository not identified). It prints 物理因素 1–14,
 * 放射性因素 1–7 and 生物因素 1–5 with the 备注 shown here in parentheses, the matching
 * `以上未提及的可导致职业病的其他…` notes, and 其他因素 1–3 — the same names as the rows below,
 * except 物理因素 4, printed `高企业` (an input-method slip for 高气压), which stays unverified.
 */
const SECOND_COPY_SOURCE =
  'second public copy: hard-coded 职业病有害因素 page of a 风险分级管控 web app (public code store, find_string id 39829743225)';
const CONFIRMED_BY_SECOND_COPY: Partial<Record<HazardFactorCategory, readonly number[]>> = {
  physical: [1, 2, 3, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
  radioactive: [1, 2, 3, 4, 5, 6, 7, 8],
  biological: [1, 2, 3, 4, 5, 6],
  other: [1, 2, 3],
};

function provenanceOf(raw: RawFactor, category: HazardFactorCategory): Provenance {
  const fromMemory = /^memory/u.test(raw.source);
  if (!fromMemory) {
    // Dust 1–10 and chemical 19–27, 40–50, 80–89: page copies of the official list.
    return { verified: true, source: raw.source, confidence: 'medium' };
  }
  if (CONFIRMED_BY_SECOND_COPY[category]?.includes(raw.no)) {
    return { verified: true, source: `${raw.source}; matches ${SECOND_COPY_SOURCE}`, confidence: 'medium' };
  }
  return { verified: false, source: raw.source, confidence: 'memory' };
}

function toRow(raw: RawFactor): HazardFactorRow {
  const category = categoryOf(raw.category);
  const name = raw.name.trim();
  const cas = raw.cas?.trim() || null;
  return {
    id: `${category.id}-${raw.no}`,
    category: category.id,
    categoryName: category.name,
    no: raw.no,
    numberKnown: true,
    name,
    restriction: restrictionOf(name),
    cas,
    casNumbers: casNumbersIn(cas),
    openClause: raw.openClause,
    ...provenanceOf(raw, category.id),
  };
}

const unnumbered = hazardJson.chemicalNamesSeenNumberUnknown;
const unnumberedCategory = categoryOf(unnumbered.category);

const rawFactors: readonly RawFactor[] = hazardJson.factors;
const numberedRows = rawFactors.map(toRow);
const unnumberedRows: HazardFactorRow[] = unnumbered.names.map((raw) => {
  const name = raw.trim();
  return {
    id: `${unnumberedCategory.id}-unnumbered-${name}`,
    category: unnumberedCategory.id,
    categoryName: unnumberedCategory.name,
    no: null,
    numberKnown: false,
    name,
    restriction: restrictionOf(name),
    cas: null,
    casNumbers: [],
    openClause: false,
    // The names come from a loader of the official .docx, seen only through a fuzzy alias-review
    // file; neither number nor CAS is known, so the rows are not marked verified.
    verified: false,
    source: unnumbered.source,
    confidence: unnumbered.confidence,
  };
});

/** Every loaded row: the 153 numbered items in catalogue order, then the 20 numberless names. */
export const hazardFactorRows: readonly HazardFactorRow[] = [...numberedRows, ...unnumberedRows];

/** The hazard-factor catalogue as a rule pack (one edition). `officialRowCount` is 459. */
export const hazardFactorPack: RulePack<HazardFactorRow> = {
  id: 'hazard-factor-catalogue',
  name: '职业病危害因素分类目录',
  editions: [{ edition: HAZARD_FACTOR_CATALOGUE_2015, rows: hazardFactorRows, officialRowCount: HAZARD_FACTOR_OFFICIAL_ROW_COUNT }],
};

/**
 * The edition of 职业病危害因素分类目录 in force on `date`: the 2015 list (国卫疾控发〔2015〕92号)
 * from 2015-11-17; null before (the 2002 list is not loaded).
 */
export function hazardFactorCatalogueOn(date: string): (RulePack<HazardFactorRow>['editions'][number] & { edition: CatalogueEdition }) | null {
  const found = editionOn(hazardFactorPack, date);
  return found ? { ...found, edition: HAZARD_FACTOR_CATALOGUE_2015 } : null;
}

/** Citation of one item: `职业病危害因素分类目录-2015 (国卫疾控发〔2015〕92号) 二、化学因素 第28项`. */
export function citeHazardFactor(row: HazardFactorRow): string {
  const order = HAZARD_FACTOR_CATEGORIES.find((c) => c.id === row.category)?.order ?? 0;
  const item = row.no === null ? `（序号未载入）${row.name}` : `第${row.no}项`;
  return citeCatalogue(HAZARD_FACTOR_CATALOGUE_2015, `${chineseOrdinal(order)}、${row.categoryName} ${item}`);
}

const BY_ID = new Map(hazardFactorRows.map((r) => [r.id, r]));

/** The row with this id (e.g. `dust-1`, `chemical-28`), or null. */
export function hazardFactorById(id: string): HazardFactorRow | null {
  return BY_ID.get(id) ?? null;
}

/**
 * Rows whose printed name equals `name` (trimmed). Usually one; two for 铀及其化合物, which the
 * 2015 catalogue lists both under 化学因素 (11) and 放射性因素 (7). For free text use
 * `resolveHazardFactor` (hazard-factor.resolver.ts).
 */
export function hazardFactorsByName(name: string): readonly HazardFactorRow[] {
  const trimmed = name.trim();
  return trimmed === '' ? [] : hazardFactorRows.filter((r) => r.name === trimmed);
}

/**
 * Rows whose CAS cell contains this CAS Registry Number (full-width digits accepted). Several rows
 * can share one: 1317-65-3 is printed for both 大理石粉尘 and 石灰石粉尘 (calcium carbonate).
 */
export function hazardFactorsByCas(cas: string): readonly HazardFactorRow[] {
  const [wanted] = casNumbersIn(cas.trim());
  return wanted ? hazardFactorRows.filter((r) => r.casNumbers.includes(wanted)) : [];
}

/** Rows of one category: numbered items by number, then the numberless names. */
export function hazardFactorsInCategory(category: HazardFactorCategory): readonly HazardFactorRow[] {
  return hazardFactorRows.filter((r) => r.category === category);
}

/** Loaded versus official rows, for docs and the "unverified rule" notices. */
export interface HazardFactorCatalogueSummary {
  officialRowCount: number;
  /** Numbered rows loaded (153 of 459). */
  numberedRowsLoaded: number;
  /** Names known to be in the catalogue without their item number. */
  unnumberedNamesLoaded: number;
  verifiedRows: number;
  byCategory: readonly {
    category: HazardFactorCategory;
    name: HazardFactorCategoryName;
    officialCount: number;
    numberedRowsLoaded: number;
    verifiedRows: number;
  }[];
}

/** Counts of the loaded 2015 catalogue against the official 459 items. */
export function hazardFactorCatalogueSummary(): HazardFactorCatalogueSummary {
  return {
    officialRowCount: HAZARD_FACTOR_OFFICIAL_ROW_COUNT,
    numberedRowsLoaded: numberedRows.length,
    unnumberedNamesLoaded: unnumberedRows.length,
    verifiedRows: hazardFactorRows.filter((r) => r.verified).length,
    byCategory: HAZARD_FACTOR_CATEGORIES.map((c) => ({
      category: c.id,
      name: c.name,
      officialCount: c.officialCount,
      numberedRowsLoaded: numberedRows.filter((r) => r.category === c.id).length,
      verifiedRows: hazardFactorRows.filter((r) => r.category === c.id && r.verified).length,
    })),
  };
}
