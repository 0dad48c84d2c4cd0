import { useListSearchParams } from '../../shared/hooks/use-list-search-params.ts';
import type { AuditQuery } from './api.ts';

const FILTER_KEYS = ['action', 'entityType', 'entityId', 'actorUsername', 'from', 'to'] as const;

export type AuditFilterKey = (typeof FILTER_KEYS)[number];

export function useAuditListParams() {
  const list = useListSearchParams(FILTER_KEYS);
  const { action, entityType, entityId, actorUsername, from, to } = list.filters;
  const query: AuditQuery = { page: list.page, pageSize: list.pageSize, action, entityType, entityId, actorUsername, from, to };
  return { ...list, query };
}
