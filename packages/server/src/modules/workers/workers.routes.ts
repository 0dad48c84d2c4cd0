import { ctxOf } from '../../platform/auth/auth.plugin.ts';
import { OkSchema, UuidParamSchema, errorResponses } from '../../platform/http/common.schemas.ts';
import { access } from '../../platform/http/route-access.ts';
import type { ZApp } from '../../platform/http/zod-app.ts';
import { z } from 'zod';
import { EmploymentParamsSchema, EndEmploymentSchema, HireWorkerSchema, WorkerDetailSchema, WorkerListQuerySchema, WorkerPageSchema } from './workers.schemas.ts';
import type { WorkersService } from './workers.service.ts';
import { readImportUpload, xlsxReply } from '../../platform/imports/xlsx-template.ts';

const tags = ['workers'];

export function registerWorkerRoutes(app: ZApp, service: WorkersService): void {
  app.get('/employers/:id/workers', {
    config: { access: access.permission('worker:read') },
    schema: { tags, summary: '本单位劳动者 Workers of an employer (ID numbers masked; reads audited)', params: UuidParamSchema, querystring: WorkerListQuerySchema, response: { 200: WorkerPageSchema, ...errorResponses } },
    handler: (req) => service.listForEmployer(ctxOf(req), req.params.id, req.query),
  });
  app.post('/employers/:id/workers', {
    config: { access: access.permission('worker:write') },
    schema: {
      tags,
      summary: '登记劳动者上岗 Register a worker (found by ID number if known) and open an employment episode',
      params: UuidParamSchema,
      body: HireWorkerSchema,
      response: { 201: z.object({ workerId: z.string(), employmentId: z.string() }).meta({ id: 'HiredWorker' }), ...errorResponses },
    },
    handler: async (req, reply) => reply.status(201).send(await service.hire(ctxOf(req), req.params.id, req.body)),
  });
  app.post('/employers/:id/employments/:employmentId/end', {
    config: { access: access.permission('worker:write') },
    schema: { tags, summary: '离岗 End an employment episode', params: EmploymentParamsSchema, body: EndEmploymentSchema, response: { 200: OkSchema, ...errorResponses } },
    handler: (req) => service.endEmployment(ctxOf(req), req.params.id, req.params.employmentId, req.body.endDate),
  });
  app.get('/workers/:id', {
    config: { access: access.permission('worker:read') },
    schema: { tags, summary: '劳动者档案 One worker: employments and exposure years (read audited)', params: UuidParamSchema, response: { 200: WorkerDetailSchema, ...errorResponses } },
    handler: (req) => service.get(ctxOf(req), req.params.id),
  });

  app.get('/employers/:id/workers/import-template', {
    config: { access: access.permission('worker:write') },
    schema: { tags, summary: '劳动者导入模板 The Excel template (with this employer\'s posts as a list)', params: UuidParamSchema, response: { 200: z.any().describe('xlsx'), ...errorResponses } },
    handler: async (req, reply) => {
      const file = await service.importTemplate(ctxOf(req), req.params.id);
      return reply.headers(xlsxReply('劳动者导入模板.xlsx')).send(file);
    },
  });
  app.post('/employers/:id/workers/import', {
    config: { access: access.permission('worker:write') },
    schema: {
      tags,
      summary: '批量导入劳动者 Upload the filled template (multipart: file, mode = all_or_nothing | valid_rows); runs as a job',
      consumes: ['multipart/form-data'],
      params: UuidParamSchema,
      response: { 202: z.object({ jobId: z.string(), rows: z.number().int() }).meta({ id: 'WorkerImportAccepted' }), ...errorResponses },
    },
    handler: async (req, reply) => {
      const accepted = await service.startImport(ctxOf(req), req.params.id, await readImportUpload(req));
      return reply.status(202).send(accepted);
    },
  });
  app.get('/employers/:id/worker-imports', {
    config: { access: access.permission('worker:read') },
    schema: {
      tags,
      summary: '导入记录 Past worker imports with their result summaries',
      params: UuidParamSchema,
      response: {
        200: z.array(z.object({ jobId: z.string(), fileName: z.string().nullable(), mode: z.string().nullable(), status: z.string(), createdAt: z.string(), result: z.unknown().nullable() })).describe('Newest first, at most 50'),
        ...errorResponses,
      },
    },
    handler: (req) => service.imports(ctxOf(req), req.params.id),
  });
}
