import { z } from 'zod';
import { ctxOf } from '../../platform/auth/auth.plugin.ts';
import { UuidParamSchema, errorResponses } from '../../platform/http/common.schemas.ts';
import { access } from '../../platform/http/route-access.ts';
import type { ZApp } from '../../platform/http/zod-app.ts';
import { exportEmployersXlsx } from './employers.export.ts';
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

export function registerEmployerRoutes(app: ZApp, service: EmployersService): void {
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
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent('用人单位.xlsx')}`)
        .send(file);
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
