import { ORGANISATION_TYPES } from '@ohnet/domain';
import { pickEnum } from '../../shared/enums.ts';
import { useListSearchParams } from '../../shared/hooks/use-list-search-params.ts';
import type { OrganisationListQuery } from './api.ts';

const FILTER_KEYS = ['type', 'regionCode', 'q', 'isActive'] as const;
const ACTIVE_VALUES = ['true', 'false'] as const;

export type OrganisationFilterKey = (typeof FILTER_KEYS)[number];

/** The organisation list's filters and page from the URL, and the API query they make. */
export function useOrganisationListParams() {
  const list = useListSearchParams(FILTER_KEYS);
  const query: OrganisationListQuery = {
    page: list.page,
    pageSize: list.pageSize,
    type: pickEnum(ORGANISATION_TYPES, list.filters.type),
    regionCode: list.filters.regionCode,
    q: list.filters.q,
    isActive: pickEnum(ACTIVE_VALUES, list.filters.isActive),
  };
  return { ...list, query };
}
