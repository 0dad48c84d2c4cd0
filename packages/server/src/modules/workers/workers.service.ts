import { type SQL, and, asc, count, desc, eq, ilike, inArray, isNull, isNotNull, sql } from 'drizzle-orm';
import { errors, employmentIssues, exposureYears, maskIdNumber, todayCst, validatePhone, workerIdentityFromIdNumber, workerIdentityIssues } from '@ohnet/domain';
import { type Db, transaction } from '../../db/client.ts';
import { scopeCondition } from '../../platform/access/scope.sql.ts';
import { auditRead, auditWho, diffChanges, writeAudit } from '../../platform/audit/audit.writer.ts';
import type { DataProtection } from '../../platform/crypto/data-keys.ts';
import type { Ctx } from '../../platform/http/actor.ts';
import type { EmployersService } from '../employers/employers.service.ts';
import { postHazards, posts } from '../employers/employers.table.ts';
import { organisations } from '../organisations/organisations.table.ts';
import type { HireWorkerInput } from './workers.schemas.ts';
import { enqueueJob } from '../../platform/jobs/jobs.runner.ts';
import type { ImportMode } from '../../platform/imports/xlsx-template.ts';
import { WORKER_IMPORT_JOB, type WorkerImportPayload, listWorkerImports, parseWorkerImport, workerImportTemplate } from './workers.import.ts';
import { employments, workers } from './workers.table.ts';
import { idNumberIndex, idNumberSearchIndex } from './workers.bulk.ts';

/** How employment episodes are placed for scoping: employer and host employer, region, the worker. */
const employmentScope = { regionCode: employments.regionCode, organisationIds: [employments.employerId, employments.hostEmployerId], workerId: employments.workerId };

/** A worker is visible when one of their employment episodes is (or it is the worker themselves). */
function workerVisible(ctx: Ctx): SQL {
  return sql`exists (select 1 from ${employments} where ${employments.workerId} = ${workers.id} and ${scopeCondition(ctx.actor.scope, employmentScope)})`;
}


