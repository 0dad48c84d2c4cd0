import { createHash, randomBytes } from 'node:crypto';
import { and, eq, isNull, lt, or, sql } from 'drizzle-orm';
import { type RegionLevel, type Role, permissionsOf, scopeOf } from '@ohnet/domain';
import type { Config } from '../../config.ts';
import type { Db } from '../../db/client.ts';
import { organisations } from '../../modules/organisations/organisations.table.ts';
import { regions } from '../../modules/regions/regions.table.ts';
import { sessions, users } from '../../modules/users/users.table.ts';
import type { Actor } from '../http/actor.ts';

export const SESSION_COOKIE = 'ohnet_sid';
/** last_seen_at is written at most this often per session, so reads stay reads. */
const TOUCH_INTERVAL_MS = 60_000;

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export interface NewSession {
  token: string;
  csrfToken: string;
  expiresAt: Date;
}

export async function createSession(
  db: Db,
  config: Pick<Config, 'session'>,
  userId: string,
  meta: { ip: string | null; userAgent: string | null },
): Promise<NewSession> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const expiresAt = new Date(Date.now() + config.session.maxHours * 3_600_000);
  await db.insert(sessions).values({
    idHash: hashToken(token),
    userId,
    csrfToken,
    expiresAt,
    ip: meta.ip,
    userAgent: meta.userAgent?.slice(0, 500) ?? null,
  });
  return { token, csrfToken, expiresAt };
}

export async function destroySession(db: Db, idHash: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.idHash, idHash));
}

export async function destroyUserSessions(db: Db, userId: string, exceptIdHash?: string): Promise<void> {
  await db
    .delete(sessions)
    .where(exceptIdHash ? and(eq(sessions.userId, userId), sql`${sessions.idHash} <> ${exceptIdHash}`) : eq(sessions.userId, userId));
}

/** Deletes expired sessions (run periodically by the server). */
export async function purgeExpiredSessions(db: Db, idleMinutes: number): Promise<void> {
  const idleCutoff = new Date(Date.now() - idleMinutes * 60_000);
  await db.delete(sessions).where(or(lt(sessions.expiresAt, new Date()), lt(sessions.lastSeenAt, idleCutoff)));
}

/**
 * Resolves a session token to the acting user, or null when the token is unknown, expired, idle
 * too long, or the user is disabled. Builds the actor's permissions and scope here, once.
 */
export async function resolveSession(db: Db, config: Pick<Config, 'session'>, token: string): Promise<Actor | null> {
  const idHash = hashToken(token);
  const rows = await db
    .select({
      session: sessions,
      user: {
        id: users.id,
        username: users.username,
        displayName: users.displayName,
        roles: users.roles,
        workerId: users.workerId,
        isDisabled: users.isDisabled,
        mustChangePassword: users.mustChangePassword,
      },
      org: { id: organisations.id, type: organisations.type, name: organisations.name, regionCode: organisations.regionCode, isActive: organisations.isActive },
      regionLevel: regions.level,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .leftJoin(regions, and(eq(regions.code, organisations.regionCode), isNull(regions.validTo)))
    .where(eq(sessions.idHash, idHash))
    .limit(1);
  const row = rows[0];
  if (!row) return null;
  const now = Date.now();
  const idleLimit = row.session.lastSeenAt.getTime() + config.session.idleMinutes * 60_000;
  if (row.session.expiresAt.getTime() <= now || idleLimit <= now || row.user.isDisabled || !row.org.isActive) {
    await destroySession(db, idHash);
    return null;
  }
  if (now - row.session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
    await db.update(sessions).set({ lastSeenAt: new Date(now) }).where(eq(sessions.idHash, idHash));
  }
  const roles = row.user.roles as Role[];
  const regionLevel: RegionLevel = row.regionLevel ?? 'county';
  const organisation = { id: row.org.id, type: row.org.type, name: row.org.name, regionCode: row.org.regionCode, regionLevel };
  return {
    userId: row.user.id,
    username: row.user.username,
    displayName: row.user.displayName,
    roles,
    permissions: permissionsOf(roles),
    organisation,
    workerId: row.user.workerId,
    scope: scopeOf({ roles, organisation, workerId: row.user.workerId }),
    sessionIdHash: idHash,
    csrfToken: row.session.csrfToken,
    mustChangePassword: row.user.mustChangePassword,
  };
}
