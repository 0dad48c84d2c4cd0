/**
 * How often an employer must have its workplace tested (定期检测), and the cross-check between what
 * was measured and what the employer declared.
 *
 * 工作场所职业卫生管理规定（国家卫生健康委员会令第5号, 2020, in force 2021-02-01）第二十条, FROM
 * MEMORY (not in shared/reference; `verified: false`): an employer with 严重 occupational hazards
 * has its hazard factors tested at least once a year (and a status evaluation at least every three
 * years); any other employer at least once every three years. The employer's class is the 2021
 * construction-project risk catalogue class derived from its industry (employers/employer-industry);
 * an employer whose industry the catalogue does not cover is treated as 一般 (the rule's default).
 */
import { resolveHazardFactorReference } from '../employers/hazard-factor-reference.ts';

export const TESTING_FREQUENCY_CITATION = '工作场所职业卫生管理规定（国家卫生健康委员会令第5号，2020）第二十条';

/** Interval in years by hazard class (严重 → 1, otherwise 3). */
export function periodicTestIntervalYears(hazardClass: 'severe' | 'general' | null): 1 | 3 {
  return hazardClass === 'severe' ? 1 : 3;
}

function addYears(date: string, years: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  // 29 February + n years falls back to 28 February when the target year is not a leap year.
  const target = new Date(Date.UTC(y + years, m - 1, d));
  if (target.getUTCMonth() !== m - 1) target.setUTCDate(0);
  return target.toISOString().slice(0, 10);
}

export type PeriodicTestStatus = 'never_tested' | 'due' | 'overdue';

export interface PeriodicTestDue {
  status: PeriodicTestStatus;
  intervalYears: 1 | 3;
  /** Sampling date of the last periodic test (or status evaluation, which includes testing). */
  lastTestedOn: string | null;
  /** Last test + interval; null when never tested (due at once). */
  dueDate: string | null;
  overdue: boolean;
  /** Days past the due date (0 when not overdue). */
  daysOverdue: number;
  citation: string;
  verified: false;
}

/**
 * Next periodic test of an employer that has hazards: due the interval after the last test date,
 * overdue when `asOf` is after the due date; never tested counts as overdue.
 */
export function nextPeriodicTestDue(input: { hazardClass: 'severe' | 'general' | null; lastTestedOn: string | null; asOf: string }): PeriodicTestDue {
  const intervalYears = periodicTestIntervalYears(input.hazardClass);
  const base = { intervalYears, lastTestedOn: input.lastTestedOn, citation: TESTING_FREQUENCY_CITATION, verified: false as const };
  if (!input.lastTestedOn) return { ...base, status: 'never_tested', dueDate: null, overdue: true, daysOverdue: 0 };
  const dueDate = addYears(input.lastTestedOn, intervalYears);
  const overdue = input.asOf > dueDate;
  const daysOverdue = overdue ? Math.round((Date.parse(`${input.asOf}T00:00:00Z`) - Date.parse(`${dueDate}T00:00:00Z`)) / 86_400_000) : 0;
  return { ...base, status: overdue ? 'overdue' : 'due', dueDate, overdue, daysOverdue };
}

export interface PostFactor {
  postName: string;
  factorName: string;
}

export interface CrossCheckResult {
  /** Measured at a post but not among that post's declared factors. */
  measuredNotDeclared: PostFactor[];
  /** Declared on a post but never measured at it. */
  declaredNotTested: PostFactor[];
}

/** The catalogue id when the name resolves (so 砂尘 and 矽尘 match), else the trimmed name. */
function factorKey(name: string): string {
  const ref = resolveHazardFactorReference({ factorId: null, factorName: name });
  const base = name.trim().replace(/[（(].*$/, '');
  if (ref.factor) return ref.factor.id;
  const again = resolveHazardFactorReference({ factorId: null, factorName: base });
  return again.factor?.id ?? base;
}

const keyOf = (p: PostFactor) => `${p.postName.trim()}\u0000${factorKey(p.factorName)}`;

/**
 * Compares the factors measured per post with the factors declared per post (the employer's post
 * register, from which its declaration is filled). Names are matched through the hazard-factor
 * catalogue and its aliases, so `矽尘（10%≤游离SiO2含量≤50%）` matches a declared `矽尘`.
 */
export function crossCheckDeclaredTested(declared: readonly PostFactor[], tested: readonly PostFactor[]): CrossCheckResult {
  const declaredKeys = new Set(declared.map(keyOf));
  const testedKeys = new Set(tested.map(keyOf));
  const uniq = (list: readonly PostFactor[]) => [...new Map(list.map((p) => [keyOf(p), p])).values()];
  return {
    measuredNotDeclared: uniq(tested.filter((t) => !declaredKeys.has(keyOf(t)))),
    declaredNotTested: uniq(declared.filter((d) => !testedKeys.has(keyOf(d)))),
  };
}
