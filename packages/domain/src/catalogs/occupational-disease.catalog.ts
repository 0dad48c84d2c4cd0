/**
 * 职业病分类和目录 (occupational disease catalogue) as a versioned rule pack.
 *
 * - 2013 edition: 国卫疾控发〔2013〕48号, 10 categories, 132 diseases, in force from its issue on
 *   2013-12-23 until the 2024 edition took effect.
 * - 2024 edition: 国卫职健发〔2024〕39号 (职业病分类和目录（2024年调整版）), 12 categories, 135 diseases,
 *   in force from 2025-08-01.
 *
 * Data: data/occupational-diseases.json (copied from shared/reference). The 2024 rows are a
 * transcription of the official list (verified); the 2013 rows were derived by reversing the
 * documented 2024 changes, so their counts are right but they are not marked verified.
 */
import { editionOn, outcome, type Provenance, type RuleOutcome, type RulePack } from '../rules/rule-pack.ts';
import { chineseOrdinal, citeCatalogue, type CatalogueEdition } from './catalogue-edition.ts';
import { catalogueTextKey, parentheticals, withoutParentheticals } from './catalogue-text.ts';
import diseasesJson from './data/occupational-diseases.json' with { type: 'json' };

/** Edition label of the disease catalogue. */
export type OccupationalDiseaseEditionLabel = '2013' | '2024';

/** One disease (or open clause) of the catalogue. */
export interface OccupationalDiseaseRow extends Provenance {
  edition: OccupationalDiseaseEditionLabel;
  /** Category ordinal (一、二、… as 1, 2, …). */
  categoryNo: number;
  /** Category name, e.g. `职业性化学中毒`. */
  category: string;
  /** Subgroup within category 1 (`尘肺病` / `其他呼吸系统疾病`), otherwise null. */
  subgroup: string | null;
  /** Item number within the category (or subgroup), as printed. */
  no: number;
  /** Disease name as printed, including any parenthesised qualifier. */
  name: string;
  /** True for the catch-all items (`根据…可以诊断的其他…`, `上述条目未提及的…`). */
  openClause: boolean;
  /** The `限于…` qualifier, e.g. `限于井下工人`, or null. */
  restriction: string | null;
  /**
   * Convenience code `CC.NN` or `CC.S.NN` derived from the position in the list. **Not an official
   * code**: the catalogue only numbers items; national reporting systems use their own code tables.
   */
  positionalCode: string;
  /** Always false: {@link positionalCode} is not an official code. */
  positionalCodeIsOfficial: false;
}

interface RawDiseaseRow {
  version: string;
  categoryNo: number;
  category: string;
  subgroup: string | null;
  no: number;
  name: string;
  openClause: boolean;
  restriction: string | null;
  positionalCode: string;
}

const meta = diseasesJson._meta;

/** 职业病分类和目录, 2013 edition (国卫疾控发〔2013〕48号), superseded on 2025-08-01. */
export const OCCUPATIONAL_DISEASE_CATALOGUE_2013: CatalogueEdition = {
  standard: '职业病分类和目录',
  edition: '2013',
  title: meta.versions['2013'].title,
  documentNumber: meta.versions['2013'].docNo,
  issuedOn: meta.versions['2013'].issued,
  issuers: meta.versions['2013'].issuers,
  // The 2013 notice took effect on issue; the 2024 edition replaces it from 2025-08-01.
  effectiveFrom: meta.versions['2013'].issued,
  effectiveTo: meta.versions['2024'].effective,
  source: meta.versions['2013'].source,
};

/** 职业病分类和目录（2024年调整版）(国卫职健发〔2024〕39号), in force from 2025-08-01. */
export const OCCUPATIONAL_DISEASE_CATALOGUE_2024: CatalogueEdition = {
  standard: '职业病分类和目录',
  edition: '2024',
  title: meta.versions['2024'].title,
  documentNumber: meta.versions['2024'].docNo,
  // Reported as issued in December 2024 (2024-12-11 or 2024-12-20); the exact day is unconfirmed.
  issuedOn: '2024-12',
  issuers: meta.versions['2024'].issuers,
  effectiveFrom: meta.versions['2024'].effective,
  effectiveTo: null,
  source: meta.versions['2024'].source,
};

