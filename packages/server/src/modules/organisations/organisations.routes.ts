import { errorResponses, UuidParamSchema } from '../../platform/http/common.schemas.ts';
import { ctxOf } from '../../platform/auth/auth.plugin.ts';
import { access } from '../../platform/http/route-access.ts';
import type { ZApp } from '../../platform/http/zod-app.ts';
import {
  CreateOrganisationSchema,
  OrganisationListQuerySchema,
  OrganisationPageSchema,
  OrganisationSchema,
  UpdateOrganisationSchema,
} from './organisations.schemas.ts';
import type { OrganisationsService } from './organisations.service.ts';

const tags = ['organisations'];

export function registerOrganisationRoutes(app: ZApp, service: OrganisationsService): void {
  app.get('/organisations', {
    config: { access: access.permission('organisation:read') },
    schema: { tags, summary: '单位列表 Organisations in scope', querystring: OrganisationListQuerySchema, response: { 200: OrganisationPageSchema, ...errorResponses } },
    handler: (req) => service.list(ctxOf(req), req.query),
  });
  app.get('/organisations/:id', {
    config: { access: access.permission('organisation:read') },
    schema: { tags, summary: '单位详情 One organisation', params: UuidParamSchema, response: { 200: OrganisationSchema, ...errorResponses } },
    handler: (req) => service.get(ctxOf(req), req.params.id),
  });
  app.post('/organisations', {
    config: { access: access.permission('organisation:create') },
    schema: { tags, summary: '登记单位 Register an organisation', body: CreateOrganisationSchema, response: { 201: OrganisationSchema, ...errorResponses } },
    handler: async (req, reply) => reply.status(201).send(await service.create(ctxOf(req), req.body)),
  });
  app.patch('/organisations/:id', {
    config: { access: access.permission('organisation:update') },
    schema: { tags, summary: '修改单位 Update an organisation', params: UuidParamSchema, body: UpdateOrganisationSchema, response: { 200: OrganisationSchema, ...errorResponses } },
    handler: (req) => service.update(ctxOf(req), req.params.id, req.body),
  });
}
