import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { type SQL, sql } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import * as schema from './schema.ts';

export type Schema = typeof schema;
/** The database or a transaction: both offer the same query builder. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

export const MIGRATIONS_FOLDER = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../drizzle');

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** Runs the migrations (idempotent; serialised across processes on PostgreSQL). */
  migrate(): Promise<void>;
  close(): Promise<void>;
  /** For PGlite-only operations such as dumping a test template. */
  pglite?: PGlite;
}

export type DatabaseTarget = { kind: 'pglite'; dataDir: string | null; loadDataDir?: Blob } | { kind: 'postgres'; url: string; max?: number };

export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  if (target.kind === 'pglite') {
    if (target.dataDir) mkdirSync(target.dataDir, { recursive: true });
    const client = await PGlite.create({
      ...(target.dataDir ? { dataDir: target.dataDir } : {}),
      ...(target.loadDataDir ? { loadDataDir: target.loadDataDir } : {}),
    });
    const db = drizzlePglite(client, { schema, casing: 'snake_case' }) as unknown as Db;
    return {
      db,
      kind: 'pglite',
      pglite: client,
      migrate: async () => {
        await migratePglite(db as never, { migrationsFolder: MIGRATIONS_FOLDER });
      },
      close: async () => {
        if (!client.closed) await client.close();
      },
    };
  }
  const client = postgres(target.url, {
    max: target.max ?? 10,
    onnotice: () => {},
  });
  const db = drizzlePostgres(client, { schema, casing: 'snake_case' }) as unknown as Db;
  return {
    db,
    kind: 'postgres',
    migrate: async () => {
      // One connection holds an advisory lock so two processes starting together do not race.
      const lockClient = postgres(target.url, { max: 1, onnotice: () => {} });
      try {
        await lockClient`select pg_advisory_lock(hashtext('ohnet.migrate'))`;
        await migratePostgres(drizzlePostgres(lockClient), { migrationsFolder: MIGRATIONS_FOLDER });
        await lockClient`select pg_advisory_unlock(hashtext('ohnet.migrate'))`;
      } finally {
        await lockClient.end({ timeout: 5 });
      }
    },
    close: async () => {
      await client.end({ timeout: 5 });
    },
  };
}

/**
 * Raw SQL returning rows, the same on both drivers (PGlite answers `{ rows }`, postgres.js an array).
 * Cast bigint results in SQL (`::int`) so both drivers return numbers.
 */
export async function queryRows<T extends Record<string, unknown>>(db: Db, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown;
  if (Array.isArray(result)) return result as T[];
  return ((result as { rows?: T[] }).rows ?? []) as T[];
}

export async function ping(db: Db): Promise<void> {
  await queryRows(db, sql`select 1 as ok`);
}

/** Runs a use case in one transaction: everything it writes (audit included) commits together or not at all. */
export async function transaction<T>(db: Db, fn: (tx: Db) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => fn(tx as unknown as Db));
}
