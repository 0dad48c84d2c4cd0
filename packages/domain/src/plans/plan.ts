/**
 * Plans (职业病防治规划): a region's indicator targets for a period, with baselines and evaluation
 * dates, the pro-rata target status of a value on a date, and the plan validator.
 */
import { type FieldIssue, errors } from '../errors/errors.ts';
import { levelSuggestedByCode } from '../regions/region.ts';
import { daysBetween, isIsoDate } from '../surveillance/dates.ts';
import { type IndicatorDirection, indicatorDefinition } from './indicator-catalogue.ts';

/**
 * What the plan text is: an issued plan, a draft for comment (征求意见稿), a drafting note that
 * quotes the draft (起草说明), or a text that does not say.
 */
export const PLAN_STATUSES = ['issued', 'draft_for_comment', 'drafting_note', 'not_stated'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

export const PLAN_EVALUATION_KINDS = ['mid_term', 'final'] as const;
export type PlanEvaluationKind = (typeof PLAN_EVALUATION_KINDS)[number];

export const TARGET_OPERATORS = ['>=', '<=', '=', '>', '<'] as const;
export type TargetOperator = (typeof TARGET_OPERATORS)[number];

/** 稳步提升 / 逐步提高 → increase; 持续下降 → decrease; 保持 / 维持 → maintain. */
export const TARGET_TRENDS = ['increase', 'decrease', 'maintain'] as const;
export type TargetTrend = (typeof TARGET_TRENDS)[number];

/** 约束性 (binding) / 预期性 (expected), when the table gives it. */
export const INDICATOR_ATTRIBUTES = ['binding', 'expected'] as const;
export type IndicatorAttribute = (typeof INDICATOR_ATTRIBUTES)[number];

export const TARGET_STATUSES = ['on_track', 'at_risk', 'off_track', 'not_computed'] as const;
export type TargetStatus = (typeof TARGET_STATUSES)[number];

/** Calendar years, both inclusive (十四五: 2021–2025). */
export interface PlanPeriod {
  startYear: number;
  endYear: number;
}

export interface PlanEvaluation {
  kind: PlanEvaluationKind;
  /** Date the evaluation is due by. */
  dueBy: string;
  /** The plan's own words, or null when the plan gives no date and the default is used. */
  asWritten: string | null;
}

/** Value in the catalogue unit (ratios 0–1) and the cell as written. */
export interface PlanBaseline {
  value: number;
  year: number;
  asWritten: string;
}

export type PlanTarget =
  | { kind: 'value'; operator: TargetOperator; value: number; asWritten: string }
  | { kind: 'trend'; trend: TargetTrend; asWritten: string }
  | { kind: 'text'; text: string };

export interface PlanEntry {
  indicatorId: string;
  /** Row number as printed (`1`, `(1)`, `（4）`), or null when the plan has no table. */
  number: string | null;
  /** The indicator's name exactly as the plan writes it. */
  nameAsWritten: string;
  baseline: PlanBaseline | null;
  target: PlanTarget;
  attribute: IndicatorAttribute | null;
  /** Remarks: the plan's footnote, cells that could not become a baseline, readings made. */
  note: string | null;
}

export interface Plan {
  /** Stable id, e.g. `440781-2021-2025`. */
  id: string;
  /** GB/T 2260 code of the issuing region. */
  regionCode: string;
  regionName: string;
  name: string;
  period: PlanPeriod;
  status: PlanStatus;
  evaluations: readonly PlanEvaluation[];
  entries: readonly PlanEntry[];
  /** Where the plan text comes from. */
  source: string;
}

/** Options of {@link assessTarget}. */
export interface TargetOptions {
  /** Share of the planned change |target − baseline| tolerated as "at risk" (default 0.1). */
  spanShare?: number;
  /** Floor of the tolerance as a share of |target| (default 0.02, i.e. 2 points on 100 %). */
  targetShare?: number;
  /** Reference for trend targets when it is not the baseline (e.g. last year's value). */
  reference?: { value: number; year: number } | null;
}

/**
 * Identifies the target-status rule below (OHNet's, not from a standard): every assessment carries
 * it so a stored status can be traced to the rule and tolerances that produced it.
 */
export const TARGET_RULE_EDITION = 'ohnet-plan-pro-rata-2026 (τ = max(10 % of |T − B|, 2 % of |T|); trends τ = 2 % of |R|)';

export interface TargetAssessment {
  status: TargetStatus;
  /** The value expected on the date (pro-rata line, final target or trend reference); null when not computed. */
  expected: number | null;
  /** The tolerance used for "at risk"; null when not computed. */
  tolerance: number | null;
  /** How the value was judged. */
  basis: 'target_met' | 'pro_rata' | 'final_target' | 'trend' | 'no_value' | 'text_target' | 'no_reference';
  /** {@link TARGET_RULE_EDITION}. */
  rule: string;
}

const DEFAULT_SPAN_SHARE = 0.1;
const DEFAULT_TARGET_SHARE = 0.02;
const EPSILON = 1e-9;

/** Share of the period elapsed on `asOf`: 0 on 1 January of the first year, 1 on 31 December of the last, clamped. */
export function periodElapsed(period: PlanPeriod, asOf: string): number {
  const start = `${period.startYear}-01-01`;
  const end = `${period.endYear}-12-31`;
  const f = daysBetween(start, asOf) / daysBetween(start, end);
  return Math.min(1, Math.max(0, f));
}

function meets(value: number, operator: TargetOperator, target: number, up: boolean): boolean {
  switch (operator) {
    case '>=':
      return value >= target - EPSILON;
    case '>':
      return value > target + EPSILON;
    case '<=':
      return value <= target + EPSILON;
    case '<':
      return value < target - EPSILON;
    case '=':
      return Math.abs(value - target) <= EPSILON || (up ? value > target : value < target);
  }
}

/** +1 when higher values are better, −1 when lower are. */
function sign(up: boolean): number {
  return up ? 1 : -1;
}

function judge(value: number, expected: number, tolerance: number, up: boolean): TargetStatus {
  const ahead = sign(up) * (value - expected);
  if (ahead >= -EPSILON) return 'on_track';
  if (ahead >= -tolerance - EPSILON) return 'at_risk';
  return 'off_track';
}

/**
 * Judges an indicator value against a plan entry's target on `asOf`.
 *
 * **Numeric targets (pro rata).** With baseline B and target T, the expected value on a date is
 * the straight line from B on 1 January of the first year to T on 31 December of the last:
 * E = B + (T − B) × f, f = elapsed share of the period (0 before, 1 after; {@link periodElapsed}).
 * The better direction comes from the operator (`>=`/`>` up, `<=`/`<` down; `=` uses the
 * indicator's direction). The tolerance is τ = max(0.1 × |T − B|, 0.02 × |T|).
 * - the value already meets T with its operator → `on_track` (basis `target_met`);
 * - the value is at E or better → `on_track`; worse by at most τ → `at_risk`; worse → `off_track`.
 * Without a baseline (or with a baseline already at or past T) there is no line: E = T
 * throughout (basis `final_target`), so a shortfall early in the period is flagged too — enter the
 * baseline to get the pro-rata line.
 *
 * Example: declaration rate B = 20.06 % (2020), T ≥ 90 %, period 2021–2025. On 2023-07-02
 * (f ≈ 0.5) E ≈ 55 %, τ ≈ 7 points: 56 % is on track, 50 % at risk, 40 % off track.
 *
 * **Trend targets** (稳步提升, 持续下降) compare with the reference R = `options.reference`, else the
 * baseline; without either → `not_computed` (basis `no_reference`). τ = 0.02 × |R|. `increase`:
 * above R → on_track, within τ below or equal → at_risk, lower → off_track; `decrease` mirrored;
 * `maintain`: not worse than R (in the indicator's direction) → on_track, worse within τ → at_risk.
 *
 * **Not computed**: a null value (no module computes it and nothing was entered), a text target.
 *
 * @throws OhnetError `validation.failed` when `asOf` is not YYYY-MM-DD.
 */
export function assessTarget(entry: PlanEntry, value: number | null, asOf: string, period: PlanPeriod, options: TargetOptions = {}): TargetAssessment {
  if (!isIsoDate(asOf)) throw errors.invalid([{ path: 'asOf', code: 'plan.date_invalid', message: 'asOf must be YYYY-MM-DD' }]);
  const notComputed = (basis: TargetAssessment['basis']): TargetAssessment => ({ status: 'not_computed', expected: null, tolerance: null, basis, rule: TARGET_RULE_EDITION });
  if (value === null || !Number.isFinite(value)) return notComputed('no_value');
  const direction: IndicatorDirection = indicatorDefinition(entry.indicatorId)?.direction ?? 'higher_better';
  const target = entry.target;
  switch (target.kind) {
    case 'text':
      return notComputed('text_target');
    case 'trend': {
      const reference = options.reference ?? entry.baseline;
      if (!reference) return notComputed('no_reference');
      const r = reference.value;
      const tolerance = (options.targetShare ?? DEFAULT_TARGET_SHARE) * Math.abs(r);
      const up = target.trend === 'maintain' ? direction === 'higher_better' : target.trend === 'increase';
      if (target.trend === 'maintain') return { status: judge(value, r, tolerance, up), expected: r, tolerance, basis: 'trend', rule: TARGET_RULE_EDITION };
      const gain = sign(up) * (value - r);
      const status: TargetStatus = gain > EPSILON ? 'on_track' : gain >= -tolerance - EPSILON ? 'at_risk' : 'off_track';
      return { status, expected: r, tolerance, basis: 'trend', rule: TARGET_RULE_EDITION };
    }
    case 'value': {
      const up = target.operator === '>=' || target.operator === '>' ? true : target.operator === '<=' || target.operator === '<' ? false : direction === 'higher_better';
      const t = target.value;
      const b = entry.baseline?.value ?? null;
      const span = b === null ? 0 : Math.abs(t - b);
      const tolerance = Math.max((options.spanShare ?? DEFAULT_SPAN_SHARE) * span, (options.targetShare ?? DEFAULT_TARGET_SHARE) * Math.abs(t));
      if (meets(value, target.operator, t, up)) return { status: 'on_track', expected: t, tolerance, basis: 'target_met', rule: TARGET_RULE_EDITION };
      const hasLine = b !== null && sign(up) * (t - b) > EPSILON;
      if (!hasLine) return { status: judge(value, t, tolerance, up), expected: t, tolerance, basis: 'final_target', rule: TARGET_RULE_EDITION };
      const expected = b + (t - b) * periodElapsed(period, asOf);
      return { status: judge(value, expected, tolerance, up), expected, tolerance, basis: 'pro_rata', rule: TARGET_RULE_EDITION };
    }
  }
}

/** The status of {@link assessTarget}: on_track | at_risk | off_track | not_computed. */
export function targetStatus(entry: PlanEntry, value: number | null, asOf: string, period: PlanPeriod, options: TargetOptions = {}): TargetStatus {
  return assessTarget(entry, value, asOf, period, options).status;
}

/** The plan's evaluation of a kind, or null. */
export function planEvaluation(plan: Plan, kind: PlanEvaluationKind): PlanEvaluation | null {
  return plan.evaluations.find((e) => e.kind === kind) ?? null;
}

// ---------------------------------------------------------------- validation

type Loose = Record<string, unknown>;

function isObject(v: unknown): v is Loose {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isText(v: unknown): v is string {
  return typeof v === 'string' && v.trim().length > 0;
}

function isYear(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 2000 && v <= 2100;
}

function includes<T extends string>(list: readonly T[], v: unknown): v is T {
  return typeof v === 'string' && (list as readonly string[]).includes(v);
}

function issue(path: string, code: string, message: string): FieldIssue {
  return { path, code, message };
}

function ratioRangeIssue(path: string, unit: string | undefined, value: number): FieldIssue[] {
  return unit === 'ratio' && (value < 0 || value > 1) ? [issue(path, 'plan.value_out_of_range', 'ratios are stored 0–1 (90 % = 0.9)')] : [];
}

function targetIssues(path: string, target: unknown, indicatorId: string): FieldIssue[] {
  const def = indicatorDefinition(indicatorId);
  if (!isObject(target)) return [issue(path, 'plan.target_missing', 'target is required')];
  const out: FieldIssue[] = [];
  switch (target.kind) {
    case 'value': {
      if (target.operator === undefined || target.operator === null || target.operator === '') {
        out.push(issue(`${path}.operator`, 'plan.target_operator_missing', 'a numeric target needs an operator (>=, <=, =, >, <)'));
      } else if (!includes(TARGET_OPERATORS, target.operator)) {
        out.push(issue(`${path}.operator`, 'plan.target_operator_invalid', 'operator must be one of >=, <=, =, >, <'));
      } else if (def && ((def.direction === 'higher_better' && (target.operator === '<=' || target.operator === '<')) || (def.direction === 'lower_better' && (target.operator === '>=' || target.operator === '>')))) {
        out.push(issue(`${path}.operator`, 'plan.target_direction_conflict', `${def.id} is ${def.direction.replace('_', ' ')}; the operator points the other way`));
      }
      if (typeof target.value !== 'number' || !Number.isFinite(target.value)) out.push(issue(`${path}.value`, 'plan.target_value_invalid', 'target value must be a number'));
      else out.push(...ratioRangeIssue(`${path}.value`, def?.unit, target.value));
      if (!isText(target.asWritten)) out.push(issue(`${path}.asWritten`, 'plan.text_missing', 'the target as written is required'));
      break;
    }
    case 'trend':
      if (!includes(TARGET_TRENDS, target.trend)) out.push(issue(`${path}.trend`, 'plan.target_trend_invalid', 'trend must be increase, decrease or maintain'));
      else if (def && ((def.direction === 'higher_better' && target.trend === 'decrease') || (def.direction === 'lower_better' && target.trend === 'increase'))) {
        out.push(issue(`${path}.trend`, 'plan.target_direction_conflict', `${def.id} is ${def.direction.replace('_', ' ')}; the trend points the other way`));
      }
      if (!isText(target.asWritten)) out.push(issue(`${path}.asWritten`, 'plan.text_missing', 'the target as written is required'));
      break;
    case 'text':
      if (!isText(target.text)) out.push(issue(`${path}.text`, 'plan.text_missing', 'a text target needs its text'));
      break;
    default:
      out.push(issue(`${path}.kind`, 'plan.target_kind_invalid', 'target kind must be value, trend or text'));
  }
  return out;
}

function entryIssues(path: string, entry: unknown, period: PlanPeriod | null): FieldIssue[] {
  if (!isObject(entry)) return [issue(path, 'plan.entry_invalid', 'entry must be an object')];
  const out: FieldIssue[] = [];
  const id = typeof entry.indicatorId === 'string' ? entry.indicatorId : '';
  const def = indicatorDefinition(id);
  if (!def) out.push(issue(`${path}.indicatorId`, 'plan.indicator_unknown', `unknown indicator id "${id}"`));
  if (!isText(entry.nameAsWritten)) out.push(issue(`${path}.nameAsWritten`, 'plan.text_missing', 'the indicator name as written is required'));
  if (entry.number !== null && entry.number !== undefined && typeof entry.number !== 'string') out.push(issue(`${path}.number`, 'plan.number_invalid', 'number must be text or null'));
  const baseline = entry.baseline;
  if (baseline !== null && baseline !== undefined) {
    if (!isObject(baseline)) out.push(issue(`${path}.baseline`, 'plan.baseline_invalid', 'baseline must be {value, year, asWritten} or null'));
    else {
      if (typeof baseline.value !== 'number' || !Number.isFinite(baseline.value)) out.push(issue(`${path}.baseline.value`, 'plan.baseline_value_invalid', 'baseline value must be a number'));
      else out.push(...ratioRangeIssue(`${path}.baseline.value`, def?.unit, baseline.value));
      if (!isYear(baseline.year)) out.push(issue(`${path}.baseline.year`, 'plan.year_invalid', 'baseline year must be a year'));
      else if (period && (baseline.year < period.startYear - 1 || baseline.year > period.endYear)) {
        out.push(issue(`${path}.baseline.year`, 'plan.baseline_year_outside_period', `baseline year must lie in ${period.startYear - 1}–${period.endYear} (the year before the period or within it)`));
      }
      if (!isText(baseline.asWritten)) out.push(issue(`${path}.baseline.asWritten`, 'plan.text_missing', 'the baseline as written is required'));
    }
  }
  out.push(...targetIssues(`${path}.target`, entry.target, id));
  if (entry.attribute !== null && entry.attribute !== undefined && !includes(INDICATOR_ATTRIBUTES, entry.attribute)) {
    out.push(issue(`${path}.attribute`, 'plan.attribute_invalid', 'attribute must be binding, expected or null'));
  }
  if (entry.note !== null && entry.note !== undefined && typeof entry.note !== 'string') out.push(issue(`${path}.note`, 'plan.note_invalid', 'note must be text or null'));
  return out;
}

/**
 * Checks a plan (typed or as received) and returns every problem as a field issue, e.g.
 * `entries.3.target.operator plan.target_operator_missing`, `entries.2.baseline.year
 * plan.baseline_year_outside_period`, `entries.5.indicatorId plan.indicator_duplicate`. Empty when valid.
 * Evaluation dates must lie from the period's start to the end of the year after it, mid-term before final.
 */
export function validatePlan(plan: unknown): FieldIssue[] {
  if (!isObject(plan)) return [issue('', 'plan.invalid', 'plan must be an object')];
  const out: FieldIssue[] = [];
  if (!isText(plan.id)) out.push(issue('id', 'plan.text_missing', 'id is required'));
  if (typeof plan.regionCode !== 'string' || levelSuggestedByCode(plan.regionCode) === null) out.push(issue('regionCode', 'plan.region_code_invalid', 'regionCode must be a 6- or 9-digit region code'));
  if (!isText(plan.regionName)) out.push(issue('regionName', 'plan.text_missing', 'regionName is required'));
  if (!isText(plan.name)) out.push(issue('name', 'plan.text_missing', 'name is required'));
  if (!isText(plan.source)) out.push(issue('source', 'plan.text_missing', 'source is required'));
  if (!includes(PLAN_STATUSES, plan.status)) out.push(issue('status', 'plan.status_invalid', `status must be one of ${PLAN_STATUSES.join(', ')}`));

  let period: PlanPeriod | null = null;
  const p = plan.period;
  if (!isObject(p) || !isYear(p.startYear) || !isYear(p.endYear)) out.push(issue('period', 'plan.period_invalid', 'period needs startYear and endYear'));
  else if (p.startYear > p.endYear) out.push(issue('period.endYear', 'plan.period_invalid', 'endYear is before startYear'));
  else period = { startYear: p.startYear, endYear: p.endYear };

  if (!Array.isArray(plan.evaluations)) out.push(issue('evaluations', 'plan.evaluations_invalid', 'evaluations must be a list'));
  else {
    const seen = new Map<string, string>();
    plan.evaluations.forEach((e: unknown, i) => {
      const path = `evaluations.${i}`;
      if (!isObject(e)) return out.push(issue(path, 'plan.evaluation_invalid', 'evaluation must be an object'));
      if (!includes(PLAN_EVALUATION_KINDS, e.kind)) out.push(issue(`${path}.kind`, 'plan.evaluation_kind_invalid', 'kind must be mid_term or final'));
      else if (seen.has(e.kind)) out.push(issue(`${path}.kind`, 'plan.evaluation_duplicate', `${e.kind} evaluation listed twice`));
      if (!isIsoDate(e.dueBy)) out.push(issue(`${path}.dueBy`, 'plan.date_invalid', 'dueBy must be YYYY-MM-DD'));
      else {
        if (period && (e.dueBy < `${period.startYear}-01-01` || e.dueBy > `${period.endYear + 1}-12-31`)) {
          out.push(issue(`${path}.dueBy`, 'plan.evaluation_outside_period', `dueBy must lie in ${period.startYear}-01-01 … ${period.endYear + 1}-12-31`));
        }
        if (includes(PLAN_EVALUATION_KINDS, e.kind) && !seen.has(e.kind)) seen.set(e.kind, e.dueBy);
      }
      return undefined;
    });
    const mid = seen.get('mid_term');
    const fin = seen.get('final');
    if (mid !== undefined && fin !== undefined && mid >= fin) out.push(issue('evaluations', 'plan.evaluations_out_of_order', 'the mid-term evaluation must come before the final one'));
  }

  if (!Array.isArray(plan.entries) || plan.entries.length === 0) out.push(issue('entries', 'plan.entries_missing', 'a plan needs at least one indicator'));
  else {
    const first = new Map<string, number>();
    plan.entries.forEach((entry: unknown, i) => {
      out.push(...entryIssues(`entries.${i}`, entry, period));
      const id = isObject(entry) && typeof entry.indicatorId === 'string' ? entry.indicatorId : null;
      if (id === null) return;
      const prior = first.get(id);
      if (prior !== undefined) out.push(issue(`entries.${i}.indicatorId`, 'plan.indicator_duplicate', `${id} is already entry ${prior}`));
      else first.set(id, i);
    });
  }
  return out;
}

/** Throws `validation.failed` with the issues of {@link validatePlan}. */
export function assertValidPlan(plan: unknown): asserts plan is Plan {
  const issues = validatePlan(plan);
  if (issues.length > 0) throw errors.invalid(issues, 'Invalid plan');
}
