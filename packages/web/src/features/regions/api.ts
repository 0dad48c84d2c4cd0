import { type Schemas, unwrap } from '@ohnet/api-client';
import { queryOptions, skipToken, useQuery } from '@tanstack/react-query';
import { api } from '../../shared/api/client.ts';

export type Region = Schemas['Region'];
export type RegionDetail = Schemas['RegionDetail'];

const SEARCH_LIMIT = 30;
// Administrative divisions change a few times a year: cache them for the whole session.
const REFERENCE_STALE_TIME = Infinity;

/** Children of a region, or the provinces when `parentCode` is null. */
export function regionChildrenQuery(parentCode: string | null) {
  return queryOptions({
    queryKey: ['regions', 'children', parentCode],
    queryFn: async () => unwrap(await api.GET('/api/v1/regions', { params: { query: parentCode ? { parentCode } : {} } })),
    staleTime: REFERENCE_STALE_TIME,
  });
}

async function fetchRegionDetail(code: string): Promise<RegionDetail> {
  return unwrap(await api.GET('/api/v1/regions/{code}', { params: { path: { code } } }));
}

/** A region with its ancestors; idle while `code` is null. */
export function useRegionDetail(code: string | null) {
  return useQuery({
    queryKey: ['regions', 'detail', code],
    queryFn: code ? () => fetchRegionDetail(code) : skipToken,
    staleTime: REFERENCE_STALE_TIME,
  });
}

/** The top of a tree: the scope root region itself, or every province when the scope is national. */
export function useRegionRoots(rootCode: string | null) {
  return useQuery({
    queryKey: ['regions', 'roots', rootCode],
    queryFn: async (): Promise<Region[]> => {
      if (!rootCode) return unwrap(await api.GET('/api/v1/regions', { params: { query: {} } }));
      return [await fetchRegionDetail(rootCode)];
    },
    staleTime: REFERENCE_STALE_TIME,
  });
}

/** Name or code search inside the subtree of `within` (national when null); idle for an empty query. */
export function useRegionSearch(q: string, within: string | null) {
  const query = q.trim();
  return useQuery({
    queryKey: ['regions', 'search', query, within],
    queryFn: query
      ? async () => unwrap(await api.GET('/api/v1/regions/search', { params: { query: { q: query, limit: SEARCH_LIMIT, ...(within ? { within } : {}) } } }))
      : skipToken,
    staleTime: REFERENCE_STALE_TIME,
  });
}
