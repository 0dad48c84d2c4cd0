import { useSearchParams } from 'react-router-dom';

export const PAGE_SIZE_OPTIONS = [10, 20, 50, 100] as const;
const DEFAULT_PAGE_SIZE = 20;
const MAX_PAGE_SIZE = 100;

export interface ListSearchParams<K extends string> {
  filters: Partial<Record<K, string>>;
  page: number;
  pageSize: number;
  /** Changes some filters (undefined or '' removes one) and goes back to page 1. */
  setFilters: (patch: Partial<Record<K, string | undefined>>) => void;
  setPage: (page: number, pageSize: number) => void;
  clearFilters: () => void;
}

function positiveInt(raw: string | null, fallback: number, max: number): number {
  const n = Number(raw);
  return Number.isInteger(n) && n >= 1 ? Math.min(n, max) : fallback;
}

/**
 * A list's filters and page, kept in the URL: lists can be bookmarked and shared, the back button
 * works, and links such as the home page's to-dos (`/admin/users?status=locked`) open pre-filtered.
 */
export function useListSearchParams<K extends string>(keys: readonly K[]): ListSearchParams<K> {
  const [params, setParams] = useSearchParams();

  const filters: Partial<Record<K, string>> = {};
  for (const key of keys) {
    const value = params.get(key);
    if (value) filters[key] = value;
  }

  const setFilters = (patch: Partial<Record<K, string | undefined>>) => {
    const next = new URLSearchParams(params);
    for (const key of keys) {
      if (!(key in patch)) continue;
      const value = patch[key];
      if (value) next.set(key, value);
      else next.delete(key);
    }
    next.delete('page');
    setParams(next);
  };

  const setPage = (page: number, pageSize: number) => {
    const next = new URLSearchParams(params);
    next.set('page', String(page));
    next.set('pageSize', String(pageSize));
    setParams(next);
  };

  const clearFilters = () => {
    const next = new URLSearchParams(params);
    for (const key of keys) next.delete(key);
    next.delete('page');
    setParams(next);
  };

  return {
    filters,
    page: positiveInt(params.get('page'), 1, Number.MAX_SAFE_INTEGER),
    pageSize: positiveInt(params.get('pageSize'), DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE),
    setFilters,
    setPage,
    clearFilters,
  };
}
