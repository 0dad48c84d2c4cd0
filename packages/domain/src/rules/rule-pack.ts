/**
 * Versioned rule packs: every catalogue, limit table and surveillance rule set is keyed by the
 * standard and edition it comes from, with effective dates, and each row carries its source and a
 * `verified` flag. Evaluations pick the edition in force on the event date and report the citation
 * and whether every row they used is verified.
 *
 * `verified: true` means the row matches a transcription of the official text named in `source`
 * (see shared/reference/README.md); it does not mean it was checked against the NHC original.
 */

/** An edition of a standard or normative document, e.g. GBZ 2.1-2019 or 国卫疾控发〔2013〕48号. */
export interface Edition {
  /** Standard or document identifier, e.g. `GBZ 2.1`, `职业病分类和目录`. */
  standard: string;
  /** Edition label, e.g. `2019`, `2013`, `2024`. */
  edition: string;
  /** Amendments in force with this edition (e.g. `第1号修改单`), in order. */
  amendments?: string[];
  title: string;
  /** ISO date the edition takes effect. */
  effectiveFrom: string;
  /** ISO date it stops applying (exclusive); null while current. */
  effectiveTo: string | null;
  /** Where the data was transcribed from. */
  source: string;
}

/** A row of a rule pack with its provenance. */
export interface Provenance {
  verified: boolean;
  /** Source of this particular row when it differs from the edition's. */
  source?: string | null;
  /** high | medium | low | memory … as recorded in shared/reference. */
  confidence?: string | null;
}

export interface RulePack<Row> {
  /** Stable id, e.g. `gbz2.1-chemical`. */
  id: string;
  name: string;
  editions: { edition: Edition; rows: readonly (Row & Provenance)[]; officialRowCount: number | null }[];
}

/** Formats a citation: `GBZ 2.1-2019 §6.3.3` or `GBZ 2.1-2019 (第1号修改单) 表1`. */
export function cite(edition: Edition, clause?: string): string {
  const amend = edition.amendments?.length ? ` (${edition.amendments.join('、')})` : '';
  const base = `${edition.standard}-${edition.edition}${amend}`;
  return clause ? `${base} ${clause}` : base;
}

/** True when `date` (YYYY-MM-DD) lies in [effectiveFrom, effectiveTo). */
export function inForce(edition: Edition, date: string): boolean {
  return edition.effectiveFrom <= date && (edition.effectiveTo === null || date < edition.effectiveTo);
}

/** The pack's edition in force on `date`, or null when none covers it. */
export function editionOn<Row>(pack: RulePack<Row>, date: string): RulePack<Row>['editions'][number] | null {
  return pack.editions.find((e) => inForce(e.edition, date)) ?? null;
}

/** What every rule-driven result carries. */
export interface RuleOutcome {
  /** Human-readable citation(s), e.g. `GBZ 2.1-2019 表1; GBZ 2.1-2019 §6.3.3`. */
  citation: string;
  /** True only when every row the evaluation used is marked verified. */
  verified: boolean;
}

/** Combines the provenance of the rows used into one outcome. */
export function outcome(citations: string[], rows: readonly Provenance[]): RuleOutcome {
  return { citation: [...new Set(citations)].join('; '), verified: rows.length > 0 && rows.every((r) => r.verified) };
}

/** Today as YYYY-MM-DD in China Standard Time (UTC+8), the default event date. */
export function todayCst(now: Date = new Date()): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}
