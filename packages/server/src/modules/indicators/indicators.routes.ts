import { z } from 'zod';
import { INDICATOR_UNITS, TARGET_OPERATORS, TARGET_STATUSES, TARGET_TRENDS } from '@ohnet/domain';
import { ctxOf } from '../../platform/auth/auth.plugin.ts';
import { IdResponseSchema, PageQuerySchema, errorResponses } from '../../platform/http/common.schemas.ts';
import { access } from '../../platform/http/route-access.ts';
import type { ZApp } from '../../platform/http/zod-app.ts';
import type { IndicatorsService } from './indicators.service.ts';
import type { PlansService } from './plans.service.ts';

const tags = ['indicators'];
const RegionCode = z.string().regex(/^\d{6}(\d{3})?$/, '行政区划代码须为6位或9位数字');
const Year = z.coerce.number().int();
const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式须为YYYY-MM-DD');
const IndicatorParam = z.object({ indicatorId: z.string().min(1).max(64) });

const CategoryCell = z.object({ category: z.string(), numerator: z.number(), denominator: z.number(), value: z.number().nullable() });
export const IndicatorValueItemSchema = z
  .object({
    indicatorId: z.string(),
    computed: z.boolean().describe('True when OHNet computes it from the records; false = entered by hand or not yet available'),
    numerator: z.number().nullable(),
    denominator: z.number().nullable(),
    value: z.number().nullable().describe('Ratio 0–1, rate per 1,000 or count (see the catalogue unit); null = not yet computed'),
    source: z.enum(['computed', 'manual']).nullable(),
    sourceNote: z.string().nullable(),
    asOf: z.string().nullable(),
    byCategory: z.array(CategoryCell),
  })
  .meta({ id: 'IndicatorValueItem' });

const PlanBaselineSchema = z.object({ value: z.number(), year: z.number().int(), asWritten: z.string() });
const PlanTargetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('value'), operator: z.enum(TARGET_OPERATORS), value: z.number(), asWritten: z.string() }),
  z.object({ kind: z.literal('trend'), trend: z.enum(TARGET_TRENDS), asWritten: z.string() }),
  z.object({ kind: z.literal('text'), text: z.string() }),
]);
const PlanSummarySchema = z
  .object({
    id: z.string(),
    regionCode: z.string(),
    regionName: z.string(),
    name: z.string(),
    startYear: z.number().int(),
    endYear: z.number().int(),
    status: z.string(),
    evaluations: z.array(z.object({ kind: z.enum(['mid_term', 'final']), dueBy: z.string(), asWritten: z.string().nullable() })),
    source: z.string(),
    version: z.number().int(),
    updatedAt: z.string(),
  })
  .meta({ id: 'PlanSummary' });
export const PlanEvaluationSchema = z
  .object({
    plan: PlanSummarySchema,
    asOf: z.string(),
    entries: z.array(
      z.object({
        indicatorId: z.string(),
        number: z.string().nullable(),
        nameAsWritten: z.string(),
        baseline: PlanBaselineSchema.nullable(),
        target: PlanTargetSchema,
        attribute: z.string().nullable(),
        note: z.string().nullable(),
        regionCode: z.string().describe('Region the value is counted for (the plan region or the ancestor at the indicator level)'),
        definition: z.object({ nameZh: z.string(), nameEn: z.string(), unit: z.enum(INDICATOR_UNITS), computedBy: z.string().nullable() }).nullable(),
        value: z
          .object({ value: z.number(), numerator: z.number().nullable(), denominator: z.number().nullable(), source: z.enum(['computed', 'manual']), sourceNote: z.string().nullable(), asOf: z.string() })
          .nullable()
          .describe('null = not yet computed (and nothing entered): never a made-up number'),
        status: z.enum(TARGET_STATUSES),
        expected: z.number().nullable(),
        tolerance: z.number().nullable(),
        basis: z.string(),
        rule: z.string(),
      }),
    ),
  })
  .meta({ id: 'PlanEvaluation' });

const ValuesQuery = z.object({ regionCode: RegionCode, year: Year }).strict();

