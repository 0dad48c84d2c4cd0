import { z } from 'zod';
import type { Config } from '../../config.ts';
import { ctxOf } from '../../platform/auth/auth.plugin.ts';
import { UuidParamSchema, errorResponses } from '../../platform/http/common.schemas.ts';
import { access } from '../../platform/http/route-access.ts';
import type { ZApp } from '../../platform/http/zod-app.ts';
import {
  CreateDeclarationSchema,
  DeclarationDetailSchema,
  DeclarationListQuerySchema,
  DeclarationPageSchema,
  PrefillSchema,
  ReasonSchema,
  ReceiptVerificationSchema,
  ReceiptVerifyQuerySchema,
  SaveDeclarationSchema,
} from './declarations.schemas.ts';
import type { DeclarationsService } from './declarations.service.ts';

const tags = ['declarations'];

export function registerDeclarationRoutes(app: ZApp, service: DeclarationsService, config: Config): void {
  app.get('/declarations', {
    config: { access: access.permission('declaration:read') },
    schema: { tags, summary: '申报列表 Declarations in scope (state=submitted is the review queue)', querystring: DeclarationListQuerySchema, response: { 200: DeclarationPageSchema, ...errorResponses } },
    handler: (req) => service.list(ctxOf(req), req.query),
  });
  app.get('/employers/:id/declaration-prefill', {
    config: { access: access.permission('declaration:write') },
    schema: { tags, summary: '申报表预填 The form pre-filled from the base record and posts', params: UuidParamSchema, response: { 200: PrefillSchema, ...errorResponses } },
    handler: (req) => service.prefill(ctxOf(req), req.params.id),
  });
  app.post('/declarations', {
    config: { access: access.permission('declaration:write') },
    schema: { tags, summary: '新建申报草稿 Start a declaration (draft)', body: CreateDeclarationSchema, response: { 201: DeclarationDetailSchema, ...errorResponses } },
    handler: async (req, reply) => reply.status(201).send(await service.create(ctxOf(req), req.body)),
  });
  app.get('/declarations/:id', {
    config: { access: access.permission('declaration:read') },
    schema: { tags, summary: '申报详情 A declaration with its history and the actions open to you', params: UuidParamSchema, response: { 200: DeclarationDetailSchema, ...errorResponses } },
    handler: (req) => service.get(ctxOf(req), req.params.id),
  });
  app.put('/declarations/:id/content', {
    config: { access: access.permission('declaration:write') },
    schema: { tags, summary: '保存申报内容 Save the form (draft or returned only)', params: UuidParamSchema, body: SaveDeclarationSchema, response: { 200: DeclarationDetailSchema, ...errorResponses } },
    handler: (req) => service.save(ctxOf(req), req.params.id, req.body.content),
  });
  for (const action of ['submit', 'withdraw'] as const) {
    app.post(`/declarations/:id/${action}`, {
      config: { access: access.permission('declaration:write') },
      schema: { tags, summary: action === 'submit' ? '提交申报 Submit (full validation)' : '撤回申报 Withdraw', params: UuidParamSchema, body: ReasonSchema.nullish(), response: { 200: DeclarationDetailSchema, ...errorResponses } },
      handler: (req) => service.act(ctxOf(req), req.params.id, action, req.body?.reason),
    });
  }
  for (const action of ['accept', 'return'] as const) {
    app.post(`/declarations/:id/${action}`, {
      config: { access: access.permission('declaration:review') },
      schema: {
        tags,
        summary: action === 'accept' ? '受理申报 Accept and issue the receipt' : '退回申报 Return with a reason',
        params: UuidParamSchema,
        body: ReasonSchema.nullish(),
        response: { 200: DeclarationDetailSchema, ...errorResponses },
      },
      handler: (req) => service.act(ctxOf(req), req.params.id, action, req.body?.reason),
    });
  }
  app.get('/declarations/:id/receipt.pdf', {
    config: { access: access.permission('declaration:read') },
    schema: { tags, summary: '申报回执 PDF The receipt of an accepted declaration', params: UuidParamSchema, response: { 200: z.any().describe('application/pdf'), ...errorResponses } },
    handler: async (req, reply) => {
      const { fileName, pdf } = await service.receipt(ctxOf(req), req.params.id, `${req.protocol}://${req.host}`);
      return reply.header('content-type', 'application/pdf').header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(fileName)}`).send(pdf);
    },
  });
  app.get('/declaration-receipts/verify', {
    config: { access: access.public, rateLimit: { max: config.toolboxRateLimitPerMinute, timeWindow: '1 minute' } },
    schema: { tags, summary: '回执核验 Verify a receipt by number and code (no sign-in)', querystring: ReceiptVerifyQuerySchema, response: { 200: ReceiptVerificationSchema, ...errorResponses } },
    handler: (req) => service.verifyReceipt(req.query.number, req.query.code),
  });
}
