import { type Edition, type Provenance, type RulePack, editionOn } from '../rules/rule-pack.ts';
import gbz188Json from './data/gbz188.json' with { type: 'json' };
import { GBZ188_2014, GBZ188_2025 } from './editions.ts';

/**
 * GBZ 188 (职业健康监护技术规范) surveillance rules as a versioned rule pack: the 2014 edition
 * (effective 2014-10-01 to 2026-07-31) and the 2025 edition (effective 2026-08-01), loaded from
 * data/gbz188.json (a copy of shared/reference/gbz188.json). Rows keep the data's wording verbatim;
 * nothing missing from the data is filled in — a missing part is `null` and the exam plan says the
 * rule is unavailable.
 */

/** Exam types of GBZ 188 (上岗前/在岗期间/离岗时/离岗后医学随访/应急), identifiers as in shared/GLOSSARY.md. */
export const HEALTH_EXAM_TYPES = ['pre_employment', 'periodic', 'exit', 'post_employment', 'emergency'] as const;
export type HealthExamType = (typeof HEALTH_EXAM_TYPES)[number];

// Case-card codes of exam types and conclusions (C_ZYB_1.3 / C_ZYB_1.6) live in catalogs/ (CASE_CARD_EXAM_TYPE_CODES, CASE_CARD_CONCLUSION_CODES).

// ---------------------------------------------------------------------------------------------
// Shape of data/gbz188.json (only the parts used). Assigning the imported JSON to these types
// makes the compiler check the data file against them.

interface Period2014Json {
  rules: string[];
  source?: string;
  confidence?: string;
  relatedRule?: string;
}
interface Part2014Json {
  contraindications?: string[];
  requiredItems?: string[];
  optionalItems?: string[];
  targetOccupationalDiseases?: string[];
  period?: Period2014Json | null;
  recheck?: string;
  source?: string;
  confidence?: string;
  itemsSource?: string;
}
interface FollowUp2014Json {
  recommended: boolean;
  rules: string[];
  source: string;
  confidence: string;
}
interface Factor2014Json {
  factor: string;
  section2014: string | null;
  category: string;
  preEmployment?: Part2014Json;
  onDuty?: Part2014Json;
  offDuty?: Part2014Json;
  emergency?: Part2014Json;
  postLeaveFollowUp?: FollowUp2014Json;
  governedBy?: string[];
  itemsSource?: string;
  crossCheck2025?: string;
}
interface Part2025Json {
  contraindications?: string[];
  physicalExam?: string[];
  requiredItems?: string[];
  supplementaryItems?: string[];
  targetOccupationalDiseases?: string[];
  period?: string[];
  recheck?: string;
  items?: string;
}
interface Section2025Json {
  section2025: string;
  factor: string;
  category: string;
  cas: string | null;
  preEmployment: Part2025Json;
  onDuty: Part2025Json | null;
  offDuty: Part2025Json | null;
  coverageInSource: string[];
  source: string;
  confidence: string;
  verified: boolean;
  note?: string;
}
interface Gbz188Json {
  tableOfContents2014: { chemicalSections: string; dustSections: string; physicalSections: string; source: string };
  factors: Factor2014Json[];
  onDutyPeriodList2014: { factor: string; period: string }[];
  onDutyPeriodListSource: string;
  edition2025: {
    knownSectionNumbers: Record<string, string>;
    knownSectionNumbersSource: string;
    sections: Section2025Json[];
  };
}

const DATA: Gbz188Json = gbz188Json;

// ---------------------------------------------------------------------------------------------
// Rows

/** One exam type's part of a section. `null` = not in the reference data; `[]` = the source lists none. */
export interface Gbz188ExamPart {
  requiredItems: string[] | null;
  /** 2014: 选检项目; 2025: 补充检查项目 (conditional on findings; the 2025 edition dropped 选检项目). */
  optionalItems: string[] | null;
  /** 2025 only: 体格检查 (physical examination). */
  physicalExam: string[] | null;
  targetDiseases: string[] | null;
  contraindications: string[] | null;
  recheck: string | null;
  /** The period text(s) verbatim from the data (the evaluated rules live in gbz188-periods.ts). */
  periodTexts: string[] | null;
  /** Where this part comes from, when it differs from the row's source. */
  source: string | null;
  confidence: string | null;
}

export interface Gbz188Row extends Provenance {
  edition: '2014' | '2025';
  /** Factor name exactly as in the data. */
  factor: string;
  /** The name without its parenthetical, used as the factor key across editions (e.g. `苯`). */
  key: string;
  section: string | null;
  category: string;
  cas: string[];
  parts: Partial<Record<HealthExamType, Gbz188ExamPart>>;
  /** Standards that govern this factor instead of GBZ 188 (radiation workers: GBZ 98). */
  governedBy: string[];
  notes: string[];
}

