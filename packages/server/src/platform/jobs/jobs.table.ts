import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, text, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';

export type JobStatus = 'queued' | 'running' | 'succeeded' | 'failed';

/**
 * Background jobs (imports, exports, recomputation), claimed with `FOR UPDATE SKIP LOCKED` so any
 * number of server processes can share one queue. Progress is written as the job runs.
 */
export const jobs = pgTable(
  'jobs',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    kind: varchar('kind', { length: 64 }).notNull(),
    status: varchar('status', { length: 16 }).notNull().$type<JobStatus>().default('queued'),
    payload: jsonb('payload').notNull().$type<unknown>(),
    result: jsonb('result').$type<unknown>(),
    error: jsonb('error').$type<{ code: string; message: string; details?: unknown } | null>(),
    progressDone: integer('progress_done').notNull().default(0),
    progressTotal: integer('progress_total'),
    attempts: integer('attempts').notNull().default(0),
    maxAttempts: integer('max_attempts').notNull().default(3),
    runAfter: timestamp('run_after', { withTimezone: true }).notNull().defaultNow(),
    lockedBy: varchar('locked_by', { length: 64 }),
    heartbeatAt: timestamp('heartbeat_at', { withTimezone: true }),
    createdBy: uuid('created_by'),
    organisationId: uuid('organisation_id'),
    regionCode: varchar('region_code', { length: 12 }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    startedAt: timestamp('started_at', { withTimezone: true }),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    note: text('note'),
  },
  (t) => [index('jobs_claim_idx').on(t.status, t.runAfter), index('jobs_created_by_idx').on(t.createdBy)],
);
