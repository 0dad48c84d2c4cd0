import { type SQL, and, asc, count, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import {
  WARNING_ACTIVE_STATES,
  WARNING_SEVERITIES,
  WARNING_STATES,
  type WarningAction,
  allowedWarningActions,
  errors,
  hasPermission,
  regionScopePrefix,
  warningTransition,
} from '@ohnet/domain';
import type { z } from 'zod';
import { type Db, transaction } from '../../db/client.ts';
import { isUuid, regionWithinScope, scopeCondition } from '../../platform/access/scope.sql.ts';
import { auditWho, writeAudit } from '../../platform/audit/audit.writer.ts';
import type { Ctx } from '../../platform/http/actor.ts';
import { enqueueJob } from '../../platform/jobs/jobs.runner.ts';
import type { HomeTodoProvider } from '../home/home.module.ts';
import { organisations } from '../organisations/organisations.table.ts';
import type { RegionsService } from '../regions/regions.service.ts';
import { regions as regionsTable } from '../regions/regions.table.ts';
import { users } from '../users/users.table.ts';
import { WARNINGS_EVALUATE_JOB } from './warnings.evaluator.ts';
import type { AssignSchema, WarningListQuery } from './warnings.schemas.ts';
import { warningEvents, warnings } from './warnings.table.ts';

/** How a warning is placed for scoping: its region (regulators' subtree) and the employer it is about (the employer itself). */
export const warningScope = { regionCode: warnings.regionCode, organisationIds: [warnings.employerId] };

type WarningRow = typeof warnings.$inferSelect;
const ACTIVE = [...WARNING_ACTIVE_STATES] as string[];
const SEVERITY_ORDER = sql`case ${warnings.severity} when 'high' then 0 when 'medium' then 1 else 2 end`;

function present(w: WarningRow, employerName: string | null, assigneeName: string | null, regionName: string | null) {
  return {
    id: w.id,
    rule: w.rule,
    subjectKey: w.subjectKey,
    regionCode: w.regionCode,
    regionName,
    employerId: w.employerId,
    employerName,
    severity: w.severity,
    title: w.title,
    detail: w.detail,
    params: w.params,
    link: w.link,
    state: w.state,
    assigneeId: w.assigneeId,
    assigneeName,
    openedAt: w.openedAt.toISOString(),
    lastSeenAt: w.lastSeenAt.toISOString(),
    clearedAt: w.clearedAt?.toISOString() ?? null,
    closedAt: w.closedAt?.toISOString() ?? null,
  };
}

/**
 * The warning inbox: lists and counts in the reader's scope, the detail with its history, and the
 * lifecycle actions (domain `warningTransition`), each audited in its transaction.
 */
export function createWarningsService(db: Db, regions: RegionsService) {
  const assignee = sql<string | null>`(select display_name from users u where u.id = ${warnings.assigneeId})`;

  async function visible(ctx: Ctx, id: string) {
    if (!isUuid(id)) throw errors.notFound('warning', id);
    const [row] = await db
      .select({ w: warnings, employerName: organisations.name, assigneeName: assignee, regionName: regionsTable.fullName })
      .from(warnings)
      .leftJoin(organisations, eq(organisations.id, warnings.employerId))
      .leftJoin(regionsTable, and(eq(regionsTable.code, warnings.regionCode), isNull(regionsTable.validTo)))
      .where(and(eq(warnings.id, id), scopeCondition(ctx.actor.scope, warningScope)));
    if (!row) throw errors.notFound('warning', id);
    return row;
  }

  async function regionFilter(ctx: Ctx, regionCode: string | undefined): Promise<SQL | undefined> {
    if (!regionCode) return undefined;
    const level = await regions.levelOf(regionCode);
    if (!level) throw errors.invalid([{ path: 'querystring.regionCode', code: 'region.unknown', message: `行政区划代码${regionCode}不存在` }]);
    if (ctx.actor.scope.kind === 'region' && !regionWithinScope(ctx.actor.scope, regionCode)) {
      throw errors.forbidden('scope.region_outside', `行政区划${regionCode}不在您的管辖范围内`, { regionCode });
    }
    return sql`${warnings.regionCode} like ${`${regionScopePrefix(regionCode, level)}%`}`;
  }

  /** Accounts a warning may be assigned to: active, allowed to act on warnings, in the actor's organisation or region, and able to see the warning. */
  async function assigneeCandidates(ctx: Ctx, w: WarningRow) {
    const rows = await db
      .select({ id: users.id, displayName: users.displayName, roles: users.roles, organisationId: users.organisationId, organisationName: organisations.name, organisationType: organisations.type, regionCode: organisations.regionCode })
      .from(users)
      .innerJoin(organisations, eq(organisations.id, users.organisationId))
      .where(and(eq(users.isDisabled, false), eq(organisations.isActive, true), scopeCondition(ctx.actor.scope, { regionCode: organisations.regionCode, organisationIds: [organisations.id] })))
      .orderBy(asc(organisations.regionCode), asc(users.displayName));
    const out: { id: string; displayName: string; organisationName: string }[] = [];
    for (const r of rows) {
      if (!hasPermission(r.roles, 'warning:act')) continue;
      const level = await regions.levelOf(r.regionCode);
      if (!level || !w.regionCode.startsWith(regionScopePrefix(r.regionCode, level))) continue;
      out.push({ id: r.id, displayName: r.displayName, organisationName: r.organisationName });
    }
    return out;
  }

  async function step(ctx: Ctx, id: string, action: WarningAction, input: { comment?: string | null; assigneeId?: string | null }) {
    const { w } = await visible(ctx, id);
    const r = warningTransition(w.state, action, input);
    if (!r.ok) throw r.error;
    let assigneeName: string | null = null;
    if (action === 'assign') {
      const candidate = (await assigneeCandidates(ctx, w)).find((c) => c.id === input.assigneeId);
      if (!candidate) {
        throw errors.invalid([{ path: 'assigneeId', code: 'warning.assignee_invalid', message: '只能指派给本单位或辖区内有预警处置权限、且能看到该预警的用户' }]);
      }
      assigneeName = candidate.displayName;
    }
    const now = new Date();
    await transaction(db, async (tx) => {
      // The state is re-checked in the update, so two people acting at once cannot both succeed.
      const updated = await tx
        .update(warnings)
        .set({ state: r.to, updatedAt: now, ...(action === 'assign' ? { assigneeId: input.assigneeId! } : {}), ...(r.to === 'closed' ? { closedAt: now } : {}) })
        .where(and(eq(warnings.id, w.id), eq(warnings.state, w.state)))
        .returning({ id: warnings.id });
      if (updated.length === 0) throw errors.conflict('warning.invalid_transition', `The warning changed meanwhile; reload it`, { from: w.state, action });
      await tx.insert(warningEvents).values({
        warningId: w.id,
        action,
        fromState: w.state,
        toState: r.to,
        comment: r.comment,
        actorId: ctx.actor.userId,
        actorName: ctx.actor.displayName,
        actorOrganisationName: ctx.actor.organisation.name,
        assigneeId: action === 'assign' ? input.assigneeId! : null,
        assigneeName,
        at: now,
      });
      await writeAudit(tx, auditWho(ctx), [
        {
          action: `warning.${action}`,
          entityType: 'warning',
          entityId: w.id,
          regionCode: w.regionCode,
          changes: { state: { before: w.state, after: r.to }, ...(action === 'assign' ? { assigneeId: { before: w.assigneeId, after: input.assigneeId } } : {}) },
          meta: { rule: w.rule, subjectKey: w.subjectKey, ...(r.comment ? { comment: r.comment } : {}) },
        },
      ]);
    });
    return service.get(ctx, id);
  }

  const service = {
    async list(ctx: Ctx, q: WarningListQuery) {
      const where = and(
        scopeCondition(ctx.actor.scope, warningScope),
        q.state === 'active' ? inArray(warnings.state, ACTIVE as WarningRow['state'][]) : q.state ? eq(warnings.state, q.state) : undefined,
        q.severity ? eq(warnings.severity, q.severity) : undefined,
        q.rule ? eq(warnings.rule, q.rule) : undefined,
        q.employerId ? eq(warnings.employerId, q.employerId) : undefined,
        q.assignedToMe === 'true' ? eq(warnings.assigneeId, ctx.actor.userId) : undefined,
        await regionFilter(ctx, q.regionCode),
      );
      const [rows, totals] = await Promise.all([
        db
          .select({ w: warnings, employerName: organisations.name, assigneeName: assignee, regionName: regionsTable.fullName })
          .from(warnings)
          .leftJoin(organisations, eq(organisations.id, warnings.employerId))
      .leftJoin(regionsTable, and(eq(regionsTable.code, warnings.regionCode), isNull(regionsTable.validTo)))
          .where(where)
          .orderBy(sql`case when ${warnings.state} in ('open', 'acknowledged', 'assigned') then 0 else 1 end`, SEVERITY_ORDER, desc(warnings.lastSeenAt), asc(warnings.id))
          .offset((q.page - 1) * q.pageSize)
          .limit(q.pageSize),
        db.select({ n: count() }).from(warnings).where(where),
      ]);
      return { items: rows.map((r) => present(r.w, r.employerName, r.assigneeName, r.regionName)), total: Number(totals[0]?.n ?? 0), page: q.page, pageSize: q.pageSize };
    },

    async get(ctx: Ctx, id: string) {
      const { w, employerName, assigneeName, regionName } = await visible(ctx, id);
      const events = await db.select().from(warningEvents).where(eq(warningEvents.warningId, w.id)).orderBy(asc(warningEvents.at), asc(warningEvents.id));
      return {
        ...present(w, employerName, assigneeName, regionName),
        events: events.map((e) => ({ action: e.action, fromState: e.fromState, toState: e.toState, comment: e.comment, actorName: e.actorName, actorOrganisationName: e.actorOrganisationName, assigneeName: e.assigneeName, at: e.at.toISOString() })),
        allowedActions: ctx.actor.permissions.has('warning:act') ? allowedWarningActions(w.state) : [],
      };
    },

    async assignees(ctx: Ctx, id: string) {
      const { w } = await visible(ctx, id);
      return assigneeCandidates(ctx, w);
    },

    acknowledge: (ctx: Ctx, id: string, body: { comment?: string | null } | null | undefined) => step(ctx, id, 'acknowledge', { comment: body?.comment ?? null }),
    assign: (ctx: Ctx, id: string, body: z.infer<typeof AssignSchema>) => step(ctx, id, 'assign', { assigneeId: body.assigneeId, comment: body.comment ?? null }),
    close: (ctx: Ctx, id: string, body: { comment: string }) => step(ctx, id, 'close', { comment: body.comment }),

    async summary(ctx: Ctx) {
      const rows = await db
        .select({ state: warnings.state, severity: warnings.severity, n: count() })
        .from(warnings)
        .where(scopeCondition(ctx.actor.scope, warningScope))
        .groupBy(warnings.state, warnings.severity);
      const activeBySeverity = Object.fromEntries(WARNING_SEVERITIES.map((s) => [s, 0])) as Record<(typeof WARNING_SEVERITIES)[number], number>;
      const byState = Object.fromEntries(WARNING_STATES.map((s) => [s, 0])) as Record<(typeof WARNING_STATES)[number], number>;
      for (const r of rows) {
        byState[r.state] += Number(r.n);
        if (ACTIVE.includes(r.state)) activeBySeverity[r.severity] += Number(r.n);
      }
      const [mine] = await db
        .select({ n: count() })
        .from(warnings)
        .where(and(eq(warnings.assigneeId, ctx.actor.userId), eq(warnings.state, 'assigned'), scopeCondition(ctx.actor.scope, warningScope)));
      return { activeBySeverity, byState, assignedToMe: Number(mine?.n ?? 0) };
    },

    /** Queues an evaluation now (202 with the job; the caller polls /jobs/:id). */
    async startEvaluation(ctx: Ctx) {
      const jobId = await enqueueJob(db, WARNINGS_EVALUATE_JOB, { requestedBy: ctx.actor.userId }, ctx, { maxAttempts: 2 });
      return { jobId };
    },
  };
  return service;
}
export type WarningsService = ReturnType<typeof createWarningsService>;

/** Home to-dos: warnings nobody has taken up yet (handlers), and those assigned to me; readers see the open ones. */
export function warningTodos(db: Db): HomeTodoProvider[] {
  const countWhere = async (ctx: Ctx, extra: SQL) => {
    const [r] = await db.select({ n: count() }).from(warnings).where(and(extra, isNull(warnings.clearedAt), scopeCondition(ctx.actor.scope, warningScope)));
    return Number(r?.n ?? 0);
  };
  return [
    { key: 'warnings.open', permission: 'warning:read', severity: 'warning', href: '/warnings?state=open', count: (ctx) => countWhere(ctx, eq(warnings.state, 'open')) },
    { key: 'warnings.assigned_to_me', permission: 'warning:act', severity: 'warning', href: '/warnings?assignedToMe=true', count: (ctx) => countWhere(ctx, and(eq(warnings.state, 'assigned'), eq(warnings.assigneeId, ctx.actor.userId))!) },
  ];
}
