import { and, eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import { type DeclarationFilingKind, type DeclarationState, errors, nextDeclarationDue, todayCst } from '@ohnet/domain';
import type { Db } from '../../db/client.ts';
import { scopeCondition } from '../../platform/access/scope.sql.ts';
import { ctxOf } from '../../platform/auth/auth.plugin.ts';
import type { Ctx } from '../../platform/http/actor.ts';
import { UuidParamSchema, errorResponses } from '../../platform/http/common.schemas.ts';
import { access } from '../../platform/http/route-access.ts';
import type { ZApp } from '../../platform/http/zod-app.ts';
import type { EmployersService } from '../employers/employers.service.ts';
import { organisations } from '../organisations/organisations.table.ts';
import type { HomeTodoProvider } from '../home/home.module.ts';
import { declarations } from './declarations.table.ts';

const DueItemSchema = z.object({
  kind: z.string(),
  status: z.enum(['due', 'overdue', 'filed_pending_review', 'undeclared']),
  dueDate: z.string().nullable(),
  windowOpens: z.string().nullable(),
  overdue: z.boolean(),
  daysRemaining: z.number().int().nullable(),
  citation: z.string(),
  verified: z.boolean(),
});
export const DeclarationClockSchema = z
  .object({ asOf: z.string(), next: DueItemSchema.nullable(), lastAccepted: z.object({ kind: z.string(), acceptedOn: z.string() }).nullable() })
  .meta({ id: 'DeclarationClock' });
export const OverdueEmployerSchema = z
  .object({ employerId: z.string(), name: z.string(), regionCode: z.string(), status: z.enum(['overdue', 'undeclared']), dueDate: z.string().nullable(), lastAcceptedOn: z.string().nullable() })
  .meta({ id: 'OverdueEmployer' });

type History = { employerId: string; kind: DeclarationFilingKind; state: DeclarationState; submittedAt: Date | null; acceptedAt: Date | null };

function clockOf(history: History[], hasHazards: boolean, asOf: string) {
  return nextDeclarationDue({
    asOf,
    hasHazards,
    history: history.map((h) => ({ kind: h.kind, state: h.state, submittedOn: h.submittedAt ? todayCst(h.submittedAt) : null, acceptedOn: h.acceptedAt ? todayCst(h.acceptedAt) : null })),
  });
}

/**
 * Declaration clocks (职业病危害项目申报办法 and the annual-update rule, via the domain's legal clocks):
 * an employer's next deadline, and the employers a regulator must chase (overdue or never declared).
 */
export function createDeclarationClocks(db: Db, employersService: EmployersService) {
  async function historyOf(employerIds: string[]): Promise<History[]> {
    if (employerIds.length === 0) return [];
    return db
      .select({ employerId: declarations.employerId, kind: declarations.kind, state: declarations.state, submittedAt: declarations.submittedAt, acceptedAt: declarations.acceptedAt })
      .from(declarations)
      .where(inArray(declarations.employerId, employerIds));
  }

  return {
    async forEmployer(ctx: Ctx, employerId: string) {
      const e = await employersService.get(ctx, employerId);
      const hasHazards = e.posts.some((p) => p.isActive && p.hazards.some((h) => h.exposedCount > 0));
      const r = clockOf(await historyOf([employerId]), hasHazards, todayCst());
      const n = r.next;
      return {
        asOf: r.asOf,
        next: n ? { kind: n.kind, status: n.status, dueDate: n.dueDate, windowOpens: n.windowOpens, overdue: n.overdue, daysRemaining: n.daysRemaining, citation: n.citation, verified: n.verified } : null,
        lastAccepted: r.lastAccepted,
      };
    },

    /** Employers with hazards in the actor's scope whose declaration is overdue or missing. */
    async overdue(ctx: Ctx) {
      if (ctx.actor.scope.kind !== 'region' && ctx.actor.scope.kind !== 'all') throw errors.forbidden('scope.region_required', '仅辖区监管部门可查看逾期名单');
      const rows = await db
        .select({ id: organisations.id, name: organisations.name, regionCode: organisations.regionCode })
        .from(organisations)
        .where(
          and(
            eq(organisations.type, 'employer'),
            eq(organisations.isActive, true),
            scopeCondition(ctx.actor.scope, { regionCode: organisations.regionCode, organisationIds: [organisations.id] }),
            sql`exists (select 1 from "post_hazards" ph join "posts" p on p.employer_id = ph.employer_id and p.id = ph.post_id
                where p.employer_id = "organisations"."id" and p.is_active and ph.exposed_count > 0)`,
          ),
        );
      const history = await historyOf(rows.map((r) => r.id));
      const asOf = todayCst();
      const out: z.infer<typeof OverdueEmployerSchema>[] = [];
      for (const r of rows) {
        const clock = clockOf(history.filter((h) => h.employerId === r.id), true, asOf);
        const n = clock.next;
        if (n && (n.status === 'overdue' || n.status === 'undeclared')) {
          out.push({ employerId: r.id, name: r.name, regionCode: r.regionCode, status: n.status, dueDate: n.dueDate, lastAcceptedOn: clock.lastAccepted?.acceptedOn ?? null });
        }
      }
      return out.sort((a, b) => a.regionCode.localeCompare(b.regionCode) || a.name.localeCompare(b.name));
    },
  };
}
export type DeclarationClocks = ReturnType<typeof createDeclarationClocks>;

export function registerDeclarationClockRoutes(app: ZApp, clocks: DeclarationClocks): void {
  app.get('/employers/:id/declaration-clock', {
    config: { access: access.permission('declaration:read') },
    schema: { tags: ['declarations'], summary: '申报期限 The employer\'s next declaration deadline', params: UuidParamSchema, response: { 200: DeclarationClockSchema, ...errorResponses } },
    handler: (req) => clocks.forEmployer(ctxOf(req), req.params.id),
  });
  app.get('/declarations/overdue', {
    config: { access: access.permission('declaration:review', { scoped: false }) },
    schema: { tags: ['declarations'], summary: '逾期未申报名单 Employers with hazards whose declaration is overdue or missing (in scope)', response: { 200: z.array(OverdueEmployerSchema), ...errorResponses } },
    handler: (req) => clocks.overdue(ctxOf(req)),
  });
}

/** Home to-dos: the review queue for reviewers, returned declarations for employers. */
export function declarationTodos(db: Db): HomeTodoProvider[] {
  const countWhere = async (ctx: Ctx, state: DeclarationState) => {
    const [r] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(declarations)
      .where(and(eq(declarations.state, state), scopeCondition(ctx.actor.scope, { regionCode: declarations.regionCode, organisationIds: [declarations.employerId] })));
    return Number(r?.n ?? 0);
  };
  return [
    { key: 'declarations.review_queue', permission: 'declaration:review', severity: 'warning', href: '/declarations?state=submitted', count: (ctx) => countWhere(ctx, 'submitted') },
    { key: 'declarations.returned', permission: 'declaration:write', severity: 'warning', href: '/declarations?state=returned', count: (ctx) => countWhere(ctx, 'returned') },
    { key: 'declarations.drafts', permission: 'declaration:write', severity: 'info', href: '/declarations?state=draft', count: (ctx) => countWhere(ctx, 'draft') },
  ];
}
