import { type FieldIssue, errors } from '../errors/errors.ts';
import { type Provenance, type RuleOutcome, type RulePack, cite, outcome } from '../rules/rule-pack.ts';
import { GB18871_2002, GBZ128_2019 } from './editions.ts';
import { roundHalfUp } from './numbers.ts';

/**
 * Occupational dose limits for radiation workers, GB 18871-2002 Annex B, B1.1.1.1:
 * a) 由审管部门决定的连续5年的年平均有效剂量（但不可作任何追溯性平均）20 mSv;
 * b) 任何一年中的有效剂量 50 mSv;
 * c) 眼晶体的年当量剂量 150 mSv;
 * d) 四肢（手和足）或皮肤的年当量剂量 500 mSv.
 *
 * The lens limit is the 2002 standard's 150 mSv/a. The 20 mSv/a lens limit of ICRP Publication 118
 * (2011) is not part of GB 18871-2002 and is not applied here.
 *
 * GBZ 128-2019 (职业性外照射个人监测规范) sets recording and investigation levels per monitoring
 * period; those values are not in the reference data, so that check reports `ruleAvailable: false`.
 */

export interface AnnualDose {
  year: number;
  /** Annual effective dose, mSv. */
  effectiveMsv: number;
  /** Annual equivalent dose to the lens of the eye, mSv. */
  lensMsv?: number;
  /** Annual equivalent dose to the skin (or hands and feet), mSv. */
  skinMsv?: number;
}

export interface DoseCheckInput {
  annualDoses: AnnualDose[];
}

export type DoseFlagCode = 'five_year_average_exceeded' | 'annual_effective_exceeded' | 'lens_annual_exceeded' | 'skin_annual_exceeded';

export interface DoseFlag {
  code: DoseFlagCode;
  /** The year concerned; for the 5-year rule the last year of the window. */
  year: number;
  valueMsv: number;
  limitMsv: number;
  /** For the 5-year rule: the window [fromYear, toYear]. */
  window?: { fromYear: number; toYear: number };
  citation: string;
}

export interface DoseLimitRow extends Provenance {
  code: DoseFlagCode;
  clause: string;
  /** mSv; for the 5-year rule the sum over 5 years (5 × 20 mSv). */
  limitMsv: number;
  text: string;
}

export interface DoseCheckResult extends RuleOutcome {
  /** Sum of effective dose over the latest 5 consecutive calendar years (latest year in the input and the 4 before), mSv. */
  fiveYearSum: number;
  fiveYearWindow: { fromYear: number; toYear: number; missingYears: number[] };
  /** fiveYearSum / 5, mSv. */
  fiveYearAverage: number;
  flags: DoseFlag[];
  /** GBZ 128-2019 investigation level per monitoring period: not in the reference data. */
  investigationLevel: { ruleAvailable: false; reason: string; citation: string };
}

const SOURCE = GB18871_2002.source;

/** GB 18871-2002 B1.1.1.1 occupational limits (4 rows). */
export const GB18871_DOSE_LIMITS: readonly DoseLimitRow[] = [
  { code: 'five_year_average_exceeded', clause: '附录B B1.1.1.1 a)', limitMsv: 100, text: '连续5年的年平均有效剂量 20 mSv（5年合计 100 mSv）', verified: false, confidence: 'high', source: SOURCE },
  { code: 'annual_effective_exceeded', clause: '附录B B1.1.1.1 b)', limitMsv: 50, text: '任何一年中的有效剂量 50 mSv', verified: false, confidence: 'high', source: SOURCE },
  { code: 'lens_annual_exceeded', clause: '附录B B1.1.1.1 c)', limitMsv: 150, text: '眼晶体的年当量剂量 150 mSv', verified: false, confidence: 'high', source: SOURCE },
  { code: 'skin_annual_exceeded', clause: '附录B B1.1.1.1 d)', limitMsv: 500, text: '四肢（手和足）或皮肤的年当量剂量 500 mSv', verified: false, confidence: 'high', source: SOURCE },
];

/** GB 18871-2002 occupational dose limits as a rule pack. */
export const gb18871DoseLimitRulePack: RulePack<DoseLimitRow> = {
  id: 'gb18871-occupational-dose-limits',
  name: 'GB 18871-2002 附录B 职业照射剂量限值',
  editions: [{ edition: GB18871_2002, rows: GB18871_DOSE_LIMITS, officialRowCount: 4 }],
};

