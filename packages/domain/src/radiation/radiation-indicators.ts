import { type FieldIssue, errors } from '../errors/errors.ts';
import { isInScope } from '../access/scope.ts';
import { levelSuggestedByCode, regionScopePrefix } from '../regions/region.ts';
import { todayCst } from '../rules/rule-pack.ts';
import { isIsoDate } from '../surveillance/dates.ts';
import { type RadiationExamType, radiationExamSchedule } from './radiation-exam.schedule.ts';

/**
 * Indicators of 国家职业病防治规划（2021—2025年） for radiation workers. Their official notes were
 * not found (shared/reference README, "still missing"), so the definitions are OHNet's and travel
 * with every value.
 */
export const DOSE_MONITORING_RATE_DEFINITION = {
  id: 'non_medical_radiation_worker_dose_monitoring_rate',
  name: '非医疗放射工作人员个人剂量监测率',
  unit: 'ratio',
  target: { value: 0.9, comparison: '≥', source: '国家职业病防治规划（2021—2025年）(indicator notes not seen; target from memory)' },
  denominator:
    'Non-medical radiation workers of the region in the year: distinct workers with a radiation-work episode (employment on a post with a 放射性因素 hazard) that overlaps the year up to the evaluation date E (31 December, or the as-of date in the current year), at an employer whose region lies in the region subtree, classified non-medical (classifyRadiationWorker: occupational category 2x is medical; without a category, GB/T 4754 section Q is medical).',
  numerator: 'Denominator workers with at least one personal-dose record whose monitoring period overlaps the year up to E (filed by any institution).',
  exclusions: 'Medical radiation workers (they have their own monitoring requirements and are counted by the health system).',
  verified: false,
  source: 'OHNet definition (issue 6)',
} as const;

export const RADIATION_EXAM_RATE_DEFINITION = {
  id: 'radiation_worker_exam_rate',
  name: '放射工作人员职业健康体检率',
  unit: 'ratio',
  target: { value: 0.9, comparison: '≥', source: '国家职业病防治规划（2021—2025年）(indicator notes not seen; target from memory)' },
  denominator: 'Radiation workers (medical and non-medical) of the region with a radiation-work episode overlapping the year up to E.',
  numerator:
    'Denominator workers with no overdue radiation-worker exam on E (or on the end of their episode, if earlier) by radiationExamSchedule (GBZ 98-2020: pre-employment, periodic at most every 2 years, exit).',
  exclusions: 'None. Radiation exams are exam records with a conclusion for an ionising-radiation factor (电离辐射 or a 放射性因素 catalogue item), of type pre-employment, periodic or exit, from any institution.',
  verified: false,
  source: 'OHNet definition (issue 6)',
} as const;

/** One radiation-work episode of a worker, as the indicators see it. */
export interface RadiationWorkerRow {
  workerId: string;
  /** Employer's region code (most specific). */
  regionCode: string;
  isMedical: boolean;
  /** First and last day on the radiation post (null while in post). */
  from: string;
  to: string | null;
  dosePeriods: readonly { periodStart: string; periodEnd: string }[];
  exams?: readonly { type: RadiationExamType; date: string }[];
}

export interface RadiationIndicatorInput {
  regionCode: string;
  year: number;
  asOf?: string;
  rows: readonly RadiationWorkerRow[];
}

export interface RadiationIndicatorResult<D> {
  regionCode: string;
  year: number;
  evaluatedOn: string;
  numerator: number;
  denominator: number;
  value: number | null;
  numeratorIds: string[];
  denominatorIds: string[];
  definition: D;
}

function issuesOf(input: RadiationIndicatorInput, asOf: string): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (levelSuggestedByCode(input.regionCode) === null) issues.push({ path: 'regionCode', code: 'indicator.region_code_invalid', message: 'regionCode must be a 6- or 9-digit region code' });
  if (!isIsoDate(asOf)) issues.push({ path: 'asOf', code: 'indicator.date_invalid', message: 'asOf must be YYYY-MM-DD' });
  else if (!Number.isInteger(input.year) || input.year < 2000 || input.year > Number(asOf.slice(0, 4))) {
    issues.push({ path: 'year', code: 'indicator.year_invalid', message: `year must be 2000–${asOf.slice(0, 4)}` });
  }
  input.rows.forEach((r, i) => {
    if (!isIsoDate(r.from)) issues.push({ path: `rows.${i}.from`, code: 'indicator.date_invalid', message: 'from must be YYYY-MM-DD' });
    if (r.to !== null && !isIsoDate(r.to)) issues.push({ path: `rows.${i}.to`, code: 'indicator.date_invalid', message: 'to must be YYYY-MM-DD or null' });
  });
  return issues;
}

