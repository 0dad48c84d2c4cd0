import type { Config } from '../../config.ts';
import { clearSessionCookie, ctxOf, setSessionCookie } from '../../platform/auth/auth.plugin.ts';
import { errorResponses, OkSchema } from '../../platform/http/common.schemas.ts';
import { access } from '../../platform/http/route-access.ts';
import type { ZApp } from '../../platform/http/zod-app.ts';
import { ChangePasswordSchema, LoginSchema, SessionInfoSchema } from './auth.schemas.ts';
import type { AuthService } from './auth.service.ts';

const tags = ['auth'];

export function registerAuthRoutes(app: ZApp, service: AuthService, config: Config): void {
  app.post('/auth/login', {
    config: {
      access: access.public,
      // Per client address; account lockout (in the database) covers distributed guessing.
      rateLimit: { max: config.loginRateLimitPerMinute, timeWindow: '1 minute' },
    },
    schema: { tags, summary: '登录 Sign in', body: LoginSchema, response: { 200: SessionInfoSchema, ...errorResponses } },
    handler: async (req, reply) => {
      const { session, info } = await service.login(req.body, { requestId: req.id, ip: req.ip ?? null, userAgent: req.headers['user-agent'] ?? null });
      setSessionCookie(reply, config, session.token, session.expiresAt);
      return info;
    },
  });
  app.get('/auth/session', {
    config: { access: access.authenticated },
    schema: { tags, summary: '当前会话 The signed-in user, permissions and scope', response: { 200: SessionInfoSchema, ...errorResponses } },
    handler: (req) => service.sessionInfo(ctxOf(req).actor),
  });
  app.post('/auth/logout', {
    config: { access: access.authenticated },
    schema: { tags, summary: '退出 Sign out', response: { 200: OkSchema, ...errorResponses } },
    handler: async (req, reply) => {
      await service.logout(ctxOf(req));
      clearSessionCookie(reply, config);
      return { ok: true as const };
    },
  });
  app.post('/auth/password', {
    config: { access: access.authenticated },
    schema: { tags, summary: '修改密码 Change own password', body: ChangePasswordSchema, response: { 200: OkSchema, ...errorResponses } },
    handler: async (req) => {
      await service.changePassword(ctxOf(req), req.body);
      return { ok: true as const };
    },
  });
}
