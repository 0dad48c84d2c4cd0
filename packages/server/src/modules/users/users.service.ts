import { eq } from 'drizzle-orm';
import { type FieldIssue, type Role, errors, passwordIssues, roleAssignmentIssues } from '@ohnet/domain';
import { type Db, transaction } from '../../db/client.ts';
import { hashPassword, temporaryPassword } from '../../platform/auth/passwords.ts';
import { destroyUserSessions } from '../../platform/auth/sessions.ts';
import { auditWho, diffChanges, writeAudit } from '../../platform/audit/audit.writer.ts';
import type { Ctx } from '../../platform/http/actor.ts';
import type { OrganisationsService } from '../organisations/organisations.service.ts';
import { presentUser } from './users.presenter.ts';
import { createUsersRepository } from './users.repository.ts';
import type { CreateUserInput, UpdateUserInput, UserDto } from './users.schemas.ts';
import { users } from './users.table.ts';

function roleIssues(roles: Role[], orgType: Parameters<typeof roleAssignmentIssues>[1]): FieldIssue[] {
  return roleAssignmentIssues(roles, orgType).map((code) => {
    const [c, role] = code.split(':');
    const messages: Record<string, string> = {
      'user.roles_empty': '至少选择一个角色',
      'user.role_not_allowed_for_organisation': `角色${role}不能用于该类单位`,
      'user.worker_role_exclusive': '劳动者角色不能与其他角色同时授予',
      'user.system_admin_role_exclusive': '系统管理员角色不能与其他角色同时授予',
    };
    return { path: 'body.roles', code: c ?? code, message: messages[c ?? code] ?? code };
  });
}