export function createWorkersService(db: Db, dp: DataProtection, employersService: EmployersService) {
  return {
    /** Registers a worker (or finds them by ID number) and opens an employment episode at the employer. */
    async hire(ctx: Ctx, employerId: string, input: HireWorkerInput) {
      const employer = await employersService.get(ctx, employerId); // 404 outside scope
      const issues = workerIdentityIssues({ idNumber: input.idNumber }).map((i) => ({ ...i, path: `body.${i.path}` }));
      if (input.phone) {
        const p = validatePhone(input.phone);
        if (!p.ok) issues.push(...p.issues.map((i) => ({ path: 'body.phone', code: i.code, message: i.message })));
      }
      if (input.postId && !employer.posts.some((p) => p.id === input.postId && p.isActive)) {
        issues.push({ path: 'body.postId', code: 'post.not_found', message: '岗位不存在或已停用' });
      }
      if (input.isDispatched && !input.hostEmployerId) {
        issues.push({ path: 'body.hostEmployerId', code: 'employment.host_employer_required', message: '劳务派遣人员须填写用工单位' });
      }
      if (input.hostEmployerId) {
        const [host] = await db.select({ type: organisations.type }).from(organisations).where(eq(organisations.id, input.hostEmployerId));
        if (host?.type !== 'employer') issues.push({ path: 'body.hostEmployerId', code: 'employment.host_employer_unknown', message: '用工单位不存在' });
      }
      if (issues.length) throw errors.invalid(issues);
      const identity = workerIdentityFromIdNumber(input.idNumber);
      if (!identity.ok) throw errors.invalid([]);
      const idNumber = identity.value.idNumber;
      const bidx = idNumberIndex(dp, idNumber);

      return transaction(db, async (tx) => {
        let [worker] = await tx.select().from(workers).where(eq(workers.idNumberBidx, bidx));
        if (worker && worker.name !== input.name) {
          throw errors.conflict('worker.identity_conflict', `身份证号已登记在另一姓名下（${worker.name.slice(0, 1)}**），请核对`);
        }
        const existing = worker ? await tx.select().from(employments).where(and(eq(employments.workerId, worker.id), eq(employments.employerId, employerId))) : [];
        const episode = { employerId, isDispatched: input.isDispatched ?? false, hostEmployerId: input.hostEmployerId ?? null, postId: input.postId ?? null, startDate: input.startDate, endDate: null };
        const overlap = employmentIssues([...existing.map((e) => ({ ...e, postId: e.postId })), episode]);
        if (overlap.length) throw errors.conflict('employment.overlaps', '该劳动者在本单位已有重叠的在岗记录', { issues: overlap });
        if (!worker) {
          [worker] = await tx
            .insert(workers)
            .values({
              idNumberEnc: dp.encrypt(idNumber),
              idNumberBidx: bidx,
              idNumberMasked: maskIdNumber(idNumber),
              name: input.name,
              sex: identity.value.sex,
              birthDate: identity.value.birthDate,
              phoneEnc: input.phone ? dp.encrypt(input.phone) : null,
            })
            .returning();
        }
        const [emp] = await tx
          .insert(employments)
          .values({ ...episode, regionCode: employer.regionCode, workerId: worker!.id, jobType: input.jobType ?? null })
          .returning({ id: employments.id });
        await writeAudit(tx, auditWho(ctx), [
          {
            action: 'worker.hire',
            entityType: 'worker',
            entityId: worker!.id,
            regionCode: employer.regionCode,
            // Personal data never enters the audit trail in clear: the masked number only.
            changes: diffChanges(null, { employer: employerId, post: input.postId ?? null, startDate: input.startDate, isDispatched: episode.isDispatched, idNumber: maskIdNumber(idNumber) }),
            meta: { employmentId: emp!.id },
          },
        ]);
        return { workerId: worker!.id, employmentId: emp!.id };
      });
    },

    async listForEmployer(ctx: Ctx, employerId: string, q: { status: 'active' | 'ended' | 'all'; q?: string; page: number; pageSize: number }) {
      await employersService.get(ctx, employerId);
      const query = q.q?.trim();
      const byId = idNumberSearchIndex(dp, query);
      const w = and(
        eq(employments.employerId, employerId),
        scopeCondition(ctx.actor.scope, employmentScope),
        q.status === 'active' ? isNull(employments.endDate) : q.status === 'ended' ? isNotNull(employments.endDate) : undefined,
        byId ? eq(workers.idNumberBidx, byId) : query ? ilike(workers.name, `%${query.replace(/[%_\\]/g, '\\$&')}%`) : undefined,
      );
      const [rows, totals] = await Promise.all([
        db
          .select({
            id: workers.id,
            name: workers.name,
            idNumberMasked: workers.idNumberMasked,
            sex: workers.sex,
            birthDate: workers.birthDate,
            employmentId: employments.id,
            postName: posts.name,
            isDispatched: employments.isDispatched,
            startDate: employments.startDate,
            endDate: employments.endDate,
          })
          .from(employments)
          .innerJoin(workers, eq(workers.id, employments.workerId))
          .leftJoin(posts, and(eq(posts.employerId, employments.employerId), eq(posts.id, employments.postId)))
          .where(w)
          .orderBy(desc(employments.startDate), asc(workers.name))
          .offset((q.page - 1) * q.pageSize)
          .limit(q.pageSize),
        db.select({ n: count() }).from(employments).innerJoin(workers, eq(workers.id, employments.workerId)).where(w),
      ]);
      await auditRead(db, ctx, 'worker', rows.map((r) => ({ id: r.id, regionCode: null })), 'employer worker list');
      return { items: rows, total: Number(totals[0]?.n ?? 0), page: q.page, pageSize: q.pageSize };
    },

    async get(ctx: Ctx, workerId: string) {
      const [worker] = await db.select().from(workers).where(and(eq(workers.id, workerId), workerVisible(ctx)));
      if (!worker) throw errors.notFound('worker', workerId);
      const episodes = await db
        .select({
          id: employments.id,
          employerId: employments.employerId,
          employerName: organisations.name,
          hostEmployerId: employments.hostEmployerId,
          isDispatched: employments.isDispatched,
          postId: employments.postId,
          postName: posts.name,
          jobType: employments.jobType,
          startDate: employments.startDate,
          endDate: employments.endDate,
          regionCode: employments.regionCode,
        })
        .from(employments)
        .innerJoin(organisations, eq(organisations.id, employments.employerId))
        .leftJoin(posts, and(eq(posts.employerId, employments.employerId), eq(posts.id, employments.postId)))
        .where(and(eq(employments.workerId, workerId), scopeCondition(ctx.actor.scope, employmentScope)))
        .orderBy(asc(employments.startDate));
      // Exposure episodes derived from the posts held: each hazard of the post for the episode's dates.
      const postIds = episodes.map((e) => e.postId).filter((p): p is string => p !== null);
      const hazards = postIds.length ? await db.select().from(postHazards).where(inArray(postHazards.postId, postIds)) : [];
      const asOf = todayCst();
      const exposure = exposureYears(
        episodes.flatMap((e) =>
          hazards.filter((h) => h.postId === e.postId && e.startDate <= asOf).map((h) => ({ factor: h.factorId ?? h.factorName, from: e.startDate, to: e.endDate })),
        ),
        asOf,
      );
      const nameOf = new Map(hazards.map((h) => [h.factorId ?? h.factorName, h.factorName]));
      const canSeeIdentity = ctx.actor.permissions.has('worker:write') || ctx.actor.workerId === workerId;
      const idNumber = dp.decrypt(worker.idNumberEnc);
      await auditRead(db, ctx, 'worker', [{ id: worker.id, regionCode: episodes[0]?.regionCode ?? null }], canSeeIdentity ? 'worker record with identity' : 'worker record');
      return {
        id: worker.id,
        name: worker.name,
        idNumber: canSeeIdentity ? idNumber : worker.idNumberMasked,
        idNumberMasked: worker.idNumberMasked,
        sex: worker.sex,
        birthDate: worker.birthDate,
        phone: worker.phoneEnc ? (canSeeIdentity ? dp.decrypt(worker.phoneEnc) : '***') : null,
        employments: episodes.map(({ regionCode: _r, ...e }) => e),
        exposureYears: {
          asOf: exposure.asOf,
          rule: exposure.rule,
          byFactor: exposure.byFactor.map((f) => ({ factor: f.factor, factorName: nameOf.get(f.factor) ?? f.factor, years: f.years, days: f.days })),
        },
      };
    },

    async importTemplate(ctx: Ctx, employerId: string) {
      const employer = await employersService.get(ctx, employerId);
      return workerImportTemplate(employer.posts.filter((p) => p.isActive).map((p) => p.name));
    },

    /** Parses the upload now (a broken file is refused at once) and queues the import job. */
    async startImport(ctx: Ctx, employerId: string, upload: { file: Buffer; fileName: string; mode: ImportMode }) {
      const employer = await employersService.get(ctx, employerId);
      const rows = await parseWorkerImport(upload.file);
      const payload: WorkerImportPayload = {
        employerId,
        regionCode: employer.regionCode,
        mode: upload.mode,
        fileName: upload.fileName,
        actor: { userId: ctx.actor.userId, username: ctx.actor.username, organisationId: ctx.actor.organisation.id, roles: ctx.actor.roles, requestId: ctx.requestId, ip: ctx.ip },
        rows,
      };
      const jobId = await enqueueJob(db, WORKER_IMPORT_JOB, payload, ctx, { maxAttempts: 1 });
      return { jobId, rows: rows.length };
    },

    async imports(ctx: Ctx, employerId: string) {
      await employersService.get(ctx, employerId);
      return listWorkerImports(db, employerId);
    },

    async endEmployment(ctx: Ctx, employerId: string, employmentId: string, endDate: string) {
      const employer = await employersService.get(ctx, employerId);
      const [emp] = await db.select().from(employments).where(and(eq(employments.employerId, employerId), eq(employments.id, employmentId)));
      if (!emp) throw errors.notFound('employment', employmentId);
      if (emp.endDate) throw errors.conflict('employment.already_ended', `该在岗记录已于${emp.endDate}结束`);
      if (endDate < emp.startDate) throw errors.invalid([{ path: 'body.endDate', code: 'employment.end_before_start', message: `离岗日期不能早于上岗日期${emp.startDate}` }]);
      await transaction(db, async (tx) => {
        await tx.update(employments).set({ endDate }).where(and(eq(employments.employerId, employerId), eq(employments.id, employmentId)));
        await writeAudit(tx, auditWho(ctx), [
          { action: 'worker.end_employment', entityType: 'worker', entityId: emp.workerId, regionCode: employer.regionCode, changes: { endDate: { before: null, after: endDate } }, meta: { employmentId } },
        ]);
      });
      return { ok: true as const };
    },
  };
}
export type WorkersService = ReturnType<typeof createWorkersService>;
