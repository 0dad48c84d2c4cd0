import { z } from 'zod';
import { ctxOf } from '../../platform/auth/auth.plugin.ts';
import { UuidParamSchema, errorResponses } from '../../platform/http/common.schemas.ts';
import { access } from '../../platform/http/route-access.ts';
import type { ZApp } from '../../platform/http/zod-app.ts';
import type { Db } from '../../db/client.ts';
import { auditWho } from '../../platform/audit/audit.writer.ts';
import { readImportUpload, xlsxReply } from '../../platform/imports/xlsx-template.ts';
import { enqueueJob } from '../../platform/jobs/jobs.runner.ts';
import { exportEmployersXlsx } from './employers.export.ts';
import { listImportJobs } from '../../platform/imports/import-jobs.ts';
import { POST_IMPORT_JOB, type PostImportPayload, parsePostImport, postImportTemplate } from './posts.import.ts';
import { sql } from 'drizzle-orm';
import { EMPLOYER_IMPORT_JOB, type EmployerImportPayload, employerImportTemplate, listEmployerImports, parseEmployerImport } from './employers.import.ts';
import {
  EmployerDetailSchema,
  EmployerListQuerySchema,
  EmployerPageSchema,
  EmployerProfileInputSchema,
  PostInputSchema,
  PostParamsSchema,
  PostSchema,
} from './employers.schemas.ts';
import type { EmployersService } from './employers.service.ts';

const tags = ['employers'];
const read = access.permission('employer:read');
const update = access.permission('employer:update');

const ImportSummariesSchema = z.array(
  z.object({ jobId: z.string(), fileName: z.string().nullable(), mode: z.string().nullable(), status: z.string(), createdAt: z.string(), result: z.unknown().nullable() }),
);

