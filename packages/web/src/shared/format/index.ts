const EMPTY = '—';
const CST_OFFSET_MS = 8 * 3_600_000;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Dates and times show in China Standard Time (UTC+8, 北京时间) wherever the browser is, like the
 * server's legal clocks and receipts (`todayCst` in the domain): a receipt printed abroad or by a
 * browser set to UTC shows the same day as its PDF. Date-only values (`2025-03-01`) are shown as given.
 */
function cstIso(iso: string): string | null {
  if (DATE_ONLY.test(iso)) return `${iso}T00:00:00`;
  const time = Date.parse(iso);
  return Number.isNaN(time) ? null : new Date(time + CST_OFFSET_MS).toISOString();
}

/** `2026-11-22 16:29:32` in China Standard Time, or a dash. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return EMPTY;
  const cst = cstIso(iso);
  return cst ? `${cst.slice(0, 10)} ${cst.slice(11, 19)}` : iso;
}

/** `2026-11-22` in China Standard Time, or a dash. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return EMPTY;
  const cst = cstIso(iso);
  return cst ? cst.slice(0, 10) : iso;
}

/** Renders an arbitrary JSON value (audit before/after, meta) compactly and readably. */
export function formatJsonValue(value: unknown): string {
  if (value === null || value === undefined) return EMPTY;
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}
