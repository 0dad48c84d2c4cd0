import { and, eq, lt, sql } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import type { Config } from '../../config.ts';
import { type Db, queryRows } from '../../db/client.ts';
import { type JobHandler, enqueueJob } from '../../platform/jobs/jobs.runner.ts';
import { jobs } from '../../platform/jobs/jobs.table.ts';
import { retentionCutoff } from './monitoring.service.ts';
import { sensorAggregates, sensorReadings } from './monitoring.table.ts';

export const MONITORING_RETENTION_JOB = 'monitoring.retention';

/**
 * Reduces raw readings older than the retention period (MONITORING_RAW_RETENTION_DAYS) to their
 * 15-minute aggregates and deletes them. Aggregates are normally written at ingestion; any
 * quarter-hour still without one is aggregated here first (energy mean for noise), so nothing is
 * lost. Idempotent: a second run finds nothing to do. Ingestion refuses readings before the same
 * cut-off, so a reduced quarter-hour never changes again.
 */
export async function reduceOldReadings(db: Db, config: Pick<Config, 'monitoring'>, now: Date): Promise<{ cutoff: string; aggregated: number; reduced: number; deleted: number }> {
  const cutoff = retentionCutoff(config, now);
  const aggregated = await queryRows<{ n: number }>(
    db,
    sql`with ins as (
          insert into sensor_aggregates (device_id, bucket_start, count, mean, min, max)
          select r.device_id, to_timestamp(floor(extract(epoch from r.ts) / 900) * 900) as b, count(*)::int,
                 case when d.factor_kind = 'noise' then 10 * log(avg(power(10::double precision, r.value / 10))) else avg(r.value) end,
                 min(r.value), max(r.value)
          from sensor_readings r join sensor_devices d on d.id = r.device_id
          where r.ts < ${cutoff.toISOString()}::timestamptz
          group by r.device_id, d.factor_kind, b
          on conflict (device_id, bucket_start) do nothing
          returning 1)
        select count(*)::int as n from ins`,
  );
  const reduced = await db
    .update(sensorAggregates)
    .set({ isReduced: true })
    .where(and(lt(sensorAggregates.bucketStart, cutoff), eq(sensorAggregates.isReduced, false)))
    .returning({ b: sensorAggregates.bucketStart });
  const deleted = await db.delete(sensorReadings).where(lt(sensorReadings.ts, cutoff)).returning({ ts: sensorReadings.ts });
  return { cutoff: cutoff.toISOString(), aggregated: Number(aggregated[0]?.n ?? 0), reduced: reduced.length, deleted: deleted.length };
}

export function monitoringRetentionJob(config: Pick<Config, 'monitoring'>, now: () => Date = () => new Date()): JobHandler<Record<string, never>, Awaited<ReturnType<typeof reduceOldReadings>>> {
  return { kind: MONITORING_RETENTION_JOB, run: ({ db }) => reduceOldReadings(db, config, now()) };
}

/** Queues the retention job unless one is already waiting; main.ts calls it at start and every 6 hours. */
export async function scheduleMonitoringRetention(db: Db, log?: FastifyBaseLogger): Promise<void> {
  try {
    const [waiting] = await db.select({ id: jobs.id }).from(jobs).where(and(eq(jobs.kind, MONITORING_RETENTION_JOB), sql`${jobs.status} in ('queued', 'running')`));
    if (!waiting) await enqueueJob(db, MONITORING_RETENTION_JOB, {});
  } catch (err) {
    log?.warn({ err }, 'monitoring retention could not be scheduled');
  }
}