export function registerIndicatorRoutes(app: ZApp, deps: { indicators: IndicatorsService; plans: PlansService }): void {
  const { indicators, plans } = deps;
  const read = { access: access.permission('indicator:read', { scoped: true }) };

  app.get('/indicators/catalogue', {
    config: read,
    schema: {
      tags,
      summary: '指标目录 Indicator catalogue: definitions, units, and which are computed from the records',
      response: {
        200: z
          .object({
            items: z.array(
              z.object({
                id: z.string(),
                nameZh: z.string(),
                nameEn: z.string(),
                unit: z.enum(INDICATOR_UNITS),
                direction: z.string(),
                rollup: z.string(),
                computedBy: z.string().nullable(),
                categorised: z.boolean(),
                numerator: z.string(),
                denominator: z.string().nullable(),
                definition: z.string(),
                source: z.string(),
                verified: z.boolean(),
              }),
            ),
          })
          .meta({ id: 'IndicatorCatalogue' }),
        ...errorResponses,
      },
    },
    handler: () => indicators.catalogue(),
  });

  app.get('/indicators/values', {
    config: read,
    schema: {
      tags,
      summary: '指标值 Every catalogue indicator for a region and year (computed from the records, or entered by hand)',
      querystring: ValuesQuery,
      response: {
        200: z.object({ regionCode: z.string(), regionName: z.string(), year: z.number().int(), asOf: z.string(), items: z.array(IndicatorValueItemSchema) }).meta({ id: 'IndicatorValues' }),
        ...errorResponses,
      },
    },
    handler: (req) => indicators.values(ctxOf(req), req.query),
  });

  app.get('/indicators/:indicatorId/children', {
    config: read,
    schema: {
      tags,
      summary: '下级区划指标值 One indicator for each child region of a region (map and table)',
      params: IndicatorParam,
      querystring: ValuesQuery,
      response: {
        200: z
          .object({
            regionCode: z.string(),
            level: z.string(),
            indicatorId: z.string(),
            year: z.number().int(),
            items: z.array(z.object({ regionCode: z.string(), name: z.string(), level: z.string(), numerator: z.number().nullable(), denominator: z.number().nullable(), value: z.number().nullable() })),
          })
          .meta({ id: 'IndicatorChildren' }),
        ...errorResponses,
      },
    },
    handler: (req) => indicators.children(ctxOf(req), req.params.indicatorId, req.query),
  });

  app.get('/indicators/:indicatorId/trend', {
    config: read,
    schema: {
      tags,
      summary: '指标趋势 One indicator of a region across years',
      params: IndicatorParam,
      querystring: z.object({ regionCode: RegionCode, from: Year.optional(), to: Year.optional() }).strict(),
      response: {
        200: z
          .object({
            regionCode: z.string(),
            indicatorId: z.string(),
            items: z.array(z.object({ year: z.number().int(), numerator: z.number().nullable(), denominator: z.number().nullable(), value: z.number().nullable(), source: z.enum(['computed', 'manual']).nullable() })),
          })
          .meta({ id: 'IndicatorTrend' }),
        ...errorResponses,
      },
    },
    handler: (req) => indicators.trend(ctxOf(req), req.params.indicatorId, req.query),
  });

  app.get('/indicators/:indicatorId/records', {
    config: read,
    schema: {
      tags,
      summary: '指标明细 The records counted in the numerator or denominator of a value (personal names masked)',
      params: IndicatorParam,
      querystring: ValuesQuery.extend({ side: z.enum(['numerator', 'denominator']).default('denominator'), category: z.string().max(16).optional() }).extend(PageQuerySchema.shape).strict(),
      response: {
        200: z
          .object({
            total: z.number().int(),
            page: z.number().int(),
            pageSize: z.number().int(),
            items: z.array(
              z.object({
                subjectKey: z.string(),
                label: z.string(),
                detail: z.string().nullable(),
                employerId: z.string().nullable(),
                employerName: z.string().nullable(),
                regionCode: z.string(),
                href: z.string().nullable(),
                inNumerator: z.boolean(),
              }),
            ),
          })
          .meta({ id: 'IndicatorRecords' }),
        ...errorResponses,
      },
    },
    handler: (req) => indicators.records(ctxOf(req), req.params.indicatorId, req.query),
  });

  app.post('/indicators/manual-values', {
    config: { access: access.permission('plan:write', { scoped: true }) },
    schema: {
      tags,
      summary: '手工填报指标值 Enter a value for an indicator no module computes, with its source and date',
      body: z.object({ indicatorId: z.string().min(1).max(64), regionCode: RegionCode, year: z.number().int(), value: z.number(), sourceNote: z.string().trim().min(1, '请填写数据来源').max(500), asOf: IsoDate }).strict(),
      response: { 201: IdResponseSchema, ...errorResponses },
    },
    handler: async (req, reply) => reply.status(201).send(await indicators.enterManualValue(ctxOf(req), req.body)),
  });

  app.get('/plans', {
    config: read,
    schema: {
      tags,
      summary: '规划列表 Plans of the user\'s region subtree and of the regions above it',
      querystring: z.object({ regionCode: RegionCode.optional() }).strict(),
      response: { 200: z.object({ items: z.array(PlanSummarySchema) }).meta({ id: 'PlanList' }), ...errorResponses },
    },
    handler: (req) => plans.list(ctxOf(req), req.query),
  });

  app.get('/plans/:id', {
    config: read,
    schema: {
      tags,
      summary: '规划评估 A plan with every indicator: baseline, target, current value and status on a date',
      params: z.object({ id: z.string().min(1).max(64) }),
      querystring: z.object({ asOf: IsoDate.optional() }).strict(),
      response: { 200: PlanEvaluationSchema, ...errorResponses },
    },
    handler: (req) => plans.get(ctxOf(req), req.params.id, req.query),
  });

  app.put('/plans/:id/entries/:indicatorId', {
    config: { access: access.permission('plan:write', { scoped: true }) },
    schema: {
      tags,
      summary: '修改规划指标 Change an entry\'s baseline, target or note (own region\'s plans only)',
      params: z.object({ id: z.string().min(1).max(64), indicatorId: z.string().min(1).max(64) }),
      body: z.object({ baseline: PlanBaselineSchema.nullable().optional(), target: PlanTargetSchema.optional(), note: z.string().max(1000).nullable().optional(), expectedVersion: z.number().int().optional() }).strict(),
      response: { 200: PlanEvaluationSchema, ...errorResponses },
    },
    handler: (req) => plans.updateEntry(ctxOf(req), req.params.id, req.params.indicatorId, req.body),
  });

  app.get('/dashboard/region', {
    config: read,
    schema: {
      tags,
      summary: '区域看板 Region dashboard: every indicator value and the plan the region follows, evaluated',
      querystring: ValuesQuery,
      response: {
        200: z
          .object({
            region: z.object({ code: z.string(), name: z.string(), level: z.string() }),
            year: z.number().int(),
            asOf: z.string(),
            plan: PlanEvaluationSchema.nullable(),
            values: z.array(IndicatorValueItemSchema),
          })
          .meta({ id: 'RegionDashboard' }),
        ...errorResponses,
      },
    },
    handler: (req) => plans.dashboard(ctxOf(req), req.query),
  });
}
