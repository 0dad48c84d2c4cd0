import type { OrganisationType, Permission, RegionLevel, Role, Scope } from '@ohnet/domain';

/** Who is acting, resolved once per request from the session. Services take it; nothing re-derives it. */
export interface Actor {
  userId: string;
  username: string;
  displayName: string;
  roles: Role[];
  permissions: ReadonlySet<Permission>;
  organisation: { id: string; type: OrganisationType; name: string; regionCode: string; regionLevel: RegionLevel };
  workerId: string | null;
  scope: Scope;
  sessionIdHash: string;
  csrfToken: string;
  mustChangePassword: boolean;
}

/** What a use case needs to know about the request besides the actor (for audit and logs). */
export interface RequestMeta {
  requestId: string;
  ip: string | null;
}

export interface Ctx extends RequestMeta {
  actor: Actor;
}
