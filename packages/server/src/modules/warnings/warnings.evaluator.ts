import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import { type WarningCondition, type WarningRule, WARNING_RULE_NAMES_ZH, reconcileWarnings, todayCst } from '@ohnet/domain';
import { type Db, queryRows, transaction } from '../../db/client.ts';
import { writeAudit } from '../../platform/audit/audit.writer.ts';
import type { Ctx } from '../../platform/http/actor.ts';
import { type JobHandler, enqueueJob } from '../../platform/jobs/jobs.runner.ts';
import { jobs } from '../../platform/jobs/jobs.table.ts';
import { organisations } from '../organisations/organisations.table.ts';
import type { WarningRuleProvider } from './warnings.providers.ts';
import { warningEvents, warnings } from './warnings.table.ts';

export const WARNINGS_EVALUATE_JOB = 'warnings.evaluate';

/**
 * The context providers get: it sees the whole installation (the evaluator places warnings by
 * region and employer; the inbox applies each reader's scope). It holds no permission and is never
 * a session, so it cannot reach a route.
 */
export function evaluatorCtx(): Ctx {
  return {
    requestId: 'warnings.evaluate',
    ip: null,
    actor: {
      userId: '00000000-0000-0000-0000-000000000000',
      username: 'system',
      displayName: '预警评估',
      roles: [],
      permissions: new Set(),
      organisation: { id: '00000000-0000-0000-0000-000000000000', type: 'platform_operator', name: 'OHNet', regionCode: '', regionLevel: 'province' },
      workerId: null,
      scope: { kind: 'all' },
      sessionIdHash: '',
      csrfToken: '',
      mustChangePassword: false,
    },
  };
}

const str = (v: unknown) => (v === null || v === undefined || v === '' ? '—' : String(v));

/** Chinese title and detail of a condition (stored with the warning; the web app renders `params` with its own texts). */
export function warningText(c: WarningCondition, employerName: string | null): { title: string; detail: string } {
  const p = c.params;
  const title = `${WARNING_RULE_NAMES_ZH[c.rule]}：${employerName ?? c.regionCode}`;
  switch (c.rule) {
    case 'assessment_exceedance':
      return { title, detail: `检测报告${str(p.reportNumber)}有${str(p.exceedingCount)}个超标点：${str(p.summary)}` };
    case 'rectification_open':
      return { title, detail: `报告${str(p.reportNumber)}的整改任务（${str(p.state)}）期限${str(p.dueDate)}${Number(p.daysOverdue) > 0 ? `，已逾期${str(p.daysOverdue)}天` : ''}` };
    case 'suspected_od_cluster':
      return { title, detail: `${str(p.from)}至${str(p.to)}报告疑似职业病${str(p.count)}例（${str(p.diseases)}）` };
    case 'declaration_overdue':
      return { title, detail: p.status === 'undeclared' ? '存在职业病危害因素但从未申报' : `申报应于${str(p.dueDate)}前完成，上次受理${str(p.lastAcceptedOn)}` };
    case 'periodic_testing_overdue':
      return { title, detail: p.status === 'never_tested' ? '存在职业病危害因素但从未开展定期检测' : `定期检测应于${str(p.dueDate)}前完成，已逾期${str(p.daysOverdue)}天（上次${str(p.lastTestedOn)}）` };
    case 'exam_overdue':
      return { title, detail: `${str(p.workers)}名劳动者共${str(p.items)}项职业健康检查逾期，最早应检日期${str(p.oldestDueDate)}` };
    case 'monitoring_alert':
      return { title, detail: `${str(p.deviceCode)}（${str(p.factorName)}）${p.kind === 'limit' ? '超过限值' : '超过行动水平'}${str(p.threshold)}${str(p.unit)}，峰值${str(p.peakValue)}` };
    case 'indicator_off_track':
      return { title, detail: `${str(p.indicatorName)}当前${str(p.value)}，目标${str(p.target)}` };
  }
}

export interface EvaluationResult {
  asOf: string;
  conditions: number;
  opened: number;
  updated: number;
  cleared: number;
  byRule: Record<string, number>;
}

/**
 * Runs every provider, then opens, refreshes and clears warnings in one transaction (domain
 * `reconcileWarnings`): one warning per rule + subject while its condition persists. Only the rules
 * whose provider ran are cleared, so a rule nobody provides keeps its warnings. Serialised by an
 * advisory lock, so two evaluations never open the same warning twice.
 */
