/** A measured or computed value for display: at most `decimals` places, no trailing zeros. */
export function formatNumber(value: number | null | undefined, decimals = 3): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return String(Number(value.toFixed(decimals)));
}

/** A dayjs-like date from a DatePicker as `YYYY-MM-DD`, or undefined. */
export function toIsoDate(value: { format: (f: string) => string } | null | undefined): string | undefined {
  return value ? value.format('YYYY-MM-DD') : undefined;
}