function limit(code: DoseFlagCode): DoseLimitRow {
  const row = GB18871_DOSE_LIMITS.find((r) => r.code === code);
  if (!row) throw new Error(`No dose limit ${code}`);
  return row;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const nonNegative = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;

/** Field-level problems with a dose-check request (empty when valid). */
export function doseCheckInputIssues(input: unknown): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const add = (path: string, code: string, message: string) => issues.push({ path, code, message });
  if (!isRecord(input)) {
    add('', 'dose.body_invalid', 'The request must be an object');
    return issues;
  }
  const doses = input.annualDoses;
  if (!Array.isArray(doses) || doses.length === 0) {
    add('annualDoses', 'dose.annual_doses_required', 'Give at least one annual dose');
    return issues;
  }
  const seen = new Set<number>();
  doses.forEach((d: unknown, i) => {
    if (!isRecord(d)) {
      add(`annualDoses.${i}`, 'dose.entry_invalid', 'Each entry needs year and effectiveMsv');
      return;
    }
    if (typeof d.year !== 'number' || !Number.isInteger(d.year) || d.year < 1900 || d.year > 2200) {
      add(`annualDoses.${i}.year`, 'dose.year_invalid', 'year must be a calendar year');
    } else if (seen.has(d.year)) {
      add(`annualDoses.${i}.year`, 'dose.year_duplicate', `year ${d.year} is listed twice`);
    } else seen.add(d.year);
    if (!nonNegative(d.effectiveMsv)) add(`annualDoses.${i}.effectiveMsv`, 'dose.value_invalid', 'effectiveMsv must be a number ≥ 0 (mSv)');
    for (const f of ['lensMsv', 'skinMsv'] as const) {
      if (d[f] !== undefined && !nonNegative(d[f])) add(`annualDoses.${i}.${f}`, 'dose.value_invalid', `${f} must be a number ≥ 0 (mSv)`);
    }
  });
  return issues;
}

const round3 = (x: number) => roundHalfUp(x, 3);

/**
 * Checks annual doses against GB 18871-2002 Annex B B1.1.1.1 (POST /api/v1/calc/dose-check):
 * every window of 5 consecutive calendar years whose effective dose sum exceeds 100 mSv
 * (average > 20 mSv/a; flagged on the window's last year), any year > 50 mSv, lens > 150 mSv/a,
 * skin > 500 mSv/a. A limit is exceeded only when the dose is above it.
 *
 * `fiveYearSum` is over the latest 5 consecutive calendar years (the latest year given and the
 * 4 before it); years without a record count as 0 and are listed in `fiveYearWindow.missingYears`.
 * Every sliding window is checked because the standard lets the regulator choose the 5-year period
 * and forbids retrospective averaging. The GBZ 128-2019 investigation level is reported as
 * unavailable (its values are not in the reference data).
 *
 * @throws OhnetError `validation.failed` (422) listing every bad field.
 */
export function doseCheck(input: DoseCheckInput): DoseCheckResult {
  const issues = doseCheckInputIssues(input);
  if (issues.length > 0) throw errors.invalid(issues, 'Invalid dose-check request');

  const doses = [...input.annualDoses].sort((a, b) => a.year - b.year);
  const byYear = new Map(doses.map((d) => [d.year, d]));
  const first = doses[0]!.year;
  const last = doses[doses.length - 1]!.year;
  const flags: DoseFlag[] = [];
  const used = new Set<DoseFlagCode>();
  const flag = (code: DoseFlagCode, year: number, valueMsv: number, window?: DoseFlag['window']) => {
    const l = limit(code);
    used.add(code);
    flags.push({ code, year, valueMsv: round3(valueMsv), limitMsv: l.limitMsv, ...(window ? { window } : {}), citation: cite(GB18871_2002, l.clause) });
  };
  const sumWindow = (to: number) => {
    let s = 0;
    for (let y = to - 4; y <= to; y++) s += byYear.get(y)?.effectiveMsv ?? 0;
    return s;
  };

  for (const d of doses) {
    if (d.effectiveMsv > limit('annual_effective_exceeded').limitMsv) flag('annual_effective_exceeded', d.year, d.effectiveMsv);
    if (d.lensMsv !== undefined && d.lensMsv > limit('lens_annual_exceeded').limitMsv) flag('lens_annual_exceeded', d.year, d.lensMsv);
    if (d.skinMsv !== undefined && d.skinMsv > limit('skin_annual_exceeded').limitMsv) flag('skin_annual_exceeded', d.year, d.skinMsv);
  }
  // Windows ending at each year from the first to the last; a window reaching before the first
  // record counts the unrecorded years as 0 (if it is over 100 mSv already, the limit is exceeded).
  for (let to = first; to <= last; to++) {
    const s = sumWindow(to);
    if (round3(s) > limit('five_year_average_exceeded').limitMsv) flag('five_year_average_exceeded', to, s, { fromYear: to - 4, toYear: to });
  }
  flags.sort((a, b) => a.year - b.year || a.code.localeCompare(b.code));

  const fiveYearSum = round3(sumWindow(last));
  const missingYears: number[] = [];
  for (let y = last - 4; y <= last; y++) if (!byYear.has(y)) missingYears.push(y);

  const citations = [cite(GB18871_2002, '附录B B1.1.1.1')];
  const rows = used.size > 0 ? GB18871_DOSE_LIMITS.filter((r) => used.has(r.code)) : GB18871_DOSE_LIMITS;
  return {
    fiveYearSum,
    fiveYearWindow: { fromYear: last - 4, toYear: last, missingYears },
    fiveYearAverage: round3(fiveYearSum / 5),
    flags,
    investigationLevel: {
      ruleAvailable: false,
      reason: 'GBZ 128-2019 recording and investigation levels per monitoring period are not in the reference data',
      citation: cite(GBZ128_2019),
    },
    ...outcome(citations, rows),
  };
}
