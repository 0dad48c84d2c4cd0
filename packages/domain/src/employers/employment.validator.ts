/**
 * Employment episodes of a worker (one longitudinal record per person, issue 4): employer, host
 * employer for dispatched labour (劳务派遣用工单位), post and dates.
 *
 * Dispatched labour: the dispatching agency is the employer (用人单位) and the host employer
 * (用工单位) is where the worker works and is exposed — 劳动合同法 第五十八条/第六十二条 and
 * 职业病防治法 (2018) 第八十六条 (劳务派遣用工单位应当履行本法规定的用人单位的义务); article numbers
 * from memory. So a dispatched episode must name its host employer.
 */
import { type FieldIssue } from '../errors/errors.ts';
import { isIsoDate } from '../surveillance/dates.ts';

/** One employment episode. */
export interface EmploymentEpisode {
  /** The employer (for dispatched labour, the dispatching agency). */
  employerId: string;
  /** 劳务派遣: the worker is placed with a host employer. */
  isDispatched: boolean;
  /** 用工单位 for dispatched labour; null otherwise. */
  hostEmployerId: string | null;
  postId?: string | null;
  /** First working day, YYYY-MM-DD. */
  startDate: string;
  /** Last working day (inclusive), or null while employed. */
  endDate: string | null;
}

/** Options of {@link employmentIssues}. */
export interface EmploymentContext {
  /** When given, a start date after it is reported (`employment.start_in_future`). */
  asOf?: string;
}

const FAR_FUTURE = '9999-12-31';

/**
 * Field problems of a worker's employment episodes (paths `episodes.<i>.<field>`):
 * - required employer and real dates; `endDate` not before `startDate` (`employment.end_before_start`);
 * - dispatched labour names its host employer (`employment.host_employer_required`), which is not the
 *   dispatching employer itself (`employment.host_is_employer`); a host employer without
 *   `isDispatched` is reported too (`employment.host_without_dispatch`);
 * - no two episodes at the same employer (and the same host, for dispatch) overlap
 *   (`employment.overlap`, on the later-listed episode): a person holds one contract with an employer at a
 *   time. Episodes at different employers may overlap (part-time work is lawful).
 */
export function employmentIssues(episodes: readonly EmploymentEpisode[], context: EmploymentContext = {}): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const datesOk: boolean[] = [];
  episodes.forEach((e, i) => {
    const base = `episodes.${i}`;
    let ok = true;
    if (typeof e.employerId !== 'string' || e.employerId.trim() === '') {
      issues.push({ path: `${base}.employerId`, code: 'employment.required', message: 'employerId is required' });
    }
    if (!isIsoDate(e.startDate)) {
      issues.push({ path: `${base}.startDate`, code: 'employment.date_invalid', message: 'startDate must be YYYY-MM-DD' });
      ok = false;
    }
    if (e.endDate !== null && !isIsoDate(e.endDate)) {
      issues.push({ path: `${base}.endDate`, code: 'employment.date_invalid', message: 'endDate must be YYYY-MM-DD or null' });
      ok = false;
    }
    if (ok && e.endDate !== null && e.endDate < e.startDate) {
      issues.push({ path: `${base}.endDate`, code: 'employment.end_before_start', message: `endDate (${e.endDate}) is before startDate (${e.startDate})` });
      ok = false;
    }
    if (ok && context.asOf !== undefined && e.startDate > context.asOf) {
      issues.push({ path: `${base}.startDate`, code: 'employment.start_in_future', message: `startDate (${e.startDate}) is after ${context.asOf}` });
    }
    const host = e.hostEmployerId?.trim() ?? '';
    if (e.isDispatched && host === '') {
      issues.push({ path: `${base}.hostEmployerId`, code: 'employment.host_employer_required', message: 'Dispatched labour must name the host employer (用工单位)' });
    } else if (e.isDispatched && host === e.employerId) {
      issues.push({ path: `${base}.hostEmployerId`, code: 'employment.host_is_employer', message: 'The host employer must differ from the dispatching employer' });
    } else if (!e.isDispatched && host !== '') {
      issues.push({ path: `${base}.hostEmployerId`, code: 'employment.host_without_dispatch', message: 'Only dispatched labour has a host employer' });
    }
    datesOk.push(ok);
  });

  const key = (e: EmploymentEpisode) => `${e.employerId}\u0000${e.isDispatched ? (e.hostEmployerId ?? '') : ''}`;
  episodes.forEach((e, i) => {
    if (!datesOk[i]) return;
    for (let j = 0; j < i; j++) {
      const other = episodes[j]!;
      if (!datesOk[j] || key(other) !== key(e)) continue;
      const overlaps = e.startDate <= (other.endDate ?? FAR_FUTURE) && other.startDate <= (e.endDate ?? FAR_FUTURE);
      if (overlaps) {
        issues.push({ path: `episodes.${i}.startDate`, code: 'employment.overlap', message: `Overlaps episodes.${j} at the same employer` });
        break;
      }
    }
  });
  return issues;
}
