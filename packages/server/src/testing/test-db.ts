import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import postgres from 'postgres';
import { MIGRATIONS_FOLDER, type Database, openDatabase } from '../db/client.ts';
import { seedDemo } from '../db/seed/demo.seed.ts';
import { seedDemoPlans } from '../modules/indicators/plans.service.ts';
import { seedRegions } from '../db/seed/regions.seed.ts';

/**
 * Real databases for tests, fast: a template (migrations + all regions + demo data) is built once
 * per run and cloned per test file — a PGlite data-dir dump on the embedded path, a
 * `CREATE DATABASE … TEMPLATE` on PostgreSQL (when DATABASE_URL is set). Each test file thus gets
 * its own isolated database with real migrations, in about a second.
 */
const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../../../..');
const cacheDir = path.join(repoRoot, 'node_modules/.cache/ohnet');

/** Changes whenever the migrations or seeds change, so a stale template is never reused. */
export function templateHash(): string {
  const h = createHash('sha256');
  for (const f of readdirSync(MIGRATIONS_FOLDER, { recursive: true }).map(String).sort()) {
    const p = path.join(MIGRATIONS_FOLDER, f);
    if (f.endsWith('.sql') || f.endsWith('.json')) h.update(f).update(readFileSync(p));
  }
  for (const f of ['regions.seed.ts', 'demo.seed.ts']) h.update(readFileSync(path.join(here, '../db/seed', f)));
  // monitoring (issue 5M): the demo seed calls these
  for (const f of ['monitoring.demo.ts', 'monitoring.simulation.ts']) h.update(readFileSync(path.join(here, '../modules/monitoring', f)));
  // plans (issue 7): the five demo plans are seeded into the template
  h.update(readFileSync(path.join(here, '../modules/indicators/plans.service.ts')));
  h.update(readFileSync(path.join(here, '../../../domain/src/plans/demo-plans.ts')));
  return h.digest('hex').slice(0, 16);
}

async function seedTemplate(database: Database): Promise<void> {
  await database.migrate();
  await seedRegions(database.db);
  await seedDemo(database.db);
  await seedDemoPlans(database.db);
}

function pgliteTemplatePath(): string {
  return path.join(cacheDir, `pglite-template-${templateHash()}.tar.gz`);
}

/** Builds the PGlite template dump if it is missing. */
export async function preparePgliteTemplate(): Promise<string> {
  const file = pgliteTemplatePath();
  if (existsSync(file)) return file;
  mkdirSync(cacheDir, { recursive: true });
  const database = await openDatabase({ kind: 'pglite', dataDir: null });
  try {
    await seedTemplate(database);
    const dump = await database.pglite!.dumpDataDir('gzip');
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, Buffer.from(await dump.arrayBuffer()));
    renameSync(tmp, file);
  } finally {
    await database.close();
  }
  return file;
}

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

function pgTemplateName(): string {
  return `ohnet_tpl_${templateHash()}`;
}

/** Builds the PostgreSQL template database if it is missing (serialised by an advisory lock). */
export async function preparePgTemplate(adminUrl: string): Promise<string> {
  const name = pgTemplateName();
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    await admin`select pg_advisory_lock(hashtext('ohnet.test_template'))`;
    const exists = await admin`select 1 from pg_database where datname = ${name}`;
    if (exists.length === 0) {
      await admin.unsafe(`create database "${name}"`);
      const database = await openDatabase({ kind: 'postgres', url: withDatabase(adminUrl, name), max: 2 });
      try {
        await seedTemplate(database);
      } catch (e) {
        await database.close();
        await admin.unsafe(`drop database if exists "${name}"`);
        throw e;
      }
      await database.close();
    }
    await admin`select pg_advisory_unlock(hashtext('ohnet.test_template'))`;
  } finally {
    await admin.end({ timeout: 5 });
  }
  return name;
}

/** Drops test databases and templates left by earlier runs (CI calls this for a clean start). */
export async function dropStaleTestDatabases(adminUrl: string): Promise<number> {
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    const rows = await admin`select datname from pg_database where datname like 'ohnet\\_t\\_%' or datname like 'ohnet\\_tpl\\_%'`;
    for (const r of rows) await admin.unsafe(`drop database if exists "${r.datname as string}" with (force)`);
    return rows.length;
  } finally {
    await admin.end({ timeout: 5 });
  }
}

/** A fresh database for one test file, cloned from the template. `close()` disposes of it. */
export async function createTestDatabase(): Promise<Database> {
  const url = process.env.DATABASE_URL;
  if (url) {
    const template = await preparePgTemplate(url);
    const name = `ohnet_t_${process.pid}_${randomBytes(4).toString('hex')}`;
    const admin = postgres(url, { max: 1, onnotice: () => {} });
    try {
      await admin.unsafe(`create database "${name}" template "${template}"`);
    } finally {
      await admin.end({ timeout: 5 });
    }
    const database = await openDatabase({ kind: 'postgres', url: withDatabase(url, name), max: 5 });
    return {
      ...database,
      close: async () => {
        await database.close();
        const a = postgres(url, { max: 1, onnotice: () => {} });
        try {
          await a.unsafe(`drop database if exists "${name}" with (force)`);
        } finally {
          await a.end({ timeout: 5 });
        }
      },
    };
  }
  const file = await preparePgliteTemplate();
  const blob = new Blob([readFileSync(file)]);
  return openDatabase({ kind: 'pglite', dataDir: null, loadDataDir: blob });
}
