import { and, count, desc, eq, gte, ilike, lt } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client.ts';
import { scopeCondition } from '../../platform/access/scope.sql.ts';
import { ctxOf } from '../../platform/auth/auth.plugin.ts';
import { auditLog } from '../../platform/audit/audit.table.ts';
import { verifyAuditChain } from '../../platform/audit/audit.writer.ts';
import { JobAcceptedSchema } from '../../platform/jobs/jobs.module.ts';
import { type JobHandler, enqueueJob } from '../../platform/jobs/jobs.runner.ts';
import type { Ctx } from '../../platform/http/actor.ts';
import { PageQuerySchema, errorResponses, pageOf } from '../../platform/http/common.schemas.ts';
import { access } from '../../platform/http/route-access.ts';
import type { ZApp } from '../../platform/http/zod-app.ts';

/** The audit trail as administrators read it: filter, page, verify the hash chain. */
export const AuditEntrySchema = z
  .object({
    seq: z.number().int(),
    id: z.string(),
    occurredAt: z.string(),
    actorUserId: z.string().nullable(),
    actorUsername: z.string().nullable(),
    organisationId: z.string().nullable(),
    roles: z.array(z.string()),
    action: z.string(),
    entityType: z.string().nullable(),
    entityId: z.string().nullable(),
    regionCode: z.string().nullable(),
    requestId: z.string().nullable(),
    ip: z.string().nullable(),
    changes: z.record(z.string(), z.object({ before: z.unknown(), after: z.unknown() })).nullable(),
    meta: z.record(z.string(), z.unknown()).nullable(),
    hash: z.string(),
  })
  .meta({ id: 'AuditEntry' });

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');
export const AuditQuerySchema = PageQuerySchema.extend({
  action: z.string().max(64).optional().describe('Exact action, or a prefix ending in `.` (e.g. `auth.`)'),
  entityType: z.string().max(64).optional(),
  entityId: z.string().max(100).optional(),
  actorUsername: z.string().max(64).optional(),
  from: isoDate.optional().describe('On or after this date (UTC)'),
  to: isoDate.optional().describe('On or before this date (UTC)'),
}).strict();

export const ChainVerificationSchema = z
  .object({
    ok: z.boolean(),
    checked: z.number().int(),
    firstBroken: z.object({ seq: z.number().int(), reason: z.enum(['hash_mismatch', 'link_mismatch']) }).nullable(),
    lastHash: z.string(),
  })
  .meta({ id: 'ChainVerification' });

export function createAuditQueryService(db: Db) {
  return {
    async list(ctx: Ctx, q: z.infer<typeof AuditQuerySchema>) {
      const nextDay = (d: string) => new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000);
      const w = and(
        scopeCondition(ctx.actor.scope, { regionCode: auditLog.regionCode, organisationIds: [auditLog.organisationId] }),
        q.action ? (q.action.endsWith('.') ? ilike(auditLog.action, `${q.action}%`) : eq(auditLog.action, q.action)) : undefined,
        q.entityType ? eq(auditLog.entityType, q.entityType) : undefined,
        q.entityId ? eq(auditLog.entityId, q.entityId) : undefined,
        q.actorUsername ? eq(auditLog.actorUsername, q.actorUsername) : undefined,
        q.from ? gte(auditLog.occurredAt, new Date(`${q.from}T00:00:00Z`)) : undefined,
        q.to ? lt(auditLog.occurredAt, nextDay(q.to)) : undefined,
      );
      const [rows, totals] = await Promise.all([
        db.select().from(auditLog).where(w).orderBy(desc(auditLog.seq)).offset((q.page - 1) * q.pageSize).limit(q.pageSize),
        db.select({ n: count() }).from(auditLog).where(w),
      ]);
      return {
        items: rows.map((r) => ({ ...r, seq: Number(r.seq), occurredAt: r.occurredAt.toISOString(), roles: r.roles })),
        total: Number(totals[0]?.n ?? 0),
        page: q.page,
        pageSize: q.pageSize,
      };
    },
    /** Verification walks the whole trail: it runs as a background job, never on the request path. */
    verify: (ctx: Ctx) => enqueueJob(db, AUDIT_VERIFY_JOB, {}, ctx, { maxAttempts: 1 }),
  };
}

export const AUDIT_VERIFY_JOB = 'audit.verify';

export function auditVerifyJob(): JobHandler<Record<string, never>, z.infer<typeof ChainVerificationSchema>> {
  return {
    kind: AUDIT_VERIFY_JOB,
    run: (ctx) => verifyAuditChain(ctx.db, 5000, (done, total) => ctx.progress(done, total)),
  };
}
export type AuditQueryService = ReturnType<typeof createAuditQueryService>;

export function registerAuditRoutes(app: ZApp, service: AuditQueryService): void {
  const tags = ['audit'];
  app.get('/audit-entries', {
    config: { access: access.permission('audit:read') },
    schema: { tags, summary: '审计日志 Audit entries, newest first', querystring: AuditQuerySchema, response: { 200: pageOf(AuditEntrySchema).meta({ id: 'AuditEntryPage' }), ...errorResponses } },
    handler: (req) => service.list(ctxOf(req), req.query),
  });
  app.post('/audit-entries/verify', {
    config: { access: access.permission('audit:verify', { scoped: false }) },
    schema: {
      tags,
      summary: '校验哈希链 Start verifying the hash chain (poll GET /jobs/{jobId}; the result is a ChainVerification)',
      response: { 202: JobAcceptedSchema, ...errorResponses },
    },
    handler: async (req, reply) => reply.status(202).send({ jobId: await service.verify(ctxOf(req)) }),
  });
}
