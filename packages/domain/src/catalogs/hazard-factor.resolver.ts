/**
 * Free text → item of 职业病危害因素分类目录 (国卫疾控发〔2015〕92号).
 *
 * Order of attempts, first hit wins:
 * 1. the name exactly as printed;
 * 2. a CAS Registry Number (shape and check digit);
 * 3. the normalised name (width, spaces, brackets, case, 硅/矽 — see catalogue-text.ts);
 * 4. the alias table (hazard-factor-aliases.ts);
 * 5. 3 and 4 again with parenthesised parts removed on both sides (`矽尘` = `矽尘（游离SiO2含量≥10%）`,
 *    `苯（接触工业甲苯、二甲苯参照执行）` = `苯`);
 * 6. for text ending in 粉尘/尘/粉 only, the dust item with the same stem (`铝粉尘` = `铝尘`,
 *    `滑石粉` = `滑石粉尘`). Limited to 粉尘 items and to a unique stem, so `铅尘` cannot become a dust.
 * More than one row at the first matching step gives `ambiguous` with the candidates.
 */
import { outcome, type RuleOutcome } from '../rules/rule-pack.ts';
import { citeCatalogue } from './catalogue-edition.ts';
import { catalogueTextKey, hasValidCasCheckDigit, withoutParentheticals } from './catalogue-text.ts';
import { HAZARD_FACTOR_ALIAS_GROUPS, type HazardFactorAliasGroup } from './hazard-factor-aliases.ts';
import {
  HAZARD_FACTOR_CATALOGUE_2015,
  citeHazardFactor,
  hazardFactorById,
  hazardFactorCatalogueOn,
  hazardFactorCatalogueSummary,
  hazardFactorRows,
  hazardFactorsByCas,
  type HazardFactorRow,
} from './hazard-factor.catalog.ts';

/** How free text was matched to the catalogue. */
export type HazardFactorResolutionStatus =
  /** The name as printed in the catalogue. */
  | 'exact'
  /** The catalogue name once width, spaces, brackets, 硅/矽, qualifiers or a 粉尘/尘 suffix are ignored. */
  | 'normalised'
  /** A common name from the alias table. */
  | 'alias'
  /** A CAS Registry Number printed for the item. */
  | 'cas'
  /** Several items match; the caller must choose from `candidates`. */
  | 'ambiguous'
  /** A known name whose item is not among the loaded rows (153 numbered + 20 names of 459). */
  | 'not_in_catalogue_data'
  /** Nothing matched. */
  | 'unknown'
  /** Blank input. */
  | 'empty'
  /** Looks like a CAS number but the check digit is wrong. */
  | 'invalid_cas'
  /** The date precedes the 2015 catalogue. */
  | 'no_edition_in_force';

/** Result of {@link resolveHazardFactor}. */
export interface HazardFactorResolution extends RuleOutcome {
  status: HazardFactorResolutionStatus;
  /** The text as given. */
  input: string;
  /** The single matching row, when there is one. */
  factor: HazardFactorRow | null;
  /** Every matching row (one when `factor` is set; several when ambiguous). */
  candidates: readonly HazardFactorRow[];
  /** The alias group used, if any. */
  alias: HazardFactorAliasGroup | null;
  notes: readonly string[];
}

/** Options of {@link resolveHazardFactor}. */
export interface ResolveHazardFactorOptions {
  /** Event date YYYY-MM-DD; when given, the catalogue must be in force on it (from 2015-11-17). */
  date?: string;
}

function multimap<V>(entries: Iterable<[string, V]>): Map<string, V[]> {
  const map = new Map<string, V[]>();
  for (const [key, value] of entries) {
    if (key === '') continue;
    const list = map.get(key) ?? [];
    if (!list.includes(value)) list.push(value);
    map.set(key, list);
  }
  return map;
}

const rowsByKey = multimap(hazardFactorRows.map((r) => [catalogueTextKey(r.name), r]));
const rowsByBaseKey = multimap(hazardFactorRows.map((r) => [withoutParentheticals(catalogueTextKey(r.name)), r]));
const aliasByKey = multimap(
  HAZARD_FACTOR_ALIAS_GROUPS.flatMap((group) => group.aliases.map((alias): [string, HazardFactorAliasGroup] => [catalogueTextKey(alias), group])),
);
const aliasByBaseKey = multimap(
  HAZARD_FACTOR_ALIAS_GROUPS.flatMap((group) =>
    group.aliases.map((alias): [string, HazardFactorAliasGroup] => [withoutParentheticals(catalogueTextKey(alias)), group]),
  ),
);

const DUST_SUFFIX = /(粉尘|尘|粉)$/u;
const dustByStem = multimap(
  hazardFactorRows
    .filter((r) => r.category === 'dust' && !r.openClause)
    .map((r): [string, HazardFactorRow] => [withoutParentheticals(catalogueTextKey(r.name)).replace(/(粉尘|尘)$/u, ''), r]),
);

const CAS_SHAPE = /^\d{2,7}-\d{2}-\d$/u;

function coverageNote(): string {
  const s = hazardFactorCatalogueSummary();
  return `Loaded: ${s.numberedRowsLoaded} of ${s.officialRowCount} numbered items of 职业病危害因素分类目录 plus ${s.unnumberedNamesLoaded} names without numbers; 化学因素 items 60–79 and 90–375 are missing.`;
}

