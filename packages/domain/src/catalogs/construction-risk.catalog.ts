/**
 * 建设项目职业病危害风险分类管理目录（2021年版）, 国卫办职健发〔2021〕5号, as a rule pack.
 *
 * Per the notice (一): the catalogue classifies industries of GB/T 4754-2017 into 严重 and 一般 for
 * the "三同时" supervision of construction projects and for the frequency of periodic workplace
 * testing. Data: data/construction-project-risk-catalog-2021.json — a complete transcription of the
 * official attachment (380 rows, 291 with a class).
 *
 * How the catalogue is read here:
 * - Classes sit on 中类 (3-digit) rows, and on 小类 rows where a 中类 is split by 小类 (F526).
 *   门类 and 大类 rows only carry the hierarchy.
 * - A 小类 code (e.g. 0610) takes the class of the nearest listed ancestor that has one: the
 *   catalogue lists a 中类 to mean all of its 小类 (walk 小类 → 中类 → 大类 → 门类).
 * - Split rows: where the original prints "—" instead of a code, a 中类 is divided by activity
 *   (A031 牲畜饲养: 牛、羊 → 严重, 其他 → 一般); those rows have `code: null` and `parentCode`.
 *   The code alone cannot decide; pass `subItem` (the split row's name or its qualifier) or get
 *   `needs_sub_item` with the candidates. Where the 中类 is split by 小类 codes (F526 → F5265,
 *   F5266), only the listed 小类 are covered.
 * - Asterisk rule (footnote *): for C195, C203, C211, C213, C231 and O811, an employer that uses no
 *   adhesives, cleaning agents, inks or paints containing benzene, n-hexane, 1,2-dichloroethane,
 *   chloroform and the like is managed as 一般. The listed class (严重) applies unless the caller
 *   states `usesListedSolvents: false`.
 * - An industry the catalogue does not list is not classified by it (`not_covered`, never 一般).
 *   The reference data notes that such industries are classified by occupational-hazard
 *   evaluation; notice (四) lets the evaluation decide where the real risk differs markedly from
 *   the listed class. Both are the caller's (or the regulator's) call, not this function's.
 */
import { editionOn, outcome, type Provenance, type RuleOutcome, type RulePack } from '../rules/rule-pack.ts';
import { citeCatalogue, type CatalogueEdition } from './catalogue-edition.ts';
import { catalogueTextKey, parentheticals } from './catalogue-text.ts';
import riskJson from './data/construction-project-risk-catalog-2021.json' with { type: 'json' };

/** Risk class of the 2021 catalogue: 严重 → `severe`, 一般 → `general`. */
export type ConstructionRiskClass = 'severe' | 'general';

/** Level of a catalogue row in the GB/T 4754-2017 hierarchy; 细分 = split row without a code. */
export type ConstructionRiskRowLevel = '门类' | '大类' | '中类' | '小类' | '细分';

/** One row of the catalogue. */
export interface ConstructionRiskRow extends Provenance {
  level: ConstructionRiskRowLevel;
  /** GB/T 4754-2017 code with its section letter (`B061`, `F5265`), null for split rows. */
  code: string | null;
  parentCode: string | null;
  name: string;
  riskClass: ConstructionRiskClass | null;
  /** The class as printed (严重/一般). */
  riskClassLabel: '严重' | '一般' | null;
  /** True when the row is divided into the rows whose `parentCode` is its code. */
  splitBySubItems: boolean;
  /** True for the asterisked rows (solvent downgrade rule). */
  asterisk: boolean;
  /** Footnote text, as printed, for asterisked rows. */
  note: string | null;
}

interface RawRiskRow {
  level: string;
  code: string | null;
  parentCode: string | null;
  name: string;
  riskClass: string | null;
  splitBySubItems?: boolean;
  downgradeToGeneralIfNoListedSolvents?: boolean;
  note?: string;
}

const meta = riskJson._meta;

/** 建设项目职业病危害风险分类管理目录（2021年版）(国卫办职健发〔2021〕5号). */
export const CONSTRUCTION_RISK_CATALOGUE_2021: CatalogueEdition = {
  standard: '建设项目职业病危害风险分类管理目录',
  edition: '2021',
  title: meta.title,
  documentNumber: '国卫办职健发〔2021〕5号',
  issuedOn: meta.date,
  issuers: [meta.issuer],
  // The notice publishes the catalogue ("现予公布") without a separate commencement date, so it
  // applies from issue. The 2012 catalogue (安监总安健〔2012〕73号, three classes) is not loaded.
  effectiveFrom: meta.date,
  effectiveTo: null,
  source: meta.source,
};

const LEVELS: readonly ConstructionRiskRowLevel[] = ['门类', '大类', '中类', '小类', '细分'];

