import { z } from 'zod';
import { ORGANISATION_TYPES, type Permission } from '@ohnet/domain';
import { ctxOf } from '../../platform/auth/auth.plugin.ts';
import type { Ctx } from '../../platform/http/actor.ts';
import { errorResponses } from '../../platform/http/common.schemas.ts';
import { access } from '../../platform/http/route-access.ts';
import type { ZApp } from '../../platform/http/zod-app.ts';
import type { OrganisationsService } from '../organisations/organisations.service.ts';
import type { UsersService } from '../users/users.service.ts';

/**
 * A to-do counter on a role's home page. Modules contribute theirs explicitly in app.ts
 * (no registration by side effect); each is shown only to actors holding its permission.
 */
export interface HomeTodoProvider {
  key: string;
  permission: Permission;
  severity: 'info' | 'warning';
  /** Web route the counter links to. */
  href: string;
  count(ctx: Ctx): Promise<number>;
}

export const HomeSchema = z
  .object({
    todos: z.array(z.object({ key: z.string(), count: z.number().int(), severity: z.enum(['info', 'warning']), href: z.string() })),
    organisationCounts: z.array(z.object({ type: z.enum(ORGANISATION_TYPES), count: z.number().int() })),
  })
  .meta({ id: 'Home' });

export function foundationTodos(users: UsersService): HomeTodoProvider[] {
  return [
    { key: 'users.locked', permission: 'user:read', severity: 'warning', href: '/admin/users?status=locked', count: (ctx) => users.repo.countWhere(ctx.actor, { status: 'locked' }) },
    { key: 'users.disabled', permission: 'user:read', severity: 'info', href: '/admin/users?status=disabled', count: (ctx) => users.repo.countWhere(ctx.actor, { status: 'disabled' }) },
  ];
}

export function registerHomeRoutes(app: ZApp, deps: { providers: HomeTodoProvider[]; organisations: OrganisationsService }): void {
  app.get('/home', {
    config: { access: access.authenticated },
    schema: { tags: ['home'], summary: '首页待办 To-do counts and overview for the signed-in role', response: { 200: HomeSchema, ...errorResponses } },
    handler: async (req) => {
      const ctx = ctxOf(req);
      const mine = deps.providers.filter((p) => ctx.actor.permissions.has(p.permission));
      const todos = await Promise.all(mine.map(async (p) => ({ key: p.key, count: await p.count(ctx), severity: p.severity, href: p.href })));
      const organisationCounts = ctx.actor.permissions.has('organisation:read')
        ? (await deps.organisations.repo.countByType(ctx.actor)).map((r) => ({ type: r.type, count: r.n }))
        : [];
      return { todos, organisationCounts };
    },
  });
}
