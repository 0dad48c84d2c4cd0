import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../db/client.ts';
import { type TestApp, createTestApp } from '../../testing/test-app.ts';
import { GENESIS_HASH, canonicalJson, diffChanges, verifyAuditChain, writeAuditNow } from './audit.writer.ts';

const who = { userId: null, username: 'test', organisationId: null, roles: ['system_admin'], requestId: 'req-1', ip: '127.0.0.1' };

describe('audit trail', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
  });
  after(() => t.close());

  it('canonical JSON sorts keys at every depth and drops undefined', () => {
    assert.equal(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: undefined } }), '{"a":{"d":[2,{"e":0,"f":1}]},"b":1}');
  });

  it('diffChanges keeps changed fields only and never the omitted ones', () => {
    assert.deepEqual(diffChanges({ a: 1, b: 'x', secret: 'p' }, { a: 1, b: 'y', secret: 'q' }, ['secret']), { b: { before: 'x', after: 'y' } });
    assert.deepEqual(diffChanges(null, { a: 1 }), { a: { before: null, after: 1 } });
  });

  it('chains entries from the genesis hash and verifies them', async () => {
    await writeAuditNow(t.db, who, [
      { action: 'test.one', entityType: 'thing', entityId: '1', changes: { name: { before: null, after: '甲' } } },
      { action: 'test.two', entityType: 'thing', entityId: '2', meta: { nested: { z: 1, a: [1, 2] } } },
    ]);
    const progress: [number, number][] = [];
    const result = await verifyAuditChain(t.db, 2, async (done, total) => {
      progress.push([done, total]);
    });
    assert.equal(result.ok, true);
    assert.deepEqual(progress.at(-1), [result.checked, result.checked], 'progress ends at total');
    assert.ok(progress.length >= 2, 'one report per page of 2');
    assert.ok(result.checked >= 3, 'seed entry + two');
    const first = await queryRows<{ prev_hash: string }>(t.db, sql`select prev_hash from audit_log order by seq asc limit 1`);
    assert.equal(first[0]?.prev_hash, GENESIS_HASH);
  });

  it('refuses UPDATE and DELETE at the database level', async () => {
    // Drizzle wraps the driver's error; the database's own message is the cause.
    const appendOnly = (e: unknown) => /append-only/.test(String((e as { cause?: Error }).cause?.message ?? e));
    await assert.rejects(t.db.execute(sql`update audit_log set action = 'x'`), appendOnly);
    await assert.rejects(t.db.execute(sql`delete from audit_log`), appendOnly);
  });

  it('detects an edit made around the trigger', async () => {
    await t.db.execute(sql`alter table audit_log disable trigger audit_log_no_update_delete`);
    await t.db.execute(sql`update audit_log set entity_id = '999' where action = 'test.one'`);
    await t.db.execute(sql`alter table audit_log enable trigger audit_log_no_update_delete`);
    const result = await verifyAuditChain(t.db);
    assert.equal(result.ok, false);
    assert.equal(result.firstBroken?.reason, 'hash_mismatch');
  });

  it('the verify endpoint runs as a job and reports the broken chain to the administrator who started it', async () => {
    const s = await t.login('admin');
    const res = await t.request(s, { method: 'POST', url: '/api/v1/audit-entries/verify' });
    assert.equal(res.statusCode, 202);
    const { jobId } = res.json();
    const queued = await t.request(s, { method: 'GET', url: `/api/v1/jobs/${jobId}` });
    assert.equal(queued.json().status, 'queued');
    assert.equal(await t.drainJobs(), 1);
    const done = (await t.request(s, { method: 'GET', url: `/api/v1/jobs/${jobId}` })).json();
    assert.equal(done.status, 'succeeded');
    assert.equal(done.result.ok, false);
    assert.equal(done.result.firstBroken.reason, 'hash_mismatch');
    // Another account cannot see the job.
    const other = await t.login('ts.weijian');
    assert.equal((await t.request(other, { method: 'GET', url: `/api/v1/jobs/${jobId}` })).statusCode, 404);
  });

  it('lists entries newest first with filters', async () => {
    const s = await t.login('admin');
    const res = await t.request(s, { method: 'GET', url: '/api/v1/audit-entries?action=auth.&pageSize=5' });
    assert.equal(res.statusCode, 200);
    const items = res.json().items as { action: string; seq: number }[];
    assert.ok(items.length >= 1 && items.every((i) => i.action.startsWith('auth.')));
    assert.ok(items.every((i, k) => k === 0 || items[k - 1]!.seq > i.seq));
    const none = await t.request(s, { method: 'GET', url: '/api/v1/audit-entries?from=2000-01-01&to=2000-01-02' });
    assert.equal(none.json().total, 0);
  });
});

describe('auditRead', () => {
  it('writes one read entry per entity, chained like every other entry', async () => {
    const t = await createTestApp();
    try {
      const { auditRead } = await import('./audit.writer.ts');
      const ctx = { actor: { userId: await t.userId('ts.weijian'), username: 'ts.weijian', organisation: { id: await t.orgId('台山市卫生健康局') }, roles: ['regulator'] }, requestId: 'r-9', ip: '10.0.0.1' } as never;
      await auditRead(t.db, ctx, 'worker', [{ id: 'w-1', regionCode: '440781111' }, { id: 'w-2', regionCode: '440781110' }], 'archive view');
      const rows = await queryRows<{ action: string; entity_id: string; meta: { purpose: string } }>(t.db, sql`select action, entity_id, meta from audit_log where action = 'worker.read' order by seq`);
      assert.deepEqual(rows.map((r) => r.entity_id), ['w-1', 'w-2']);
      assert.equal(rows[0]?.meta.purpose, 'archive view');
      assert.equal((await verifyAuditChain(t.db)).ok, true);
    } finally {
      await t.close();
    }
  });
});
