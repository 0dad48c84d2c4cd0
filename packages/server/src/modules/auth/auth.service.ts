import { eq, sql } from 'drizzle-orm';
import { LOGIN_LOCK_MINUTES, LOGIN_MAX_FAILURES, type Role, errors, passwordIssues, scopeRootRegion } from '@ohnet/domain';
import type { Config } from '../../config.ts';
import { type Db, transaction } from '../../db/client.ts';
import { burnPasswordCheck, hashPassword, verifyPassword } from '../../platform/auth/passwords.ts';
import { createSession, destroySession, destroyUserSessions, resolveSession } from '../../platform/auth/sessions.ts';
import { type AuditWho, auditWho, writeAudit, writeAuditNow } from '../../platform/audit/audit.writer.ts';
import type { Actor, Ctx, RequestMeta } from '../../platform/http/actor.ts';
import type { RegionsService } from '../regions/regions.service.ts';
import { users } from '../users/users.table.ts';
import type { SessionInfo } from './auth.schemas.ts';

/** Sign-in, sign-out and one's own password. Lockout state lives in the database so every process shares it. */
export function createAuthService(db: Db, config: Config, regionsService: RegionsService) {
  async function sessionInfo(actor: Actor): Promise<SessionInfo> {
    const root = scopeRootRegion(actor.scope, actor.organisation.regionCode);
    const codes = [...new Set([actor.organisation.regionCode, ...(root ? [root] : [])])];
    const found = await regionsService.repo.byCodes(codes, new Date().toISOString().slice(0, 10));
    const nameOf = (code: string | null) => (code ? (found.find((r) => r.code === code)?.fullName ?? null) : null);
    return {
      user: { id: actor.userId, username: actor.username, displayName: actor.displayName, roles: actor.roles, mustChangePassword: actor.mustChangePassword },
      organisation: {
        id: actor.organisation.id,
        name: actor.organisation.name,
        type: actor.organisation.type,
        regionCode: actor.organisation.regionCode,
        regionName: nameOf(actor.organisation.regionCode),
        regionLevel: actor.organisation.regionLevel,
      },
      permissions: [...actor.permissions].sort(),
      scope: { kind: actor.scope.kind, rootRegionCode: root, rootRegionName: nameOf(root) },
      csrfToken: actor.csrfToken,
    };
  }

  function anonymous(meta: RequestMeta, username: string | null, userId: string | null = null, roles: readonly string[] = []): AuditWho {
    return { userId, username, organisationId: null, roles, requestId: meta.requestId, ip: meta.ip };
  }

  return {
    sessionInfo,

    async login(input: { username: string; password: string }, meta: RequestMeta & { userAgent: string | null }) {
      const user = (await db.select().from(users).where(sql`lower(${users.username}) = lower(${input.username})`).limit(1))[0];
      const invalid = () => errors.unauthenticated('auth.invalid_credentials', '用户名或密码错误');
      if (!user) {
        await burnPasswordCheck(input.password);
        await writeAuditNow(db, anonymous(meta, input.username.slice(0, 64)), [{ action: 'auth.login_failed', meta: { reason: 'unknown_user' } }]);
        throw invalid();
      }
      const who = { ...anonymous(meta, user.username, user.id, user.roles), organisationId: user.organisationId };
      const now = new Date();
      if (user.lockedUntil && user.lockedUntil > now) {
        await writeAuditNow(db, who, [{ action: 'auth.login_failed', entityType: 'user', entityId: user.id, regionCode: user.regionCode, meta: { reason: 'locked' } }]);
        throw errors.unauthenticated('auth.account_locked', `登录失败次数过多，账号已锁定至${user.lockedUntil.toISOString()}`);
      }
      if (!(await verifyPassword(user.passwordHash, input.password))) {
        const failures = user.failedLoginCount + 1;
        const lock = failures >= LOGIN_MAX_FAILURES;
        await transaction(db, async (tx) => {
          await tx
            .update(users)
            .set(lock ? { failedLoginCount: 0, lockedUntil: new Date(now.getTime() + LOGIN_LOCK_MINUTES * 60_000) } : { failedLoginCount: failures })
            .where(eq(users.id, user.id));
          await writeAudit(tx, who, [
            { action: lock ? 'auth.account_locked' : 'auth.login_failed', entityType: 'user', entityId: user.id, regionCode: user.regionCode, meta: { reason: 'bad_password', failures } },
          ]);
        });
        if (lock) throw errors.unauthenticated('auth.account_locked', `连续${LOGIN_MAX_FAILURES}次密码错误，账号锁定${LOGIN_LOCK_MINUTES}分钟`);
        throw invalid();
      }
      if (user.isDisabled) {
        await writeAuditNow(db, who, [{ action: 'auth.login_failed', entityType: 'user', entityId: user.id, regionCode: user.regionCode, meta: { reason: 'disabled' } }]);
        throw errors.unauthenticated('auth.account_disabled', '账号已停用，请联系管理员');
      }
      const session = await createSession(db, config, user.id, meta);
      await transaction(db, async (tx) => {
        await tx.update(users).set({ failedLoginCount: 0, lockedUntil: null, lastLoginAt: now }).where(eq(users.id, user.id));
        await writeAudit(tx, who, [{ action: 'auth.login', entityType: 'user', entityId: user.id, regionCode: user.regionCode }]);
      });
      const actor = await resolveSession(db, config, session.token);
      if (!actor) throw errors.unauthenticated('auth.account_disabled', '账号或所属单位已停用');
      return { session, info: await sessionInfo(actor) };
    },

    async logout(ctx: Ctx): Promise<void> {
      await destroySession(db, ctx.actor.sessionIdHash);
      await writeAuditNow(db, auditWho(ctx), [{ action: 'auth.logout', entityType: 'user', entityId: ctx.actor.userId, regionCode: ctx.actor.organisation.regionCode }]);
    },

    async changePassword(ctx: Ctx, input: { currentPassword: string; newPassword: string }): Promise<void> {
      const user = (await db.select().from(users).where(eq(users.id, ctx.actor.userId)).limit(1))[0];
      if (!user) throw errors.unauthenticated();
      if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
        throw errors.invalid([{ path: 'body.currentPassword', code: 'password.current_wrong', message: '当前密码不正确' }]);
      }
      const issues = passwordIssues(input.newPassword, user.username).map((i) => ({ path: 'body.newPassword', code: i.code, message: i.message }));
      if (input.newPassword === input.currentPassword) issues.push({ path: 'body.newPassword', code: 'password.unchanged', message: '新密码不能与当前密码相同' });
      if (issues.length) throw errors.invalid(issues);
      const passwordHash = await hashPassword(input.newPassword);
      await transaction(db, async (tx) => {
        await tx.update(users).set({ passwordHash, mustChangePassword: false, passwordChangedAt: new Date(), updatedAt: new Date() }).where(eq(users.id, user.id));
        await writeAudit(tx, auditWho(ctx), [
          { action: 'user.change_password', entityType: 'user', entityId: user.id, regionCode: user.regionCode, changes: { mustChangePassword: { before: user.mustChangePassword, after: false } } },
        ]);
      });
      // Other sessions of this user end: a changed password should lock out whoever else knew the old one.
      await destroyUserSessions(db, user.id, ctx.actor.sessionIdHash);
    },
  };
}
export type AuthService = ReturnType<typeof createAuthService>;
export type { Role };
