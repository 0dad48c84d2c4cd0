import { PLAN_EVALUATION_KINDS } from '@ohnet/domain';
import { z } from 'zod';
import { ctxOf } from '../../platform/auth/auth.plugin.ts';
import { UuidParamSchema, errorResponses } from '../../platform/http/common.schemas.ts';
import { access } from '../../platform/http/route-access.ts';
import type { ZApp } from '../../platform/http/zod-app.ts';
import type { Db } from '../../db/client.ts';
import type { IndicatorsService } from './indicators.service.ts';
import { type PlanReportFormat, createPlanReportsService } from './plan-reports.service.ts';
import type { PlansService } from './plans.service.ts';

const tags = ['plans'];

const PlanIdParamSchema = z.object({ id: z.string().min(1).max(64) });

export const GeneratePlanReportSchema = z
  .object({
    kind: z.enum(PLAN_EVALUATION_KINDS).describe('mid_term 中期评估 | final 终期评估'),
    asOf: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'asOf须为YYYY-MM-DD')
      .optional()
      .describe('Data snapshot date (default today, CST)'),
  })
  .meta({ id: 'GeneratePlanReportInput' });

export const PlanReportSchema = z
  .object({
    id: z.string().uuid(),
    planId: z.string(),
    kind: z.enum(PLAN_EVALUATION_KINDS),
    asOf: z.string().describe('Data snapshot date'),
    generatedAt: z.string().describe('Generation time (ISO)'),
    generatedBy: z.string().nullable(),
    counts: z.object({ entries: z.number().int(), onTrack: z.number().int(), atRisk: z.number().int(), offTrack: z.number().int(), notComputed: z.number().int() }),
  })
  .meta({ id: 'PlanReport' });

export const PlanReportListSchema = z.object({ items: z.array(PlanReportSchema) }).meta({ id: 'PlanReportList' });

export interface PlanReportRouteDeps {
  db: Db;
  plans: PlansService;
  indicators: IndicatorsService;
}

/** Evaluation reports of a plan: generate (PDF + workbook, stored with the data snapshot), list, download. */
export function registerPlanReportRoutes(app: ZApp, deps: PlanReportRouteDeps): void {
  const service = createPlanReportsService(deps.db, deps.plans, deps.indicators);
  app.post('/plans/:id/reports', {
    config: { access: access.permission('plan:write') },
    schema: {
      tags,
      summary: '生成评估报告 Generate a mid-term or final evaluation report (PDF and Excel) from the data on asOf',
      params: PlanIdParamSchema,
      body: GeneratePlanReportSchema,
      response: { 201: PlanReportSchema, ...errorResponses },
    },
    handler: async (req, reply) => reply.status(201).send(await service.generate(ctxOf(req), req.params.id, req.body)),
  });
  app.get('/plans/:id/reports', {
    config: { access: access.permission('indicator:read') },
    schema: { tags, summary: '评估报告列表 Evaluation reports of a plan, newest first', params: PlanIdParamSchema, response: { 200: PlanReportListSchema, ...errorResponses } },
    handler: (req) => service.list(ctxOf(req), req.params.id),
  });
  for (const format of ['pdf', 'xlsx'] as const satisfies readonly PlanReportFormat[]) {
    app.get(`/plan-reports/:id/${format}`, {
      config: { access: access.permission('indicator:read') },
      schema: {
        tags,
        summary: format === 'pdf' ? '下载评估报告 PDF Download the report as PDF' : '下载评估报告 Excel Download the report workbook',
        params: UuidParamSchema,
        response: { 200: z.any().describe(format === 'pdf' ? 'application/pdf' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'), ...errorResponses },
      },
      handler: async (req, reply) => {
        const file = await service.file(ctxOf(req), req.params.id, format);
        return reply.header('content-type', file.contentType).header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`).send(file.bytes);
      },
    });
  }
}
