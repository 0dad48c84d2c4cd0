/**
 * Hazard-exposure years of a worker (接害工龄), per factor and per catalogue category — 接尘工龄
 * (dust-exposure years) is the 粉尘 category figure.
 *
 * No national standard fixes the arithmetic. GBZ 188-2014 uses 接尘工龄 as a threshold (post-exit
 * follow-up of silica-dust workers: "接尘工龄≤10年：随访10年；接尘工龄>10年：随访21年", see
 * GBZ188_FOLLOW_UP_2014) and GBZ 70-2015 asks for the dust-exposure history in years; exam and
 * disease report cards record it as 年/月. The rule used here, chosen so it is reproducible and
 * never counts a day twice:
 *
 * 1. an exposure episode counts from `from` to `to` inclusive; an open episode (`to: null`) and any
 *    episode reaching past `asOf` end on `asOf`; episodes starting after `asOf` count nothing;
 * 2. episodes of the same factor that overlap or touch (the next starts on or before the day after
 *    the previous ends) are merged: concurrent exposure is one exposure, not two;
 * 3. years = exposed days ÷ 365.25 (the mean Gregorian year), rounded half-up to 2 decimals; the
 *    年/月 form rounds days ÷ (365.25 ÷ 12) to whole months.
 *
 * A category figure (e.g. 接尘工龄) merges the episodes of every factor of that category, so a
 * worker who moved from 矽尘 to 煤尘 exposure adds both periods, and a day with both counts once.
 */
import { hazardFactorById, type HazardFactorCategory } from '../catalogs/hazard-factor.catalog.ts';
import { type FieldIssue, errors } from '../errors/errors.ts';
import { todayCst } from '../rules/rule-pack.ts';
import { addDays, daysBetween, isIsoDate } from '../surveillance/dates.ts';
import { roundHalfUp } from '../surveillance/numbers.ts';

/** One period of exposure to one hazard factor. */
export interface ExposureEpisode {
  /** Catalogue row id (`dust-1`) — or any stable key; only ids give category totals. */
  factor: string;
  /** First day of exposure, YYYY-MM-DD. */
  from: string;
  /** Last day of exposure (inclusive), or null while ongoing. */
  to: string | null;
}

/** A merged period, both ends inclusive. */
export interface ExposurePeriod {
  from: string;
  to: string;
}

/** Exposure duration in the three forms people use. */
export interface ExposureDuration {
  /** Exposed calendar days (inclusive count, overlaps merged). */
  days: number;
  /** days ÷ 365.25, two decimals. */
  years: number;
  /** 年/月 as on report cards: whole months rounded from days, split into years and months. */
  yearsAndMonths: { years: number; months: number };
  periods: readonly ExposurePeriod[];
}

export interface FactorExposureYears extends ExposureDuration {
  factor: string;
}

export interface CategoryExposureYears extends ExposureDuration {
  category: HazardFactorCategory;
}

export interface ExposureYearsResult {
  asOf: string;
  byFactor: readonly FactorExposureYears[];
  /** Only for factors given as catalogue ids; 粉尘 is 接尘工龄. */
  byCategory: readonly CategoryExposureYears[];
  rule: string;
}

/** The counting rule, for display next to the figures. */
export const EXPOSURE_YEARS_RULE =
  '接害工龄 = 同一因素各接触时段合并（重叠或相邻时段只计一次）后的日历天数（起止日均计入，未结束时段计至评估日）÷ 365.25，保留两位小数；年/月按天数 ÷ 30.4375 四舍五入到整月';

const MEAN_YEAR_DAYS = 365.25;

/**
 * Field problems of exposure episodes: a factor, real dates, `to` not before `from`, and `asOf` a
 * real date. Paths: `episodes.<i>.<field>`, `asOf`.
 */
export function exposureEpisodeIssues(episodes: readonly ExposureEpisode[], asOf?: string): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (asOf !== undefined && !isIsoDate(asOf)) issues.push({ path: 'asOf', code: 'exposure.date_invalid', message: 'asOf must be YYYY-MM-DD' });
  episodes.forEach((e, i) => {
    const base = `episodes.${i}`;
    if (typeof e.factor !== 'string' || e.factor.trim() === '') issues.push({ path: `${base}.factor`, code: 'exposure.required', message: 'factor is required' });
    if (!isIsoDate(e.from)) issues.push({ path: `${base}.from`, code: 'exposure.date_invalid', message: 'from must be YYYY-MM-DD' });
    if (e.to !== null && !isIsoDate(e.to)) issues.push({ path: `${base}.to`, code: 'exposure.date_invalid', message: 'to must be YYYY-MM-DD or null' });
    else if (e.to !== null && isIsoDate(e.from) && e.to < e.from) {
      issues.push({ path: `${base}.to`, code: 'exposure.end_before_start', message: `to (${e.to}) is before from (${e.from})` });
    }
  });
  return issues;
}

function merge(periods: readonly ExposurePeriod[]): ExposurePeriod[] {
  const sorted = [...periods].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  const out: ExposurePeriod[] = [];
  for (const p of sorted) {
    const last = out.at(-1);
    if (last && p.from <= addDays(last.to, 1)) {
      if (p.to > last.to) last.to = p.to;
    } else {
      out.push({ ...p });
    }
  }
  return out;
}

function duration(periods: readonly ExposurePeriod[]): ExposureDuration {
  const merged = merge(periods);
  const days = merged.reduce((sum, p) => sum + daysBetween(p.from, p.to) + 1, 0);
  const months = Math.round(days / (MEAN_YEAR_DAYS / 12));
  return {
    days,
    years: roundHalfUp(days / MEAN_YEAR_DAYS, 2),
    yearsAndMonths: { years: Math.floor(months / 12), months: months % 12 },
    periods: merged,
  };
}

/**
 * Exposure years per factor and per category as of `asOf` (default today, CST), by the rule at
 * the top of this file.
 *
 * @example exposureYears([{ factor: 'dust-1', from: '2015-03-01', to: '2020-02-29' },
 *   { factor: 'dust-2', from: '2019-01-01', to: null }], '2025-02-28')
 *   // dust-1 1827 days = 5.00 years; 粉尘 (接尘工龄) merges both: 2015-03-01 … 2025-02-28 = 10.00 years
 * @throws OhnetError `validation.failed` (422) listing every bad field.
 */
export function exposureYears(episodes: readonly ExposureEpisode[], asOf: string = todayCst()): ExposureYearsResult {
  const issues = exposureEpisodeIssues(episodes, asOf);
  if (issues.length > 0) throw errors.invalid(issues, 'Invalid exposure episodes');
  const byFactor = new Map<string, ExposurePeriod[]>();
  const byCategory = new Map<HazardFactorCategory, ExposurePeriod[]>();
  for (const e of episodes) {
    if (e.from > asOf) continue;
    const to = e.to === null || e.to > asOf ? asOf : e.to;
    const period = { from: e.from, to };
    const factor = e.factor.trim();
    byFactor.set(factor, [...(byFactor.get(factor) ?? []), period]);
    const category = hazardFactorById(factor)?.category;
    if (category) byCategory.set(category, [...(byCategory.get(category) ?? []), period]);
  }
  return {
    asOf,
    byFactor: [...byFactor.entries()].map(([factor, periods]) => ({ factor, ...duration(periods) })),
    byCategory: [...byCategory.entries()].map(([category, periods]) => ({ category, ...duration(periods) })),
    rule: EXPOSURE_YEARS_RULE,
  };
}
