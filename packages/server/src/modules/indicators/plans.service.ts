import { eq, inArray } from 'drizzle-orm';
import {
  DEMO_PLANS,
  type Plan,
  type PlanBaseline,
  type PlanEntry,
  type PlanTarget,
  assertValidPlan,
  errors,
  impliedAncestorCodes,
  todayCst,
} from '@ohnet/domain';
import { type Db, transaction } from '../../db/client.ts';
import { regionWithinScope } from '../../platform/access/scope.sql.ts';
import { auditWho, diffChanges, writeAudit } from '../../platform/audit/audit.writer.ts';
import type { Ctx } from '../../platform/http/actor.ts';
import type { RegionsService } from '../regions/regions.service.ts';
import type { IndicatorsService } from './indicators.service.ts';
import { plans } from './indicators.table.ts';

type PlanRow = typeof plans.$inferSelect;

function toPlan(r: PlanRow): Plan {
  return {
    id: r.id,
    regionCode: r.regionCode,
    regionName: r.regionName,
    name: r.name,
    period: { startYear: r.startYear, endYear: r.endYear },
    status: r.status,
    evaluations: r.evaluations,
    entries: r.entries,
    source: r.source,
  };
}

function present(r: PlanRow) {
  return { id: r.id, regionCode: r.regionCode, regionName: r.regionName, name: r.name, startYear: r.startYear, endYear: r.endYear, status: r.status, evaluations: r.evaluations, source: r.source, version: r.version, updatedAt: r.updatedAt.toISOString() };
}

/** Loads the five demo plans of shared/seeds (idempotent). */
export async function seedDemoPlans(db: Db): Promise<number> {
  const existing = new Set((await db.select({ id: plans.id }).from(plans)).map((p) => p.id));
  const missing = DEMO_PLANS.filter((p) => !existing.has(p.id));
  if (missing.length === 0) return 0;
  await db.insert(plans).values(
    missing.map((p) => ({
      id: p.id,
      regionCode: p.regionCode,
      regionName: p.regionName,
      name: p.name,
      startYear: p.period.startYear,
      endYear: p.period.endYear,
      status: p.status,
      evaluations: [...p.evaluations],
      entries: [...p.entries],
      source: p.source,
    })),
  );
  return missing.length;
}

/**
 * Plans (职业病防治规划) and their evaluation against the indicator values. A regulator reads the
 * plans of its region subtree and of the regions above it (a county follows its city's and
 * province's plans), and edits only plans of its own subtree.
 */