const EDITIONS: Record<OccupationalDiseaseEditionLabel, CatalogueEdition> = {
  '2013': OCCUPATIONAL_DISEASE_CATALOGUE_2013,
  '2024': OCCUPATIONAL_DISEASE_CATALOGUE_2024,
};

function editionLabel(version: string): OccupationalDiseaseEditionLabel {
  if (version === '2013' || version === '2024') return version;
  throw new Error(`occupational-diseases.json: unexpected version ${version}`);
}

function toRow(raw: RawDiseaseRow): OccupationalDiseaseRow & Provenance {
  const edition = editionLabel(raw.version);
  return {
    edition,
    categoryNo: raw.categoryNo,
    category: raw.category.trim(),
    subgroup: raw.subgroup?.trim() || null,
    no: raw.no,
    name: raw.name.trim(),
    openClause: raw.openClause,
    restriction: raw.restriction?.trim() || null,
    positionalCode: raw.positionalCode,
    positionalCodeIsOfficial: false,
    // 2024: transcription of the official list; 2013: reconstructed from the 2024 list (see README).
    verified: edition === '2024',
    source: EDITIONS[edition].source,
    confidence: edition === '2024' ? 'high' : 'medium',
  };
}

const rawRows: readonly RawDiseaseRow[] = diseasesJson.diseases;
const allRows = rawRows.map(toRow);

/** Official number of diseases per edition (职业病分类和目录 2013: 10类132种; 2024: 12类135种). */
const OFFICIAL_COUNTS: Record<OccupationalDiseaseEditionLabel, number> = {
  '2013': meta.versions['2013'].diseases,
  '2024': meta.versions['2024'].diseases,
};

/** The occupational disease catalogue as a rule pack, both editions. */
export const occupationalDiseasePack: RulePack<OccupationalDiseaseRow> = {
  id: 'occupational-disease-catalogue',
  name: '职业病分类和目录',
  editions: (['2013', '2024'] as const).map((label) => ({
    edition: EDITIONS[label],
    rows: allRows.filter((r) => r.edition === label),
    officialRowCount: OFFICIAL_COUNTS[label],
  })),
};

/** A loaded edition of the disease catalogue. */
export type OccupationalDiseaseCatalogue = RulePack<OccupationalDiseaseRow>['editions'][number] & {
  edition: CatalogueEdition;
};

/**
 * The edition of 职业病分类和目录 in force on `date` (YYYY-MM-DD): 2013 edition from 2013-12-23,
 * 2024 edition from 2025-08-01 (国卫职健发〔2024〕39号). Null before 2013-12-23 (the 2002 list is
 * not loaded).
 */
export function diseaseCatalogueOn(date: string): OccupationalDiseaseCatalogue | null {
  const found = editionOn(occupationalDiseasePack, date);
  if (!found) return null;
  return { ...found, edition: EDITIONS[editionLabel(found.edition.edition)] };
}

/** Citation of one disease row: `职业病分类和目录-2024 (国卫职健发〔2024〕39号) 五、职业性化学中毒 第27项`. */
export function citeDisease(row: OccupationalDiseaseRow): string {
  const subgroupNo = row.subgroup ? Number(row.positionalCode.split('.')[1]) : null;
  const subgroup = row.subgroup ? ` （${chineseOrdinal(subgroupNo ?? 0)}）${row.subgroup}` : '';
  return citeCatalogue(EDITIONS[row.edition], `${chineseOrdinal(row.categoryNo)}、${row.category}${subgroup} 第${row.no}项`);
}

/** How a disease name was found. */
export type DiseaseLookupStatus =
  /** The name as printed in the catalogue. */
  | 'exact'
  /** Same name once width, spaces, brackets, 硅/矽, a leading 职业性 or the parenthesised qualifier are ignored. */
  | 'normalised'
  /** Not an item of its own, but named inside an item's `（含…）` list, e.g. 放射性白内障 in 2013. */
  | 'included_in'
  /** Several items match; see `candidates`. */
  | 'ambiguous'
  | 'not_found'
  | 'empty'
  /** No edition covers the date. */
  | 'no_edition_in_force';

/** Result of {@link findDisease}. */
export interface DiseaseLookup extends RuleOutcome {
  status: DiseaseLookupStatus;
  disease: OccupationalDiseaseRow | null;
  candidates: readonly OccupationalDiseaseRow[];
  /** The edition searched, null when none was in force. */
  edition: CatalogueEdition | null;
}

