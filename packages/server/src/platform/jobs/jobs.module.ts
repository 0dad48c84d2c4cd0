import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { errors } from '@ohnet/domain';
import type { Db } from '../../db/client.ts';
import { ctxOf } from '../auth/auth.plugin.ts';
import type { Ctx } from '../http/actor.ts';
import { UuidParamSchema, errorResponses } from '../http/common.schemas.ts';
import { access } from '../http/route-access.ts';
import type { ZApp } from '../http/zod-app.ts';
import { jobs } from './jobs.table.ts';

export const JobSchema = z
  .object({
    id: z.string(),
    kind: z.string(),
    status: z.enum(['queued', 'running', 'succeeded', 'failed']),
    progressDone: z.number().int(),
    progressTotal: z.number().int().nullable(),
    result: z.unknown().nullable(),
    error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }).nullable(),
    attempts: z.number().int(),
    createdAt: z.string(),
    startedAt: z.string().nullable(),
    finishedAt: z.string().nullable(),
  })
  .meta({ id: 'Job' });
export type JobDto = z.infer<typeof JobSchema>;

export const JobAcceptedSchema = z.object({ jobId: z.string() }).meta({ id: 'JobAccepted' });

/** A job is visible to the account that started it (its payload and result are that user's work). */
export function createJobsService(db: Db) {
  return {
    async get(ctx: Ctx, id: string): Promise<JobDto> {
      const [row] = await db
        .select()
        .from(jobs)
        .where(and(eq(jobs.id, id), eq(jobs.createdBy, ctx.actor.userId)));
      if (!row) throw errors.notFound('job', id);
      return {
        id: row.id,
        kind: row.kind,
        status: row.status,
        progressDone: row.progressDone,
        progressTotal: row.progressTotal,
        result: row.result ?? null,
        error: row.error ?? null,
        attempts: row.attempts,
        createdAt: row.createdAt.toISOString(),
        startedAt: row.startedAt?.toISOString() ?? null,
        finishedAt: row.finishedAt?.toISOString() ?? null,
      };
    },
  };
}
export type JobsService = ReturnType<typeof createJobsService>;

export function registerJobRoutes(app: ZApp, service: JobsService): void {
  app.get('/jobs/:id', {
    config: { access: access.authenticated },
    schema: { tags: ['jobs'], summary: '后台任务进度 Status and progress of a job you started', params: UuidParamSchema, response: { 200: JobSchema, ...errorResponses } },
    handler: (req) => service.get(ctxOf(req), req.params.id),
  });
}
