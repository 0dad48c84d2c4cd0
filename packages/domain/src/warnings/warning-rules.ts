import { daysBetween } from '../surveillance/dates.ts';

/**
 * Early-warning rules (预警规则, issue 7 "Early warning"). Each rule turns the records into
 * *conditions*: one per subject (an employer, a report, a task, a region × indicator) while the
 * situation lasts. The server evaluates every rule periodically and keeps one warning per
 * rule + subject key while its condition persists (see `reconcileWarnings`). docs/WARNINGS.md
 * describes every rule: condition, subject key, severity and when it clears.
 */
export const WARNING_RULES = [
  /** An assessment report with exceeding points whose exceedance alert is still open. */
  'assessment_exceedance',
  /** A rectification task not yet closed; high once past its due date. */
  'rectification_open',
  /** Two or more suspected occupational-disease reports at one employer within 90 days. */
  'suspected_od_cluster',
  /** An employer with hazards whose hazard declaration is overdue or was never made. */
  'declaration_overdue',
  /** An employer with hazards whose periodic workplace testing is overdue or was never done. */
  'periodic_testing_overdue',
  /** Workers of one employer overdue for an occupational health exam (one warning per employer with the count). */
  'exam_overdue',
  /** An open online-monitoring alert episode (action level or limit exceeded). */
  'monitoring_alert',
  /** A plan indicator off track against its target, pro rata for the date (region × indicator). */
  'indicator_off_track',
] as const;
export type WarningRule = (typeof WARNING_RULES)[number];

/** Ordered from the most to the least urgent. */
export const WARNING_SEVERITIES = ['high', 'medium', 'low'] as const;
export type WarningSeverity = (typeof WARNING_SEVERITIES)[number];

export function isWarningRule(v: unknown): v is WarningRule {
  return typeof v === 'string' && (WARNING_RULES as readonly string[]).includes(v);
}

/** Sort rank of a severity (0 = most urgent). */
export function severityRank(s: WarningSeverity): number {
  return WARNING_SEVERITIES.indexOf(s);
}

/**
 * One condition a rule sees now. The subject key identifies what the condition is about, stably
 * across evaluations (e.g. `employer:<uuid>`, `task:<uuid>`, `indicator:<id>:<regionCode>`); the
 * title is an i18n key's parameters so the web app can show it in either language.
 */
export interface WarningCondition {
  rule: WarningRule;
  subjectKey: string;
  /** Region the warning belongs to (scoping): the employer's region, or the indicator's region. */
  regionCode: string;
  /** The employer concerned, or null (e.g. an indicator of a region). */
  employerId: string | null;
  severity: WarningSeverity;
  /** Parameters of the rule's title text (`warnings.rules.<rule>.title`). */
  params: Record<string, string | number | null>;
  /** Where the records behind the warning are: a web path with its query. */
  link: string;
}

/** Chinese names of the rules (server-side titles and audit; the web app uses its i18n files). */
export const WARNING_RULE_NAMES_ZH: Readonly<Record<WarningRule, string>> = {
  assessment_exceedance: '检测超标',
  rectification_open: '整改未完成',
  suspected_od_cluster: '疑似职业病聚集',
  declaration_overdue: '逾期未申报',
  periodic_testing_overdue: '定期检测逾期',
  exam_overdue: '职业健康检查逾期',
  monitoring_alert: '在线监测报警',
  indicator_off_track: '指标进度滞后',
};

/** Whole days a deadline is past on `asOf` (0 when not yet past). */
export function daysPastDue(dueDate: string, asOf: string): number {
  return asOf > dueDate ? daysBetween(dueDate, asOf) : 0;
}