function found(
  input: string,
  status: Exclude<HazardFactorResolutionStatus, 'ambiguous'>,
  rows: readonly HazardFactorRow[],
  alias: HazardFactorAliasGroup | null,
  notes: string[] = [],
): HazardFactorResolution {
  const allNotes = alias?.note ? [...notes, alias.note] : [...notes];
  if (rows.length === 0) return nothing(input, 'unknown', allNotes, alias);
  if (rows.length === 1) {
    const [factor] = rows as [HazardFactorRow];
    if (!factor.numberKnown) allNotes.push('The item number of this name is not known; it is in the catalogue but not among the numbered rows.');
    return { status, input, factor, candidates: rows, alias, notes: allNotes, ...outcome([citeHazardFactor(factor)], rows) };
  }
  return { status: 'ambiguous', input, factor: null, candidates: rows, alias, notes: allNotes, ...outcome(rows.map(citeHazardFactor), rows) };
}

function nothing(input: string, status: HazardFactorResolutionStatus, notes: string[], alias: HazardFactorAliasGroup | null = null): HazardFactorResolution {
  return {
    status,
    input,
    factor: null,
    candidates: [],
    alias,
    notes,
    citation: citeCatalogue(HAZARD_FACTOR_CATALOGUE_2015),
    verified: false,
  };
}

function fromAlias(input: string, groups: readonly HazardFactorAliasGroup[]): HazardFactorResolution {
  // A key in two groups would be a table error (tests forbid it); take the first group.
  const [group] = groups as [HazardFactorAliasGroup];
  if (group.targets.length === 0) {
    return nothing(input, 'not_in_catalogue_data', [`“${input}” (${group.concept ?? 'named factor'}) is not among the loaded rows.`, coverageNote()], group);
  }
  const rows = group.targets.map(hazardFactorById).filter((r): r is HazardFactorRow => r !== null);
  return found(input, 'alias', rows, group);
}

/**
 * Resolves free text (a factor name as written on a declaration, report or exam record, or a
 * CAS number) to items of 职业病危害因素分类目录 (国卫疾控发〔2015〕92号).
 *
 * Never invents an item: names known to the alias table whose item is not loaded return
 * `not_in_catalogue_data`; everything else unmatched returns `unknown`. Each answer carries the
 * citation of the item(s) and whether they are verified.
 *
 * @example resolveHazardFactor('二氧化硅粉尘').factor?.name // '矽尘（游离SiO2含量≥10%）'
 * @example resolveHazardFactor('电离辐射').status // 'ambiguous' (five 放射性因素 items)
 */
export function resolveHazardFactor(text: string, options: ResolveHazardFactorOptions = {}): HazardFactorResolution {
  const input = text;
  if (options.date !== undefined && !hazardFactorCatalogueOn(options.date)) {
    return nothing(input, 'no_edition_in_force', [`职业病危害因素分类目录 (国卫疾控发〔2015〕92号) applies from 2015-11-17; ${options.date} is earlier and the 2002 list is not loaded.`]);
  }
  const trimmed = text.trim();
  if (trimmed === '') return nothing(input, 'empty', []);

  // 1. As printed.
  const exact = hazardFactorRows.filter((r) => r.name === trimmed);
  if (exact.length > 0) return found(input, 'exact', exact, null);

  // 2. CAS number.
  const casText = trimmed.normalize('NFKC').replace(/\s+/gu, '');
  if (CAS_SHAPE.test(casText)) {
    if (!hasValidCasCheckDigit(casText)) return nothing(input, 'invalid_cas', [`${casText}: the CAS check digit does not match.`]);
    const byCas = hazardFactorsByCas(casText);
    if (byCas.length > 0) {
      const notes = byCas.some((r) => /[（(]/u.test(r.cas ?? '')) ? ['The catalogue prints this CAS number for the parent element of a group (e.g. 7439-92-1 for 铅及其化合物).'] : [];
      return found(input, 'cas', byCas, null, notes);
    }
    return nothing(input, 'unknown', [`No loaded row carries CAS ${casText}.`, coverageNote()]);
  }

  const key = catalogueTextKey(trimmed);
  // 3. Normalised name.
  const normalised = rowsByKey.get(key);
  if (normalised) return found(input, 'normalised', normalised, null);
  // 4. Alias.
  const alias = aliasByKey.get(key);
  if (alias) return fromAlias(input, alias);

  // 5. Without parenthesised qualifiers.
  const baseKey = withoutParentheticals(key);
  if (baseKey !== '') {
    const base = rowsByBaseKey.get(baseKey);
    if (base) return found(input, 'normalised', base, null, ['Matched without the parenthesised qualifier; check that it agrees with the catalogue item.']);
    const baseAlias = aliasByBaseKey.get(baseKey);
    if (baseAlias) return fromAlias(input, baseAlias);
  }

  // 6. Dust written with another 粉尘/尘/粉 suffix.
  if (DUST_SUFFIX.test(baseKey)) {
    const stem = baseKey.replace(DUST_SUFFIX, '');
    const dust = stem === '' ? undefined : dustByStem.get(stem);
    if (dust?.length === 1) return found(input, 'normalised', dust, null, ['Matched a 粉尘 item by its stem.']);
  }

  return nothing(input, 'unknown', [coverageNote()]);
}
