/**
 * Calendar arithmetic on ISO dates (YYYY-MM-DD) for the surveillance rules and legal clocks.
 *
 * Periods follow 中华人民共和国民法典 (2020) 第二百零一条–第二百零三条:
 * - a period counted in days, months or years starts on the day after the event (art. 201);
 * - a period in months/years ends on the corresponding day of the final month, or on that
 *   month's last day when it has no corresponding day (art. 202);
 * - when the last day falls on a statutory holiday, the period ends on the day after the holiday
 *   (art. 203) — only applied here when the caller passes the holiday dates, because the State
 *   Council holiday calendar is published yearly and is not part of this package.
 *
 * All functions are pure and work in UTC so the host time zone never shifts a date.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** True for a real calendar date written as YYYY-MM-DD (rejects 2025-02-30). */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

function toUtc(date: string): Date {
  const m = ISO_DATE.exec(date);
  if (!m || !isIsoDate(date)) throw new RangeError(`Not an ISO date: ${date}`);
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
}

function fromUtc(t: Date): string {
  return t.toISOString().slice(0, 10);
}

/** `date` plus `days` calendar days (negative allowed). */
export function addDays(date: string, days: number): string {
  return fromUtc(new Date(toUtc(date).getTime() + days * DAY_MS));
}

/**
 * `date` plus `months` calendar months; a missing corresponding day becomes the month's last day
 * (民法典 art. 202), e.g. 2024-01-31 + 1 month = 2024-02-29.
 */
export function addMonths(date: string, months: number): string {
  const t = toUtc(date);
  const y = t.getUTCFullYear();
  const m = t.getUTCMonth() + months;
  const targetYear = y + Math.floor(m / 12);
  const targetMonth = ((m % 12) + 12) % 12;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth + 1, 0)).getUTCDate();
  return fromUtc(new Date(Date.UTC(targetYear, targetMonth, Math.min(t.getUTCDate(), lastDay))));
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  const d = toUtc(date).getUTCDay();
  return d === 0 ? 7 : d;
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to).getTime() - toUtc(from).getTime()) / DAY_MS);
}

/**
 * Moves a final day that falls on a statutory holiday to the first following day that is not one
 * (民法典 art. 203). `holidays` are ISO dates supplied by the caller.
 */
export function rollPastHolidays(date: string, holidays: readonly string[] = []): string {
  if (holidays.length === 0) return date;
  const set = new Set(holidays);
  let d = date;
  while (set.has(d)) d = addDays(d, 1);
  return d;
}

/** Calendar used to count working days (工作日). */
export interface WorkingDayCalendar {
  /** Weekdays that are not working days (法定节假日), ISO dates. */
  holidays?: readonly string[];
  /** Weekend days that are working days (调休上班日), ISO dates. */
  makeUpWorkdays?: readonly string[];
}

/** True when `date` is a working day: Monday–Friday unless listed as a holiday, or a listed make-up workday. */
export function isWorkingDay(date: string, calendar: WorkingDayCalendar = {}): boolean {
  if (calendar.makeUpWorkdays?.includes(date)) return true;
  if (calendar.holidays?.includes(date)) return false;
  return isoWeekday(date) <= 5;
}

/** The `n`-th working day after `date` (the event day itself is not counted, 民法典 art. 201). */
export function addWorkingDays(date: string, n: number, calendar: WorkingDayCalendar = {}): string {
  let d = date;
  let counted = 0;
  while (counted < n) {
    d = addDays(d, 1);
    if (isWorkingDay(d, calendar)) counted++;
  }
  return d;
}
