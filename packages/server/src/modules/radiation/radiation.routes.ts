import { z } from 'zod';
import { ctxOf } from '../../platform/auth/auth.plugin.ts';
import { UuidParamSchema, errorResponses } from '../../platform/http/common.schemas.ts';
import { access } from '../../platform/http/route-access.ts';
import type { ZApp } from '../../platform/http/zod-app.ts';
import { readImportUpload, xlsxReply } from '../../platform/imports/xlsx-template.ts';
import {
  DoseBatchResultSchema,
  DoseBatchSchema,
  DoseCorrectionSchema,
  DoseHistorySchema,
  DoseRateQuerySchema,
  DoseRateSchema,
  RadiationExamRateSchema,
  DoseRecordCreateSchema,
  DoseRecordCreatedSchema,
  DoseRecordListQuerySchema,
  DoseRecordPageSchema,
  OverLevelQuerySchema,
  OverLevelWorkerSchema,
} from './radiation.schemas.ts';
import type { RadiationService } from './radiation.service.ts';

const tags = ['radiation'];

export function registerRadiationRoutes(app: ZApp, service: RadiationService): void {
  // Filing: a dosimetry service files for any employer (it serves clients everywhere), so these
  // routes are not scoped to the filer's own records; the employer and worker are checked instead.
  app.post('/dose-records/batch', {
    config: { access: access.permission('dose:write', { scoped: false }) },
    // Up to 20,000 records (about 4 MB of JSON) in one batch, above the default body limit.
    bodyLimit: 16 * 1024 * 1024,
    schema: {
      tags,
      summary: '批量报送个人剂量 File a batch of personal dose records for one employer (JSON; idempotent on institution × worker × period)',
      description: 'mode all_or_nothing (default): any problem answers 422 listing every record (`body.records.<i>.<field>`) and writes nothing. mode valid_rows: writes the valid records and lists the rest in `errors`.',
      body: DoseBatchSchema,
      response: { 200: DoseBatchResultSchema, ...errorResponses },
    },
    handler: (req) => service.fileBatch(ctxOf(req), req.body),
  });
  app.post('/dose-records', {
    config: { access: access.permission('dose:write', { scoped: false }) },
    schema: {
      tags,
      summary: '报送一条个人剂量 File one dose record (the web form); an identical re-send answers 200 with the existing id, different values for the same period 409',
      body: DoseRecordCreateSchema,
      response: { 200: DoseRecordCreatedSchema, 201: DoseRecordCreatedSchema, ...errorResponses },
    },
    handler: async (req, reply) => {
      const r = await service.fileOne(ctxOf(req), req.body);
      return reply.status(r.created ? 201 : 200).send(r);
    },
  });
  app.post('/dose-records/:id/correct', {
    config: { access: access.permission('dose:write') },
    schema: {
      tags,
      summary: '更正个人剂量 Correct a record your institution filed: it is kept (superseded) and a new version takes its place (409 when already corrected)',
      params: UuidParamSchema,
      body: DoseCorrectionSchema,
      response: { 201: DoseRecordCreatedSchema, ...errorResponses },
    },
    handler: async (req, reply) => reply.status(201).send(await service.correct(ctxOf(req), req.params.id, req.body)),
  });
  app.get('/dose-records', {
    config: { access: access.permission('dose:read') },
    schema: { tags, summary: '个人剂量记录 Dose records in scope (ID numbers masked; reads audited)', querystring: DoseRecordListQuerySchema, response: { 200: DoseRecordPageSchema, ...errorResponses } },
    handler: (req) => service.list(ctxOf(req), req.query),
  });
  app.get('/dose-records/over-level', {
    config: { access: access.permission('dose:read') },
    schema: {
      tags,
      summary: '超调查水平/超限值人员 Workers above the GBZ 128 investigation level or a GB 18871 limit in a year (in scope)',
      querystring: OverLevelQuerySchema,
      response: { 200: z.array(OverLevelWorkerSchema), ...errorResponses },
    },
    handler: (req) => service.overLevel(ctxOf(req), req.query),
  });
  app.get('/workers/:id/dose-history', {
    config: { access: access.permission('dose:read') },
    schema: {
      tags,
      summary: '个人剂量档案 A worker\'s dose history: annual and 5-year sums, investigation and limit flags (read audited)',
      params: UuidParamSchema,
      response: { 200: DoseHistorySchema, ...errorResponses },
    },
    handler: (req) => service.history(ctxOf(req), req.params.id),
  });
  app.get('/dose-records/import-template', {
    config: { access: access.permission('dose:write', { scoped: false }) },
    schema: { tags, summary: '个人剂量导入模板 The Excel template', response: { 200: z.any().describe('xlsx'), ...errorResponses } },
    handler: async (_req, reply) => reply.headers(xlsxReply('个人剂量导入模板.xlsx')).send(await service.importTemplate()),
  });
  app.post('/dose-records/import', {
    config: { access: access.permission('dose:write', { scoped: false }) },
    schema: {
      tags,
      summary: '批量导入个人剂量 Upload the filled template (multipart: file, mode = all_or_nothing | valid_rows); runs as a job',
      consumes: ['multipart/form-data'],
      response: { 202: z.object({ jobId: z.string(), rows: z.number().int() }).meta({ id: 'DoseImportAccepted' }), ...errorResponses },
    },
    handler: async (req, reply) => reply.status(202).send(await service.startImport(ctxOf(req), await readImportUpload(req))),
  });
  app.get('/dose-record-imports', {
    config: { access: access.permission('dose:write', { scoped: false }) },
    schema: {
      tags,
      summary: '导入记录 This institution\'s past dose imports with their result summaries',
      response: {
        200: z.array(z.object({ jobId: z.string(), fileName: z.string().nullable(), mode: z.string().nullable(), status: z.string(), createdAt: z.string(), result: z.unknown().nullable() })).describe('Newest first, at most 50'),
        ...errorResponses,
      },
    },
    handler: (req) => service.imports(ctxOf(req)),
  });
  app.get('/indicators/dose-monitoring-rate', {
    config: { access: access.permission('indicator:read', { scoped: true }) },
    schema: {
      tags: ['indicators'],
      summary: '非医疗放射工作人员个人剂量监测率 Dose-monitoring rate of non-medical radiation workers for a region and year, with its definition and the worker ids behind it',
      description: 'See `definition` in the response (also in docs/INDICATORS.md).',
      querystring: DoseRateQuerySchema,
      response: { 200: DoseRateSchema, ...errorResponses },
    },
    handler: (req) => service.monitoringRate(ctxOf(req), req.query),
  });
  app.get('/indicators/radiation-exam-rate', {
    config: { access: access.permission('indicator:read', { scoped: true }) },
    schema: {
      tags: ['indicators'],
      summary: '放射工作人员职业健康体检率 Share of radiation workers of a region with no overdue GBZ 98 exam, for a year, with its definition and the worker ids behind it',
      description: 'Radiation exams are exams with a conclusion for an ionising-radiation factor (电离辐射, category 放射性因素). See `definition` in the response (also in docs/INDICATORS.md).',
      querystring: DoseRateQuerySchema,
      response: { 200: RadiationExamRateSchema, ...errorResponses },
    },
    handler: (req) => service.examRate(ctxOf(req), req.query),
  });
}
