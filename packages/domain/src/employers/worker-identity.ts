/**
 * Fields of a worker derived from the resident ID number (公民身份号码, GB 11643-1999): birth date,
 * sex, the masked form for lists, and age on a date. The number itself is the worker's key (stored
 * encrypted with a blind index by the server); name and phone are entered, never derived.
 */
import { type FieldIssue } from '../errors/errors.ts';
import { isIsoDate } from '../surveillance/dates.ts';
import { type Validation, invalid, valid } from '../validators/result.ts';
import { maskIdNumber, type Sex, validateIdNumber } from '../validators/id-number.validator.ts';

/** What the ID number tells about a worker. */
export interface WorkerIdentity {
  /** Normalised number (upper-case X). */
  idNumber: string;
  /** `4401**********1234`, for roles that do not need the full number. */
  maskedIdNumber: string;
  /** GB 11643 §5.3 出生日期码 (digits 7–14), YYYY-MM-DD. */
  birthDate: string;
  /** GB 11643 §5.4 顺序码: odd 17th digit = male, even = female. */
  sex: Sex;
  /** GB 11643 §5.2 地址码 at issue (digits 1–6); it need not be the current region. */
  issueRegionCode: string;
}

/**
 * Derives birth date, sex and the masked number from a resident ID number, after the full
 * GB 11643-1999 check (length, characters, county-level address code, real birth date not after
 * `today`, ISO 7064 MOD 11-2 check character) done by `validateIdNumber`.
 */
export function workerIdentityFromIdNumber(idNumber: string, today: Date = new Date()): Validation<WorkerIdentity> {
  const v = validateIdNumber(idNumber, today);
  if (!v.ok) return invalid(...v.issues);
  return valid({
    idNumber: v.value.idNumber,
    maskedIdNumber: maskIdNumber(v.value.idNumber),
    birthDate: v.value.birthDate,
    sex: v.value.sex,
    issueRegionCode: v.value.addressCode,
  });
}

/** Completed years of age on `date` (the birthday itself counts; 29 Feb birthdays turn on 1 Mar). */
export function workerAgeOn(birthDate: string, date: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const hadBirthday = m > bm || (m === bm && d >= bd);
  return y - by - (hadBirthday ? 0 : 1);
}

/** A worker as entered: the number plus any sex and birth date typed in by hand. */
export interface WorkerIdentityInput {
  idNumber: string;
  sex?: Sex | null;
  birthDate?: string | null;
}

/**
 * Field problems of a worker's identity: the ID number's own issues (path `idNumber`, codes
 * `id_number.*`), and a typed-in sex or birth date that contradicts the number
 * (`worker.sex_mismatch`, `worker.birth_date_mismatch`) — imports often carry both columns.
 */
export function workerIdentityIssues(input: WorkerIdentityInput, today: Date = new Date()): FieldIssue[] {
  const v = workerIdentityFromIdNumber(input.idNumber, today);
  if (!v.ok) return v.issues.map((i) => ({ path: 'idNumber', code: i.code, message: i.message }));
  const issues: FieldIssue[] = [];
  if (input.sex !== null && input.sex !== undefined && input.sex !== v.value.sex) {
    issues.push({ path: 'sex', code: 'worker.sex_mismatch', message: `The ID number gives ${v.value.sex === 'male' ? '男' : '女'}` });
  }
  if (input.birthDate !== null && input.birthDate !== undefined) {
    if (!isIsoDate(input.birthDate)) issues.push({ path: 'birthDate', code: 'worker.date_invalid', message: 'birthDate must be YYYY-MM-DD' });
    else if (input.birthDate !== v.value.birthDate) {
      issues.push({ path: 'birthDate', code: 'worker.birth_date_mismatch', message: `The ID number gives ${v.value.birthDate}` });
    }
  }
  return issues;
}
