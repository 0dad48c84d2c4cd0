import { useQueries, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { type Region, regionChildrenQuery, useRegionRoots } from './api.ts';

export interface RegionTreeState {
  roots: Region[];
  /** Loaded children by parent code. */
  childrenOf: ReadonlyMap<string, Region[]>;
  /** Codes whose children are loaded (antd's `loadedKeys`). */
  loadedCodes: string[];
  isPending: boolean;
  error: Error | null;
  retry: () => void;
  /** Fetches a node's children (antd's `loadData`). */
  loadChildren: (code: string) => Promise<void>;
}

/**
 * A lazily loaded region tree below the scope root. Children come from the query cache, so the
 * regions page, the pickers and their searches share one copy of the reference data.
 */
export function useRegionTree(rootCode: string | null): RegionTreeState {
  const queryClient = useQueryClient();
  const roots = useRegionRoots(rootCode);
  // The scope root starts expanded, so its children load with it.
  const [loadedCodes, setLoadedCodes] = useState<string[]>(rootCode ? [rootCode] : []);
  const children = useQueries({ queries: loadedCodes.map((code) => regionChildrenQuery(code)) });

  const childrenOf = new Map<string, Region[]>();
  loadedCodes.forEach((code, i) => childrenOf.set(code, children[i]?.data ?? []));

  const loadChildren = async (code: string) => {
    await queryClient.fetchQuery(regionChildrenQuery(code));
    setLoadedCodes((prev) => (prev.includes(code) ? prev : [...prev, code]));
  };

  return {
    roots: roots.data ?? [],
    childrenOf,
    loadedCodes,
    isPending: roots.isPending,
    error: roots.error,
    retry: () => void roots.refetch(),
    loadChildren,
  };
}

/** Builds nested tree nodes (antd Tree / TreeSelect) from roots and the loaded children. */
export function buildRegionNodes<N>(roots: readonly Region[], childrenOf: ReadonlyMap<string, Region[]>, toNode: (region: Region, children: N[] | undefined) => N): N[] {
  const build = (region: Region): N => toNode(region, childrenOf.get(region.code)?.map(build));
  return roots.map(build);
}

/**
 * Adds a region's path (ancestors below the root, then the region) to the loaded children, so a
 * picker can show a value whose branch was never expanded. A parent whose children were not
 * loaded gets just that one child until it is expanded (it stays out of `loadedCodes`).
 */
export function withRegionPath(childrenOf: ReadonlyMap<string, Region[]>, path: readonly Region[]): Map<string, Region[]> {
  const out = new Map(childrenOf);
  for (const region of path) {
    if (!region.parentCode) continue;
    const siblings = out.get(region.parentCode) ?? [];
    if (!siblings.some((r) => r.code === region.code)) out.set(region.parentCode, [...siblings, region]);
  }
  return out;
}
