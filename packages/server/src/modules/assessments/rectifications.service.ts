import { type SQL, and, asc, count, desc, eq, sql } from 'drizzle-orm';
import {
  type RectificationAction,
  type RectificationActorKind,
  type RectificationState,
  allowedRectificationActions,
  errors,
  isRectificationOverdue,
  rectificationTransition,
  todayCst,
} from '@ohnet/domain';
import { type Db, transaction } from '../../db/client.ts';
import { scopeCondition } from '../../platform/access/scope.sql.ts';
import { auditWho, writeAudit } from '../../platform/audit/audit.writer.ts';
import type { Ctx } from '../../platform/http/actor.ts';
import { organisations } from '../organisations/organisations.table.ts';
import type { HomeTodoProvider } from '../home/home.module.ts';
import type { UploadedFile } from './assessments.files.ts';
import { exceedanceAlerts, rectificationEvents, rectificationEvidence, rectificationTasks } from './assessments.table.ts';

const taskScope = { regionCode: rectificationTasks.regionCode, organisationIds: [rectificationTasks.employerId] };
const alertScope = { regionCode: exceedanceAlerts.regionCode, organisationIds: [exceedanceAlerts.employerId] };

type TaskRow = typeof rectificationTasks.$inferSelect;

function presentTask(t: TaskRow, employerName: string, asOf: string) {
  return {
    id: t.id,
    employerId: t.employerId,
    employerName,
    regionCode: t.regionCode,
    reportId: t.reportId,
    reportNumber: t.reportNumber,
    state: t.state,
    dueDate: t.dueDate,
    overdue: isRectificationOverdue(t, asOf),
    summary: t.summary,
    createdAt: t.createdAt.toISOString(),
    closedAt: t.closedAt?.toISOString() ?? null,
  };
}

/**
 * Exceedance alerts and rectification tasks: the employer uploads evidence, a health authority whose
 * region contains the employer closes the task or sends it back; the alert closes with the task.
 */
