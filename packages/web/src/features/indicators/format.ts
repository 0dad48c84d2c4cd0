export type IndicatorUnit = 'ratio' | 'count' | 'rate_per_1000';
export type TargetStatus = 'on_track' | 'at_risk' | 'off_track' | 'not_computed';

const EMPTY = '—';

/** A value in its unit: ratios as percentages (85.3%), rates per 1,000 (1.23‰), counts as integers; a dash when absent. */
export function formatIndicatorValue(value: number | null | undefined, unit: IndicatorUnit | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return EMPTY;
  switch (unit) {
    case 'ratio':
      return `${(value * 100).toFixed(1)}%`;
    case 'rate_per_1000':
      return `${value.toFixed(2)}‰`;
    case 'count':
      return String(Math.round(value));
    case null:
    case undefined:
      return String(value);
  }
}

/** The value as a chart number: percentages for ratios, the value itself otherwise; null stays null. */
export function chartValue(value: number | null | undefined, unit: IndicatorUnit | null | undefined): number | null {
  if (value === null || value === undefined || !Number.isFinite(value)) return null;
  return unit === 'ratio' ? Math.round(value * 1000) / 10 : value;
}

/** The number a person types for a value (90 for 90 %), and back. */
export function toInputValue(value: number | null | undefined, unit: IndicatorUnit | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  return unit === 'ratio' ? Math.round(value * 100_000) / 1000 : value;
}

export function fromInputValue(value: number, unit: IndicatorUnit | null | undefined): number {
  return unit === 'ratio' ? value / 100 : value;
}

/** Unit suffix of an input box. */
export function unitSuffix(unit: IndicatorUnit | null | undefined): string {
  return unit === 'ratio' ? '%' : unit === 'rate_per_1000' ? '‰' : '';
}

export const STATUS_COLORS: Record<TargetStatus, string> = { on_track: 'success', at_risk: 'warning', off_track: 'error', not_computed: 'default' };
