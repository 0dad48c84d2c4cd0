import { z } from 'zod';
import { SUSPECTED_REPORT_ACTION_PERMISSIONS, type SuspectedReportAction } from '@ohnet/domain';
import { ctxOf } from '../../platform/auth/auth.plugin.ts';
import { UuidParamSchema, errorResponses } from '../../platform/http/common.schemas.ts';
import { access } from '../../platform/http/route-access.ts';
import type { ZApp } from '../../platform/http/zod-app.ts';
import { readImportUpload, xlsxReply } from '../../platform/imports/xlsx-template.ts';
import type { HomeTodoProvider } from '../home/home.module.ts';
import type { ExamIndicators } from './exams.indicators.ts';
import { examImportTemplate } from './exams.jobs.ts';
import {
  ConfirmMovedSchema,
  ContraindicationNoticePageSchema,
  ContraindicationNoticeSchema,
  ExamBatchSchema,
  ExamDetailSchema,
  ExamInstitutionSchema,
  ExamListQuerySchema,
  ExamPageSchema,
  ExamRecordSchema,
  FilingSchema,
  HealthArchiveSchema,
  MyHealthArchiveSchema,
  IndicatorQuerySchema,
  NoticeQuerySchema,
  OverdueListSchema,
  OverdueQuerySchema,
  RatioIndicatorSchema,
  SuspectedRateIndicatorSchema,
  SuspectedReportActionBodySchemas,
  SuspectedReportPageSchema,
  SuspectedReportQuerySchema,
  SuspectedReportSchema,
} from './exams.schemas.ts';
import type { ExamsService } from './exams.service.ts';

const tags = ['exams'];
/** A 20,000-record JSON batch is ~15 MB; the global JSON limit stays small for every other route. */
const BATCH_BODY_LIMIT = 64 * 1024 * 1024;

