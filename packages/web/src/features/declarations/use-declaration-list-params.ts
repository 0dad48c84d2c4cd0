import { DECLARATION_FILING_KINDS, DECLARATION_STATES, type DeclarationState } from '@ohnet/domain';
import { pickEnum } from '../../shared/enums.ts';
import { useListSearchParams } from '../../shared/hooks/use-list-search-params.ts';
import type { DeclarationListQuery } from './api.ts';

const FILTER_KEYS = ['state', 'kind', 'q'] as const;

/** `state` in the URL: one workflow state, or `all`. */
export const STATE_FILTERS = ['submitted', 'returned', 'accepted', 'draft', 'withdrawn', 'all'] as const satisfies readonly (DeclarationState | 'all')[];
export type StateFilter = (typeof STATE_FILTERS)[number];

export type DeclarationFilterKey = (typeof FILTER_KEYS)[number];

/**
 * The declaration list's filters and page from the URL. Without a `state` in the URL the list
 * opens on `defaultState`: the review queue (submitted) for reviewers, everything for others.
 */
export function useDeclarationListParams(defaultState: StateFilter) {
  const list = useListSearchParams(FILTER_KEYS);
  const state: StateFilter = pickEnum(STATE_FILTERS, list.filters.state) ?? defaultState;
  const query: DeclarationListQuery = {
    page: list.page,
    pageSize: list.pageSize,
    state: pickEnum(DECLARATION_STATES, state),
    kind: pickEnum(DECLARATION_FILING_KINDS, list.filters.kind),
    q: list.filters.q,
  };
  return { ...list, state, query };
}
