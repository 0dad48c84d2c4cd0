import type { IndicatorUnit, PlanEvaluationKind, PlanTarget, TargetStatus } from '@ohnet/domain';

/**
 * What an evaluation report (规划中期/终期评估报告) is made from: the plan evaluated on the
 * snapshot date, each computed indicator's values across the years of the plan and its child
 * regions' values. Stored as the report's `snapshot` so a report can be traced to its data; the
 * PDF and the workbook are both rendered from it and nothing else.
 */
export interface PlanReportSnapshot {
  kind: PlanEvaluationKind;
  /** Data snapshot date (YYYY-MM-DD, CST). */
  asOf: string;
  /** ISO timestamp of the generation. */
  generatedAt: string;
  generatedBy: string | null;
  plan: { id: string; name: string; regionCode: string; regionName: string; startYear: number; endYear: number; status: string; source: string; version: number; dueBy: string | null };
  entries: PlanReportEntry[];
  /** One series per computed indicator, from the baseline year (startYear − 1) to the snapshot year, so it ends at the current value. */
  trends: PlanReportTrend[];
  /** One table per computed indicator: the plan region's children in the snapshot year. */
  children: PlanReportChildren[];
  /** The rule that produced the statuses (TARGET_RULE_EDITION). */
  rule: string | null;
}

export interface PlanReportEntry {
  indicatorId: string;
  number: string | null;
  name: string;
  unit: IndicatorUnit | null;
  baseline: { value: number; year: number; asWritten: string } | null;
  target: PlanTarget;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  source: 'computed' | 'manual' | null;
  sourceNote: string | null;
  status: TargetStatus;
  expected: number | null;
}

export interface PlanReportTrend {
  indicatorId: string;
  name: string;
  unit: IndicatorUnit;
  points: { year: number; numerator: number | null; denominator: number | null; value: number | null }[];
}

export interface PlanReportChildren {
  indicatorId: string;
  name: string;
  unit: IndicatorUnit;
  year: number;
  rows: { regionCode: string; name: string; numerator: number | null; denominator: number | null; value: number | null }[];
}

export const REPORT_KIND_LABELS: Record<PlanEvaluationKind, string> = { mid_term: '中期评估', final: '终期评估' };

export const STATUS_LABELS: Record<TargetStatus, string> = { on_track: '进度正常', at_risk: '有风险', off_track: '落后', not_computed: '未计算' };

export const SOURCE_LABELS: Record<'computed' | 'manual', string> = { computed: '系统计算', manual: '手工录入' };

/** A value in its unit: ratios as percentages (85.3%), rates per 1,000 (1.23‰), counts as integers; a dash when absent. */
export function formatIndicatorValue(value: number | null, unit: IndicatorUnit | null): string {
  if (value === null || !Number.isFinite(value)) return '—';
  switch (unit) {
    case 'ratio':
      return `${(value * 100).toFixed(1)}%`;
    case 'rate_per_1000':
      return `${value.toFixed(2)}‰`;
    case 'count':
      return String(Math.round(value));
    case null:
      return String(value);
  }
}

/** The target as the plan writes it. */
export function targetText(target: PlanTarget): string {
  return target.kind === 'text' ? target.text : target.asWritten;
}

/** `12 / 40`, or a dash when the indicator has no counts (manual values, plain counts). */
export function fractionText(numerator: number | null, denominator: number | null): string {
  return numerator === null || denominator === null ? '—' : `${numerator} / ${denominator}`;
}

/** Entries that are behind (落后) or at risk (有风险), the worst first. */
export function lagging(entries: readonly PlanReportEntry[]): PlanReportEntry[] {
  const rank: Partial<Record<TargetStatus, number>> = { off_track: 0, at_risk: 1 };
  return entries.filter((e) => rank[e.status] !== undefined).sort((a, b) => rank[a.status]! - rank[b.status]!);
}

/** File name stem: `台山市职业病防治规划（2021—2025年）-中期评估-2023-06-30`. */
export function reportFileStem(s: Pick<PlanReportSnapshot, 'plan' | 'kind' | 'asOf'>): string {
  return `${s.plan.name}-${REPORT_KIND_LABELS[s.kind]}-${s.asOf}`.replace(/[\\/:*?"<>|\s]+/g, '_');
}
