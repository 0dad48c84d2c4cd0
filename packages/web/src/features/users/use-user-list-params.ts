import { ROLES } from '@ohnet/domain';
import { pickEnum } from '../../shared/enums.ts';
import { useListSearchParams } from '../../shared/hooks/use-list-search-params.ts';
import type { UserListQuery } from './api.ts';

const FILTER_KEYS = ['q', 'role', 'status', 'organisationId'] as const;
export const USER_STATUSES = ['active', 'disabled', 'locked'] as const;

export type UserFilterKey = (typeof FILTER_KEYS)[number];

/** The account list's filters and page from the URL (the home to-dos link to `?status=locked`). */
export function useUserListParams() {
  const list = useListSearchParams(FILTER_KEYS);
  const query: UserListQuery = {
    page: list.page,
    pageSize: list.pageSize,
    q: list.filters.q,
    role: pickEnum(ROLES, list.filters.role),
    status: pickEnum(USER_STATUSES, list.filters.status),
    organisationId: list.filters.organisationId,
  };
  return { ...list, query };
}
