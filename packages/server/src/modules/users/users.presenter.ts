import type { UserDto } from './users.schemas.ts';
import type { UserRow } from './users.repository.ts';

/** Never exposes the password hash or failed-login counters. */
export function presentUser(r: UserRow, now = new Date()): UserDto {
  return {
    id: r.id,
    username: r.username,
    displayName: r.displayName,
    organisationId: r.organisationId,
    organisationName: r.organisationName,
    organisationType: r.organisationType,
    regionCode: r.regionCode,
    roles: r.roles,
    phone: r.phone,
    email: r.email,
    isDisabled: r.isDisabled,
    isLocked: r.lockedUntil !== null && r.lockedUntil.getTime() > now.getTime(),
    lockedUntil: r.lockedUntil?.toISOString() ?? null,
    mustChangePassword: r.mustChangePassword,
    lastLoginAt: r.lastLoginAt?.toISOString() ?? null,
    createdAt: r.createdAt.toISOString(),
  };
}
