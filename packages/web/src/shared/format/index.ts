import dayjs from 'dayjs';

const EMPTY = '—';

/** `2026-11-22 16:29:32` in the browser's time zone, or a dash. */
export function formatDateTime(iso: string | null | undefined): string {
  return iso ? dayjs(iso).format('YYYY-MM-DD HH:mm:ss') : EMPTY;
}

/** `2026-11-22`, or a dash. */
export function formatDate(iso: string | null | undefined): string {
  return iso ? dayjs(iso).format('YYYY-MM-DD') : EMPTY;
}

/** Renders an arbitrary JSON value (audit before/after, meta) compactly and readably. */
export function formatJsonValue(value: unknown): string {
  if (value === null || value === undefined) return EMPTY;
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}
