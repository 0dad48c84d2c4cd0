import { errors, requiresUscc, type FieldIssue } from '@ohnet/domain';
import { eq } from 'drizzle-orm';
import { type Db, transaction } from '../../db/client.ts';
import { regionWithinScope } from '../../platform/access/scope.sql.ts';
import { auditWho, diffChanges, writeAudit } from '../../platform/audit/audit.writer.ts';
import type { Ctx } from '../../platform/http/actor.ts';
import type { RegionsService } from '../regions/regions.service.ts';
import { regionScopePrefix } from '@ohnet/domain';
import { organisations } from './organisations.table.ts';
import { presentOrganisation } from './organisations.presenter.ts';
import { createOrganisationsRepository } from './organisations.repository.ts';
import type { CreateOrganisationInput, OrganisationDto, UpdateOrganisationInput } from './organisations.schemas.ts';

const AUDITED_FIELDS = ['type', 'name', 'uscc', 'regionCode', 'departmentKind', 'address', 'contactName', 'contactPhone', 'contactEmail', 'isActive'] as const;

function snapshot(o: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(AUDITED_FIELDS.map((k) => [k, o[k] ?? null]));
}

export function createOrganisationsService(db: Db, regionsService: RegionsService) {
  const repo = createOrganisationsRepository(db);

  /** The region must exist today and lie inside the actor's jurisdiction. */
  async function checkRegion(ctx: Ctx, regionCode: string): Promise<void> {
    const level = await regionsService.levelOf(regionCode);
    if (!level) throw errors.invalid([{ path: 'body.regionCode', code: 'region.unknown', message: `行政区划代码${regionCode}不存在` }]);
    if (!regionWithinScope(ctx.actor.scope, regionCode)) {
      throw errors.forbidden('scope.region_outside', `行政区划${regionCode}不在您的管辖范围内`, { regionCode });
    }
  }

  async function checkUscc(uscc: string | null | undefined, exceptId?: string): Promise<void> {
    if (uscc && (await repo.usccTaken(uscc, exceptId))) {
      throw errors.conflict('organisation.uscc_taken', `统一社会信用代码${uscc}已被其他单位使用`, { uscc });
    }
  }

  return {
    repo,
    async list(ctx: Ctx, q: { type?: OrganisationDto['type']; regionCode?: string; q?: string; isActive?: boolean; page: number; pageSize: number }) {
      let regionPrefix: string | undefined;
      if (q.regionCode) {
        const level = await regionsService.levelOf(q.regionCode);
        if (!level) throw errors.invalid([{ path: 'querystring.regionCode', code: 'region.unknown', message: `行政区划代码${q.regionCode}不存在` }]);
        regionPrefix = regionScopePrefix(q.regionCode, level);
      }
      const { items, total } = await repo.list(ctx.actor, { type: q.type, regionPrefix, q: q.q, isActive: q.isActive }, { offset: (q.page - 1) * q.pageSize, limit: q.pageSize });
      return { items: items.map(presentOrganisation), total, page: q.page, pageSize: q.pageSize };
    },

    async get(ctx: Ctx, id: string): Promise<OrganisationDto> {
      const row = await repo.findVisible(ctx.actor, id);
      if (!row) throw errors.notFound('organisation', id);
      return presentOrganisation(row);
    },

    async create(ctx: Ctx, input: CreateOrganisationInput): Promise<OrganisationDto> {
      const issues: FieldIssue[] = [];
      if (requiresUscc(input.type) && !input.uscc) issues.push({ path: 'body.uscc', code: 'uscc.required', message: '该类单位须填写统一社会信用代码' });
      if (input.type === 'other_department' && !input.departmentKind) issues.push({ path: 'body.departmentKind', code: 'department_kind.required', message: '请选择部门类别' });
      if (issues.length) throw errors.invalid(issues);
      if (input.type === 'platform_operator' && ctx.actor.scope.kind !== 'all') {
        throw errors.forbidden('organisation.type_not_allowed', '只有系统管理员可以创建平台运维单位');
      }
      await checkRegion(ctx, input.regionCode);
      await checkUscc(input.uscc);
      const id = await transaction(db, async (tx) => {
        const [row] = await tx
          .insert(organisations)
          .values({
            type: input.type,
            name: input.name,
            uscc: input.uscc ?? null,
            regionCode: input.regionCode,
            departmentKind: input.type === 'other_department' ? (input.departmentKind ?? null) : null,
            address: input.address ?? null,
            contactName: input.contactName ?? null,
            contactPhone: input.contactPhone ?? null,
            contactEmail: input.contactEmail ?? null,
          })
          .returning();
        if (!row) throw new Error('insert returned nothing');
        await writeAudit(tx, auditWho(ctx), [
          { action: 'organisation.create', entityType: 'organisation', entityId: row.id, regionCode: row.regionCode, changes: diffChanges(null, snapshot(row)) },
        ]);
        return row.id;
      });
      return this.get(ctx, id);
    },

    async update(ctx: Ctx, id: string, input: UpdateOrganisationInput): Promise<OrganisationDto> {
      const before = await repo.findVisible(ctx.actor, id);
      if (!before) throw errors.notFound('organisation', id);
      if (input.regionCode && input.regionCode !== before.regionCode) await checkRegion(ctx, input.regionCode);
      if (input.uscc === null && requiresUscc(before.type)) {
        throw errors.invalid([{ path: 'body.uscc', code: 'uscc.required', message: '该类单位须填写统一社会信用代码' }]);
      }
      if (input.uscc) await checkUscc(input.uscc, id);
      if (input.isActive === false && ctx.actor.organisation.id === id) {
        throw errors.conflict('organisation.cannot_deactivate_own', '不能停用自己所在的单位');
      }
      await transaction(db, async (tx) => {
        const [after] = await tx
          .update(organisations)
          .set({ ...input, updatedAt: new Date() })
          .where(eq(organisations.id, id))
          .returning();
        if (!after) throw errors.notFound('organisation', id);
        const changes = diffChanges(snapshot(before), snapshot(after));
        if (Object.keys(changes).length > 0) {
          await writeAudit(tx, auditWho(ctx), [{ action: 'organisation.update', entityType: 'organisation', entityId: id, regionCode: after.regionCode, changes }]);
        }
      });
      return this.get(ctx, id);
    },
  };
}
export type OrganisationsService = ReturnType<typeof createOrganisationsService>;
