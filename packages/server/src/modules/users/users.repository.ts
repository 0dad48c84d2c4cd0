import { type SQL, and, asc, count, eq, gt, ilike, or, sql } from 'drizzle-orm';
import type { Role } from '@ohnet/domain';
import type { Db } from '../../db/client.ts';
import { defineScopedTable, scopeCondition } from '../../platform/access/scope.sql.ts';
import type { Actor } from '../../platform/http/actor.ts';
import { organisations } from '../organisations/organisations.table.ts';
import { users } from './users.table.ts';

export const scopedUsers = defineScopedTable({
  table: users,
  id: users.id,
  entity: 'user',
  columns: { regionCode: users.regionCode, organisationIds: [users.organisationId] },
});

const selection = {
  id: users.id,
  username: users.username,
  displayName: users.displayName,
  organisationId: users.organisationId,
  organisationName: organisations.name,
  organisationType: organisations.type,
  regionCode: users.regionCode,
  roles: users.roles,
  phone: users.phone,
  email: users.email,
  isDisabled: users.isDisabled,
  lockedUntil: users.lockedUntil,
  mustChangePassword: users.mustChangePassword,
  lastLoginAt: users.lastLoginAt,
  createdAt: users.createdAt,
  workerId: users.workerId,
};
export type UserRow = {
  id: string;
  username: string;
  displayName: string;
  organisationId: string;
  organisationName: string;
  organisationType: (typeof organisations.$inferSelect)['type'];
  regionCode: string;
  roles: Role[];
  phone: string | null;
  email: string | null;
  isDisabled: boolean;
  lockedUntil: Date | null;
  mustChangePassword: boolean;
  lastLoginAt: Date | null;
  createdAt: Date;
  workerId: string | null;
};

export interface UserFilter {
  organisationId?: string;
  q?: string;
  role?: Role;
  status?: 'active' | 'disabled' | 'locked';
}

export function createUsersRepository(db: Db) {
  function where(actor: Pick<Actor, 'scope'>, f: UserFilter): SQL | undefined {
    const q = f.q?.replace(/[%_\\]/g, '\\$&');
    const now = new Date();
    return and(
      scopeCondition(actor.scope, scopedUsers.columns),
      f.organisationId ? eq(users.organisationId, f.organisationId) : undefined,
      q ? or(ilike(users.username, `%${q}%`), ilike(users.displayName, `%${q}%`)) : undefined,
      f.role ? sql`${f.role} = any(${users.roles})` : undefined,
      f.status === 'active' ? eq(users.isDisabled, false) : undefined,
      f.status === 'disabled' ? eq(users.isDisabled, true) : undefined,
      f.status === 'locked' ? gt(users.lockedUntil, now) : undefined,
    );
  }
  return {
    async list(actor: Pick<Actor, 'scope'>, f: UserFilter, page: { offset: number; limit: number }) {
      const w = where(actor, f);
      const [items, totals] = await Promise.all([
        db.select(selection).from(users).innerJoin(organisations, eq(organisations.id, users.organisationId)).where(w).orderBy(asc(users.username)).offset(page.offset).limit(page.limit),
        db.select({ n: count() }).from(users).where(w),
      ]);
      return { items: items as UserRow[], total: Number(totals[0]?.n ?? 0) };
    },
    async findVisible(actor: Pick<Actor, 'scope'>, id: string): Promise<UserRow | null> {
      const rows = await db
        .select(selection)
        .from(users)
        .innerJoin(organisations, eq(organisations.id, users.organisationId))
        .where(and(eq(users.id, id), scopeCondition(actor.scope, scopedUsers.columns)))
        .limit(1);
      return (rows[0] as UserRow | undefined) ?? null;
    },
    async byUsername(username: string) {
      const rows = await db.select().from(users).where(sql`lower(${users.username}) = lower(${username})`).limit(1);
      return rows[0] ?? null;
    },
    async byId(id: string) {
      const rows = await db.select().from(users).where(eq(users.id, id)).limit(1);
      return rows[0] ?? null;
    },
    async countWhere(actor: Pick<Actor, 'scope'>, f: UserFilter): Promise<number> {
      const rows = await db.select({ n: count() }).from(users).where(where(actor, f));
      return Number(rows[0]?.n ?? 0);
    },
  };
}
export type UsersRepository = ReturnType<typeof createUsersRepository>;
