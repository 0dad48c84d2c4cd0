import { z } from 'zod';
import type { Db } from '../../db/client.ts';
import { ctxOf } from '../../platform/auth/auth.plugin.ts';
import { UuidParamSchema, errorResponses } from '../../platform/http/common.schemas.ts';
import { access } from '../../platform/http/route-access.ts';
import type { ZApp } from '../../platform/http/zod-app.ts';
import { readImportUpload, xlsxReply } from '../../platform/imports/xlsx-template.ts';
import { enqueueJob } from '../../platform/jobs/jobs.runner.ts';
import { readFileUpload } from './assessments.files.ts';
import { ASSESSMENT_IMPORT_JOB, type AssessmentImportPayload, assessmentImportTemplate, listAssessmentImports, parseAssessmentImport } from './assessments.import.ts';
import type { AssessmentOversight } from './assessments.oversight.ts';
import {
  AlertListQuerySchema,
  AlertSchema,
  AttachmentMetaSchema,
  BatchBodySchema,
  BatchResultSchema,
  CorrectionBodySchema,
  CreateQualificationSchema,
  CrossCheckRowSchema,
  EmployerLookupQuerySchema,
  EmployerLookupSchema,
  EvidenceParamSchema,
  OverdueTestingSchema,
  PassRateQuerySchema,
  PassRateSchema,
  PeriodicTestingSchema,
  QualificationListQuerySchema,
  QualificationSchema,
  ReportBodySchema,
  ReportDetailSchema,
  ReportListQuerySchema,
  ReportPageSchema,
  TaskDetailSchema,
  TaskListQuerySchema,
  TaskPageSchema,
  TaskReasonSchema,
  UpdateQualificationSchema,
} from './assessments.schemas.ts';
import { type AssessmentsService, filerOf } from './assessments.service.ts';
import type { RectificationsService } from './rectifications.service.ts';

const tags = ['assessments'];
const ImportSummariesSchema = z.array(z.object({ jobId: z.string(), fileName: z.string().nullable(), mode: z.string().nullable(), status: z.string(), createdAt: z.string(), result: z.unknown().nullable() }));
const fileHeaders = (fileName: string, contentType: string) => ({ 'content-type': contentType, 'content-disposition': `inline; filename*=UTF-8''${encodeURIComponent(fileName)}` });

