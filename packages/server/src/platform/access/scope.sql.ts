import { type SQL, and, eq, inArray, or, sql } from 'drizzle-orm';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';
import { type Scope, errors } from '@ohnet/domain';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../http/actor.ts';

/**
 * The single mechanism that turns an actor's scope into SQL. Each scoped table is described once
 * (`defineScopedTable`) by the columns that place its rows: region code, owning/filing
 * organisations, and the worker it concerns. Every repository query and every "are these ids
 * visible?" check goes through here; the pure twin of this rule is `isInScope` in @ohnet/domain.
 */
export interface ScopeColumns {
  regionCode?: AnyPgColumn;
  organisationIds?: AnyPgColumn[];
  workerId?: AnyPgColumn;
}

export interface ScopedTable {
  table: PgTable;
  id: AnyPgColumn;
  /** Entity name used in 404 codes (`organisation.not_found`). */
  entity: string;
  columns: ScopeColumns;
}

export function defineScopedTable(def: ScopedTable): ScopedTable {
  return def;
}

export function scopeCondition(scope: Scope, columns: ScopeColumns): SQL {
  switch (scope.kind) {
    case 'all':
      return sql`true`;
    case 'region':
      // Region codes are digits only, so the prefix needs no LIKE escaping.
      return columns.regionCode ? sql`${columns.regionCode} like ${`${scope.regionPrefix}%`}` : sql`false`;
    case 'organisation': {
      const cols = columns.organisationIds ?? [];
      if (cols.length === 0) return sql`false`;
      return or(...cols.map((c) => eq(c, scope.organisationId))) ?? sql`false`;
    }
    case 'worker':
      return columns.workerId && scope.workerId ? eq(columns.workerId, scope.workerId) : sql`false`;
  }
}

/** Which of these ids the actor may see (one query, whatever the count). */
export async function visibleIds(db: Db, actor: Pick<Actor, 'scope'>, t: ScopedTable, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = (await db
    .select({ id: t.id })
    .from(t.table)
    .where(and(inArray(t.id, [...ids]), scopeCondition(actor.scope, t.columns)))) as { id: string }[];
  return new Set(rows.map((r) => String(r.id)));
}

/** Throws `<entity>.not_found` (404) unless every id exists and is inside the actor's scope. */
export async function assertVisible(db: Db, actor: Pick<Actor, 'scope'>, t: ScopedTable, ids: readonly string[]): Promise<void> {
  const unique = [...new Set(ids)];
  const seen = await visibleIds(db, actor, t, unique);
  const missing = unique.filter((id) => !seen.has(id));
  if (missing.length > 0) throw errors.notFound(t.entity, missing.join(','));
}

/** True when a region code lies inside the actor's region scope (for writes that place a record). */
export function regionWithinScope(scope: Scope, regionCode: string): boolean {
  switch (scope.kind) {
    case 'all':
      return true;
    case 'region':
      return regionCode.startsWith(scope.regionPrefix);
    case 'organisation':
    case 'worker':
      return false;
  }
}

/** UUID shape check, so a malformed id answers 404 rather than a database error. */
export function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}
