import { pickEnum } from '../../shared/enums.ts';
import { useListSearchParams } from '../../shared/hooks/use-list-search-params.ts';
import type { DoseRecordListQuery } from './api.ts';

const FILTER_KEYS = ['year', 'overLevel', 'q', 'employerId', 'tab'] as const;
export type DoseFilterKey = (typeof FILTER_KEYS)[number];
export const DOSE_TABS = ['records', 'overLevel'] as const;

/** The dose-record list's filters, tab and page, in the URL (the home alert links to `?overLevel=true`). */
export function useDoseListParams() {
  const list = useListSearchParams(FILTER_KEYS);
  const year = Number(list.filters.year);
  const query: DoseRecordListQuery = {
    page: list.page,
    pageSize: list.pageSize,
    year: Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : undefined,
    overLevel: pickEnum(['true', 'false'] as const, list.filters.overLevel),
    q: list.filters.q,
    employerId: list.filters.employerId,
  };
  const tab = pickEnum(DOSE_TABS, list.filters.tab) ?? 'records';
  return { ...list, query, tab };
}
