import { type FieldIssue, errors } from '../errors/errors.ts';
import { cite } from '../rules/rule-pack.ts';
import { addMonths, isIsoDate } from '../surveillance/dates.ts';
import { GBZ98_2020, RADIATION_WORKER_MEASURES_2007 } from './editions.ts';

/**
 * Radiation-worker health exams on the GBZ 98-2020 periods, as a pure due-date function:
 * - pre-employment (上岗前): before starting radiation work — due on the start date;
 * - periodic (在岗期间): usually every 1–2 years as the health authority decides, never more than
 *   2 years apart (管理办法 第二十条) — due `intervalYears` after the latest exam;
 * - exit (离岗时): when leaving radiation work — due on the last day.
 * Clauses and the interval are from memory (`verified: false`).
 */
export type RadiationExamType = 'pre_employment' | 'periodic' | 'exit';

export interface RadiationExamScheduleInput {
  /** First day of radiation work at this post. */
  startDate: string;
  /** Last day, null while still in post. */
  endDate: string | null;
  exams: readonly { type: RadiationExamType; date: string }[];
  asOf: string;
  /** 1 or 2 years between periodic exams (default 2, the maximum). */
  intervalYears?: 1 | 2;
}

export interface RadiationExamDue {
  type: RadiationExamType;
  dueDate: string;
  status: 'done' | 'due' | 'overdue';
  /** The exam that satisfied it, when done. */
  doneOn: string | null;
  citation: string;
  verified: false;
}

export interface RadiationExamScheduleResult {
  asOf: string;
  items: RadiationExamDue[];
  /** The next item not yet done, if any. */
  next: RadiationExamDue | null;
  isOverdue: boolean;
}

const CITE_PRE = `${cite(GBZ98_2020, '上岗前职业健康检查')}; ${cite(RADIATION_WORKER_MEASURES_2007, '第十九条')}`;
const CITE_PERIODIC = `${cite(GBZ98_2020, '在岗期间职业健康检查（周期1～2年，不超过2年）')}; ${cite(RADIATION_WORKER_MEASURES_2007, '第二十条')}`;
const CITE_EXIT = `${cite(GBZ98_2020, '离岗时职业健康检查')}; ${cite(RADIATION_WORKER_MEASURES_2007, '第二十一条')}`;

export function radiationExamScheduleIssues(input: RadiationExamScheduleInput): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (!isIsoDate(input.startDate)) issues.push({ path: 'startDate', code: 'exam_schedule.date_invalid', message: 'startDate must be YYYY-MM-DD' });
  if (input.endDate !== null && !isIsoDate(input.endDate)) issues.push({ path: 'endDate', code: 'exam_schedule.date_invalid', message: 'endDate must be YYYY-MM-DD or null' });
  if (!isIsoDate(input.asOf)) issues.push({ path: 'asOf', code: 'exam_schedule.date_invalid', message: 'asOf must be YYYY-MM-DD' });
  input.exams.forEach((e, i) => {
    if (!isIsoDate(e.date)) issues.push({ path: `exams.${i}.date`, code: 'exam_schedule.date_invalid', message: 'date must be YYYY-MM-DD' });
  });
  if (input.intervalYears !== undefined && input.intervalYears !== 1 && input.intervalYears !== 2) {
    issues.push({ path: 'intervalYears', code: 'exam_schedule.interval_invalid', message: 'intervalYears must be 1 or 2 (GBZ 98-2020)' });
  }
  return issues;
}

/**
 * The exams due for one radiation-work episode up to `asOf` (and the next one after it).
 * A pre-employment exam counts when it is dated within the 12 months before the start (or on it);
 * periodic exams chain from the latest exam of any type; the exit exam counts when dated within
 * 3 months before the end date or later.
 */
export function radiationExamSchedule(input: RadiationExamScheduleInput): RadiationExamScheduleResult {
  const issues = radiationExamScheduleIssues(input);
  if (issues.length) throw errors.invalid(issues, 'Invalid radiation exam schedule request');
  const interval = input.intervalYears ?? 2;
  const exams = [...input.exams].sort((a, b) => a.date.localeCompare(b.date));
  const items: RadiationExamDue[] = [];
  const status = (due: string, doneOn: string | null): RadiationExamDue['status'] => (doneOn ? 'done' : input.asOf > due ? 'overdue' : 'due');

  const pre = exams.find((e) => e.type === 'pre_employment' && e.date <= input.startDate && e.date >= addMonths(input.startDate, -12));
  items.push({ type: 'pre_employment', dueDate: input.startDate, status: status(input.startDate, pre?.date ?? null), doneOn: pre?.date ?? null, citation: CITE_PRE, verified: false });

  // Periodic exams: each due `interval` years after the previous exam (or the start), while in post.
  const last = input.endDate ?? null;
  let anchor = pre?.date ?? input.startDate;
  for (let guard = 0; guard < 60; guard++) {
    const due = addMonths(anchor, 12 * interval);
    if (last !== null && due > last) break;
    const done = exams.find((e) => e.date > anchor && e.date <= due && e.type !== 'pre_employment');
    items.push({ type: 'periodic', dueDate: due, status: status(due, done?.date ?? null), doneOn: done?.date ?? null, citation: CITE_PERIODIC, verified: false });
    if (!done) break; // the chain waits for the missing exam
    anchor = done.date;
    if (due > input.asOf) break;
  }
  if (last !== null) {
    const exit = exams.find((e) => e.type === 'exit' && e.date >= addMonths(last, -3));
    items.push({ type: 'exit', dueDate: last, status: status(last, exit?.date ?? null), doneOn: exit?.date ?? null, citation: CITE_EXIT, verified: false });
  }
  const next = items.find((i) => i.status !== 'done') ?? null;
  return { asOf: input.asOf, items, next, isOverdue: items.some((i) => i.status === 'overdue') };
}
