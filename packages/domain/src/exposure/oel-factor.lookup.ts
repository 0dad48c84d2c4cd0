/**
 * Finds a factor in the GBZ 2.1-2019 rule packs (表1 chemicals incl. rows added by reported
 * amendments, 表2 dusts) by Chinese name, English name or CAS number.
 *
 * Matching is on a normalised form (NFKC full→half width, lower case, no spaces, one bracket and
 * dash style), first on the full printed name, then on derived keys: the name without bracketed
 * qualifiers (`二甲苯（全部异构体）` → `二甲苯`), the part after a sub-row dash (`…—铅尘` → `铅尘`)
 * and bracketed synonyms (`碳酰氯（光气）` → `光气`). A key shared by several rows is ambiguous.
 * Free-text aliases (`天那水`, `石英粉尘` …) belong to the hazard-factor alias resolver in
 * catalogs; this lookup only knows the names printed in the standard.
 */
import type { Provenance } from '../rules/rule-pack.ts';
import {
  gbz21Amendments,
  gbz21ChemicalPack,
  gbz21DustPack,
  type OelAmendment,
  type OelChemicalRow,
  type OelDustRow,
} from './oel.rule-pack.ts';

export type OelFactorMatch =
  | {
      status: 'found';
      kind: 'chemical';
      row: OelChemicalRow & Provenance;
      /** Set when the row is not in the 2019 printing but added by a (reported) amendment. */
      addedBy: OelAmendment | null;
      matchedBy: 'name' | 'cas' | 'derived_name';
    }
  | { status: 'found'; kind: 'dust'; row: OelDustRow & Provenance; matchedBy: 'name' | 'cas' | 'derived_name' }
  | { status: 'ambiguous'; candidates: string[]; rows: OelIndexedRow[] }
  | { status: 'unknown' };

export type OelIndexedRow =
  | { kind: 'chemical'; row: OelChemicalRow & Provenance; addedBy: OelAmendment | null }
  | { kind: 'dust'; row: OelDustRow & Provenance };

/**
 * Normalises a factor name for matching: NFKC (full-width → half-width, ₂ → 2), lower case,
 * whitespace removed, 【】〔〕[]{} → (), dash variants → `-`, 、/， → `,`.
 */
export function normaliseOelFactorName(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\s+/g, '')
    .replace(/[【〔[{]/g, '(')
    .replace(/[】〕\]}]/g, ')')
    .replace(/[—–―‐‑‒−~]/g, '-')
    .replace(/[、]/g, ',');
}

const CJK = '\\u3400-\\u9fff';
/** Sub-row separators: an em/en dash, or an ASCII hyphen between two CJK characters (`汞-金属汞`). */
const SUBROW_SPLIT = new RegExp(`[—–]|(?<=[${CJK}])-(?=[${CJK}])`);
/** Bracket contents that qualify the row rather than name it (按Pb计, 全部异构体, 非高原, SiO₂ bands…). */
const QUALIFIER = /计|%|含量|异构体|高原|海拔|^非|蒸气|不含/;

function stripBrackets(name: string): string {
  let s = name;
  for (let prev = ''; prev !== s; ) {
    prev = s;
    s = s.replace(/（[^（）]*）|\([^()]*\)/g, '');
  }
  return s;
}

function bracketContents(name: string): string[] {
  return [...name.matchAll(/（([^（）]*)）|\(([^()]*)\)/g)].map((m) => m[1] ?? m[2] ?? '');
}

/** Derived keys of a printed name (see file comment). */
export function derivedOelNameKeys(name: string): string[] {
  const keys = new Set<string>();
  const parts = name.split(SUBROW_SPLIT);
  const candidates = [name, ...(parts.length > 1 ? parts : [])];
  for (const c of candidates) {
    keys.add(stripBrackets(c));
    for (const inner of bracketContents(c)) {
      if (QUALIFIER.test(inner)) continue;
      for (const synonym of inner.split(/[、，,]/)) if ([...synonym].length >= 2) keys.add(synonym);
    }
  }
  keys.delete(name);
  return [...keys].map(normaliseOelFactorName).filter((k) => k.length > 0 && k !== normaliseOelFactorName(name));
}

interface OelIndex {
  byName: Map<string, OelIndexedRow>;
  byDerived: Map<string, OelIndexedRow[]>;
  byCas: Map<string, OelIndexedRow[]>;
}

function push(map: Map<string, OelIndexedRow[]>, key: string, row: OelIndexedRow): void {
  const list = map.get(key) ?? [];
  if (!list.includes(row)) list.push(row);
  map.set(key, list);
}

function buildIndex(): OelIndex {
  const all: OelIndexedRow[] = [];
  for (const e of gbz21ChemicalPack.editions) for (const row of e.rows) all.push({ kind: 'chemical', row, addedBy: null });
  for (const a of gbz21Amendments) for (const row of a.addedRows) all.push({ kind: 'chemical', row, addedBy: a });
  for (const e of gbz21DustPack.editions) for (const row of e.rows) all.push({ kind: 'dust', row });

  const index: OelIndex = { byName: new Map(), byDerived: new Map(), byCas: new Map() };
  for (const entry of all) {
    const name = normaliseOelFactorName(entry.row.name);
    if (index.byName.has(name)) throw new Error(`oels.json: duplicate factor name ${entry.row.name}`);
    index.byName.set(name, entry);
    for (const key of derivedOelNameKeys(entry.row.name)) push(index.byDerived, key, entry);
    if (entry.kind === 'chemical' && entry.row.englishName) push(index.byDerived, normaliseOelFactorName(entry.row.englishName), entry);
    for (const cas of entry.row.casNumbers) push(index.byCas, cas, entry);
  }
  return index;
}

const oelIndex = buildIndex();

const CAS_QUERY = /^\d{2,7}-\d{2}-\d$/;

function found(entry: OelIndexedRow, matchedBy: 'name' | 'cas' | 'derived_name'): OelFactorMatch {
  return entry.kind === 'chemical'
    ? { status: 'found', kind: 'chemical', row: entry.row, addedBy: entry.addedBy, matchedBy }
    : { status: 'found', kind: 'dust', row: entry.row, matchedBy };
}

function fromList(list: OelIndexedRow[] | undefined, matchedBy: 'cas' | 'derived_name'): OelFactorMatch | null {
  if (!list || list.length === 0) return null;
  const [only] = list;
  if (list.length === 1 && only) return found(only, matchedBy);
  return { status: 'ambiguous', candidates: list.map((e) => e.row.name), rows: list };
}

/**
 * Looks a factor up in GBZ 2.1-2019 表1/表2 by Chinese or English name or CAS number
 * (normalised as `normaliseOelFactorName`). Rows added by reported amendments (乙草胺) are found
 * too, flagged by `addedBy`; whether they apply is the calculators' decision.
 */
export function lookupOelFactor(query: string): OelFactorMatch {
  const q = normaliseOelFactorName(query);
  if (q === '') return { status: 'unknown' };
  if (CAS_QUERY.test(q)) return fromList(oelIndex.byCas.get(q), 'cas') ?? { status: 'unknown' };
  const exact = oelIndex.byName.get(q);
  if (exact) return found(exact, 'name');
  return fromList(oelIndex.byDerived.get(q), 'derived_name') ?? { status: 'unknown' };
}