/** Normalises a factor name or CAS number for look-up: NFKC (full-width brackets → ASCII), no spaces, lower case. */
export function normaliseFactorName(name: string): string {
  return name.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
}

/** The factor key: the normalised name up to its first bracket, e.g. `游离二氧化硅粉尘（矽尘）` → `游离二氧化硅粉尘`. */
export function factorKey(name: string): string {
  const n = normaliseFactorName(name);
  const cut = n.search(/[([]/);
  return cut > 0 ? n.slice(0, cut) : n;
}

const CAS_RE = /\b\d{2,7}-\d{2}-\d\b/g;

/** CAS numbers in a data string such as `7439-92-1（铅）`. */
function casNumbers(s: string | null): string[] {
  return s ? [...s.matchAll(CAS_RE)].map((m) => m[0]) : [];
}

/** True when `input` is written like a CAS registry number. */
export function looksLikeCas(input: string): boolean {
  return /^\d{2,7}-\d{2}-\d$/.test(input.normalize('NFKC').trim());
}

function list(v: string[] | undefined): string[] | null {
  return v === undefined ? null : [...v];
}

function emptyPart(): Gbz188ExamPart {
  return {
    requiredItems: null,
    optionalItems: null,
    physicalExam: null,
    targetDiseases: null,
    contraindications: null,
    recheck: null,
    periodTexts: null,
    source: null,
    confidence: null,
  };
}

/** Expands the data's cross-references (`同上岗前`, `同在岗期间`, `同矽尘`) into the lists they point to. */
function expandRef(values: string[] | null, refs: Record<string, string[] | null | undefined>): string[] | null {
  if (values === null) return null;
  if (values.length === 1) {
    const target = refs[values[0]!];
    if (target !== undefined) return target === null ? null : [...target];
  }
  return values;
}

function build2014Part(p: Part2014Json | undefined, kind: 'pre' | 'on' | 'off' | 'emergency', rowSource: string | null): Gbz188ExamPart | undefined {
  if (!p) return undefined;
  return {
    ...emptyPart(),
    requiredItems: list(p.requiredItems),
    optionalItems: list(p.optionalItems),
    // 上岗前: GBZ 188 lists only contraindications as target diseases; 离岗时 lists no contraindications.
    targetDiseases: kind === 'pre' ? [] : list(p.targetOccupationalDiseases),
    contraindications: kind === 'off' ? [] : list(p.contraindications),
    recheck: p.recheck ?? null,
    periodTexts: p.period ? [...p.period.rules] : null,
    source: [p.source, p.itemsSource && `items: ${p.itemsSource}`, p.period?.source && `period: ${p.period.source}`]
      .filter((s): s is string => typeof s === 'string' && s.length > 0)
      .join('; ') || rowSource,
    confidence: p.period?.confidence ?? p.confidence ?? null,
  };
}

/** Section numbers of the 2014 table of contents (`5.19 苯 …`), keyed by factor key. */
function tableOfContents2014(): Map<string, { section: string; name: string }> {
  const toc = DATA.tableOfContents2014;
  const out = new Map<string, { section: string; name: string }>();
  for (const text of [toc.chemicalSections, toc.dustSections, toc.physicalSections]) {
    for (const m of text.matchAll(/(\d+\.\d+)\s+([^\s…]+)/g)) out.set(factorKey(m[2]!), { section: m[1]!, name: m[2]! });
  }
  return out;
}

function buildRows2014(): Gbz188Row[] {
  const rows: Gbz188Row[] = [];
  const silica = DATA.factors.find((f) => factorKey(f.factor) === '游离二氧化硅粉尘');
  for (const f of DATA.factors) {
    const pre = build2014Part(f.preEmployment, 'pre', null);
    const onDuty = build2014Part(f.onDuty, 'on', null);
    const refs: Record<string, string[] | null | undefined> = {
      同上岗前: pre?.contraindications,
      同在岗期间: onDuty?.requiredItems,
      同矽尘: silica?.preEmployment?.requiredItems ?? null,
    };
    if (pre) pre.requiredItems = expandRef(pre.requiredItems, refs);
    if (onDuty) onDuty.contraindications = expandRef(onDuty.contraindications, { 同上岗前: pre?.contraindications ?? null });
    const exit = build2014Part(f.offDuty, 'off', null);
    if (exit) exit.requiredItems = expandRef(exit.requiredItems, { 同在岗期间: onDuty?.requiredItems ?? null });
    const emergency = build2014Part(f.emergency, 'emergency', null);
    const parts: Gbz188Row['parts'] = {};
    if (pre) parts.pre_employment = pre;
    if (onDuty) parts.periodic = onDuty;
    if (exit) parts.exit = exit;
    if (emergency) parts.emergency = emergency;
    if (f.postLeaveFollowUp) {
      parts.post_employment = {
        ...emptyPart(),
        targetDiseases: exit?.targetDiseases ?? null,
        periodTexts: [...f.postLeaveFollowUp.rules],
        source: f.postLeaveFollowUp.source,
        confidence: f.postLeaveFollowUp.confidence,
      };
    }
    rows.push({
      edition: '2014',
      factor: f.factor,
      key: factorKey(f.factor),
      section: f.section2014,
      category: f.category,
      cas: [],
      parts,
      governedBy: f.governedBy ? [...f.governedBy] : [],
      notes: f.crossCheck2025 ? [f.crossCheck2025] : [],
      verified: false,
      source: GBZ188_2014.source,
      confidence: 'mixed (per field)',
    });
  }
  // The 41-row on-duty period list adds factors that have no structured entry.
  const toc = tableOfContents2014();
  for (const p of DATA.onDutyPeriodList2014) {
    const key = canonicalKey(factorKey(p.factor));
    const existing = rows.find((r) => r.key === key);
    if (existing) {
      existing.notes.push(`在岗期间周期清单: ${p.factor} ${p.period} (${DATA.onDutyPeriodListSource})`);
      continue;
    }
    rows.push({
      edition: '2014',
      factor: p.factor,
      key,
      section: toc.get(key)?.section ?? null,
      category: '化学因素',
      cas: [],
      parts: {
        periodic: { ...emptyPart(), periodTexts: [p.period], source: DATA.onDutyPeriodListSource, confidence: null },
      },
      governedBy: [],
      notes: [],
      verified: false,
      source: DATA.onDutyPeriodListSource,
      confidence: null,
    });
  }
  return rows;
}

function build2025Part(p: Part2025Json | null | undefined, kind: 'pre' | 'on' | 'off', onDuty: Part2025Json | null): Gbz188ExamPart | undefined {
  if (!p) return undefined;
  // 离岗时 parts say "同在岗期间检查内容": the items are those of the on-duty part.
  const same = kind === 'off' && p.items !== undefined && p.items.startsWith('同在岗期间') ? onDuty : null;
  return {
    ...emptyPart(),
    requiredItems: list(same ? same.requiredItems : p.requiredItems),
    optionalItems: list(same ? same.supplementaryItems : p.supplementaryItems),
    physicalExam: list(same ? same.physicalExam : p.physicalExam),
    // 上岗前: GBZ 188 lists only contraindications as target diseases; 离岗时 lists no contraindications.
    targetDiseases: kind === 'pre' ? [] : list(p.targetOccupationalDiseases),
    contraindications: kind === 'off' ? [] : list(p.contraindications),
    recheck: p.recheck ?? null,
    periodTexts: list(p.period),
  };
}

function buildRows2025(): Gbz188Row[] {
  return DATA.edition2025.sections.map((s) => {
    const parts: Gbz188Row['parts'] = {};
    const pre = build2025Part(s.preEmployment, 'pre', s.onDuty);
    const on = build2025Part(s.onDuty, 'on', s.onDuty);
    const off = build2025Part(s.offDuty, 'off', s.onDuty);
    if (pre) parts.pre_employment = pre;
    if (on) parts.periodic = on;
    if (off) parts.exit = off;
    return {
      edition: '2025' as const,
      factor: s.factor,
      key: factorKey(s.factor),
      section: s.section2025,
      category: s.category,
      cas: casNumbers(s.cas),
      parts,
      governedBy: [],
      notes: [
        `coverage in source: ${s.coverageInSource.join(', ')}`,
        ...(s.note ? [s.note] : []),
      ],
      verified: s.verified,
      source: s.source,
      confidence: s.confidence,
    };
  });
}

// ---------------------------------------------------------------------------------------------
// Factor names

/**
 * Names accepted for a GBZ 188 factor besides the data's own (factor key → canonical key). Each
 * comes from the data's wording: the parenthetical of the section title (`矽尘`, `二甲苯参照执行`,
 * the dusts listed under §6.4) or the 2014 period list's variant spelling (`铅及其化合物`).
 * Free-text resolution in general belongs to the catalogue alias table (catalogs/).
 */
export const GBZ188_FACTOR_ALIASES: Readonly<Record<string, string>> = {
  矽尘: '游离二氧化硅粉尘',
  游离二氧化硅: '游离二氧化硅粉尘',
  结晶型二氧化硅粉尘: '游离二氧化硅粉尘',
  铅: '铅及其无机化合物',
  铅及其化合物: '铅及其无机化合物',
  汞: '汞及其无机化合物',
  锰: '锰及其无机化合物',
  镉: '镉及其无机化合物',
  铬: '铬及其无机化合物',
  氟: '氟及其无机化合物',
  黄磷: '磷及其无机化合物',
  二甲苯: '甲苯',
  甲酚: '酚',
  邻苯二酚: '酚',
  间苯二酚: '酚',
  对苯二酚: '酚',
  紫外线: '紫外辐射',
  噪音: '噪声',
  电离辐射: '电离辐射',
  放射工作人员: '电离辐射',
  炭黑粉尘: '其他致尘肺病的无机粉尘',
  石墨粉尘: '其他致尘肺病的无机粉尘',
  滑石粉尘: '其他致尘肺病的无机粉尘',
  云母粉尘: '其他致尘肺病的无机粉尘',
  水泥粉尘: '其他致尘肺病的无机粉尘',
  铸造粉尘: '其他致尘肺病的无机粉尘',
  陶土粉尘: '其他致尘肺病的无机粉尘',
  铝尘: '其他致尘肺病的无机粉尘',
  电焊烟尘: '其他致尘肺病的无机粉尘',
};

function canonicalKey(key: string): string {
  return GBZ188_FACTOR_ALIASES[key] ?? key;
}

const ROWS_2014 = buildRows2014();
const ROWS_2025 = buildRows2025();

/** The GBZ 188 rule pack (one row per factor section and edition). */
export const gbz188RulePack: RulePack<Gbz188Row> = {
  id: 'gbz188-surveillance',
  name: 'GBZ 188 职业健康监护技术规范 (surveillance rules per hazard factor)',
  editions: [
    // The 2014 text's total section count is not in the reference data.
    { edition: GBZ188_2014, rows: ROWS_2014, officialRowCount: null },
    // 93 sections in chapters 5–7 plus 5 special-job sections in chapter 9 are known; chapter 8 is not counted.
    { edition: GBZ188_2025, rows: ROWS_2025, officialRowCount: null },
  ],
};

/** Sections known by number but absent from the data, per edition (for the "not in the data" reason). */
const KNOWN_SECTIONS: Record<'2014' | '2025', Map<string, { section: string; name: string }>> = {
  '2014': tableOfContents2014(),
  '2025': new Map(
    Object.entries(DATA.edition2025.knownSectionNumbers).map(([section, name]) => [factorKey(name), { section, name }]),
  ),
};

/** CAS number → factor key, from every row that carries one (the 2025 section titles). */
const CAS_INDEX = new Map<string, string>(
  [...ROWS_2014, ...ROWS_2025].flatMap((r) => r.cas.map((c) => [c, r.key] as [string, string])),
);

export type Gbz188FactorLookup =
  | { found: true; edition: Edition; row: Gbz188Row; via: 'name' | 'alias' | 'cas' }
  | { found: false; edition: Edition | null; knownSection: { section: string; name: string } | null; reason: string };

/**
 * Finds the GBZ 188 section for a factor name (as in the data, its key without the parenthetical,
 * an alias from {@link GBZ188_FACTOR_ALIASES}) or a CAS number, in the edition in force on `date`.
 */
export function findGbz188Factor(input: string, date: string): Gbz188FactorLookup {
  const pack = editionOn(gbz188RulePack, date);
  if (!pack) {
    return {
      found: false,
      edition: null,
      knownSection: null,
      reason: `No GBZ 188 edition in the reference data is in force on ${date} (GBZ 188-2014 applies from 2014-10-01; GBZ 188-2007 is not loaded)`,
    };
  }
  const label = `${pack.edition.standard}-${pack.edition.edition}`;
  const rows = pack.rows;
  const norm = normaliseFactorName(input);
  let key = factorKey(input);
  let via: 'name' | 'alias' | 'cas' = 'name';
  if (looksLikeCas(input)) {
    const k = CAS_INDEX.get(norm);
    if (!k) {
      return { found: false, edition: pack.edition, knownSection: null, reason: `CAS ${input} is not on any GBZ 188 section in the reference data` };
    }
    key = k;
    via = 'cas';
  } else {
    const aliased = GBZ188_FACTOR_ALIASES[key];
    if (aliased !== undefined && aliased !== key) {
      key = aliased;
      via = 'alias';
    }
  }
  const row = rows.find((r) => normaliseFactorName(r.factor) === norm) ?? rows.find((r) => r.key === key);
  if (row) return { found: true, edition: pack.edition, row, via };
  const known = KNOWN_SECTIONS[pack.edition.edition === '2014' ? '2014' : '2025'].get(key) ?? null;
  return {
    found: false,
    edition: pack.edition,
    knownSection: known,
    reason: known
      ? `${label} §${known.section} (${known.name}) is not in the reference data`
      : `“${input}” is not a GBZ 188 factor in the ${label} reference data`,
  };
}
