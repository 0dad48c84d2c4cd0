import type { HazardFactorCategory } from '../catalogs/hazard-factor.catalog.ts';

/**
 * Exam indicators of issue 6 (definitions as data, shown with every value; docs/INDICATORS.md).
 * The plan's official indicator notes were not found, so each definition is OHNet's and is marked
 * `verified: false`.
 */
export const PERIODIC_EXAM_COVERAGE_DEFINITION = {
  id: 'periodic_exam_coverage',
  name: '接害劳动者在岗期间职业健康检查覆盖率',
  unit: 'ratio',
  denominator:
    'Worker × employer pairs with an exposure episode on E: an employment (region of the employer in the region’s subtree) on a post with a hazard factor, started on or before E and not ended before E.',
  numerator: 'Denominator pairs with at least one periodic (在岗期间) or pre-employment exam filed for that employer with an exam date from 1 January of the year up to E.',
  evaluationDate: 'E = 31 December of the year, or the as-of date for the current year.',
  verified: false,
  source: 'OHNet definition (issue 6); GBZ 188 requires on-duty exams at the factor period, mostly 1–3 years, so a yearly coverage below 1 is not by itself a breach',
} as const;

export const PUBLIC_EXAM_INSTITUTION_COUNTY_SHARE_DEFINITION = {
  id: 'public_exam_institution_county_share',
  name: '至少有一家公立职业健康检查机构的县（区）比例',
  unit: 'ratio',
  denominator: 'County-level regions (6-digit codes not ending in 00) in the region’s subtree, valid on E.',
  numerator: 'Denominator counties where at least one exam institution with a current filing (备案) marked publicly owned is registered (its region code lies in the county).',
  evaluationDate: 'E = the as-of date.',
  verified: false,
  source: 'OHNet definition (issue 6) of the plan aim 每个县区至少有1家公立医疗卫生机构承担职业健康检查工作 (国家职业病防治规划（2021—2025年）, wording from memory)',
} as const;

export const SUSPECTED_OD_RATE_DEFINITION = {
  id: 'suspected_od_rate',
  name: '疑似职业病检出数及每千名受检者检出率（按危害因素类别）',
  unit: 'per_1000',
  denominator: 'Distinct workers examined in the year for at least one factor of the category (exams of any type filed for employers in the region).',
  numerator: 'Distinct workers with a “suspected_od” conclusion for a factor of that category in the year.',
  evaluationDate: 'Exam dates in the calendar year, up to the as-of date.',
  verified: false,
  source: 'OHNet definition (issue 6)',
} as const;

export interface RatioValue {
  numerator: number;
  denominator: number;
  /** null when the denominator is 0. */
  value: number | null;
}

export function ratio(numerator: number, denominator: number, per = 1): RatioValue {
  return { numerator, denominator, value: denominator === 0 ? null : Math.round((numerator / denominator) * per * 10_000) / 10_000 };
}

/** County codes (6 digits, not a city/province code) in a list of region codes. */
export function isCountyCode(code: string): boolean {
  return /^\d{6}$/.test(code) && !code.endsWith('00');
}

/** Share of counties with at least one public exam institution with a current filing. */
export function publicInstitutionCountyShare(counties: readonly string[], institutions: readonly { regionCode: string; isPublic: boolean }[]): RatioValue & { countiesWithout: string[] } {
  const covered = new Set(institutions.filter((i) => i.isPublic).map((i) => i.regionCode.slice(0, 6)));
  const list = [...new Set(counties.filter(isCountyCode))];
  const without = list.filter((c) => !covered.has(c)).sort();
  return { ...ratio(list.length - without.length, list.length), countiesWithout: without };
}

/** Suspected-OD counts and rate per 1,000 examined, by hazard category. */
export function suspectedOdRateByCategory(rows: readonly { workerId: string; category: HazardFactorCategory | null; isSuspected: boolean }[]) {
  const by = new Map<string, { examined: Set<string>; suspected: Set<string> }>();
  for (const r of rows) {
    const k = r.category ?? 'unknown';
    const g = by.get(k) ?? { examined: new Set<string>(), suspected: new Set<string>() };
    g.examined.add(r.workerId);
    if (r.isSuspected) g.suspected.add(r.workerId);
    by.set(k, g);
  }
  return [...by.entries()]
    .map(([category, g]) => ({ category, suspectedCount: g.suspected.size, examinedCount: g.examined.size, ratePer1000: ratio(g.suspected.size, g.examined.size, 1000).value }))
    .sort((a, b) => a.category.localeCompare(b.category));
}