export function registerAssessmentRoutes(app: ZApp, deps: { assessments: AssessmentsService; rectifications: RectificationsService; oversight: AssessmentOversight; db: Db }): void {
  const { assessments, rectifications, oversight, db } = deps;

  // ── qualifications ──────────────────────────────────────────────────────────────────────────
  app.get('/tech-service-qualifications', {
    config: { access: access.permission('qualification:read') },
    schema: { tags, summary: '技术服务机构资质 Qualifications in scope (an institution sees its own)', querystring: QualificationListQuerySchema, response: { 200: z.array(QualificationSchema), ...errorResponses } },
    handler: (req) => assessments.listQualifications(ctxOf(req), req.query),
  });
  app.post('/tech-service-qualifications', {
    config: { access: access.permission('qualification:write') },
    schema: { tags, summary: '登记资质 Register a qualification of an institution in your region', body: CreateQualificationSchema, response: { 201: QualificationSchema, ...errorResponses } },
    handler: async (req, reply) => reply.status(201).send(await assessments.createQualification(ctxOf(req), req.body)),
  });
  app.put('/tech-service-qualifications/:id', {
    config: { access: access.permission('qualification:write') },
    schema: { tags, summary: '维护资质 Update (or revoke) a qualification', params: UuidParamSchema, body: UpdateQualificationSchema, response: { 200: QualificationSchema, ...errorResponses } },
    handler: (req) => assessments.updateQualification(ctxOf(req), req.params.id, req.body),
  });

  // ── reports ─────────────────────────────────────────────────────────────────────────────────
  app.get('/assessment-reports', {
    config: { access: access.permission('assessment:read') },
    schema: { tags, summary: '检测评价报告列表 Reports in scope (current versions unless includeSuperseded)', querystring: ReportListQuerySchema, response: { 200: ReportPageSchema, ...errorResponses } },
    handler: (req) => assessments.list(ctxOf(req), req.query),
  });
  app.get('/assessment-reports/employer-lookup', {
    config: { access: access.permission('assessment:write', { scoped: false }) },
    schema: { tags, summary: '按统一社会信用代码查找用人单位 For the filing form: an employer and its posts', querystring: EmployerLookupQuerySchema, response: { 200: EmployerLookupSchema, ...errorResponses } },
    handler: (req) => assessments.lookupEmployer(ctxOf(req), req.query.uscc),
  });
  app.post('/assessment-reports', {
    config: { access: access.permission('assessment:write', { scoped: false }) },
    schema: { tags, summary: '填报检测评价报告 File a report; every point is judged against the limits in force on its sampling date', body: ReportBodySchema, response: { 201: ReportDetailSchema, ...errorResponses } },
    handler: async (req, reply) => reply.status(201).send(await assessments.create(ctxOf(req), req.body)),
  });
  app.post('/assessment-reports/batch', {
    config: { access: access.permission('assessment:write', { scoped: false }) },
    schema: { tags, summary: '批量填报 File several reports at once, all or nothing (issues named reports.<i>.<field>)', body: BatchBodySchema, response: { 201: BatchResultSchema, ...errorResponses } },
    handler: async (req, reply) => reply.status(201).send(await assessments.batch(ctxOf(req), req.body.reports)),
  });
  app.get('/assessment-reports/import-template', {
    config: { access: access.permission('assessment:write', { scoped: false }) },
    schema: { tags, summary: '检测报告导入模板 Excel template (one row per measurement point)', response: { 200: z.any().describe('xlsx'), ...errorResponses } },
    handler: async (req, reply) => {
      filerOf(ctxOf(req));
      return reply.headers(xlsxReply('检测报告导入模板.xlsx')).send(await assessmentImportTemplate());
    },
  });
  app.post('/assessment-reports/import', {
    config: { access: access.permission('assessment:write', { scoped: false }) },
    schema: {
      tags,
      summary: '导入检测报告 Upload the filled template (multipart: file, mode); runs as a job',
      consumes: ['multipart/form-data'],
      response: { 202: z.object({ jobId: z.string(), rows: z.number().int() }).meta({ id: 'AssessmentImportAccepted' }), ...errorResponses },
    },
    handler: async (req, reply) => {
      const ctx = ctxOf(req);
      const filer = filerOf(ctx);
      const upload = await readImportUpload(req);
      const rows = await parseAssessmentImport(upload.file);
      const payload: AssessmentImportPayload = { filer, mode: upload.mode, fileName: upload.fileName, rows };
      return reply.status(202).send({ jobId: await enqueueJob(db, ASSESSMENT_IMPORT_JOB, payload, ctx, { maxAttempts: 1 }), rows: rows.length });
    },
  });
  app.get('/assessment-report-imports', {
    config: { access: access.permission('assessment:write', { scoped: false }) },
    schema: { tags, summary: '检测报告导入记录 Imports started by your institution', response: { 200: ImportSummariesSchema, ...errorResponses } },
    handler: (req) => listAssessmentImports(db, filerOf(ctxOf(req)).institutionId),
  });
  app.get('/assessment-reports/:id', {
    config: { access: access.permission('assessment:read') },
    schema: { tags, summary: '检测评价报告详情 A report with its judged points, roll-up, versions and consequences', params: UuidParamSchema, response: { 200: ReportDetailSchema, ...errorResponses } },
    handler: (req) => assessments.get(ctxOf(req), req.params.id),
  });
  app.post('/assessment-reports/:id/versions', {
    config: { access: access.permission('assessment:write') },
    schema: { tags, summary: '更正报告 File a corrected version; the previous version is kept', params: UuidParamSchema, body: CorrectionBodySchema, response: { 201: ReportDetailSchema, ...errorResponses } },
    handler: async (req, reply) => reply.status(201).send(await assessments.correct(ctxOf(req), req.params.id, req.body)),
  });
  app.put('/assessment-reports/:id/attachment', {
    config: { access: access.permission('assessment:write') },
    schema: { tags, summary: '上传报告PDF Upload the report PDF (multipart: file; PDF only, ≤ 10 MB, checked by its bytes)', consumes: ['multipart/form-data'], params: UuidParamSchema, response: { 200: AttachmentMetaSchema, ...errorResponses } },
    handler: async (req) => {
      const ctx = ctxOf(req);
      return assessments.putAttachment(ctx, req.params.id, await readFileUpload(req, ['pdf']));
    },
  });
  app.get('/assessment-reports/:id/attachment', {
    config: { access: access.permission('assessment:read') },
    schema: { tags, summary: '报告PDF The report PDF', params: UuidParamSchema, response: { 200: z.any().describe('application/pdf'), ...errorResponses } },
    handler: async (req, reply) => {
      const a = await assessments.getAttachment(ctxOf(req), req.params.id);
      return reply.headers(fileHeaders(a.fileName, a.contentType)).send(a.content);
    },
  });

  // ── alerts and rectification ────────────────────────────────────────────────────────────────
  app.get('/exceedance-alerts', {
    config: { access: access.permission('rectification:read') },
    schema: { tags, summary: '超标预警 Exceedance alerts in scope', querystring: AlertListQuerySchema, response: { 200: z.array(AlertSchema), ...errorResponses } },
    handler: (req) => rectifications.listAlerts(ctxOf(req), req.query),
  });
  app.get('/rectification-tasks', {
    config: { access: access.permission('rectification:read') },
    schema: { tags, summary: '整改任务 Rectification tasks in scope', querystring: TaskListQuerySchema, response: { 200: TaskPageSchema, ...errorResponses } },
    handler: (req) => rectifications.list(ctxOf(req), req.query),
  });
  app.get('/rectification-tasks/:id', {
    config: { access: access.permission('rectification:read') },
    schema: { tags, summary: '整改任务详情 A task with its history, evidence and the actions open to you', params: UuidParamSchema, response: { 200: TaskDetailSchema, ...errorResponses } },
    handler: (req) => rectifications.get(ctxOf(req), req.params.id),
  });
  app.post('/rectification-tasks/:id/evidence', {
    config: { access: access.permission('rectification:evidence') },
    schema: { tags, summary: '上传整改材料 Upload evidence (multipart: file, note; PDF/JPEG/PNG ≤ 10 MB) and submit it', consumes: ['multipart/form-data'], params: UuidParamSchema, response: { 200: TaskDetailSchema, ...errorResponses } },
    handler: async (req) => {
      const ctx = ctxOf(req);
      return rectifications.submitEvidence(ctx, req.params.id, await readFileUpload(req, ['pdf', 'jpeg', 'png']));
    },
  });
  app.get('/rectification-tasks/:id/evidence/:evidenceId', {
    config: { access: access.permission('rectification:read') },
    schema: { tags, summary: '整改材料 One evidence file', params: EvidenceParamSchema, response: { 200: z.any().describe('file'), ...errorResponses } },
    handler: async (req, reply) => {
      const e = await rectifications.evidenceFile(ctxOf(req), req.params.id, req.params.evidenceId);
      return reply.headers(fileHeaders(e.fileName, e.contentType)).send(e.content);
    },
  });
  for (const action of ['close', 'reopen'] as const) {
    app.post(`/rectification-tasks/:id/${action}`, {
      config: { access: access.permission('rectification:review') },
      schema: { tags, summary: action === 'close' ? '整改销号 Close out the task' : '退回整改 Send it back (reason required)', params: UuidParamSchema, body: TaskReasonSchema.nullish(), response: { 200: TaskDetailSchema, ...errorResponses } },
      handler: (req) => rectifications.act(ctxOf(req), req.params.id, action, req.body?.reason),
    });
  }

  // ── oversight ───────────────────────────────────────────────────────────────────────────────
  app.get('/assessments/overdue-testing', {
    config: { access: access.permission('rectification:review', { scoped: false }) },
    schema: { tags, summary: '逾期未检测名单 Employers with hazards whose periodic testing is overdue or missing (in scope)', response: { 200: z.array(OverdueTestingSchema), ...errorResponses } },
    handler: (req) => oversight.overdueTesting(ctxOf(req)),
  });
  app.get('/assessments/cross-check', {
    config: { access: access.permission('rectification:review', { scoped: false }) },
    schema: { tags, summary: '申报与检测比对 Factors measured but not declared, or declared but never tested (in scope)', response: { 200: z.array(CrossCheckRowSchema), ...errorResponses } },
    handler: (req) => oversight.crossCheck(ctxOf(req)),
  });
  app.get('/employers/:id/periodic-testing', {
    config: { access: access.permission('assessment:read') },
    schema: { tags, summary: '定期检测期限 The employer\'s next periodic test and its declared-vs-tested cross-check', params: UuidParamSchema, response: { 200: PeriodicTestingSchema, ...errorResponses } },
    handler: (req) => oversight.forEmployer(ctxOf(req), req.params.id),
  });
  app.get('/indicators/monitoring-pass-rate', {
    config: { access: access.permission('indicator:read', { scoped: true }) },
    schema: {
      tags: ['indicators'],
      summary: '工作场所职业病危害因素监测合格率 Monitoring pass rate for a region and year, also per hazard category',
      description: 'See `definition` in the response (also docs/INDICATORS.md).',
      querystring: PassRateQuerySchema,
      response: { 200: PassRateSchema, ...errorResponses },
    },
    handler: (req) => oversight.passRate(ctxOf(req), req.query),
  });
}
