import { desc, eq } from 'drizzle-orm';
import { type PlanEvaluationKind, errors } from '@ohnet/domain';
import { type Db, transaction } from '../../db/client.ts';
import { regionWithinScope } from '../../platform/access/scope.sql.ts';
import { auditWho, writeAudit } from '../../platform/audit/audit.writer.ts';
import type { Ctx } from '../../platform/http/actor.ts';
import type { IndicatorsService } from './indicators.service.ts';
import { planReports } from './indicators.table.ts';
import { type PlanReportSnapshot, reportFileStem } from './plan-report.model.ts';
import { planReportPdf } from './plan-report.pdf.ts';
import { planReportXlsx } from './plan-report.xlsx.ts';
import type { PlansService } from './plans.service.ts';

export type PlanReportFormat = 'pdf' | 'xlsx';

const CONTENT_TYPES: Record<PlanReportFormat, string> = {
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

type ReportRow = Pick<typeof planReports.$inferSelect, 'id' | 'planId' | 'kind' | 'asOf' | 'generatedAt' | 'snapshot'>;

function present(r: ReportRow) {
  const s = r.snapshot as unknown as PlanReportSnapshot;
  return {
    id: r.id,
    planId: r.planId,
    kind: r.kind as PlanEvaluationKind,
    asOf: r.asOf,
    generatedAt: r.generatedAt.toISOString(),
    generatedBy: s.generatedBy,
    counts: {
      entries: s.entries.length,
      onTrack: s.entries.filter((e) => e.status === 'on_track').length,
      atRisk: s.entries.filter((e) => e.status === 'at_risk').length,
      offTrack: s.entries.filter((e) => e.status === 'off_track').length,
      notComputed: s.entries.filter((e) => e.status === 'not_computed').length,
    },
  };
}

/**
 * Mid-term and final evaluation reports of a plan: the plan evaluated on the snapshot date (the
 * plans service, the same logic as GET /plans/:id), the yearly trend and the child regions of every
 * computed indicator, rendered once as PDF and workbook and stored with the snapshot they came from.
 * Generating needs the plan inside the actor's own region (like editing it); reading a report needs
 * its plan to be readable.
 */
export function createPlanReportsService(db: Db, plans: PlansService, indicators: IndicatorsService) {
  async function snapshotOf(ctx: Ctx, planId: string, kind: PlanEvaluationKind, asOf: string | undefined, generatedAt: Date): Promise<PlanReportSnapshot> {
    const evaluated = await plans.evaluation(ctx, planId, asOf);
    const { plan } = evaluated;
    if (!regionWithinScope(ctx.actor.scope, plan.regionCode)) throw errors.forbidden('plan.outside_region', `规划${plan.name}不属于您的管辖区域，不能生成评估报告`, { planId });
    const year = Number(evaluated.asOf.slice(0, 4));
    // Trends and child regions only for indicators the system computes (manual values have neither).
    const computed = evaluated.entries.filter((e) => e.definition && (e.definition.computedBy !== null || e.value?.source === 'computed'));
    const trends: PlanReportSnapshot['trends'] = [];
    const children: PlanReportSnapshot['children'] = [];
    for (const e of computed) {
      const unit = e.definition!.unit;
      const trend = await indicators.trend(ctx, e.indicatorId, { regionCode: e.regionCode, from: plan.startYear - 1, to: year });
      trends.push({ indicatorId: e.indicatorId, name: e.nameAsWritten, unit, points: trend.items.map((p) => ({ year: p.year, numerator: p.numerator, denominator: p.denominator, value: p.value })) });
      const kids = await indicators.children(ctx, e.indicatorId, { regionCode: e.regionCode, year });
      children.push({ indicatorId: e.indicatorId, name: e.nameAsWritten, unit, year, rows: kids.items.map((r) => ({ regionCode: r.regionCode, name: r.name, numerator: r.numerator, denominator: r.denominator, value: r.value })) });
    }
    return {
      kind,
      asOf: evaluated.asOf,
      generatedAt: generatedAt.toISOString(),
      generatedBy: `${ctx.actor.displayName}（${ctx.actor.organisation.name}）`,
      plan: {
        id: plan.id,
        name: plan.name,
        regionCode: plan.regionCode,
        regionName: plan.regionName,
        startYear: plan.startYear,
        endYear: plan.endYear,
        status: plan.status,
        source: plan.source,
        version: plan.version,
        dueBy: plan.evaluations.find((v) => v.kind === kind)?.dueBy ?? null,
      },
      entries: evaluated.entries.map((e) => ({
        indicatorId: e.indicatorId,
        number: e.number,
        name: e.nameAsWritten,
        unit: e.definition?.unit ?? null,
        baseline: e.baseline,
        target: e.target,
        value: e.value?.value ?? null,
        numerator: e.value?.numerator ?? null,
        denominator: e.value?.denominator ?? null,
        source: e.value?.source ?? null,
        sourceNote: e.value?.sourceNote ?? null,
        status: e.status,
        expected: e.expected,
      })),
      trends,
      children,
      rule: evaluated.entries[0]?.rule ?? null,
    };
  }

  return {
    async generate(ctx: Ctx, planId: string, body: { kind: PlanEvaluationKind; asOf?: string | undefined }) {
      const generatedAt = new Date();
      const snapshot = await snapshotOf(ctx, planId, body.kind, body.asOf, generatedAt);
      const [pdf, xlsx] = [await planReportPdf(snapshot), await planReportXlsx(snapshot)];
      return transaction(db, async (tx) => {
        const [row] = await tx
          .insert(planReports)
          .values({ planId, kind: body.kind, asOf: snapshot.asOf, snapshot: snapshot as unknown as Record<string, unknown>, pdf, xlsx, organisationId: ctx.actor.organisation.id, generatedBy: ctx.actor.userId, generatedAt })
          .returning({ id: planReports.id, planId: planReports.planId, kind: planReports.kind, asOf: planReports.asOf, generatedAt: planReports.generatedAt, snapshot: planReports.snapshot });
        await writeAudit(tx, auditWho(ctx), [{ action: 'plan_report.generate', entityType: 'plan_report', entityId: row!.id, regionCode: snapshot.plan.regionCode, meta: { planId, kind: body.kind, asOf: snapshot.asOf } }]);
        return present(row!);
      });
    },

    async list(ctx: Ctx, planId: string) {
      await plans.evaluation(ctx, planId); // 404 unless the plan is readable
      const rows = await db
        .select({ id: planReports.id, planId: planReports.planId, kind: planReports.kind, asOf: planReports.asOf, generatedAt: planReports.generatedAt, snapshot: planReports.snapshot })
        .from(planReports)
        .where(eq(planReports.planId, planId))
        .orderBy(desc(planReports.generatedAt));
      return { items: rows.map(present) };
    },

    async file(ctx: Ctx, reportId: string, format: PlanReportFormat) {
      const column = format === 'pdf' ? planReports.pdf : planReports.xlsx;
      const [row] = await db.select({ planId: planReports.planId, snapshot: planReports.snapshot, bytes: column }).from(planReports).where(eq(planReports.id, reportId));
      if (!row) throw errors.notFound('plan_report', reportId);
      // Readable only with its plan (outside the actor's scope: not found, like the plan itself).
      const readable = await plans.list(ctx, {});
      if (!readable.items.some((p) => p.id === row.planId)) throw errors.notFound('plan_report', reportId);
      if (!row.bytes) throw errors.notFound('plan_report_file', `${reportId}.${format}`);
      const snapshot = row.snapshot as unknown as PlanReportSnapshot;
      return { bytes: row.bytes, contentType: CONTENT_TYPES[format], fileName: `${reportFileStem(snapshot)}.${format}` };
    },
  };
}

export type PlanReportsService = ReturnType<typeof createPlanReportsService>;
