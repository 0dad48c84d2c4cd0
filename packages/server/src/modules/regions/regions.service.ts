import { REGION_LEVELS, type Scope, errors, levelRank, regionScopePrefix } from '@ohnet/domain';
import { regionWithinScope } from '../../platform/access/scope.sql.ts';
import type { Db } from '../../db/client.ts';
import { presentRegion } from './regions.presenter.ts';
import { type RegionRow, createRegionsRepository } from './regions.repository.ts';
import type { RegionDto } from './regions.schemas.ts';

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Region look-ups. Regions are reference data: every signed-in role may read all of them. */
export function createRegionsService(db: Db) {
  const repo = createRegionsRepository(db);

  async function require(code: string, asOf: string): Promise<RegionRow> {
    const r = await repo.byCode(code, asOf);
    if (!r) throw errors.notFound('region', code);
    return r;
  }

  async function ancestorsOf(region: RegionRow, asOf: string): Promise<RegionRow[]> {
    const chain: RegionRow[] = [];
    let parent = region.parentCode;
    // At most three hops (township → county → city → province).
    while (parent) {
      const p = await repo.byCode(parent, asOf);
      if (!p) break;
      chain.unshift(p);
      parent = p.parentCode;
    }
    return chain;
  }

  return {
    repo,
    async children(parentCode: string | undefined, asOf = today()): Promise<RegionDto[]> {
      if (parentCode) await require(parentCode, asOf);
      return (await repo.children(parentCode ?? null, asOf)).map(presentRegion);
    },
    async get(code: string, asOf = today()) {
      const r = await require(code, asOf);
      return { ...presentRegion(r), ancestors: (await ancestorsOf(r, asOf)).map(presentRegion) };
    },
    async ancestors(code: string, asOf = today()): Promise<RegionDto[]> {
      const r = await require(code, asOf);
      return (await ancestorsOf(r, asOf)).map(presentRegion);
    },
    async subtree(code: string, depth: number, asOf = today()): Promise<RegionDto[]> {
      const r = await require(code, asOf);
      const rank = levelRank(r.level);
      const levels = REGION_LEVELS.filter((l) => levelRank(l) >= rank && levelRank(l) <= rank + depth);
      return (await repo.subtree(regionScopePrefix(r.code, r.level), [...levels], asOf)).map(presentRegion);
    },
    async search(q: string, opts: { within?: string; level?: RegionRow['level']; limit: number; asOf?: string }): Promise<RegionDto[]> {
      const asOf = opts.asOf ?? today();
      let withinPrefix: string | null = null;
      if (opts.within) {
        const w = await require(opts.within, asOf);
        withinPrefix = regionScopePrefix(w.code, w.level);
      }
      return (await repo.search(q, { withinPrefix, level: opts.level ?? null, limit: opts.limit, asOf })).map(presentRegion);
    },
    /** The stored level of a region in force today (used to compute scope prefixes). */
    async levelOf(code: string): Promise<RegionRow['level'] | null> {
      return (await repo.byCode(code, today()))?.level ?? null;
    },
    /**
     * A region an actor reads figures for (indicators, lists by region): 422 \`region.unknown\` when
     * no region has the code today, 403 \`scope.region_outside\` outside the actor's jurisdiction.
     * Returns its level and the code prefix of its subtree.
     */
    async readableRegion(scope: Scope, regionCode: string): Promise<{ level: RegionRow['level']; prefix: string }> {
      const level = await this.levelOf(regionCode);
      if (!level) throw errors.invalid([{ path: 'querystring.regionCode', code: 'region.unknown', message: `行政区划代码${regionCode}不存在` }]);
      if (!regionWithinScope(scope, regionCode)) throw errors.forbidden('scope.region_outside', `行政区划${regionCode}不在您的管辖范围内`, { regionCode });
      return { level, prefix: regionScopePrefix(regionCode, level) };
    },
  };
}
export type RegionsService = ReturnType<typeof createRegionsService>;