function levelOf(level: string): ConstructionRiskRowLevel {
  const found = LEVELS.find((l) => l === level);
  if (!found) throw new Error(`construction-project-risk-catalog-2021.json: unexpected level ${level}`);
  return found;
}

function classOf(label: string | null): { riskClass: ConstructionRiskClass | null; riskClassLabel: '严重' | '一般' | null } {
  if (label === '严重') return { riskClass: 'severe', riskClassLabel: '严重' };
  if (label === '一般') return { riskClass: 'general', riskClassLabel: '一般' };
  if (label === null) return { riskClass: null, riskClassLabel: null };
  throw new Error(`construction-project-risk-catalog-2021.json: unexpected class ${label}`);
}

const rawRows: readonly RawRiskRow[] = riskJson.rows;

/** All 380 rows in catalogue order. */
export const constructionRiskRows: readonly ConstructionRiskRow[] = rawRows.map((raw) => ({
  level: levelOf(raw.level),
  code: raw.code?.trim() || null,
  parentCode: raw.parentCode?.trim() || null,
  name: raw.name.trim(),
  ...classOf(raw.riskClass),
  splitBySubItems: raw.splitBySubItems === true,
  asterisk: raw.downgradeToGeneralIfNoListedSolvents === true,
  note: raw.note?.trim() || null,
  // Transcription of the official attachment text (CovD831/ohs-report risk_catalog.txt).
  verified: true,
  source: meta.source,
  confidence: 'high',
}));

/** The construction-project risk catalogue as a rule pack (one edition, complete). */
export const constructionRiskPack: RulePack<ConstructionRiskRow> = {
  id: 'construction-project-risk-catalogue',
  name: '建设项目职业病危害风险分类管理目录',
  editions: [{ edition: CONSTRUCTION_RISK_CATALOGUE_2021, rows: constructionRiskRows, officialRowCount: meta.rowCount }],
};

const BY_CODE = new Map(constructionRiskRows.filter((r) => r.code !== null).map((r) => [r.code as string, r]));
/** 大类 digits → section letter, from the 大类 rows of the catalogue (e.g. `06` → `B`). */
const SECTION_OF_MAJOR = new Map(
  constructionRiskRows.filter((r) => r.level === '大类' && r.code !== null).map((r) => [(r.code as string).slice(1), (r.code as string).charAt(0)]),
);

/** The catalogue row with this code (`B061`, `F5265`, `C`), or null. */
export function constructionRiskRowByCode(code: string): ConstructionRiskRow | null {
  return BY_CODE.get(code.trim().toUpperCase()) ?? null;
}

/** Rows directly under a code (children in the catalogue, split rows included). */
export function constructionRiskChildren(code: string): readonly ConstructionRiskRow[] {
  const parent = code.trim().toUpperCase();
  return constructionRiskRows.filter((r) => r.parentCode === parent);
}

/** Citation of a row: `建设项目职业病危害风险分类管理目录-2021 (国卫办职健发〔2021〕5号) C195 制鞋业*`. */
export function citeConstructionRiskRow(row: ConstructionRiskRow): string {
  const code = row.code ?? `${row.parentCode ?? ''}（—）`;
  return citeCatalogue(CONSTRUCTION_RISK_CATALOGUE_2021, `${code} ${row.name}${row.asterisk ? '*' : ''}`);
}

/** What {@link riskClassForIndustry} could establish. */
export type IndustryRiskStatus =
  /** A listed row gives the class. */
  | 'classified'
  /** The matching 中类 is split by activity; pass `subItem` (see `candidates`). */
  | 'needs_sub_item'
  /** The code is a 门类 or 大类; the catalogue classifies 中类 and 小类 (see `candidates`). */
  | 'above_class_level'
  /** The industry is not listed: the catalogue does not classify it (never read as 一般). */
  | 'not_covered'
  /** Not a GB/T 4754 code, or its letter does not match its 大类. */
  | 'invalid_code'
  /** The date precedes the 2021 catalogue. */
  | 'no_edition_in_force';

/** Options of {@link riskClassForIndustry}. */
export interface IndustryRiskOptions {
  /** Event date YYYY-MM-DD; when given, the 2021 catalogue must be in force (from 2021-03-12). */
  date?: string;
  /**
   * Asterisk rule (C195, C203, C211, C213, C231, O811): `false` when the employer uses no adhesive,
   * cleaner, ink or paint containing benzene, n-hexane, 1,2-dichloroethane, chloroform and the
   * like (→ 一般); `true` when it does (→ 严重). Omitted: the listed class 严重, with a note.
   */
  usesListedSolvents?: boolean;
  /** For split 中类: the split row's name (`含硫天然气开采`) or its qualifier (`牛、羊`, `其他`). */
  subItem?: string;
}