function window(input: RadiationIndicatorInput) {
  const asOf = input.asOf ?? todayCst();
  const issues = issuesOf(input, asOf);
  if (issues.length) throw errors.invalid(issues, 'Invalid indicator request');
  const level = levelSuggestedByCode(input.regionCode);
  const prefix = level === null ? input.regionCode : regionScopePrefix(input.regionCode, level);
  const yearStart = `${input.year}-01-01`;
  const yearEnd = `${input.year}-12-31`;
  const evaluatedOn = asOf < yearEnd ? asOf : yearEnd;
  const inRegion = (r: RadiationWorkerRow) => isInScope({ kind: 'region', regionCode: input.regionCode, regionPrefix: prefix }, { regionCode: r.regionCode, organisationIds: [] });
  const inYear = (r: RadiationWorkerRow) => r.from <= evaluatedOn && (r.to === null || r.to >= yearStart);
  return { yearStart, evaluatedOn, inRegion, inYear };
}

const result = <D>(input: RadiationIndicatorInput, evaluatedOn: string, den: Set<string>, num: Set<string>, definition: D): RadiationIndicatorResult<D> => {
  const denominatorIds = [...den].sort();
  const numeratorIds = [...num].sort();
  return {
    regionCode: input.regionCode,
    year: input.year,
    evaluatedOn,
    numerator: numeratorIds.length,
    denominator: denominatorIds.length,
    value: denominatorIds.length ? numeratorIds.length / denominatorIds.length : null,
    numeratorIds,
    denominatorIds,
    definition,
  };
};

/**
 * 非医疗放射工作人员个人剂量监测率 by {@link DOSE_MONITORING_RATE_DEFINITION}. A worker counts once
 * (several episodes or employers); a dose record of any episode counts for the worker.
 */
export function doseMonitoringRate(input: RadiationIndicatorInput): RadiationIndicatorResult<typeof DOSE_MONITORING_RATE_DEFINITION> {
  const { yearStart, evaluatedOn, inRegion, inYear } = window(input);
  const den = new Set<string>();
  const num = new Set<string>();
  for (const r of input.rows) {
    if (r.isMedical || !inRegion(r) || !inYear(r)) continue;
    den.add(r.workerId);
  }
  for (const r of input.rows) {
    if (!den.has(r.workerId)) continue;
    if (r.dosePeriods.some((p) => p.periodStart <= evaluatedOn && p.periodEnd >= yearStart)) num.add(r.workerId);
  }
  return result(input, evaluatedOn, den, num, DOSE_MONITORING_RATE_DEFINITION);
}

/**
 * 放射工作人员职业健康体检率 by {@link RADIATION_EXAM_RATE_DEFINITION}: a worker counts in the
 * numerator when none of their in-year episodes has an overdue exam on the evaluation date.
 * Served by GET /indicators/radiation-exam-rate (radiation module) from the exam records.
 */
export function radiationExamRate(input: RadiationIndicatorInput): RadiationIndicatorResult<typeof RADIATION_EXAM_RATE_DEFINITION> {
  const { evaluatedOn, inRegion, inYear } = window(input);
  const den = new Set<string>();
  const overdue = new Set<string>();
  for (const r of input.rows) {
    if (!inRegion(r) || !inYear(r)) continue;
    den.add(r.workerId);
    const asOf = r.to !== null && r.to < evaluatedOn ? r.to : evaluatedOn;
    // The exit exam is judged on the last day itself: it is due then, not overdue.
    const s = radiationExamSchedule({ startDate: r.from, endDate: r.to !== null && r.to <= evaluatedOn ? r.to : null, exams: r.exams ?? [], asOf });
    if (s.isOverdue) overdue.add(r.workerId);
  }
  const num = new Set([...den].filter((id) => !overdue.has(id)));
  return result(input, evaluatedOn, den, num, RADIATION_EXAM_RATE_DEFINITION);
}