export async function evaluateWarnings(db: Db, providers: readonly WarningRuleProvider[], opts: { now?: Date; requestedBy?: string | null } = {}): Promise<EvaluationResult> {
  const now = opts.now ?? new Date();
  const asOf = todayCst(now);
  const ctx = evaluatorCtx();
  const conditions: WarningCondition[] = [];
  // One provider at a time: in embedded mode every query shares the thread with the requests.
  for (const p of providers) conditions.push(...(await p.conditions({ asOf, ctx })));
  const rules = [...new Set(providers.map((p) => p.rule))] as WarningRule[];
  const employerIds = [...new Set(conditions.map((c) => c.employerId).filter((e): e is string => e !== null))];
  const names = new Map<string, string>();
  for (let i = 0; i < employerIds.length; i += 1000) {
    const rows = await db.select({ id: organisations.id, name: organisations.name }).from(organisations).where(inArray(organisations.id, employerIds.slice(i, i + 1000)));
    for (const r of rows) names.set(r.id, r.name);
  }
  const byRule: Record<string, number> = {};
  for (const c of conditions) byRule[c.rule] = (byRule[c.rule] ?? 0) + 1;

  return transaction(db, async (tx) => {
    await queryRows(tx, sql`select pg_advisory_xact_lock(hashtext(${WARNINGS_EVALUATE_JOB}))::text as locked`);
    const current = rules.length
      ? await tx
          .select({ id: warnings.id, rule: warnings.rule, subjectKey: warnings.subjectKey, state: warnings.state, severity: warnings.severity, params: warnings.params, link: warnings.link, regionCode: warnings.regionCode })
          .from(warnings)
          .where(and(isNull(warnings.clearedAt), inArray(warnings.rule, rules)))
      : [];
    const plan = reconcileWarnings(
      current.map((w) => ({ ...w, clearedAt: null })),
      conditions,
    );
    const byId = new Map(current.map((w) => [w.id, w]));

    if (plan.open.length > 0) {
      for (let i = 0; i < plan.open.length; i += 500) {
        const chunk = plan.open.slice(i, i + 500);
        const inserted = await tx
          .insert(warnings)
          .values(
            chunk.map((c) => ({
              rule: c.rule,
              subjectKey: c.subjectKey,
              regionCode: c.regionCode,
              employerId: c.employerId,
              severity: c.severity,
              ...warningText(c, c.employerId ? (names.get(c.employerId) ?? null) : null),
              params: c.params,
              link: c.link,
              state: 'open' as const,
              openedAt: now,
              lastSeenAt: now,
              updatedAt: now,
            })),
          )
          .returning({ id: warnings.id });
        await tx.insert(warningEvents).values(inserted.map((w) => ({ warningId: w.id, action: 'opened' as const, fromState: null, toState: 'open' as const, at: now })));
      }
    }

    const seenIds = plan.update.map((u) => u.id);
    for (let i = 0; i < seenIds.length; i += 1000) {
      await tx.update(warnings).set({ lastSeenAt: now }).where(inArray(warnings.id, seenIds.slice(i, i + 1000)));
    }
    // Content changes (severity, figures, link) are applied while someone still has to act on the warning.
    for (const u of plan.update) {
      if (u.isClosed) continue;
      const w = byId.get(u.id)!;
      const c = u.condition;
      if (w.severity === c.severity && w.link === c.link && w.regionCode === c.regionCode && JSON.stringify(w.params) === JSON.stringify(c.params)) continue;
      await tx
        .update(warnings)
        .set({ severity: c.severity, params: c.params, link: c.link, regionCode: c.regionCode, ...warningText(c, c.employerId ? (names.get(c.employerId) ?? null) : null), updatedAt: now })
        .where(eq(warnings.id, u.id));
    }

    for (const c of plan.clear) {
      const w = byId.get(c.id)!;
      await tx.update(warnings).set({ clearedAt: now, state: c.toState, updatedAt: now }).where(eq(warnings.id, c.id));
      await tx.insert(warningEvents).values({ warningId: c.id, action: 'cleared', fromState: w.state, toState: c.toState, at: now });
    }

    const result: EvaluationResult = { asOf, conditions: conditions.length, opened: plan.open.length, updated: plan.update.length, cleared: plan.clear.length, byRule };
    await writeAudit(tx, { userId: opts.requestedBy ?? null, username: 'system', organisationId: null, roles: [], requestId: null, ip: null }, [
      { action: 'warning.evaluate', entityType: 'warning', meta: { ...result, rules } },
    ]);
    return result;
  });
}

export function warningsEvaluateJob(providers: readonly WarningRuleProvider[]): JobHandler<{ requestedBy?: string | null }, EvaluationResult> {
  return { kind: WARNINGS_EVALUATE_JOB, run: ({ db, payload }) => evaluateWarnings(db, providers, { requestedBy: payload?.requestedBy ?? null }) };
}

/** Queues an evaluation unless one is already waiting; main.ts calls it at start and every 15 minutes. */
export async function scheduleWarningEvaluation(db: Db, log?: FastifyBaseLogger): Promise<void> {
  try {
    const [waiting] = await db.select({ id: jobs.id }).from(jobs).where(and(eq(jobs.kind, WARNINGS_EVALUATE_JOB), eq(jobs.status, 'queued')));
    if (!waiting) await enqueueJob(db, WARNINGS_EVALUATE_JOB, {});
  } catch (err) {
    log?.warn({ err }, 'warning evaluation could not be scheduled');
  }
}