/** Result of {@link riskClassForIndustry}. */
export interface IndustryRiskResult extends RuleOutcome {
  status: IndustryRiskStatus;
  riskClass: ConstructionRiskClass | null;
  riskClassLabel: '严重' | '一般' | null;
  /** The code as understood, with its section letter when known (`B0610`). */
  code: string | null;
  /** The row that gave the answer (or the deepest listed ancestor). */
  matchedRow: ConstructionRiskRow | null;
  /** Listed rows from the 门类 down to the matched row. */
  path: readonly ConstructionRiskRow[];
  /** Rows to choose from (split rows) or listed rows below a 门类/大类. */
  candidates: readonly ConstructionRiskRow[];
  /** True when the asterisk rule lowered 严重 to 一般. */
  downgraded: boolean;
  notes: readonly string[];
}

interface ParsedCode {
  letter: string | null;
  digits: string;
}

function parseCode(input: string): ParsedCode | null {
  const compact = input.normalize('NFKC').replace(/[\s.\-_]/gu, '').toUpperCase();
  const match = /^([A-T])?(\d{2,4})?$/u.exec(compact);
  if (!match || compact === '') return null;
  return { letter: match[1] ?? null, digits: match[2] ?? '' };
}

function pathTo(row: ConstructionRiskRow): ConstructionRiskRow[] {
  const path: ConstructionRiskRow[] = [row];
  let parent = row.parentCode;
  while (parent !== null) {
    const next = BY_CODE.get(parent);
    if (!next) break;
    path.unshift(next);
    parent = next.parentCode;
  }
  return path;
}

function subItemMatches(row: ConstructionRiskRow, subItem: string): boolean {
  const wanted = catalogueTextKey(subItem);
  const name = catalogueTextKey(row.name);
  return name === wanted || parentheticals(name).includes(wanted);
}

/**
 * Risk class of an industry under 建设项目职业病危害风险分类管理目录（2021年版）
 * (国卫办职健发〔2021〕5号), from its GB/T 4754-2017 code.
 *
 * Accepts `0610`, `B0610`, `B061`, `061`, `b 0610`. Walks 小类 → 中类 → 大类 → 门类 to the nearest
 * listed row; a class found on the way answers. Split rows and the asterisk rule are handled as
 * described at the top of this file; unlisted industries are `not_covered`, never `general`.
 *
 * @example riskClassForIndustry('0610').riskClass // 'severe' (B061 烟煤和无烟煤开采洗选)
 * @example riskClassForIndustry('C1951', { usesListedSolvents: false }).riskClass // 'general'
 */
