import { and, eq } from 'drizzle-orm';
import {
  type FieldIssue,
  employerHazardClass,
  employerIndustrySection,
  employerProfileIssues,
  errors,
  postIssues,
  regionScopePrefix,
  resolveHazardFactorReference,
  todayCst,
} from '@ohnet/domain';
import { type Db, transaction } from '../../db/client.ts';
import { auditWho, diffChanges, writeAudit } from '../../platform/audit/audit.writer.ts';
import type { Ctx } from '../../platform/http/actor.ts';
import type { RegionsService } from '../regions/regions.service.ts';
import { type EmployerRow, createEmployersRepository } from './employers.repository.ts';
import type { EmployerDto, EmployerListQuery, EmployerProfileInput, PostInput } from './employers.schemas.ts';
import { employerProfiles, postHazards, posts } from './employers.table.ts';

export function presentEmployer(r: EmployerRow): EmployerDto {
  return {
    id: r.id,
    name: r.name,
    uscc: r.uscc,
    regionCode: r.regionCode,
    regionName: r.regionName,
    isActive: r.isActive,
    hasProfile: r.profileEmployerId !== null,
    registeredAddress: r.registeredAddress,
    workplaceAddress: r.workplaceAddress,
    industryCode: r.industryCode,
    industrySection: r.industrySection,
    economicType: r.economicType,
    sizeClass: r.sizeClass,
    legalRepresentative: r.legalRepresentative,
    legalRepresentativePhone: r.legalRepresentativePhone,
    ohManagerName: r.ohManagerName,
    ohManagerPhone: r.ohManagerPhone,
    hasOhManagementBody: r.hasOhManagementBody,
    fullTimeOhManagers: r.fullTimeOhManagers,
    partTimeOhManagers: r.partTimeOhManagers,
    staffCount: r.staffCount,
    dispatchedWorkerCount: r.dispatchedWorkerCount,
    cumulativeOccupationalDiseaseCases: r.cumulativeOdCases,
    hazardClass: r.hazardClass,
    hazardClassCitation: r.hazardClassCitation,
    exposedWorkers: Number(r.exposedWorkers),
    hazardCategories: r.hazardCategories ?? [],
    latestDeclarationState: (r.latestDeclarationState ?? null) as EmployerDto['latestDeclarationState'],
  };
}

const bodyIssues = (issues: FieldIssue[], prefix = 'body'): FieldIssue[] => issues.map((i) => ({ ...i, path: `${prefix}.${i.path}` }));

