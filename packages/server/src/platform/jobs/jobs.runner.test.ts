import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { errors } from '@ohnet/domain';
import { createTestDatabase } from '../../testing/test-db.ts';
import type { Database } from '../../db/client.ts';
import { type JobHandler, enqueueJob, startJobRunner } from './jobs.runner.ts';
import { jobs } from './jobs.table.ts';

describe('job runner', () => {
  let database: Database;
  before(async () => {
    database = await createTestDatabase();
  });
  after(() => database.close());

  const row = async (id: string) => (await database.db.select().from(jobs).where(eq(jobs.id, id)))[0]!;

  it('runs a job, records progress and the result', async () => {
    const sum: JobHandler<{ n: number }, { total: number }> = {
      kind: 'test.sum',
      async run(ctx) {
        let total = 0;
        for (let i = 1; i <= ctx.payload.n; i++) {
          total += i;
          await ctx.progress(i, ctx.payload.n);
        }
        return { total };
      },
    };
    const runner = startJobRunner({ db: database.db, handlers: [sum as JobHandler], autoStart: false });
    const id = await enqueueJob(database.db, 'test.sum', { n: 4 });
    assert.equal(await runner.drain(), 1);
    const r = await row(id);
    assert.equal(r.status, 'succeeded');
    assert.deepEqual(r.result, { total: 10 });
    assert.equal(r.progressDone, 4);
    assert.equal(r.progressTotal, 4);
    await runner.stop();
  });

  it('retries an unexpected failure with back-off, but fails a domain error at once', async () => {
    let calls = 0;
    const flaky: JobHandler = {
      kind: 'test.flaky',
      async run() {
        calls++;
        throw new Error('disk full');
      },
    };
    const invalid: JobHandler = {
      kind: 'test.invalid',
      async run() {
        throw errors.invalid([{ path: 'rows.3.uscc', code: 'uscc.check_character', message: 'bad' }]);
      },
    };
    const runner = startJobRunner({ db: database.db, handlers: [flaky, invalid], autoStart: false });
    const a = await enqueueJob(database.db, 'test.flaky', {}, undefined, { maxAttempts: 2 });
    const b = await enqueueJob(database.db, 'test.invalid', {});
    await runner.drain();
    assert.equal((await row(a)).status, 'queued', 'requeued for a later attempt');
    assert.ok((await row(a)).runAfter > new Date());
    assert.equal((await row(b)).status, 'failed');
    assert.equal((await row(b)).error?.code, 'validation.failed');
    await database.db.update(jobs).set({ runAfter: new Date(0) }).where(eq(jobs.id, a));
    await runner.drain();
    const final = await row(a);
    assert.equal(final.status, 'failed');
    assert.equal(final.attempts, 2);
    assert.equal(final.error?.message, 'disk full');
    assert.equal(calls, 2);
    await runner.stop();
  });

  it('two runners never claim the same job', async () => {
    const seen: string[] = [];
    const slow: JobHandler = {
      kind: 'test.slow',
      async run(ctx) {
        seen.push(ctx.jobId);
        await new Promise((r) => setTimeout(r, 20));
        return null;
      },
    };
    const ids = await Promise.all(Array.from({ length: 6 }, () => enqueueJob(database.db, 'test.slow', {})));
    const r1 = startJobRunner({ db: database.db, handlers: [slow], autoStart: false });
    const r2 = startJobRunner({ db: database.db, handlers: [slow], autoStart: false });
    const [n1, n2] = await Promise.all([r1.drain(), r2.drain()]);
    assert.equal(n1 + n2, 6);
    assert.deepEqual([...seen].sort(), [...ids].sort());
    await r1.stop();
    await r2.stop();
  });

  it('leaves jobs of kinds it does not handle in the queue', async () => {
    const id = await enqueueJob(database.db, 'test.unknown-kind', {});
    const runner = startJobRunner({ db: database.db, handlers: [{ kind: 'test.other', run: async () => null }], autoStart: false });
    assert.equal(await runner.drain(), 0);
    assert.equal((await row(id)).status, 'queued');
    await runner.stop();
  });
});
