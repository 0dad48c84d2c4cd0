/**
 * A plan's indicators on a date: which value applies to each entry (computed by a module, or entered
 * by hand with a source while no module computes the indicator) and its target status. Pure: the
 * server supplies the values of the plan's region.
 */
import { type FieldIssue } from '../errors/errors.ts';
import { impliedAncestorCodes, levelRank, levelSuggestedByCode } from '../regions/region.ts';
import { isIsoDate } from '../surveillance/dates.ts';
import { type IndicatorDefinition, indicatorDefinition } from './indicator-catalogue.ts';
import { type Plan, type PlanEntry, type TargetAssessment, type TargetOptions, assessTarget } from './plan.ts';

export const INDICATOR_VALUE_SOURCES = ['computed', 'manual'] as const;
export type IndicatorValueSource = (typeof INDICATOR_VALUE_SOURCES)[number];

/** One value of an indicator for the plan's region, in the catalogue unit (ratios 0–1). */
export interface IndicatorValue {
  indicatorId: string;
  /** Region the value is counted for ({@link indicatorRegionCode} of the plan entry). */
  regionCode: string;
  value: number;
  source: IndicatorValueSource;
  /** Where a manual value comes from (report, survey, department letter); null for computed values. */
  sourceNote: string | null;
  /** Date the value refers to (the evaluation date of a computed value, the as-of date of a manual one). */
  asOf: string;
}

export interface PlanEntryEvaluation {
  entry: PlanEntry;
  definition: IndicatorDefinition | null;
  /** Region the entry's value is counted for. */
  regionCode: string;
  /** The value used; null = not yet computed and nothing entered. */
  value: IndicatorValue | null;
  assessment: TargetAssessment;
}

/**
 * Problems with a value before it is stored: unknown indicator, non-number, ratio outside 0–1, bad
 * date, a manual value without its source, or a manual value for an indicator a module computes
 * (those are never overridden by hand).
 */
export function indicatorValueIssues(v: IndicatorValue, path = ''): FieldIssue[] {
  const at = (f: string) => (path ? `${path}.${f}` : f);
  const out: FieldIssue[] = [];
  const def = indicatorDefinition(v.indicatorId);
  if (!def) out.push({ path: at('indicatorId'), code: 'plan.indicator_unknown', message: `unknown indicator id "${v.indicatorId}"` });
  if (levelSuggestedByCode(v.regionCode) === null) out.push({ path: at('regionCode'), code: 'plan.region_code_invalid', message: 'regionCode must be a 6- or 9-digit region code' });
  if (!Number.isFinite(v.value)) out.push({ path: at('value'), code: 'plan.value_invalid', message: 'value must be a number' });
  else if (def?.unit === 'ratio' && (v.value < 0 || v.value > 1)) out.push({ path: at('value'), code: 'plan.value_out_of_range', message: 'ratios are stored 0–1 (90 % = 0.9)' });
  else if (def && def.unit !== 'ratio' && v.value < 0) out.push({ path: at('value'), code: 'plan.value_out_of_range', message: 'counts and rates cannot be negative' });
  if (!isIsoDate(v.asOf)) out.push({ path: at('asOf'), code: 'plan.date_invalid', message: 'asOf must be YYYY-MM-DD' });
  if (v.source === 'manual') {
    if (typeof v.sourceNote !== 'string' || v.sourceNote.trim() === '') out.push({ path: at('sourceNote'), code: 'plan.value_source_missing', message: 'a value entered by hand needs its source' });
    if (def && def.computedBy !== null) out.push({ path: at('source'), code: 'plan.value_computed_indicator', message: `${def.id} is computed by ${def.computedBy}; it cannot be entered by hand` });
  }
  return out;
}

/**
 * The region whose value a plan entry reads: the plan's region, or its ancestor when the indicator
 * is counted at a higher level than the plan's — e.g. 吴忠 (640300) quotes autonomous-region duties
 * (自治区设立职业病防治院所), counted for 宁夏 640000.
 */
export function indicatorRegionCode(planRegionCode: string, definition: IndicatorDefinition | null): string {
  const planLevel = levelSuggestedByCode(planRegionCode);
  if (definition === null || planLevel === null || levelRank(definition.countedPerLevel) >= levelRank(planLevel)) return planRegionCode;
  const ancestor = impliedAncestorCodes(planRegionCode).find((c) => levelSuggestedByCode(c) === definition.countedPerLevel);
  return ancestor ?? planRegionCode;
}

/**
 * Evaluates every entry of `plan` on `asOf`. For each entry the value used is, among `values` of
 * its indicator for {@link indicatorRegionCode} dated on or before `asOf`, the latest computed one when the indicator has a
 * `computedBy` module, otherwise the latest manual one (manual values of computed indicators are
 * ignored). No value → status `not_computed` ("not yet computed"), never a made-up number.
 */
export function evaluatePlan(plan: Plan, values: readonly IndicatorValue[], asOf: string, options: TargetOptions = {}): PlanEntryEvaluation[] {
  return plan.entries.map((entry) => {
    const definition = indicatorDefinition(entry.indicatorId);
    const wanted = definition?.computedBy ? 'computed' : 'manual';
    const regionCode = indicatorRegionCode(plan.regionCode, definition);
    const candidates = values
      .filter((v) => v.indicatorId === entry.indicatorId && v.regionCode === regionCode && v.source === wanted && isIsoDate(v.asOf) && v.asOf <= asOf)
      .sort((a, b) => (a.asOf < b.asOf ? -1 : a.asOf > b.asOf ? 1 : 0));
    const value = candidates.at(-1) ?? null;
    return { entry, definition, regionCode, value, assessment: assessTarget(entry, value?.value ?? null, asOf, plan.period, options) };
  });
}
