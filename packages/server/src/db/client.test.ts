import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { eq, sql } from 'drizzle-orm';
import { testConfig } from '../config.ts';
import { organisations } from '../modules/organisations/organisations.table.ts';
import { openDatabase, queryRows } from './client.ts';
import { openAndPrepare } from './prepare.ts';

describe('database', () => {
  it('embedded PGlite: migrates, loads, and keeps data across a restart', { skip: Boolean(process.env.DATABASE_URL) }, async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ohnet-pglite-'));
    try {
      const config = testConfig({ database: { kind: 'pglite', dataDir: dir }, demo: true, regionProvinces: ['44'] });
      const first = await openAndPrepare(config);
      assert.ok(first.report.regionsLoaded > 1000);
      assert.equal(first.report.demoLoaded, true);
      await first.database.db.update(organisations).set({ contactName: '重启前写入' }).where(eq(organisations.name, '台山市卫生健康局'));
      await first.database.close();

      const second = await openAndPrepare(config);
      assert.equal(second.report.regionsLoaded, 0, 'regions are not loaded twice');
      assert.equal(second.report.demoLoaded, false, 'demo data is not loaded twice');
      const [row] = await second.database.db.select().from(organisations).where(eq(organisations.name, '台山市卫生健康局'));
      assert.equal(row?.contactName, '重启前写入');
      await second.database.close();

      // A wider region load later adds the provinces that were left out.
      const third = await openAndPrepare({ ...config, regionProvinces: ['44', '64'] });
      assert.ok(third.report.regionsLoaded > 0);
      const wz = await queryRows<{ n: number }>(third.database.db, sql`select count(*)::int as n from regions where code = '640300'`);
      assert.equal(wz[0]?.n, 1);
      await third.database.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('PostgreSQL: migrating twice (two processes starting) is safe', { skip: !process.env.DATABASE_URL }, async () => {
    // Runs against the per-file test database cloned by the harness would not exercise a fresh
    // migrate, so use a scratch schema-free database of its own.
    const url = new URL(process.env.DATABASE_URL!);
    const name = `ohnet_t_migrate_${process.pid}`;
    const admin = await openDatabase({ kind: 'postgres', url: url.toString(), max: 1 });
    await admin.db.execute(sql.raw(`drop database if exists "${name}"`));
    await admin.db.execute(sql.raw(`create database "${name}"`));
    url.pathname = `/${name}`;
    try {
      const a = await openDatabase({ kind: 'postgres', url: url.toString() });
      const b = await openDatabase({ kind: 'postgres', url: url.toString() });
      await Promise.all([a.migrate(), b.migrate()]);
      const rows = await queryRows<{ n: number }>(a.db, sql`select count(*)::int as n from information_schema.tables where table_name = 'audit_log'`);
      assert.equal(rows[0]?.n, 1);
      await a.close();
      await b.close();
    } finally {
      await admin.db.execute(sql.raw(`drop database if exists "${name}" with (force)`));
      await admin.close();
    }
  });
});
