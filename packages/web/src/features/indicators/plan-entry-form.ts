import { type FieldIssue, type PlanEntry, type PlanTarget, validatePlan } from '@ohnet/domain';
import type { PlanDetail, PlanEntryView } from './api.ts';
import { type IndicatorUnit, fromInputValue, toInputValue } from './format.ts';

/** The edit form's values: numbers as people type them (90 for 90 %). */
export interface PlanEntryFormValues {
  baselineValue: number | null;
  baselineYear: number | null;
  baselineAsWritten: string | null;
  targetKind: PlanTarget['kind'];
  operator: '>=' | '<=' | '=' | '>' | '<' | null;
  targetValue: number | null;
  trend: 'increase' | 'decrease' | 'maintain' | null;
  targetAsWritten: string | null;
  targetText: string | null;
  note: string | null;
}

export function entryFormValues(e: PlanEntryView, unit: IndicatorUnit | null): PlanEntryFormValues {
  const target = e.target;
  return {
    baselineValue: toInputValue(e.baseline?.value, unit),
    baselineYear: e.baseline?.year ?? null,
    baselineAsWritten: e.baseline?.asWritten ?? null,
    targetKind: target.kind,
    operator: target.kind === 'value' ? target.operator : null,
    targetValue: target.kind === 'value' ? toInputValue(target.value, unit) : null,
    trend: target.kind === 'trend' ? target.trend : null,
    targetAsWritten: target.kind === 'text' ? null : target.asWritten,
    targetText: target.kind === 'text' ? target.text : null,
    note: e.note,
  };
}

/** The entry the form describes (values back in the catalogue unit); fields left out stay loose so the domain validator names them. */
export function entryFromForm(e: PlanEntryView, v: PlanEntryFormValues, unit: IndicatorUnit | null) {
  const baseline = v.baselineValue === null || v.baselineValue === undefined ? null : { value: fromInputValue(v.baselineValue, unit), year: v.baselineYear as number, asWritten: v.baselineAsWritten?.trim() ?? '' };
  const target =
    v.targetKind === 'value'
      ? { kind: 'value' as const, operator: v.operator as NonNullable<PlanEntryFormValues['operator']>, value: v.targetValue === null ? (null as unknown as number) : fromInputValue(v.targetValue, unit), asWritten: v.targetAsWritten?.trim() ?? '' }
      : v.targetKind === 'trend'
        ? { kind: 'trend' as const, trend: v.trend as NonNullable<PlanEntryFormValues['trend']>, asWritten: v.targetAsWritten?.trim() ?? '' }
        : { kind: 'text' as const, text: v.targetText?.trim() ?? '' };
  const note = v.note?.trim() ? v.note.trim() : null;
  return { baseline, target, note, entry: { ...e, baseline, target, note } as unknown as PlanEntry };
}

const FIELD_OF_PATH: Record<string, keyof PlanEntryFormValues> = {
  'baseline.value': 'baselineValue',
  'baseline.year': 'baselineYear',
  'baseline.asWritten': 'baselineAsWritten',
  'target.operator': 'operator',
  'target.value': 'targetValue',
  'target.trend': 'trend',
  'target.asWritten': 'targetAsWritten',
  'target.text': 'targetText',
  'target.kind': 'targetKind',
  note: 'note',
};

/**
 * The domain's plan validator run on the plan with this one entry, so the browser rejects what the
 * server would (units, ranges, operator against the indicator's direction, baseline year in the period).
 */
export function entryIssues(plan: PlanDetail['plan'], entry: PlanEntry): { field: keyof PlanEntryFormValues | null; issue: FieldIssue }[] {
  const issues = validatePlan({
    id: plan.id,
    regionCode: plan.regionCode,
    regionName: plan.regionName,
    name: plan.name,
    source: plan.source,
    status: plan.status,
    period: { startYear: plan.startYear, endYear: plan.endYear },
    evaluations: plan.evaluations,
    entries: [entry],
  });
  return issues.filter((i) => i.path.startsWith('entries.0.')).map((issue) => ({ field: FIELD_OF_PATH[issue.path.slice('entries.0.'.length)] ?? null, issue }));
}
