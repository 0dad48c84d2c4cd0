import { type SQL, and, asc, count, eq, ilike, isNull, like, or, sql } from 'drizzle-orm';
import type { OrganisationType } from '@ohnet/domain';
import type { Db } from '../../db/client.ts';
import { defineScopedTable, scopeCondition } from '../../platform/access/scope.sql.ts';
import type { Actor } from '../../platform/http/actor.ts';
import { regions } from '../regions/regions.table.ts';
import { organisations } from './organisations.table.ts';

/** How organisations are placed for scoping: by their region, and as their own organisation. */
export const scopedOrganisations = defineScopedTable({
  table: organisations,
  id: organisations.id,
  entity: 'organisation',
  columns: { regionCode: organisations.regionCode, organisationIds: [organisations.id] },
});

export type OrganisationRow = typeof organisations.$inferSelect & { regionName: string | null };

const selection = {
  id: organisations.id,
  type: organisations.type,
  name: organisations.name,
  uscc: organisations.uscc,
  regionCode: organisations.regionCode,
  departmentKind: organisations.departmentKind,
  address: organisations.address,
  contactName: organisations.contactName,
  contactPhone: organisations.contactPhone,
  contactEmail: organisations.contactEmail,
  isActive: organisations.isActive,
  createdAt: organisations.createdAt,
  updatedAt: organisations.updatedAt,
  regionName: regions.fullName,
};

const regionJoin = and(eq(regions.code, organisations.regionCode), isNull(regions.validTo));

export interface OrganisationFilter {
  type?: OrganisationType;
  regionPrefix?: string;
  q?: string;
  isActive?: boolean;
}

export function createOrganisationsRepository(db: Db) {
  function where(actor: Pick<Actor, 'scope'>, f: OrganisationFilter): SQL | undefined {
    const q = f.q?.replace(/[%_\\]/g, '\\$&');
    return and(
      scopeCondition(actor.scope, scopedOrganisations.columns),
      f.type ? eq(organisations.type, f.type) : undefined,
      f.regionPrefix ? like(organisations.regionCode, `${f.regionPrefix}%`) : undefined,
      f.isActive === undefined ? undefined : eq(organisations.isActive, f.isActive),
      q ? or(ilike(organisations.name, `%${q}%`), like(organisations.uscc, `${q.toUpperCase()}%`)) : undefined,
    );
  }
  return {
    async list(actor: Pick<Actor, 'scope'>, f: OrganisationFilter, page: { offset: number; limit: number }) {
      const w = where(actor, f);
      const [items, totals] = await Promise.all([
        db.select(selection).from(organisations).leftJoin(regions, regionJoin).where(w).orderBy(asc(organisations.regionCode), asc(organisations.name)).offset(page.offset).limit(page.limit),
        db.select({ n: count() }).from(organisations).where(w),
      ]);
      return { items: items as OrganisationRow[], total: Number(totals[0]?.n ?? 0) };
    },
    /** One organisation if it is inside the actor's scope. */
    async findVisible(actor: Pick<Actor, 'scope'>, id: string): Promise<OrganisationRow | null> {
      const rows = await db
        .select(selection)
        .from(organisations)
        .leftJoin(regions, regionJoin)
        .where(and(eq(organisations.id, id), scopeCondition(actor.scope, scopedOrganisations.columns)))
        .limit(1);
      return (rows[0] as OrganisationRow | undefined) ?? null;
    },
    async byId(id: string): Promise<OrganisationRow | null> {
      const rows = await db.select(selection).from(organisations).leftJoin(regions, regionJoin).where(eq(organisations.id, id)).limit(1);
      return (rows[0] as OrganisationRow | undefined) ?? null;
    },
    async usccTaken(uscc: string, exceptId?: string): Promise<boolean> {
      const rows = await db
        .select({ id: organisations.id })
        .from(organisations)
        .where(and(eq(organisations.uscc, uscc), exceptId ? sql`${organisations.id} <> ${exceptId}` : undefined))
        .limit(1);
      return rows.length > 0;
    },
    async countByType(actor: Pick<Actor, 'scope'>): Promise<{ type: OrganisationType; n: number }[]> {
      const rows = await db
        .select({ type: organisations.type, n: count() })
        .from(organisations)
        .where(and(scopeCondition(actor.scope, scopedOrganisations.columns), eq(organisations.isActive, true)))
        .groupBy(organisations.type);
      return rows.map((r) => ({ type: r.type, n: Number(r.n) }));
    },
  };
}
export type OrganisationsRepository = ReturnType<typeof createOrganisationsRepository>;
