/**
 * 工作场所职业病危害因素监测合格率 (workplace hazard monitoring pass rate), an indicator of the
 * national occupational-disease prevention plan (target ≥ 85 %; the plan's own definition text is
 * not in shared/reference, so the definition below is OHNet's and `verified: false`).
 *
 * Definition: over the measurement points of periodic tests (定期检测) of employers in the region
 * whose sampling date falls in the year, counting only the current version of each report:
 *   numerator   = points judged `compliant`;
 *   denominator = points judged `compliant` or `exceeding`.
 * Points that could not be judged (no limit in the rule pack) are reported separately and left out
 * of both, so a missing rule never counts as a pass or a failure. Also given per hazard category.
 */
import { HAZARD_FACTOR_CATEGORIES, type HazardFactorCategory } from '../catalogs/hazard-factor.catalog.ts';
import type { AssessmentKind, PointVerdict } from './assessment-report.ts';
import { roundHalfUp } from '../exposure/exposure-results.ts';

export const MONITORING_PASS_RATE_DEFINITION = {
  indicator: 'monitoring_pass_rate',
  name: '工作场所职业病危害因素监测合格率',
  numerator: '当年定期检测中判定为合格的检测点数（每份报告取现行版本）',
  denominator: '当年定期检测中判定为合格或超标的检测点数',
  excluded: '无法判定（限值缺失、标准未生效）的检测点单独列出，不计入分子分母',
  period: '按采样日期所在年度',
  region: '用人单位所在行政区划（含下级）',
  target: '≥85%（国家职业病防治规划，条文未核对）',
  verified: false,
} as const;

export interface PassRatePoint {
  pointId: string;
  regionCode: string;
  reportKind: AssessmentKind;
  isCurrentVersion: boolean;
  samplingDate: string;
  category: HazardFactorCategory;
  verdict: PointVerdict;
}

export interface PassRateCell {
  numerator: number;
  denominator: number;
  notJudgeable: number;
  /** numerator ÷ denominator (0–1, 4 decimals); null when the denominator is 0. */
  value: number | null;
}

export interface PassRateResult extends PassRateCell {
  regionPrefix: string;
  year: number;
  byCategory: Record<HazardFactorCategory, PassRateCell>;
}

function cell(points: readonly PassRatePoint[]): PassRateCell {
  const numerator = points.filter((p) => p.verdict === 'compliant').length;
  const denominator = numerator + points.filter((p) => p.verdict === 'exceeding').length;
  return { numerator, denominator, notJudgeable: points.length - denominator, value: denominator === 0 ? null : roundHalfUp(numerator / denominator, 4) };
}

/** Computes the indicator for the region (code prefix) and year from the points given. */
export function monitoringPassRate(input: { regionPrefix: string; year: number; points: readonly PassRatePoint[] }): PassRateResult {
  const inScope = input.points.filter(
    (p) => p.reportKind === 'periodic_test' && p.isCurrentVersion && p.regionCode.startsWith(input.regionPrefix) && p.samplingDate.startsWith(`${input.year}-`),
  );
  const byCategory = Object.fromEntries(HAZARD_FACTOR_CATEGORIES.map((c) => [c.id, cell(inScope.filter((p) => p.category === c.id))])) as Record<HazardFactorCategory, PassRateCell>;
  return { regionPrefix: input.regionPrefix, year: input.year, ...cell(inScope), byCategory };
}