export function createRectificationsService(db: Db) {
  async function visibleTask(ctx: Ctx, id: string) {
    const [row] = await db
      .select({ t: rectificationTasks, employerName: organisations.name })
      .from(rectificationTasks)
      .innerJoin(organisations, eq(organisations.id, rectificationTasks.employerId))
      .where(and(eq(rectificationTasks.id, id), scopeCondition(ctx.actor.scope, taskScope)));
    if (!row) throw errors.notFound('rectification_task', id);
    return row;
  }

  function actorKind(ctx: Ctx, employerId: string): RectificationActorKind | null {
    if (ctx.actor.organisation.id === employerId && ctx.actor.permissions.has('rectification:evidence')) return 'employer';
    if (ctx.actor.organisation.type === 'health_authority' && ctx.actor.permissions.has('rectification:review')) return 'regulator';
    return null;
  }

  async function step(tx: Db, ctx: Ctx, t: TaskRow, action: RectificationAction, to: RectificationState, note: string | null) {
    const now = new Date();
    await tx
      .update(rectificationTasks)
      .set({ state: to, updatedAt: now, ...(to === 'closed' ? { closedAt: now } : {}) })
      .where(and(eq(rectificationTasks.employerId, t.employerId), eq(rectificationTasks.id, t.id)));
    if (to === 'closed') {
      await tx.update(exceedanceAlerts).set({ state: 'closed', closedAt: now }).where(and(eq(exceedanceAlerts.employerId, t.employerId), eq(exceedanceAlerts.taskId, t.id)));
    }
    await tx.insert(rectificationEvents).values({ employerId: t.employerId, taskId: t.id, action, fromState: t.state, toState: to, note, actorName: ctx.actor.displayName, actorOrganisationName: ctx.actor.organisation.name });
    await writeAudit(tx, auditWho(ctx), [{ action: `rectification.${action}`, entityType: 'rectification_task', entityId: t.id, regionCode: t.regionCode, changes: { state: { before: t.state, after: to } }, meta: note ? { note } : null }]);
  }

  const service = {
    async listAlerts(ctx: Ctx, q: { state?: 'open' | 'closed'; employerId?: string }) {
      const rows = await db
        .select({ a: exceedanceAlerts, employerName: organisations.name })
        .from(exceedanceAlerts)
        .innerJoin(organisations, eq(organisations.id, exceedanceAlerts.employerId))
        .where(and(scopeCondition(ctx.actor.scope, alertScope), q.state ? eq(exceedanceAlerts.state, q.state) : undefined, q.employerId ? eq(exceedanceAlerts.employerId, q.employerId) : undefined))
        .orderBy(desc(exceedanceAlerts.raisedAt))
        .limit(500);
      return rows.map(({ a, employerName }) => ({
        id: a.id,
        employerId: a.employerId,
        employerName,
        regionCode: a.regionCode,
        reportId: a.reportId,
        reportNumber: a.reportNumber,
        taskId: a.taskId,
        exceedingCount: a.exceedingCount,
        summary: a.summary,
        state: a.state,
        raisedAt: a.raisedAt.toISOString(),
        closedAt: a.closedAt?.toISOString() ?? null,
      }));
    },

    async list(ctx: Ctx, q: { state?: RectificationState; employerId?: string; overdue?: 'true' | 'false'; page: number; pageSize: number }) {
      const asOf = todayCst();
      const w: SQL | undefined = and(
        scopeCondition(ctx.actor.scope, taskScope),
        q.state ? eq(rectificationTasks.state, q.state) : undefined,
        q.employerId ? eq(rectificationTasks.employerId, q.employerId) : undefined,
        q.overdue === 'true' ? sql`${rectificationTasks.state} <> 'closed' and ${rectificationTasks.dueDate} < ${asOf}` : undefined,
      );
      const [rows, totals] = await Promise.all([
        db
          .select({ t: rectificationTasks, employerName: organisations.name })
          .from(rectificationTasks)
          .innerJoin(organisations, eq(organisations.id, rectificationTasks.employerId))
          .where(w)
          .orderBy(asc(rectificationTasks.dueDate), asc(rectificationTasks.id))
          .offset((q.page - 1) * q.pageSize)
          .limit(q.pageSize),
        db.select({ n: count() }).from(rectificationTasks).where(w),
      ]);
      return { items: rows.map((r) => presentTask(r.t, r.employerName, asOf)), total: Number(totals[0]?.n ?? 0), page: q.page, pageSize: q.pageSize };
    },

    async get(ctx: Ctx, id: string) {
      const { t, employerName } = await visibleTask(ctx, id);
      const [events, evidence] = await Promise.all([
        db.select().from(rectificationEvents).where(and(eq(rectificationEvents.employerId, t.employerId), eq(rectificationEvents.taskId, id))).orderBy(asc(rectificationEvents.at)),
        db
          .select({ id: rectificationEvidence.id, fileName: rectificationEvidence.fileName, contentType: rectificationEvidence.contentType, sizeBytes: rectificationEvidence.sizeBytes, note: rectificationEvidence.note, uploadedAt: rectificationEvidence.uploadedAt })
          .from(rectificationEvidence)
          .where(and(eq(rectificationEvidence.employerId, t.employerId), eq(rectificationEvidence.taskId, id)))
          .orderBy(asc(rectificationEvidence.uploadedAt)),
      ]);
      const kind = actorKind(ctx, t.employerId);
      return {
        ...presentTask(t, employerName, todayCst()),
        events: events.map((e) => ({ action: e.action, fromState: e.fromState, toState: e.toState, note: e.note, actorName: e.actorName, actorOrganisationName: e.actorOrganisationName, at: e.at.toISOString() })),
        evidence: evidence.map((e) => ({ ...e, uploadedAt: e.uploadedAt.toISOString() })),
        allowedActions: kind ? allowedRectificationActions(t.state, kind) : [],
      };
    },

    /** The employer uploads one evidence file; the task moves to evidence_submitted. */
    async submitEvidence(ctx: Ctx, id: string, upload: UploadedFile) {
      const { t } = await visibleTask(ctx, id);
      const kind = actorKind(ctx, t.employerId);
      if (kind !== 'employer') throw errors.forbidden('rectification.employer_only', '只有该用人单位可以上传整改材料');
      const r = rectificationTransition(t.state, 'submit_evidence', kind);
      if (!r.ok) throw r.error;
      await transaction(db, async (tx) => {
        await tx.insert(rectificationEvidence).values({ employerId: t.employerId, taskId: t.id, fileName: upload.fileName, contentType: upload.contentType, sizeBytes: upload.file.length, sha256: upload.sha256, content: upload.file, note: upload.note });
        await step(tx, ctx, t, 'submit_evidence', r.to, upload.note);
      });
      return service.get(ctx, id);
    },

    async act(ctx: Ctx, id: string, action: 'close' | 'reopen', reason?: string) {
      const { t } = await visibleTask(ctx, id);
      const kind = actorKind(ctx, t.employerId);
      if (!kind) throw errors.forbidden('rectification.action_forbidden', '您不能办理该整改任务');
      const r = rectificationTransition(t.state, action, kind, reason);
      if (!r.ok) throw r.error;
      await transaction(db, (tx) => step(tx, ctx, t, action, r.to, reason?.trim() || null));
      return service.get(ctx, id);
    },

    async evidenceFile(ctx: Ctx, id: string, evidenceId: string) {
      const { t } = await visibleTask(ctx, id);
      const [e] = await db.select().from(rectificationEvidence).where(and(eq(rectificationEvidence.employerId, t.employerId), eq(rectificationEvidence.taskId, id), eq(rectificationEvidence.id, evidenceId)));
      if (!e) throw errors.notFound('rectification_evidence', evidenceId);
      return e;
    },
  };
  return service;
}
export type RectificationsService = ReturnType<typeof createRectificationsService>;

/** Home to-dos: open alerts and tasks awaiting review (regulators), tasks to act on (employers). */
export function assessmentTodos(db: Db): HomeTodoProvider[] {
  const countTasks = async (ctx: Ctx, states: RectificationState[]) => {
    const [r] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(rectificationTasks)
      .where(and(sql`${rectificationTasks.state} in (${sql.join(states.map((s) => sql`${s}`), sql`, `)})`, scopeCondition(ctx.actor.scope, taskScope)));
    return Number(r?.n ?? 0);
  };
  const countAlerts = async (ctx: Ctx) => {
    const [r] = await db.select({ n: sql<number>`count(*)::int` }).from(exceedanceAlerts).where(and(eq(exceedanceAlerts.state, 'open'), scopeCondition(ctx.actor.scope, alertScope)));
    return Number(r?.n ?? 0);
  };
  return [
    { key: 'assessments.open_alerts', permission: 'rectification:read', severity: 'warning', href: '/rectifications?tab=alerts', count: countAlerts },
    { key: 'rectifications.to_review', permission: 'rectification:review', severity: 'warning', href: '/rectifications?state=evidence_submitted', count: (ctx) => countTasks(ctx, ['evidence_submitted']) },
    { key: 'rectifications.to_do', permission: 'rectification:evidence', severity: 'warning', href: '/rectifications?state=open', count: (ctx) => countTasks(ctx, ['open', 'reopened']) },
  ];
}
