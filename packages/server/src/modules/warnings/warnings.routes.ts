import { z } from 'zod';
import { ctxOf } from '../../platform/auth/auth.plugin.ts';
import { UuidParamSchema, errorResponses } from '../../platform/http/common.schemas.ts';
import { access } from '../../platform/http/route-access.ts';
import type { ZApp } from '../../platform/http/zod-app.ts';
import { JobAcceptedSchema } from '../../platform/jobs/jobs.module.ts';
import { AcknowledgeSchema, AssignSchema, AssigneeSchema, CloseSchema, WarningDetailSchema, WarningListQuerySchema, WarningPageSchema, WarningSummarySchema } from './warnings.schemas.ts';
import type { WarningsService } from './warnings.service.ts';

const tags = ['warnings'];

export function registerWarningRoutes(app: ZApp, service: WarningsService): void {
  app.get('/warnings', {
    config: { access: access.permission('warning:read') },
    schema: { tags, summary: '预警列表 Warnings in scope, most urgent first (filters: state, severity, rule, region, employer)', querystring: WarningListQuerySchema, response: { 200: WarningPageSchema, ...errorResponses } },
    handler: (req) => service.list(ctxOf(req), req.query),
  });
  app.get('/warnings/summary', {
    config: { access: access.permission('warning:read') },
    schema: { tags, summary: '预警统计 Counts by severity (active) and by state, in scope', response: { 200: WarningSummarySchema, ...errorResponses } },
    handler: (req) => service.summary(ctxOf(req)),
  });
  app.post('/warnings/evaluate', {
    config: { access: access.permission('warning:act', { scoped: false }) },
    schema: { tags, summary: '立即评估预警规则 Run every warning rule now (as a job)', response: { 202: JobAcceptedSchema, ...errorResponses } },
    handler: async (req, reply) => reply.status(202).send(await service.startEvaluation(ctxOf(req))),
  });
  app.get('/warnings/:id', {
    config: { access: access.permission('warning:read') },
    schema: { tags, summary: '预警详情 A warning with its history', params: UuidParamSchema, response: { 200: WarningDetailSchema, ...errorResponses } },
    handler: (req) => service.get(ctxOf(req), req.params.id),
  });
  app.get('/warnings/:id/assignees', {
    config: { access: access.permission('warning:act') },
    schema: { tags, summary: '可指派人员 Accounts this warning may be assigned to', params: UuidParamSchema, response: { 200: z.array(AssigneeSchema), ...errorResponses } },
    handler: (req) => service.assignees(ctxOf(req), req.params.id),
  });
  app.post('/warnings/:id/acknowledge', {
    config: { access: access.permission('warning:act') },
    schema: { tags, summary: '确认预警 Acknowledge (optional comment)', params: UuidParamSchema, body: AcknowledgeSchema.nullish(), response: { 200: WarningDetailSchema, ...errorResponses } },
    handler: (req) => service.acknowledge(ctxOf(req), req.params.id, req.body),
  });
  app.post('/warnings/:id/assign', {
    config: { access: access.permission('warning:act') },
    schema: { tags, summary: '指派预警 Assign to an account of your organisation or region', params: UuidParamSchema, body: AssignSchema, response: { 200: WarningDetailSchema, ...errorResponses } },
    handler: (req) => service.assign(ctxOf(req), req.params.id, req.body),
  });
  app.post('/warnings/:id/close', {
    config: { access: access.permission('warning:act') },
    schema: { tags, summary: '关闭预警 Close with a comment (required)', params: UuidParamSchema, body: CloseSchema, response: { 200: WarningDetailSchema, ...errorResponses } },
    handler: (req) => service.close(ctxOf(req), req.params.id, req.body),
  });
}
