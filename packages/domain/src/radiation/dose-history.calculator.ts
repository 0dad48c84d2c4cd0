import { type RuleOutcome } from '../rules/rule-pack.ts';
import { addDays } from '../surveillance/dates.ts';
import { type DoseCheckResult, type DoseFlag, doseCheck } from '../surveillance/dose-check.calculator.ts';
import { roundHalfUp } from '../surveillance/numbers.ts';
import { type DoseRecordInput, type RecordLevelFlag, periodDays, recordLevelFlags } from './dose-monitoring.rules.ts';

/**
 * A worker's dose history: annual sums of the monitoring-period records, the GB 18871-2002 limit
 * check (5-year sums, single year, lens, skin — via the surveillance `doseCheck` calculator) and
 * the GBZ 128-2019 investigation level per record.
 *
 * Annual sums: Hp(10) → effective dose, Hp(3) → lens, Hp(0.07) → skin. A period that spans New
 * Year is split between the two years in proportion to its days in each (OHNet's rule; the
 * standards assume periods inside one year).
 */
export interface DoseHistoryRecord extends DoseRecordInput {
  id: string;
}

export interface AnnualDoseSum {
  year: number;
  hp10Msv: number;
  hp3Msv: number | null;
  hp007Msv: number | null;
  records: number;
  /** Days of the year covered by monitoring periods. */
  coveredDays: number;
  /** Hp(10) over the 5 consecutive years ending with this one (absent years count 0). */
  fiveYearHp10Msv: number;
}

export interface DoseHistoryFlag {
  level: 'investigation' | 'limit';
  code: RecordLevelFlag['code'] | DoseFlag['code'];
  year: number;
  /** For investigation flags: the record. */
  recordId?: string;
  valueMsv: number;
  thresholdMsv: number;
  citation: string;
  verified: boolean;
}

export interface DoseHistoryResult extends RuleOutcome {
  annual: AnnualDoseSum[];
  /** The limit check over the annual sums; null when there are no records. */
  limits: DoseCheckResult | null;
  flags: DoseHistoryFlag[];
}

const r3 = (x: number) => roundHalfUp(x, 3);

/** Splits a period's days over calendar years: [[year, days], …]. */
function daysPerYear(start: string, end: string): [number, number][] {
  const out: [number, number][] = [];
  let from = start;
  while (from <= end) {
    const y = Number(from.slice(0, 4));
    const yearEnd = `${y}-12-31`;
    const to = end < yearEnd ? end : yearEnd;
    out.push([y, periodDays(from, to)]);
    from = addDays(yearEnd, 1);
  }
  return out;
}

/** Annual sums, 5-year sums, limit and investigation flags for one worker's valid records. */
export function doseHistory(records: readonly DoseHistoryRecord[]): DoseHistoryResult {
  const byYear = new Map<number, { hp10: number; hp3: number | null; hp007: number | null; ids: Set<string>; days: number }>();
  for (const rec of records) {
    const total = periodDays(rec.periodStart, rec.periodEnd);
    for (const [year, days] of daysPerYear(rec.periodStart, rec.periodEnd)) {
      const share = days / total;
      const y = byYear.get(year) ?? { hp10: 0, hp3: null, hp007: null, ids: new Set<string>(), days: 0 };
      y.hp10 += rec.hp10Msv * share;
      if (rec.hp3Msv !== undefined && rec.hp3Msv !== null) y.hp3 = (y.hp3 ?? 0) + rec.hp3Msv * share;
      if (rec.hp007Msv !== undefined && rec.hp007Msv !== null) y.hp007 = (y.hp007 ?? 0) + rec.hp007Msv * share;
      y.ids.add(rec.id);
      y.days += days;
      byYear.set(year, y);
    }
  }
  const years = [...byYear.keys()].sort((a, b) => a - b);
  const hp10Of = (y: number) => byYear.get(y)?.hp10 ?? 0;
  const annual: AnnualDoseSum[] = years.map((year) => {
    const y = byYear.get(year)!;
    let five = 0;
    for (let k = year - 4; k <= year; k++) five += hp10Of(k);
    return {
      year,
      hp10Msv: r3(y.hp10),
      hp3Msv: y.hp3 === null ? null : r3(y.hp3),
      hp007Msv: y.hp007 === null ? null : r3(y.hp007),
      records: y.ids.size,
      coveredDays: y.days,
      fiveYearHp10Msv: r3(five),
    };
  });

  const flags: DoseHistoryFlag[] = [];
  for (const rec of records) {
    for (const f of recordLevelFlags(rec)) {
      flags.push({ level: 'investigation', code: f.code, year: Number(rec.periodEnd.slice(0, 4)), recordId: rec.id, valueMsv: f.valueMsv, thresholdMsv: f.levelMsv, citation: f.citation, verified: false });
    }
  }
  let limits: DoseCheckResult | null = null;
  if (annual.length > 0) {
    limits = doseCheck({
      annualDoses: annual.map((a) => ({
        year: a.year,
        effectiveMsv: a.hp10Msv,
        ...(a.hp3Msv !== null ? { lensMsv: a.hp3Msv } : {}),
        ...(a.hp007Msv !== null ? { skinMsv: a.hp007Msv } : {}),
      })),
    });
    for (const f of limits.flags) flags.push({ level: 'limit', code: f.code, year: f.year, valueMsv: f.valueMsv, thresholdMsv: f.limitMsv, citation: f.citation, verified: limits.verified });
  }
  flags.sort((a, b) => a.year - b.year || (a.level === b.level ? 0 : a.level === 'limit' ? 1 : -1));
  const citations = [...new Set(flags.map((f) => f.citation).concat(limits ? [limits.citation] : []))];
  return { annual, limits, flags, citation: citations.join('; '), verified: false };
}