export function createUsersService(db: Db, organisationsService: OrganisationsService) {
  const repo = createUsersRepository(db);

  async function visible(ctx: Ctx, id: string) {
    const row = await repo.findVisible(ctx.actor, id);
    if (!row) throw errors.notFound('user', id);
    return row;
  }

  /** Applies a change to one user inside a transaction and audits the changed fields. */
  async function change(ctx: Ctx, id: string, action: string, set: Partial<typeof users.$inferInsert>, meta?: Record<string, unknown>) {
    const before = await visible(ctx, id);
    await transaction(db, async (tx) => {
      await tx.update(users).set({ ...set, updatedAt: new Date() }).where(eq(users.id, id));
      const after = { ...before, ...set };
      const changes = diffChanges(
        { displayName: before.displayName, roles: before.roles, phone: before.phone, email: before.email, isDisabled: before.isDisabled, lockedUntil: before.lockedUntil, mustChangePassword: before.mustChangePassword },
        { displayName: after.displayName, roles: after.roles, phone: after.phone, email: after.email, isDisabled: after.isDisabled, lockedUntil: after.lockedUntil, mustChangePassword: after.mustChangePassword },
      );
      await writeAudit(tx, auditWho(ctx), [{ action, entityType: 'user', entityId: id, regionCode: before.regionCode, changes, meta: meta ?? null }]);
    });
    return presentUser(await visible(ctx, id));
  }

  return {
    repo,
    async list(ctx: Ctx, q: { organisationId?: string; q?: string; role?: Role; status?: 'active' | 'disabled' | 'locked'; page: number; pageSize: number }) {
      const { items, total } = await repo.list(ctx.actor, q, { offset: (q.page - 1) * q.pageSize, limit: q.pageSize });
      return { items: items.map((r) => presentUser(r)), total, page: q.page, pageSize: q.pageSize };
    },

    async get(ctx: Ctx, id: string): Promise<UserDto> {
      return presentUser(await visible(ctx, id));
    },

    async create(ctx: Ctx, input: CreateUserInput): Promise<{ user: UserDto; temporaryPassword: string | null }> {
      const org = await organisationsService.get(ctx, input.organisationId).catch((e: unknown) => {
        if (e instanceof Error && 'kind' in e && (e as { kind: string }).kind === 'not_found') {
          throw errors.invalid([{ path: 'body.organisationId', code: 'organisation.not_found', message: '所属单位不存在或不在您的管理范围内' }]);
        }
        throw e;
      });
      const issues = roleIssues(input.roles, org.type);
      const generated = input.password ? null : temporaryPassword();
      const password = input.password ?? generated!;
      for (const p of passwordIssues(password, input.username)) issues.push({ path: 'body.password', code: p.code, message: p.message });
      if (input.roles.includes('worker') && !input.workerId) {
        // Worker accounts are linked to a worker record once the workers module exists; allowed unlinked for now.
      }
      if (issues.length) throw errors.invalid(issues);
      if (await repo.byUsername(input.username)) throw errors.conflict('user.username_taken', `用户名${input.username}已存在`, { username: input.username });
      const passwordHash = await hashPassword(password);
      const id = await transaction(db, async (tx) => {
        const [row] = await tx
          .insert(users)
          .values({
            organisationId: org.id,
            regionCode: org.regionCode,
            username: input.username,
            displayName: input.displayName,
            phone: input.phone ?? null,
            email: input.email ?? null,
            passwordHash,
            roles: input.roles,
            workerId: input.workerId ?? null,
            // An administrator-chosen or generated password is a shared secret: the user replaces it at first sign-in.
            mustChangePassword: true,
          })
          .returning({ id: users.id });
        if (!row) throw new Error('insert returned nothing');
        await writeAudit(tx, auditWho(ctx), [
          {
            action: 'user.create',
            entityType: 'user',
            entityId: row.id,
            regionCode: org.regionCode,
            changes: diffChanges(null, { username: input.username, displayName: input.displayName, organisationId: org.id, roles: input.roles, phone: input.phone ?? null, email: input.email ?? null }),
          },
        ]);
        return row.id;
      });
      return { user: await this.get(ctx, id), temporaryPassword: generated };
    },

    async update(ctx: Ctx, id: string, input: UpdateUserInput): Promise<UserDto> {
      const before = await visible(ctx, id);
      if (input.roles) {
        const issues = roleIssues(input.roles, before.organisationType);
        if (issues.length) throw errors.invalid(issues);
        if (id === ctx.actor.userId && !input.roles.includes('system_admin') && before.roles.includes('system_admin')) {
          throw errors.conflict('user.cannot_demote_self', '不能取消自己的系统管理员角色');
        }
      }
      return change(ctx, id, 'user.update', {
        ...(input.displayName !== undefined ? { displayName: input.displayName } : {}),
        ...(input.roles !== undefined ? { roles: input.roles } : {}),
        ...(input.phone !== undefined ? { phone: input.phone } : {}),
        ...(input.email !== undefined ? { email: input.email } : {}),
      });
    },

    async disable(ctx: Ctx, id: string): Promise<UserDto> {
      if (id === ctx.actor.userId) throw errors.conflict('user.cannot_disable_self', '不能停用自己的账号');
      const before = await visible(ctx, id);
      if (before.isDisabled) throw errors.conflict('user.already_disabled', '该账号已停用');
      const result = await change(ctx, id, 'user.disable', { isDisabled: true });
      await destroyUserSessions(db, id);
      return result;
    },

    async enable(ctx: Ctx, id: string): Promise<UserDto> {
      const before = await visible(ctx, id);
      if (!before.isDisabled) throw errors.conflict('user.not_disabled', '该账号未停用');
      return change(ctx, id, 'user.enable', { isDisabled: false });
    },

    async unlock(ctx: Ctx, id: string): Promise<UserDto> {
      return change(ctx, id, 'user.unlock', { lockedUntil: null, failedLoginCount: 0 });
    },

    async resetPassword(ctx: Ctx, id: string): Promise<{ temporaryPassword: string }> {
      const password = temporaryPassword();
      const passwordHash = await hashPassword(password);
      await change(ctx, id, 'user.reset_password', { passwordHash, mustChangePassword: true, failedLoginCount: 0, lockedUntil: null, passwordChangedAt: new Date() });
      await destroyUserSessions(db, id);
      return { temporaryPassword: password };
    },
  };
}
export type UsersService = ReturnType<typeof createUsersService>;