export function registerExamRoutes(app: ZApp, service: ExamsService, indicators: ExamIndicators): void {
  // Exam institutions and their filing (备案)
  app.get('/exam-institutions', {
    config: { access: access.permission('exam_institution:read') },
    schema: { tags, summary: '职业健康检查机构 Exam institutions in scope with their filing', response: { 200: z.array(ExamInstitutionSchema), ...errorResponses } },
    handler: (req) => service.institutions.list(ctxOf(req)),
  });
  app.get('/exam-institutions/:id', {
    config: { access: access.permission('exam_institution:read') },
    schema: { tags, summary: '检查机构备案 One exam institution', params: UuidParamSchema, response: { 200: ExamInstitutionSchema, ...errorResponses } },
    handler: (req) => service.institutions.get(ctxOf(req), req.params.id),
  });
  app.put('/exam-institutions/:id/filing', {
    config: { access: access.permission('exam_institution:write') },
    schema: { tags, summary: '登记备案 Record the filing (number, hazard categories, public ownership)', params: UuidParamSchema, body: FilingSchema, response: { 200: ExamInstitutionSchema, ...errorResponses } },
    handler: (req) => service.institutions.putFiling(ctxOf(req), req.params.id, req.body),
  });

  // Filing exams: form, JSON batch, Excel
  app.post('/health-exams', {
    config: { access: access.permission('exam:write') },
    schema: { tags, summary: '录入体检结果 File one exam (the web form; same validation as the batches)', body: ExamRecordSchema, response: { 201: z.object({ id: z.string() }), ...errorResponses } },
    handler: async (req, reply) => reply.status(201).send(await service.filing.fileOne(ctxOf(req), req.body)),
  });
  app.post('/health-exams/batches', {
    bodyLimit: BATCH_BODY_LIMIT,
    config: { access: access.permission('exam:write') },
    schema: {
      tags,
      summary: '批量报送 File up to 20,000 exams (JSON); runs as a job with progress; idempotent on institution + exam number',
      body: ExamBatchSchema,
      response: { 202: z.object({ jobId: z.string(), records: z.number().int() }).meta({ id: 'ExamBatchAccepted' }), ...errorResponses },
    },
    handler: async (req, reply) => reply.status(202).send(await service.filing.startBatch(ctxOf(req), req.body)),
  });
  app.get('/health-exams/import-template', {
    config: { access: access.permission('exam:write') },
    schema: { tags, summary: '体检结果导入模板 The Excel template', response: { 200: z.any().describe('xlsx'), ...errorResponses } },
    handler: async (_req, reply) => reply.headers(xlsxReply('职业健康检查结果导入模板.xlsx')).send(await examImportTemplate()),
  });
  app.post('/health-exams/import', {
    config: { access: access.permission('exam:write') },
    schema: {
      tags,
      summary: '导入体检结果 Upload the filled template (multipart: file, mode); runs as a job',
      consumes: ['multipart/form-data'],
      response: { 202: z.object({ jobId: z.string(), records: z.number().int() }).meta({ id: 'ExamImportAccepted' }), ...errorResponses },
    },
    handler: async (req, reply) => reply.status(202).send(await service.filing.startImport(ctxOf(req), await readImportUpload(req))),
  });
  app.get('/health-exam-batches', {
    config: { access: access.permission('exam:write') },
    schema: {
      tags,
      summary: '报送记录 Past batches of the institution with their results',
      response: { 200: z.array(z.object({ jobId: z.string(), fileName: z.string().nullable(), mode: z.string().nullable(), status: z.string(), createdAt: z.string(), result: z.unknown().nullable() })), ...errorResponses },
    },
    handler: (req) => service.filing.batches(ctxOf(req)),
  });

  // Reading exams
  app.get('/health-exams', {
    config: { access: access.permission('exam:read') },
    schema: { tags, summary: '体检记录 Exams in scope (filters; reads audited)', querystring: ExamListQuerySchema, response: { 200: ExamPageSchema, ...errorResponses } },
    handler: (req) => service.exams.list(ctxOf(req), req.query),
  });
  app.get('/health-exams/:id', {
    config: { access: access.permission('exam:read') },
    schema: { tags, summary: '体检详情 One exam: items, conclusions per factor, checks with citations (read audited)', params: UuidParamSchema, response: { 200: ExamDetailSchema, ...errorResponses } },
    handler: (req) => service.exams.get(ctxOf(req), req.params.id),
  });

  // Suspected occupational disease reports
  app.get('/suspected-reports', {
    config: { access: access.permission('suspected_report:read') },
    schema: { tags, summary: '疑似职业病报告 Reports in scope', querystring: SuspectedReportQuerySchema, response: { 200: SuspectedReportPageSchema, ...errorResponses } },
    handler: (req) => service.reports.list(ctxOf(req), req.query),
  });
  app.get('/suspected-reports/:id', {
    config: { access: access.permission('suspected_report:read') },
    schema: { tags, summary: '疑似职业病报告详情 One report with its history', params: UuidParamSchema, response: { 200: SuspectedReportSchema, ...errorResponses } },
    handler: (req) => service.reports.get(ctxOf(req), req.params.id),
  });
  const actions: { path: string; action: SuspectedReportAction; summary: string }[] = [
    { path: 'acknowledge', action: 'acknowledge', summary: '用人单位确认收到 The employer acknowledges the report' },
    { path: 'arrange-diagnosis', action: 'arrange_diagnosis', summary: '安排诊断 The employer arranges diagnosis (optionally naming the diagnosis institution)' },
    { path: 'record-outcome', action: 'record_outcome', summary: '登记诊断结果 The diagnosis institution or the authority records the outcome' },
    { path: 'close', action: 'close', summary: '结案 The authority closes the report (reason required)' },
  ];
  for (const a of actions) {
    app.post(`/suspected-reports/:id/${a.path}`, {
      config: { access: access.permission(SUSPECTED_REPORT_ACTION_PERMISSIONS[a.action]) },
      schema: { tags, summary: a.summary, params: UuidParamSchema, body: SuspectedReportActionBodySchemas[a.action], response: { 200: SuspectedReportSchema, ...errorResponses } },
      handler: (req) => service.reports.act(ctxOf(req), req.params.id, a.action, req.body as never),
    });
  }

  // Contraindication notices
  app.get('/contraindication-notices', {
    config: { access: access.permission('contraindication_notice:read') },
    schema: { tags, summary: '职业禁忌证告知 Notices in scope', querystring: NoticeQuerySchema, response: { 200: ContraindicationNoticePageSchema, ...errorResponses } },
    handler: (req) => service.notices.list(ctxOf(req), req.query),
  });
  app.post('/contraindication-notices/:id/confirm', {
    config: { access: access.permission('contraindication_notice:confirm') },
    schema: { tags, summary: '确认已调离 The employer confirms the worker was moved off the hazard', params: UuidParamSchema, body: ConfirmMovedSchema, response: { 200: ContraindicationNoticeSchema, ...errorResponses } },
    handler: (req) => service.notices.confirm(ctxOf(req), req.params.id, req.body),
  });

  // Overdue surveillance and archives
  app.get('/surveillance/overdue', {
    config: { access: access.permission('surveillance:read') },
    schema: { tags, summary: '应检未检 Overdue surveillance (no pre-employment, overdue periodic, missing exit exams, flagged workers)', querystring: OverdueQuerySchema, response: { 200: OverdueListSchema, ...errorResponses } },
    handler: (req) => service.overdue(ctxOf(req), req.query),
  });
  app.get('/workers/:id/health-archive', {
    config: { access: access.permission('health_archive:read') },
    schema: { tags, summary: '职业健康监护档案 A worker\'s archive: the parts inside the caller\'s scope (read audited)', params: UuidParamSchema, response: { 200: HealthArchiveSchema, ...errorResponses } },
    handler: (req) => service.archive(ctxOf(req), req.params.id),
  });
  app.get('/me/health-archive', {
    config: { access: access.permission('health_archive:read_own', { scoped: false }) },
    schema: { tags, summary: '我的职业健康监护档案 The signed-in worker\'s own archive (read audited); `worker` is null when the account is linked to no worker record', response: { 200: MyHealthArchiveSchema, ...errorResponses } },
    handler: (req) => service.myArchive(ctxOf(req)),
  });

  // Indicators
  app.get('/indicators/periodic-exam-coverage', {
    config: { access: access.permission('indicator:read') },
    schema: { tags: ['indicators'], summary: '接害劳动者在岗期间职业健康检查覆盖率', querystring: IndicatorQuerySchema, response: { 200: RatioIndicatorSchema, ...errorResponses } },
    handler: (req) => indicators.periodicCoverage(ctxOf(req), req.query),
  });
  app.get('/indicators/public-exam-institution-share', {
    config: { access: access.permission('indicator:read') },
    schema: { tags: ['indicators'], summary: '至少有一家公立职业健康检查机构的县（区）比例', querystring: IndicatorQuerySchema, response: { 200: RatioIndicatorSchema, ...errorResponses } },
    handler: (req) => indicators.publicInstitutionShare(ctxOf(req), req.query),
  });
  app.get('/indicators/suspected-od-rate', {
    config: { access: access.permission('indicator:read') },
    schema: { tags: ['indicators'], summary: '疑似职业病检出数及每千名受检者检出率（按危害因素类别）', querystring: IndicatorQuerySchema, response: { 200: SuspectedRateIndicatorSchema, ...errorResponses } },
    handler: (req) => indicators.suspectedRate(ctxOf(req), req.query),
  });
}

/** Home to-do counters of the exam area. */
export function examTodos(service: ExamsService): HomeTodoProvider[] {
  return [
    { key: 'exams.suspected_reports_open', permission: 'suspected_report:read', severity: 'warning', href: '/suspected-reports', count: (ctx) => service.counters.openReports(ctx) },
    { key: 'exams.notices_open', permission: 'contraindication_notice:confirm', severity: 'warning', href: '/contraindication-notices', count: (ctx) => service.counters.openNotices(ctx) },
    { key: 'exams.rechecks_due', permission: 'exam:read', severity: 'info', href: '/health-exams?flag=recheck_due', count: (ctx) => service.counters.recheckDue(ctx) },
    { key: 'exams.surveillance_overdue', permission: 'surveillance:read', severity: 'warning', href: '/surveillance/overdue', count: (ctx) => service.counters.overdue(ctx) },
    { key: 'exams.institution_not_filed', permission: 'exam:write', severity: 'warning', href: '/exam-institutions', count: (ctx) => service.counters.unfiled(ctx) },
  ];
}
