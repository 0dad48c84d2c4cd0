import { type SQL, and, asc, eq, ilike, inArray, isNull, like, lte, or, gt, sql } from 'drizzle-orm';
import type { RegionLevel } from '@ohnet/domain';
import type { Db } from '../../db/client.ts';
import { regions } from './regions.table.ts';

export type RegionRow = typeof regions.$inferSelect & { childCount: number };

/** Rows in force on `asOf` (YYYY-MM-DD). */
function inForce(asOf: string): SQL {
  return and(lte(regions.validFrom, asOf), or(isNull(regions.validTo), gt(regions.validTo, asOf)))!;
}

function childCountOn(asOf: string) {
  // Written out by hand: drizzle renders columns unqualified in single-table selects, which the
  // correlated subquery would resolve to its own alias.
  return sql<number>`(select count(*)::int from "regions" c where c.parent_code = "regions"."code"
    and c.valid_from <= ${asOf} and (c.valid_to is null or c.valid_to > ${asOf}))`;
}

export function createRegionsRepository(db: Db) {
  const columns = (asOf: string) => ({
    code: regions.code,
    validFrom: regions.validFrom,
    validTo: regions.validTo,
    name: regions.name,
    fullName: regions.fullName,
    level: regions.level,
    parentCode: regions.parentCode,
    source: regions.source,
    childCount: childCountOn(asOf),
  });

  return {
    async byCode(code: string, asOf: string): Promise<RegionRow | null> {
      const rows = await db.select(columns(asOf)).from(regions).where(and(eq(regions.code, code), inForce(asOf))).limit(1);
      return rows[0] ?? null;
    },
    async byCodes(codes: string[], asOf: string): Promise<RegionRow[]> {
      if (codes.length === 0) return [];
      return db.select(columns(asOf)).from(regions).where(and(inArray(regions.code, codes), inForce(asOf)));
    },
    async children(parentCode: string | null, asOf: string): Promise<RegionRow[]> {
      return db
        .select(columns(asOf))
        .from(regions)
        .where(and(parentCode === null ? isNull(regions.parentCode) : eq(regions.parentCode, parentCode), inForce(asOf)))
        .orderBy(asc(regions.code));
    },
    /** Everything whose code starts with the prefix, down to `maxLevels` levels (rank based). */
    async subtree(prefix: string, levels: RegionLevel[], asOf: string): Promise<RegionRow[]> {
      return db
        .select(columns(asOf))
        .from(regions)
        .where(and(like(regions.code, `${prefix}%`), inArray(regions.level, levels), inForce(asOf)))
        .orderBy(asc(regions.code));
    },
    async search(q: string, opts: { withinPrefix: string | null; level: RegionLevel | null; limit: number; asOf: string }): Promise<RegionRow[]> {
      const isCode = /^\d+$/.test(q);
      const match = isCode ? like(regions.code, `${q}%`) : ilike(regions.name, `%${q.replace(/[%_\\]/g, '\\$&')}%`);
      return db
        .select(columns(opts.asOf))
        .from(regions)
        .where(
          and(
            match,
            inForce(opts.asOf),
            opts.withinPrefix ? like(regions.code, `${opts.withinPrefix}%`) : undefined,
            opts.level ? eq(regions.level, opts.level) : undefined,
          ),
        )
        // Higher levels first (a search for 江门 should show the city before its streets).
        .orderBy(sql`case ${regions.level} when 'province' then 0 when 'city' then 1 when 'county' then 2 else 3 end`, asc(regions.code))
        .limit(opts.limit);
    },
    async count(): Promise<number> {
      const rows = await db.select({ n: sql<number>`count(*)::int` }).from(regions);
      return rows[0]?.n ?? 0;
    },
  };
}
export type RegionsRepository = ReturnType<typeof createRegionsRepository>;
