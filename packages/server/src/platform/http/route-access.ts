import type { Permission } from '@ohnet/domain';

/**
 * Every route declares its access in `config.access`; app.ts refuses to start if an /api route has none.
 * - `public`: no session needed (login, health).
 * - `authenticated`: any signed-in user (own session, own password).
 * - a permission: the role table in @ohnet/domain decides; `scoped` says whether the route's
 *   object is subject to the actor's scope (false for reference data such as regions).
 */
export type RouteAccess =
  | { kind: 'public' }
  | { kind: 'authenticated' }
  | { kind: 'permission'; permission: Permission; scoped: boolean };

export const access = {
  public: { kind: 'public' } as RouteAccess,
  authenticated: { kind: 'authenticated' } as RouteAccess,
  permission: (permission: Permission, opts: { scoped?: boolean } = {}): RouteAccess => ({
    kind: 'permission',
    permission,
    scoped: opts.scoped ?? true,
  }),
};

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
}