/** Employers' base records and posts. Employers maintain their own; regulators those in their region. */
export function createEmployersService(db: Db, regionsService: RegionsService) {
  const repo = createEmployersRepository(db);

  async function visible(ctx: Ctx, id: string): Promise<EmployerRow> {
    const row = await repo.findVisible(ctx.actor, id);
    if (!row) throw errors.notFound('employer', id);
    return row;
  }

  function presentPosts(list: Awaited<ReturnType<typeof repo.postsOf>>) {
    return list.map((p) => ({
      id: p.id,
      employerId: p.employerId,
      name: p.name,
      workplaceName: p.workplaceName,
      isActive: p.isActive,
      updatedAt: p.updatedAt.toISOString(),
      hazards: p.hazards.map((h) => ({
        factorId: h.factorId,
        factorName: h.factorName,
        category: h.category,
        exposedCount: h.exposedCount,
        dispatchedExposedCount: h.dispatchedExposedCount,
      })),
    }));
  }

  /** Validates a post with the domain rules and resolves its factors to catalogue rows. */
  function checkedHazards(employer: EmployerRow, input: PostInput) {
    const issues = postIssues(
      { id: '', name: input.name, workplaceName: input.workplaceName ?? null, hazards: input.hazards.map((h) => ({ factorId: h.factorId ?? null, factorName: h.factorName, exposedCount: h.exposedCount, dispatchedExposedCount: h.dispatchedExposedCount ?? null })) },
      { staffCount: employer.staffCount, dispatchedWorkerCount: employer.dispatchedWorkerCount, date: todayCst() },
    );
    if (issues.length) throw errors.invalid(bodyIssues(issues));
    return input.hazards.map((h) => {
      const r = resolveHazardFactorReference({ factorId: h.factorId ?? null, factorName: h.factorName });
      return {
        factorId: r.factor?.id ?? null,
        factorName: r.factor?.name ?? h.factorName.trim(),
        category: (r.factor?.categoryName ?? null) as string | null,
        exposedCount: h.exposedCount,
        dispatchedExposedCount: h.dispatchedExposedCount ?? null,
      };
    });
  }

  return {
    repo,
    async list(ctx: Ctx, q: EmployerListQuery) {
      let regionPrefix: string | undefined;
      if (q.regionCode) {
        const level = await regionsService.levelOf(q.regionCode);
        if (!level) throw errors.invalid([{ path: 'querystring.regionCode', code: 'region.unknown', message: `行政区划代码${q.regionCode}不存在` }]);
        regionPrefix = regionScopePrefix(q.regionCode, level);
      }
      const filter = { regionPrefix, industrySection: q.industrySection, sizeClass: q.sizeClass, hazardClass: q.hazardClass, hazardCategory: q.hazardCategory, declarationStatus: q.declarationStatus, q: q.q };
      const { items, total } = await repo.list(ctx.actor, filter, { offset: (q.page - 1) * q.pageSize, limit: q.pageSize });
      return { items: items.map(presentEmployer), total, page: q.page, pageSize: q.pageSize, filter };
    },

    async get(ctx: Ctx, id: string) {
      const row = await visible(ctx, id);
      return { ...presentEmployer(row), posts: presentPosts(await repo.postsOf(id)) };
    },

    async saveProfile(ctx: Ctx, id: string, input: EmployerProfileInput) {
      const employer = await visible(ctx, id);
      const profile = {
        name: employer.name,
        uscc: employer.uscc ?? '',
        regionCode: employer.regionCode,
        registeredAddress: input.registeredAddress,
        workplaceAddress: input.workplaceAddress,
        industryCode: input.industryCode,
        economicType: input.economicType,
        sizeClass: input.sizeClass,
        legalRepresentative: input.legalRepresentative ?? null,
        legalRepresentativePhone: input.legalRepresentativePhone ?? null,
        ohManagerName: input.ohManagerName ?? null,
        ohManagerPhone: input.ohManagerPhone ?? null,
        hasOhManagementBody: input.hasOhManagementBody ?? null,
        fullTimeOhManagers: input.fullTimeOhManagers ?? null,
        partTimeOhManagers: input.partTimeOhManagers ?? null,
        staffCount: input.staffCount ?? null,
        dispatchedWorkerCount: input.dispatchedWorkerCount ?? null,
        cumulativeOccupationalDiseaseCases: input.cumulativeOccupationalDiseaseCases ?? null,
      };
      const issues = employerProfileIssues(profile);
      if (issues.length) throw errors.invalid(bodyIssues(issues));
      // Severe-hazard industry (2021 catalogue) is derived, never typed in.
      const hazard = employerHazardClass(input.industryCode, todayCst());
      const values = {
        regionCode: employer.regionCode,
        registeredAddress: profile.registeredAddress,
        workplaceAddress: profile.workplaceAddress,
        industryCode: profile.industryCode,
        industrySection: employerIndustrySection(profile.industryCode).section?.code ?? null,
        economicType: profile.economicType,
        sizeClass: profile.sizeClass,
        legalRepresentative: profile.legalRepresentative,
        legalRepresentativePhone: profile.legalRepresentativePhone,
        ohManagerName: profile.ohManagerName,
        ohManagerPhone: profile.ohManagerPhone,
        hasOhManagementBody: profile.hasOhManagementBody,
        fullTimeOhManagers: profile.fullTimeOhManagers,
        partTimeOhManagers: profile.partTimeOhManagers,
        staffCount: profile.staffCount,
        dispatchedWorkerCount: profile.dispatchedWorkerCount,
        cumulativeOdCases: profile.cumulativeOccupationalDiseaseCases,
        hazardClass: hazard.hazardClass,
        hazardClassCitation: hazard.citation,
        updatedAt: new Date(),
      };
      await transaction(db, async (tx) => {
        await tx.insert(employerProfiles).values({ employerId: id, ...values }).onConflictDoUpdate({ target: employerProfiles.employerId, set: values });
        const before = employer.profileEmployerId ? presentEmployer(employer) : null;
        const { updatedAt: _u, regionCode: _r, cumulativeOdCases, ...after } = values;
        await writeAudit(tx, auditWho(ctx), [
          {
            action: before ? 'employer.update_profile' : 'employer.create_profile',
            entityType: 'employer',
            entityId: id,
            regionCode: employer.regionCode,
            changes: diffChanges(
              before ? Object.fromEntries(Object.keys(after).map((k) => [k, (before as Record<string, unknown>)[k] ?? null])) : null,
              after,
            ),
            meta: { cumulativeOccupationalDiseaseCases: cumulativeOdCases },
          },
        ]);
      });
      return this.get(ctx, id);
    },

    async createPost(ctx: Ctx, employerId: string, input: PostInput) {
      const employer = await visible(ctx, employerId);
      const hazards = checkedHazards(employer, input);
      const postId = await transaction(db, async (tx) => {
        const [row] = await tx
          .insert(posts)
          .values({ employerId, regionCode: employer.regionCode, name: input.name, workplaceName: input.workplaceName ?? null })
          .returning({ id: posts.id });
        if (hazards.length) await tx.insert(postHazards).values(hazards.map((h) => ({ employerId, postId: row!.id, ...h })));
        await writeAudit(tx, auditWho(ctx), [
          { action: 'post.create', entityType: 'post', entityId: row!.id, regionCode: employer.regionCode, changes: diffChanges(null, { name: input.name, workplaceName: input.workplaceName ?? null, hazards }) },
        ]);
        return row!.id;
      });
      return presentPosts(await repo.postsOf(employerId, [postId]))[0]!;
    },

    async updatePost(ctx: Ctx, employerId: string, postId: string, input: PostInput) {
      const employer = await visible(ctx, employerId);
      const [before] = await repo.postsOf(employerId, [postId]);
      if (!before) throw errors.notFound('post', postId);
      const hazards = checkedHazards(employer, input);
      await transaction(db, async (tx) => {
        await tx.update(posts).set({ name: input.name, workplaceName: input.workplaceName ?? null, updatedAt: new Date() }).where(and(eq(posts.employerId, employerId), eq(posts.id, postId)));
        await tx.delete(postHazards).where(and(eq(postHazards.employerId, employerId), eq(postHazards.postId, postId)));
        if (hazards.length) await tx.insert(postHazards).values(hazards.map((h) => ({ employerId, postId, ...h })));
        const strip = (hs: typeof hazards) => hs.map(({ factorId, factorName, category, exposedCount, dispatchedExposedCount }) => ({ factorId, factorName, category, exposedCount, dispatchedExposedCount }));
        await writeAudit(tx, auditWho(ctx), [
          {
            action: 'post.update',
            entityType: 'post',
            entityId: postId,
            regionCode: employer.regionCode,
            changes: diffChanges(
              { name: before.name, workplaceName: before.workplaceName, hazards: strip(before.hazards) },
              { name: input.name, workplaceName: input.workplaceName ?? null, hazards: strip(hazards) },
            ),
          },
        ]);
      });
      return presentPosts(await repo.postsOf(employerId, [postId]))[0]!;
    },

    async setPostActive(ctx: Ctx, employerId: string, postId: string, isActive: boolean) {
      const employer = await visible(ctx, employerId);
      const [before] = await repo.postsOf(employerId, [postId]);
      if (!before) throw errors.notFound('post', postId);
      if (before.isActive === isActive) throw errors.conflict(isActive ? 'post.already_active' : 'post.already_inactive', isActive ? '岗位已启用' : '岗位已停用');
      await transaction(db, async (tx) => {
        await tx.update(posts).set({ isActive, updatedAt: new Date() }).where(and(eq(posts.employerId, employerId), eq(posts.id, postId)));
        await writeAudit(tx, auditWho(ctx), [
          { action: isActive ? 'post.activate' : 'post.deactivate', entityType: 'post', entityId: postId, regionCode: employer.regionCode, changes: { isActive: { before: !isActive, after: isActive } } },
        ]);
      });
      return presentPosts(await repo.postsOf(employerId, [postId]))[0]!;
    },
  };
}
export type EmployersService = ReturnType<typeof createEmployersService>;
