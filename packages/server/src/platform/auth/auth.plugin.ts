import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { errors } from '@ohnet/domain';
import type { Config } from '../../config.ts';
import type { Db } from '../../db/client.ts';
import type { Actor, Ctx } from '../http/actor.ts';
import { SESSION_COOKIE, resolveSession } from './sessions.ts';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
  }
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
export const CSRF_HEADER = 'x-csrf-token';

/**
 * Resolves the session and enforces each route's declared access, in this order:
 * 401 (no session) → 403 (CSRF token or permission missing). Scope (404) is the service's job,
 * through platform/access/scope.sql.ts.
 */
export function registerAuth(app: FastifyInstance, deps: { db: Db; config: Config }): void {
  app.decorateRequest('actor', null);

  app.addHook('onRequest', async (request: FastifyRequest) => {
    const access = request.routeOptions.config.access;
    if (!access) return; // non-API routes (static files, docs)
    const token = request.cookies[SESSION_COOKIE];
    if (token) request.actor = await resolveSession(deps.db, deps.config, token);
    if (access.kind === 'public') return;
    const actor = request.actor;
    if (!actor) throw errors.unauthenticated();
    if (UNSAFE.has(request.method)) {
      const header = request.headers[CSRF_HEADER];
      if (typeof header !== 'string' || header !== actor.csrfToken) {
        throw errors.forbidden('auth.csrf_token_invalid', 'CSRF 校验失败，请刷新页面后重试');
      }
    }
    if (access.kind === 'permission' && actor.mustChangePassword) {
      throw errors.forbidden('auth.password_change_required', '首次登录或密码已重置，请先修改密码');
    }
    if (access.kind === 'permission' && !actor.permissions.has(access.permission)) {
      throw errors.forbidden('auth.permission_denied', `缺少权限：${access.permission}`, { permission: access.permission });
    }
  });
}

/** The context a service call needs, from a request whose route requires a session. */
export function ctxOf(request: FastifyRequest): Ctx {
  if (!request.actor) throw errors.unauthenticated();
  return { actor: request.actor, requestId: request.id, ip: request.ip ?? null };
}

export function setSessionCookie(reply: FastifyReply, config: Config, token: string, expiresAt: Date): void {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'strict',
    secure: config.session.cookieSecure,
    expires: expiresAt,
  });
}

export function clearSessionCookie(reply: FastifyReply, config: Config): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'strict', secure: config.session.cookieSecure });
}