function diseaseKey(text: string): string {
  return catalogueTextKey(text).replace(/^职业性?/u, '');
}

/**
 * Finds a disease by name in the edition of 职业病分类和目录 in force on `date`.
 *
 * Tries the name as printed, then a normalised name (full-/half-width, spaces, brackets, 硅肺 =
 * 矽肺, a leading 职业性, and the item's parenthesised qualifier such as `（限于井下工人）`), then
 * the `（含…）` lists (2013: 放射性白内障 is part of 三、职业性眼病 第3项 白内障).
 *
 * @param name free text, e.g. `硅肺`, `职业性噪声聋`, `艾滋病`
 * @param date event date YYYY-MM-DD; picks the 2013 or 2024 edition
 */
export function findDisease(name: string, date: string): DiseaseLookup {
  const catalogue = diseaseCatalogueOn(date);
  const empty = (status: DiseaseLookupStatus, edition: CatalogueEdition | null): DiseaseLookup => ({
    status,
    disease: null,
    candidates: [],
    edition,
    citation: edition ? citeCatalogue(edition) : '',
    verified: false,
  });
  if (!catalogue) return empty('no_edition_in_force', null);
  const trimmed = name.trim();
  if (trimmed === '') return empty('empty', catalogue.edition);
  const rows = catalogue.rows;

  const answer = (status: DiseaseLookupStatus, matches: readonly OccupationalDiseaseRow[]): DiseaseLookup => {
    if (matches.length === 1) {
      const [disease] = matches as [OccupationalDiseaseRow];
      return { status, disease, candidates: [disease], edition: catalogue.edition, ...outcome([citeDisease(disease)], [disease]) };
    }
    return {
      status: 'ambiguous',
      disease: null,
      candidates: matches,
      edition: catalogue.edition,
      ...outcome(matches.map(citeDisease), matches),
    };
  };

  const exact = rows.filter((r) => r.name === trimmed);
  if (exact.length > 0) return answer('exact', exact);

  const key = diseaseKey(trimmed);
  const normalised = rows.filter((r) => diseaseKey(r.name) === key);
  if (normalised.length > 0) return answer('normalised', normalised);

  const baseKey = withoutParentheticals(key);
  const base = rows.filter((r) => withoutParentheticals(diseaseKey(r.name)) === baseKey);
  if (base.length > 0 && baseKey !== '') return answer('normalised', base);

  const included = rows.filter((r) =>
    parentheticals(diseaseKey(r.name)).some(
      (inner) => inner.startsWith('含') && inner.slice(1).split('、').includes(baseKey),
    ),
  );
  if (included.length > 0) return answer('included_in', included);

  return empty('not_found', catalogue.edition);
}

/** A category of the catalogue with its item counts. */
export interface OccupationalDiseaseCategory {
  categoryNo: number;
  name: string;
  count: number;
  /** Subgroups (category 1 only), in catalogue order. */
  subgroups: readonly { name: string; count: number }[];
}

/**
 * The categories of the edition in force on `date`, in catalogue order with item counts
 * (2013: 10 categories; 2024: 12 categories, adding 职业性肌肉骨骼疾病 and 职业性精神和行为障碍).
 */
export function diseaseCategoriesOn(date: string): readonly OccupationalDiseaseCategory[] | null {
  const catalogue = diseaseCatalogueOn(date);
  if (!catalogue) return null;
  const categories = new Map<number, { name: string; count: number; subgroups: Map<string, number> }>();
  for (const row of catalogue.rows) {
    const entry = categories.get(row.categoryNo) ?? { name: row.category, count: 0, subgroups: new Map<string, number>() };
    entry.count += 1;
    if (row.subgroup) entry.subgroups.set(row.subgroup, (entry.subgroups.get(row.subgroup) ?? 0) + 1);
    categories.set(row.categoryNo, entry);
  }
  return [...categories.entries()]
    .sort(([a], [b]) => a - b)
    .map(([categoryNo, e]) => ({
      categoryNo,
      name: e.name,
      count: e.count,
      subgroups: [...e.subgroups.entries()].map(([name, count]) => ({ name, count })),
    }));
}

/** Number of items (diseases, including open clauses) in the edition in force on `date`. */
export function diseaseCountOn(date: string): number | null {
  return diseaseCatalogueOn(date)?.rows.length ?? null;
}
