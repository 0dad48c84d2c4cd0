import { type SQL, and, asc, count, eq, ilike, inArray, isNull, like, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { defineScopedTable, scopeCondition } from '../../platform/access/scope.sql.ts';
import type { Actor } from '../../platform/http/actor.ts';
import { organisations } from '../organisations/organisations.table.ts';
import { regions } from '../regions/regions.table.ts';
import { employerProfiles, postHazards, posts } from './employers.table.ts';

/** Employers are organisations of type employer: placed by their region and as their own organisation. */
export const scopedEmployers = defineScopedTable({
  table: organisations,
  id: organisations.id,
  entity: 'employer',
  columns: { regionCode: organisations.regionCode, organisationIds: [organisations.id] },
});

/** Posts are placed by their employer's region and owned by the employer. */
export const scopedPosts = defineScopedTable({
  table: posts,
  id: posts.id,
  entity: 'post',
  columns: { regionCode: posts.regionCode, organisationIds: [posts.employerId] },
});

// Written out by hand: correlated subqueries over the employer's active posts.
const exposedWorkers = sql<number>`(select coalesce(sum(m), 0)::int from (
  select max(ph.exposed_count) as m from "post_hazards" ph
  join "posts" p on p.employer_id = ph.employer_id and p.id = ph.post_id
  where p.employer_id = "organisations"."id" and p.is_active group by ph.post_id) x)`;
const hazardCategories = sql<string[]>`(select coalesce(array_agg(distinct ph.category order by ph.category) filter (where ph.category is not null), '{}')
  from "post_hazards" ph join "posts" p on p.employer_id = ph.employer_id and p.id = ph.post_id
  where p.employer_id = "organisations"."id" and p.is_active)`;

const latestDeclarationState = sql<string | null>`(select d.state from "declarations" d where d.employer_id = "organisations"."id" order by d.updated_at desc limit 1)`;

const selection = {
  id: organisations.id,
  name: organisations.name,
  uscc: organisations.uscc,
  regionCode: organisations.regionCode,
  regionName: regions.fullName,
  isActive: organisations.isActive,
  profileEmployerId: employerProfiles.employerId,
  registeredAddress: employerProfiles.registeredAddress,
  workplaceAddress: employerProfiles.workplaceAddress,
  industryCode: employerProfiles.industryCode,
  industrySection: employerProfiles.industrySection,
  economicType: employerProfiles.economicType,
  sizeClass: employerProfiles.sizeClass,
  legalRepresentative: employerProfiles.legalRepresentative,
  legalRepresentativePhone: employerProfiles.legalRepresentativePhone,
  ohManagerName: employerProfiles.ohManagerName,
  ohManagerPhone: employerProfiles.ohManagerPhone,
  hasOhManagementBody: employerProfiles.hasOhManagementBody,
  fullTimeOhManagers: employerProfiles.fullTimeOhManagers,
  partTimeOhManagers: employerProfiles.partTimeOhManagers,
  staffCount: employerProfiles.staffCount,
  dispatchedWorkerCount: employerProfiles.dispatchedWorkerCount,
  cumulativeOdCases: employerProfiles.cumulativeOdCases,
  hazardClass: employerProfiles.hazardClass,
  hazardClassCitation: employerProfiles.hazardClassCitation,
  exposedWorkers,
  hazardCategories,
  latestDeclarationState,
};
export interface EmployerRow {
  id: string;
  name: string;
  uscc: string | null;
  regionCode: string;
  regionName: string | null;
  isActive: boolean;
  profileEmployerId: string | null;
  registeredAddress: string | null;
  workplaceAddress: string | null;
  industryCode: string | null;
  industrySection: string | null;
  economicType: string | null;
  sizeClass: string | null;
  legalRepresentative: string | null;
  legalRepresentativePhone: string | null;
  ohManagerName: string | null;
  ohManagerPhone: string | null;
  hasOhManagementBody: boolean | null;
  fullTimeOhManagers: number | null;
  partTimeOhManagers: number | null;
  staffCount: number | null;
  dispatchedWorkerCount: number | null;
  cumulativeOdCases: number | null;
  hazardClass: 'severe' | 'general' | null;
  hazardClassCitation: string | null;
  exposedWorkers: number;
  hazardCategories: string[];
  latestDeclarationState: string | null;
}

function declarationStatusCondition(status: NonNullable<EmployerFilter['declarationStatus']>): SQL {
  const has = (state: string) => sql`exists (select 1 from "declarations" d where d.employer_id = ${organisations.id} and d.state = ${state})`;
  switch (status) {
    case 'accepted':
      return has('accepted');
    case 'in_review':
      return has('submitted');
    case 'returned':
      return has('returned');
    case 'none':
      return sql`not exists (select 1 from "declarations" d where d.employer_id = ${organisations.id} and d.state in ('accepted', 'submitted', 'returned'))`;
  }
}

export interface EmployerFilter {
  regionPrefix?: string;
  industrySection?: string;
  sizeClass?: string;
  hazardClass?: 'severe' | 'general';
  hazardCategory?: string;
  /** accepted / in_review / returned: has such a declaration; none: no declaration accepted, in review or returned. */
  declarationStatus?: 'accepted' | 'in_review' | 'returned' | 'none';
  q?: string;
}

export function createEmployersRepository(db: Db) {
  const from = () =>
    db
      .select(selection)
      .from(organisations)
      .leftJoin(employerProfiles, eq(employerProfiles.employerId, organisations.id))
      .leftJoin(regions, and(eq(regions.code, organisations.regionCode), isNull(regions.validTo)));

  function where(actor: Pick<Actor, 'scope'>, f: EmployerFilter): SQL | undefined {
    const q = f.q?.replace(/[%_\\]/g, '\\$&');
    return and(
      eq(organisations.type, 'employer'),
      scopeCondition(actor.scope, scopedEmployers.columns),
      f.regionPrefix ? like(organisations.regionCode, `${f.regionPrefix}%`) : undefined,
      f.industrySection ? eq(employerProfiles.industrySection, f.industrySection) : undefined,
      f.sizeClass ? eq(employerProfiles.sizeClass, f.sizeClass as never) : undefined,
      f.hazardClass ? eq(employerProfiles.hazardClass, f.hazardClass) : undefined,
      f.hazardCategory
        ? sql`exists (select 1 from "post_hazards" ph join "posts" p on p.employer_id = ph.employer_id and p.id = ph.post_id
            where p.employer_id = ${organisations.id} and p.is_active and ph.category = ${f.hazardCategory})`
        : undefined,
      f.declarationStatus ? declarationStatusCondition(f.declarationStatus) : undefined,
      q ? or(ilike(organisations.name, `%${q}%`), like(organisations.uscc, `${q.toUpperCase()}%`)) : undefined,
    );
  }

  return {
    async list(actor: Pick<Actor, 'scope'>, f: EmployerFilter, page: { offset: number; limit: number }) {
      const w = where(actor, f);
      const [items, totals] = await Promise.all([
        from().where(w).orderBy(asc(organisations.regionCode), asc(organisations.name)).offset(page.offset).limit(page.limit),
        db.select({ n: count() }).from(organisations).leftJoin(employerProfiles, eq(employerProfiles.employerId, organisations.id)).where(w),
      ]);
      return { items: items as EmployerRow[], total: Number(totals[0]?.n ?? 0) };
    },
    /** Every matching employer, in pages (for exports). */
    async *all(actor: Pick<Actor, 'scope'>, f: EmployerFilter, pageSize = 1000): AsyncGenerator<EmployerRow[]> {
      for (let offset = 0; ; offset += pageSize) {
        const rows = (await from().where(where(actor, f)).orderBy(asc(organisations.regionCode), asc(organisations.name), asc(organisations.id)).offset(offset).limit(pageSize)) as EmployerRow[];
        if (rows.length === 0) return;
        yield rows;
        if (rows.length < pageSize) return;
      }
    },
    async findVisible(actor: Pick<Actor, 'scope'>, id: string): Promise<EmployerRow | null> {
      const rows = await from().where(and(eq(organisations.id, id), where(actor, {}))).limit(1);
      return (rows[0] as EmployerRow | undefined) ?? null;
    },
    async postsOf(employerId: string, postIds?: string[]) {
      const rows = await db
        .select()
        .from(posts)
        .where(and(eq(posts.employerId, employerId), postIds ? inArray(posts.id, postIds) : undefined))
        .orderBy(asc(posts.createdAt), asc(posts.name));
      const hazards = rows.length
        ? await db.select().from(postHazards).where(and(eq(postHazards.employerId, employerId), inArray(postHazards.postId, rows.map((r) => r.id))))
        : [];
      return rows.map((p) => ({ ...p, hazards: hazards.filter((h) => h.postId === p.id) }));
    },
  };
}
export type EmployersRepository = ReturnType<typeof createEmployersRepository>;
