import { ctxOf } from '../../platform/auth/auth.plugin.ts';
import { errorResponses, UuidParamSchema } from '../../platform/http/common.schemas.ts';
import { access } from '../../platform/http/route-access.ts';
import type { ZApp } from '../../platform/http/zod-app.ts';
import { CreateUserSchema, CreatedUserSchema, TemporaryPasswordSchema, UpdateUserSchema, UserListQuerySchema, UserPageSchema, UserSchema } from './users.schemas.ts';
import type { UsersService } from './users.service.ts';

const tags = ['users'];

export function registerUserRoutes(app: ZApp, service: UsersService): void {
  app.get('/users', {
    config: { access: access.permission('user:read') },
    schema: { tags, summary: '账号列表 Accounts', querystring: UserListQuerySchema, response: { 200: UserPageSchema, ...errorResponses } },
    handler: (req) => service.list(ctxOf(req), req.query),
  });
  app.get('/users/:id', {
    config: { access: access.permission('user:read') },
    schema: { tags, summary: '账号详情 One account', params: UuidParamSchema, response: { 200: UserSchema, ...errorResponses } },
    handler: (req) => service.get(ctxOf(req), req.params.id),
  });
  app.post('/users', {
    config: { access: access.permission('user:create') },
    schema: { tags, summary: '创建账号 Create an account', body: CreateUserSchema, response: { 201: CreatedUserSchema, ...errorResponses } },
    handler: async (req, reply) => reply.status(201).send(await service.create(ctxOf(req), req.body)),
  });
  app.patch('/users/:id', {
    config: { access: access.permission('user:update') },
    schema: { tags, summary: '修改账号 Update an account', params: UuidParamSchema, body: UpdateUserSchema, response: { 200: UserSchema, ...errorResponses } },
    handler: (req) => service.update(ctxOf(req), req.params.id, req.body),
  });
  app.post('/users/:id/disable', {
    config: { access: access.permission('user:update') },
    schema: { tags, summary: '停用账号 Disable an account', params: UuidParamSchema, response: { 200: UserSchema, ...errorResponses } },
    handler: (req) => service.disable(ctxOf(req), req.params.id),
  });
  app.post('/users/:id/enable', {
    config: { access: access.permission('user:update') },
    schema: { tags, summary: '启用账号 Enable an account', params: UuidParamSchema, response: { 200: UserSchema, ...errorResponses } },
    handler: (req) => service.enable(ctxOf(req), req.params.id),
  });
  app.post('/users/:id/unlock', {
    config: { access: access.permission('user:update') },
    schema: { tags, summary: '解除锁定 Unlock after failed sign-ins', params: UuidParamSchema, response: { 200: UserSchema, ...errorResponses } },
    handler: (req) => service.unlock(ctxOf(req), req.params.id),
  });
  app.post('/users/:id/reset-password', {
    config: { access: access.permission('user:update') },
    schema: { tags, summary: '重置密码 Reset to a temporary password', params: UuidParamSchema, response: { 200: TemporaryPasswordSchema, ...errorResponses } },
    handler: (req) => service.resetPassword(ctxOf(req), req.params.id),
  });
}
