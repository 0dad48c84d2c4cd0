import { pickEnum } from '../../shared/enums.ts';
import { useListSearchParams } from '../../shared/hooks/use-list-search-params.ts';
import type { WorkerListQuery } from './api.ts';

const FILTER_KEYS = ['q', 'status'] as const;
export const WORKER_STATUSES = ['active', 'ended', 'all'] as const;

export type WorkerFilterKey = (typeof FILTER_KEYS)[number];

/** The worker list's search, status and page from the URL (on the employer page's 劳动者 tab). */
export function useWorkerListParams() {
  const list = useListSearchParams(FILTER_KEYS);
  const query: WorkerListQuery = {
    page: list.page,
    pageSize: list.pageSize,
    status: pickEnum(WORKER_STATUSES, list.filters.status) ?? 'active',
    q: list.filters.q,
  };
  return { ...list, query };
}
