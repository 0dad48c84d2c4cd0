import { randomUUID } from 'node:crypto';
import { and, eq, lt, sql } from 'drizzle-orm';
import { isOhnetError } from '@ohnet/domain';
import type { FastifyBaseLogger } from 'fastify';
import { type Db, queryRows } from '../../db/client.ts';
import type { Ctx } from '../http/actor.ts';
import { jobs } from './jobs.table.ts';

export interface JobContext<P> {
  jobId: string;
  payload: P;
  db: Db;
  /** Records progress (throttled writes); long handlers call it between chunks. */
  progress(done: number, total?: number): Promise<void>;
  /** Aborted when the runner stops: handlers should stop between chunks. */
  signal: AbortSignal;
}

/** A typed kind of background work. Handlers are passed to the runner explicitly (no registry by side effect). */
export interface JobHandler<P = unknown, R = unknown> {
  kind: string;
  run(ctx: JobContext<P>): Promise<R>;
}

export async function enqueueJob<P>(db: Db, kind: string, payload: P, ctx?: Ctx, opts: { maxAttempts?: number } = {}): Promise<string> {
  const [row] = await db
    .insert(jobs)
    .values({
      kind,
      payload: payload as unknown,
      maxAttempts: opts.maxAttempts ?? 3,
      createdBy: ctx?.actor.userId ?? null,
      organisationId: ctx?.actor.organisation.id ?? null,
      regionCode: ctx?.actor.organisation.regionCode ?? null,
    })
    .returning({ id: jobs.id });
  return row!.id;
}

/** Jobs whose worker stopped sending heartbeats are put back in the queue after this long. */
const STALE_MS = 5 * 60_000;

export interface JobRunner {
  /** Claims and runs jobs until none is ready; resolves when the queue is drained (used by tests). */
  drain(): Promise<number>;
  stop(): Promise<void>;
}

/**
 * Polls the queue and runs one job at a time per process. In embedded (PGlite) mode every query
 * shares the main thread, so handlers must work in chunks and report progress between them; the
 * request that enqueued the job has long returned.
 */
export function startJobRunner(opts: { db: Db; handlers: JobHandler[]; log?: FastifyBaseLogger; pollMs?: number; autoStart?: boolean }): JobRunner {
  const workerId = `${process.pid}-${randomUUID().slice(0, 8)}`;
  const handlers = new Map(opts.handlers.map((h) => [h.kind, h]));
  const controller = new AbortController();
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<unknown> = Promise.resolve();

  async function claim() {
    await opts.db
      .update(jobs)
      .set({ status: 'queued', lockedBy: null })
      .where(and(eq(jobs.status, 'running'), lt(jobs.heartbeatAt, new Date(Date.now() - STALE_MS))));
    const kinds = [...handlers.keys()];
    if (kinds.length === 0) return null;
    const rows = await queryRows<{ id: string }>(
      opts.db,
      sql`update jobs set status = 'running', locked_by = ${workerId}, heartbeat_at = now(), started_at = coalesce(started_at, now()), attempts = attempts + 1
          where id = (select id from jobs where status = 'queued' and run_after <= now() and kind in (${sql.join(kinds.map((k) => sql`${k}`), sql`, `)})
                      order by created_at for update skip locked limit 1)
          returning id`,
    );
    const id = rows[0]?.id;
    if (!id) return null;
    return (await opts.db.select().from(jobs).where(eq(jobs.id, id)))[0] ?? null;
  }

  async function runOne(): Promise<boolean> {
    const job = await claim();
    if (!job) return false;
    const handler = handlers.get(job.kind)!;
    let lastWrite = 0;
    const ctx: JobContext<unknown> = {
      jobId: job.id,
      payload: job.payload,
      db: opts.db,
      signal: controller.signal,
      async progress(done, total) {
        const now = Date.now();
        if (now - lastWrite < 250 && (total === undefined || done < total)) return;
        lastWrite = now;
        await opts.db
          .update(jobs)
          .set({ progressDone: done, ...(total === undefined ? {} : { progressTotal: total }), heartbeatAt: new Date() })
          .where(eq(jobs.id, job.id));
      },
    };
    try {
      const result = await handler.run(ctx);
      await opts.db.update(jobs).set({ status: 'succeeded', result: (result ?? null) as unknown, finishedAt: new Date(), lockedBy: null }).where(eq(jobs.id, job.id));
    } catch (err) {
      const error = isOhnetError(err) ? err.toBody() : { code: 'job.failed', message: err instanceof Error ? err.message : String(err) };
      // Domain errors (bad input) do not get better on retry; other failures are retried with back-off.
      const retry = !isOhnetError(err) && job.attempts < job.maxAttempts;
      opts.log?.warn({ err, jobId: job.id, kind: job.kind, retry }, 'job failed');
      await opts.db
        .update(jobs)
        .set(
          retry
            ? { status: 'queued', error, lockedBy: null, runAfter: new Date(Date.now() + 2 ** job.attempts * 1000) }
            : { status: 'failed', error, finishedAt: new Date(), lockedBy: null },
        )
        .where(eq(jobs.id, job.id));
    }
    return true;
  }

  async function loop() {
    if (controller.signal.aborted) return;
    try {
      while (!controller.signal.aborted && (await runOne()));
    } catch (err) {
      opts.log?.error({ err }, 'job runner error');
    }
    schedule();
  }

  /** The next poll; `running` lets stop() wait for a job in progress. */
  function schedule(): void {
    if (controller.signal.aborted) return;
    timer = setTimeout(() => {
      running = loop();
    }, opts.pollMs ?? 1000);
  }

  if (opts.autoStart !== false) schedule();

  return {
    async drain() {
      let n = 0;
      while (await runOne()) n++;
      return n;
    },
    async stop() {
      controller.abort();
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