export function createPlansService(db: Db, indicators: IndicatorsService, regionsService: RegionsService) {
  function readable(ctx: Ctx, regionCode: string): boolean {
    const scope = ctx.actor.scope;
    if (regionWithinScope(scope, regionCode)) return true;
    return scope.kind === 'region' && impliedAncestorCodes(scope.regionCode).includes(regionCode);
  }

  async function load(ctx: Ctx, id: string): Promise<PlanRow> {
    const [row] = await db.select().from(plans).where(eq(plans.id, id));
    if (!row || !readable(ctx, row.regionCode)) throw errors.notFound('plan', id);
    return row;
  }

  async function evaluate(row: PlanRow, asOf: string) {
    const plan = toPlan(row);
    const { values, cells } = await indicators.planValues(plan, asOf);
    const evaluated = indicators.evaluatePlan(plan, values, asOf);
    return {
      plan: present(row),
      asOf,
      entries: evaluated.map((e) => {
        const cell = e.value?.source === 'computed' ? cells.get(`${e.entry.indicatorId}|${e.regionCode}`) : undefined;
        return {
          indicatorId: e.entry.indicatorId,
          number: e.entry.number,
          nameAsWritten: e.entry.nameAsWritten,
          baseline: e.entry.baseline,
          target: e.entry.target,
          attribute: e.entry.attribute,
          note: e.entry.note,
          regionCode: e.regionCode,
          definition: e.definition ? { nameZh: e.definition.nameZh, nameEn: e.definition.nameEn, unit: e.definition.unit, computedBy: indicators.engine.provider(e.definition.id) ? e.definition.computedBy : null } : null,
          value: e.value ? { value: e.value.value, numerator: cell?.numerator ?? null, denominator: cell?.denominator ?? null, source: e.value.source, sourceNote: e.value.sourceNote, asOf: e.value.asOf } : null,
          status: e.assessment.status,
          expected: e.assessment.expected,
          tolerance: e.assessment.tolerance,
          basis: e.assessment.basis,
          rule: e.assessment.rule,
        };
      }),
    };
  }

  function asOfOr(asOf: string | undefined): string {
    const d = asOf ?? todayCst();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(d) || Number.isNaN(Date.parse(d))) throw errors.invalid([{ path: 'querystring.asOf', code: 'plan.date_invalid', message: 'asOf须为YYYY-MM-DD' }]);
    return d;
  }

  return {
    async list(ctx: Ctx, q: { regionCode?: string }) {
      const all = await db.select().from(plans).orderBy(plans.regionCode);
      return { items: all.filter((p) => readable(ctx, p.regionCode) && (!q.regionCode || p.regionCode.startsWith(q.regionCode.replace(/0+$/, '')) || impliedAncestorCodes(q.regionCode).includes(p.regionCode))).map(present) };
    },

    async get(ctx: Ctx, id: string, q: { asOf?: string }) {
      return evaluate(await load(ctx, id), asOfOr(q.asOf));
    },

    /** For report generation: the row and its evaluation. */
    async evaluation(ctx: Ctx, id: string, asOf?: string) {
      const row = await load(ctx, id);
      return { row, ...(await evaluate(row, asOfOr(asOf))) };
    },

    /** The plan a region follows: its own, else the nearest ancestor's (null when none). */
    async nearest(ctx: Ctx, regionCode: string, asOf: string) {
      const chain = [regionCode, ...impliedAncestorCodes(regionCode).reverse()];
      const found = await db.select().from(plans).where(inArray(plans.regionCode, chain));
      for (const code of chain) {
        const row = found.find((p) => p.regionCode === code && readable(ctx, p.regionCode));
        if (row) return evaluate(row, asOf);
      }
      return null;
    },

    async updateEntry(ctx: Ctx, id: string, indicatorId: string, patch: { baseline?: PlanBaseline | null; target?: PlanTarget; note?: string | null; expectedVersion?: number }) {
      const row = await load(ctx, id);
      if (!regionWithinScope(ctx.actor.scope, row.regionCode)) throw errors.forbidden('plan.outside_region', `规划${row.name}不属于您的管辖区域，不能修改`, { planId: id });
      if (patch.expectedVersion !== undefined && patch.expectedVersion !== row.version) throw errors.conflict('plan.version_conflict', `规划已被他人修改（当前版本${row.version}），请刷新后重试`, { version: row.version });
      const index = row.entries.findIndex((e) => e.indicatorId === indicatorId);
      if (index < 0) throw errors.notFound('plan_entry', indicatorId);
      const before = row.entries[index]!;
      const after: PlanEntry = {
        ...before,
        ...(patch.baseline !== undefined ? { baseline: patch.baseline } : {}),
        ...(patch.target !== undefined ? { target: patch.target } : {}),
        ...(patch.note !== undefined ? { note: patch.note } : {}),
      };
      const entries = row.entries.map((e, i) => (i === index ? after : e));
      // The whole plan is validated again: the domain knows the units, ranges and operators.
      assertValidPlan({ ...toPlan(row), entries });
      await transaction(db, async (tx) => {
        await tx.update(plans).set({ entries, version: row.version + 1, updatedBy: ctx.actor.userId, updatedAt: new Date() }).where(eq(plans.id, id));
        await writeAudit(tx, auditWho(ctx), [
          {
            action: 'plan.entry_update',
            entityType: 'plan',
            entityId: id,
            regionCode: row.regionCode,
            changes: diffChanges({ baseline: before.baseline, target: before.target, note: before.note }, { baseline: after.baseline, target: after.target, note: after.note }),
            meta: { indicatorId, version: row.version + 1 },
          },
        ]);
      });
      return evaluate((await db.select().from(plans).where(eq(plans.id, id)))[0]!, todayCst());
    },

    /** Every plan evaluated on a date, without a caller (the early-warning rule). */
    async evaluateAll(asOf: string) {
      const all = await db.select().from(plans).orderBy(plans.regionCode);
      const out = [];
      for (const row of all) out.push(await evaluate(row, asOf)); // one at a time: embedded mode shares one connection
      return out;
    },

    async dashboard(ctx: Ctx, q: { regionCode: string; year: number }) {
      const values = await indicators.values(ctx, q);
      const region = await regionsService.get(q.regionCode);
      const plan = await this.nearest(ctx, q.regionCode, values.asOf);
      return { region: { code: region.code, name: region.name, level: region.level }, year: q.year, asOf: values.asOf, plan, values: values.items };
    },
  };
}
export type PlansService = ReturnType<typeof createPlansService>;