export function riskClassForIndustry(gbt4754Code: string, options: IndustryRiskOptions = {}): IndustryRiskResult {
  const base = {
    riskClass: null,
    riskClassLabel: null,
    matchedRow: null,
    path: [],
    candidates: [],
    downgraded: false,
  } as const;
  const catalogueCitation = citeCatalogue(CONSTRUCTION_RISK_CATALOGUE_2021);

  if (options.date !== undefined && !editionOn(constructionRiskPack, options.date)) {
    return {
      ...base,
      status: 'no_edition_in_force',
      code: null,
      notes: [`The 2021 catalogue applies from ${CONSTRUCTION_RISK_CATALOGUE_2021.effectiveFrom}; the 2012 catalogue (安监总安健〔2012〕73号) is not loaded.`],
      citation: catalogueCitation,
      verified: false,
    };
  }

  const parsed = parseCode(gbt4754Code);
  if (!parsed) {
    return { ...base, status: 'invalid_code', code: null, notes: ['Expected a GB/T 4754-2017 code: a section letter A–T and/or 2–4 digits.'], citation: catalogueCitation, verified: false };
  }
  const majorLetter = parsed.digits.length >= 2 ? (SECTION_OF_MAJOR.get(parsed.digits.slice(0, 2)) ?? null) : null;
  if (parsed.letter !== null && majorLetter !== null && parsed.letter !== majorLetter) {
    return {
      ...base,
      status: 'invalid_code',
      code: `${parsed.letter}${parsed.digits}`,
      notes: [`大类 ${parsed.digits.slice(0, 2)} belongs to 门类 ${majorLetter}, not ${parsed.letter}.`],
      citation: catalogueCitation,
      verified: false,
    };
  }
  const letter = parsed.letter ?? majorLetter;
  const code = `${letter ?? ''}${parsed.digits}`;
  // The complete transcription is what a "not covered" answer rests on.
  const completeRows = constructionRiskRows;

  if (letter === null) {
    return {
      ...base,
      status: 'not_covered',
      code,
      notes: [`大类 ${parsed.digits.slice(0, 2)} is not listed in the catalogue; it does not classify this industry (classify it by occupational-hazard evaluation; confirm with the regulator).`],
      ...outcome([catalogueCitation], completeRows),
    };
  }

  // Most specific first: 小类, 中类, 大类, 门类.
  const lengths = [4, 3, 2, 0].filter((n) => n <= parsed.digits.length);
  for (const n of lengths) {
    const row = BY_CODE.get(`${letter}${parsed.digits.slice(0, n)}`);
    if (!row) continue;
    const path = pathTo(row);
    const isInputItself = n === parsed.digits.length;

    if (row.riskClass !== null) {
      const notes: string[] = [];
      let riskClass: ConstructionRiskClass = row.riskClass;
      let downgraded = false;
      if (row.asterisk) {
        if (options.usesListedSolvents === false) {
          riskClass = 'general';
          downgraded = true;
          notes.push('Asterisk rule: no adhesive, cleaner, ink or paint containing benzene, n-hexane, 1,2-dichloroethane, chloroform and the like is used, so the industry is managed as 一般.');
        } else if (options.usesListedSolvents === undefined) {
          notes.push('Asterisk rule: managed as 一般 if no adhesive, cleaner, ink or paint containing benzene, n-hexane, 1,2-dichloroethane, chloroform and the like is used; pass usesListedSolvents to apply it.');
        }
      }
      const qualifier = row.level !== '细分' ? parentheticals(row.name.normalize('NFKC')) : [];
      if (qualifier.length > 0 && !isInputItself) {
        notes.push(`The catalogue row is qualified (${qualifier.join('、')}); confirm that the activity falls within it.`);
      }
      if (!isInputItself) notes.push(`Class taken from the listed ${row.level} ${row.code ?? ''}, which covers its 小类.`);
      return {
        status: 'classified',
        riskClass,
        riskClassLabel: riskClass === 'severe' ? '严重' : '一般',
        code,
        matchedRow: row,
        path,
        candidates: [row],
        downgraded,
        notes,
        ...outcome([citeConstructionRiskRow(row)], [row]),
      };
    }

    const children = constructionRiskChildren(row.code ?? '');
    if (row.splitBySubItems) {
      const splitRows = children.filter((c) => c.level === '细分');
      if (splitRows.length === 0 && !isInputItself) {
        // Split by 小类 codes, and this 小类 is not one of them.
        return {
          ...base,
          status: 'not_covered',
          code,
          matchedRow: row,
          path,
          candidates: children,
          notes: [`Only ${children.map((c) => `${c.code ?? ''} ${c.name}`).join('、')} of ${row.code ?? ''} are listed.`],
          ...outcome([citeConstructionRiskRow(row)], [row, ...children]),
        };
      }
      const chosen = options.subItem === undefined ? [] : splitRows.filter((c) => subItemMatches(c, options.subItem ?? ''));
      if (chosen.length === 1) {
        const [pick] = chosen as [ConstructionRiskRow];
        return {
          status: 'classified',
          riskClass: pick.riskClass,
          riskClassLabel: pick.riskClassLabel,
          code,
          matchedRow: pick,
          path: [...path, pick],
          candidates: [pick],
          downgraded: false,
          notes: [`Split row of ${row.code ?? ''} chosen by subItem.`],
          ...outcome([citeConstructionRiskRow(pick)], [row, pick]),
        };
      }
      const notes = [`${row.code ?? ''} ${row.name} is split: choose one of ${children.map((c) => c.name).join(' / ')}.`];
      if (options.subItem !== undefined) notes.push(`subItem “${options.subItem}” matches none of them.`);
      return {
        ...base,
        status: 'needs_sub_item',
        code,
        matchedRow: row,
        path,
        candidates: children,
        notes,
        ...outcome([citeConstructionRiskRow(row)], [row, ...children]),
      };
    }

    if (isInputItself) {
      return {
        ...base,
        status: 'above_class_level',
        code,
        matchedRow: row,
        path,
        candidates: constructionRiskRows.filter((r) => r.riskClass !== null && (r.code ?? r.parentCode ?? '').startsWith(row.code ?? '\u0000')),
        notes: [`${row.level} ${row.code ?? ''} has no class of its own; the catalogue classifies its 中类/小类 (see candidates).`],
        ...outcome([citeConstructionRiskRow(row)], [row]),
      };
    }
    return {
      ...base,
      status: 'not_covered',
      code,
      matchedRow: row,
      path,
      notes: [`${code} is not listed under ${row.level} ${row.code ?? ''} ${row.name}; the catalogue does not classify it (classify it by occupational-hazard evaluation; confirm with the regulator).`],
      ...outcome([catalogueCitation], completeRows),
    };
  }

  return {
    ...base,
    status: 'not_covered',
    code,
    notes: [`门类 ${letter} is not listed in the catalogue; it does not classify this industry (classify it by occupational-hazard evaluation; confirm with the regulator).`],
    ...outcome([catalogueCitation], completeRows),
  };
}