export function registerEmployerRoutes(app: ZApp, service: EmployersService, db: Db): void {
  app.get('/employers/import-template', {
    config: { access: access.permission('organisation:create', { scoped: false }) },
    schema: { tags, summary: '用人单位导入模板 The Excel template for registering employers in bulk', response: { 200: z.any().describe('xlsx'), ...errorResponses } },
    handler: async (_req, reply) => reply.headers(xlsxReply('用人单位导入模板.xlsx')).send(await employerImportTemplate()),
  });
  app.post('/employers/import', {
    config: { access: access.permission('organisation:create', { scoped: false }) },
    schema: {
      tags,
      summary: '批量登记用人单位 Upload the filled template (multipart: file, mode); runs as a job; regions must be in your jurisdiction',
      consumes: ['multipart/form-data'],
      response: { 202: z.object({ jobId: z.string(), rows: z.number().int() }).meta({ id: 'EmployerImportAccepted' }), ...errorResponses },
    },
    handler: async (req, reply) => {
      const ctx = ctxOf(req);
      const upload = await readImportUpload(req);
      const rows = await parseEmployerImport(upload.file);
      const payload: EmployerImportPayload = { mode: upload.mode, fileName: upload.fileName, scope: ctx.actor.scope, who: auditWho(ctx), rows };
      return reply.status(202).send({ jobId: await enqueueJob(db, EMPLOYER_IMPORT_JOB, payload, ctx, { maxAttempts: 1 }), rows: rows.length });
    },
  });
  app.get('/employer-imports', {
    config: { access: access.permission('organisation:create', { scoped: false }) },
    schema: { tags, summary: '用人单位导入记录 Employer imports started by your organisation', response: { 200: ImportSummariesSchema, ...errorResponses } },
    handler: (req) => listEmployerImports(db, ctxOf(req).actor.organisation.id),
  });

  app.get('/employers', {
    config: { access: read },
    schema: { tags, summary: '用人单位列表 Employers in scope with their profile', querystring: EmployerListQuerySchema, response: { 200: EmployerPageSchema, ...errorResponses } },
    handler: async (req) => {
      const { filter: _filter, ...page } = await service.list(ctxOf(req), req.query);
      return page;
    },
  });
  app.get('/employers/export', {
    config: { access: read },
    schema: {
      tags,
      summary: '导出用人单位 Excel export of the filtered list (all pages)',
      querystring: EmployerListQuerySchema.omit({ page: true, pageSize: true }),
      response: { 200: z.any().describe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'), ...errorResponses },
    },
    handler: async (req, reply) => {
      const ctx = ctxOf(req);
      const { filter } = await service.list(ctx, { ...req.query, page: 1, pageSize: 1 });
      const file = await exportEmployersXlsx(service.repo, ctx, filter);
      return reply.headers(xlsxReply('用人单位.xlsx')).send(file);
    },
  });
  app.get('/employers/:id/posts/import-template', {
    config: { access: update },
    schema: { tags, summary: '岗位导入模板 Template for posts and their hazard factors (one row per post × factor)', params: UuidParamSchema, response: { 200: z.any().describe('xlsx'), ...errorResponses } },
    handler: async (req, reply) => {
      await service.get(ctxOf(req), req.params.id);
      return reply.headers(xlsxReply('岗位导入模板.xlsx')).send(await postImportTemplate());
    },
  });
  app.post('/employers/:id/posts/import', {
    config: { access: update },
    schema: {
      tags,
      summary: '批量导入岗位 Upload posts and hazard factors (multipart: file, mode); runs as a job',
      consumes: ['multipart/form-data'],
      params: UuidParamSchema,
      response: { 202: z.object({ jobId: z.string(), rows: z.number().int() }).meta({ id: 'PostImportAccepted' }), ...errorResponses },
    },
    handler: async (req, reply) => {
      const ctx = ctxOf(req);
      const employer = await service.get(ctx, req.params.id);
      const upload = await readImportUpload(req);
      const rows = await parsePostImport(upload.file);
      const payload: PostImportPayload = { employerId: employer.id, regionCode: employer.regionCode, mode: upload.mode, fileName: upload.fileName, who: auditWho(ctx), rows };
      return reply.status(202).send({ jobId: await enqueueJob(db, POST_IMPORT_JOB, payload, ctx, { maxAttempts: 1 }), rows: rows.length });
    },
  });
  app.get('/employers/:id/post-imports', {
    config: { access: read },
    schema: { tags, summary: '岗位导入记录 Post imports of this employer', params: UuidParamSchema, response: { 200: ImportSummariesSchema, ...errorResponses } },
    handler: async (req) => {
      await service.get(ctxOf(req), req.params.id);
      return listImportJobs(db, POST_IMPORT_JOB, sql`payload->>'employerId' = ${req.params.id}`);
    },
  });
  app.get('/employers/:id', {
    config: { access: read },
    schema: { tags, summary: '用人单位详情 An employer with its posts', params: UuidParamSchema, response: { 200: EmployerDetailSchema, ...errorResponses } },
    handler: (req) => service.get(ctxOf(req), req.params.id),
  });
  app.put('/employers/:id/profile', {
    config: { access: update },
    schema: { tags, summary: '维护基本信息 Save the employer profile', params: UuidParamSchema, body: EmployerProfileInputSchema, response: { 200: EmployerDetailSchema, ...errorResponses } },
    handler: (req) => service.saveProfile(ctxOf(req), req.params.id, req.body),
  });
  app.post('/employers/:id/posts', {
    config: { access: update },
    schema: { tags, summary: '新增岗位 Add a post with its hazard factors', params: UuidParamSchema, body: PostInputSchema, response: { 201: PostSchema, ...errorResponses } },
    handler: async (req, reply) => reply.status(201).send(await service.createPost(ctxOf(req), req.params.id, req.body)),
  });
  app.put('/employers/:id/posts/:postId', {
    config: { access: update },
    schema: { tags, summary: '修改岗位 Replace a post and its hazard factors', params: PostParamsSchema, body: PostInputSchema, response: { 200: PostSchema, ...errorResponses } },
    handler: (req) => service.updatePost(ctxOf(req), req.params.id, req.params.postId, req.body),
  });
  app.post('/employers/:id/posts/:postId/deactivate', {
    config: { access: update },
    schema: { tags, summary: '停用岗位 Deactivate a post (kept for history)', params: PostParamsSchema, response: { 200: PostSchema, ...errorResponses } },
    handler: (req) => service.setPostActive(ctxOf(req), req.params.id, req.params.postId, false),
  });
  app.post('/employers/:id/posts/:postId/activate', {
    config: { access: update },
    schema: { tags, summary: '启用岗位 Reactivate a post', params: PostParamsSchema, response: { 200: PostSchema, ...errorResponses } },
    handler: (req) => service.setPostActive(ctxOf(req), req.params.id, req.params.postId, true),
  });
}
