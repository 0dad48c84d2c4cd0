import { type SQL, and, count, desc, eq, gte, ilike, inArray, isNull, like, lte, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { type z } from 'zod';
import {
  GB18871_DOSE_LIMITS,
  type RadiationExamType,
  classifyRadiationWorker,
  cite,
  doseHistory,
  doseMonitoringRate,
  doseRecordIssues,
  errors,
  investigationLevelFor,
  radiationExamRate,
  recordLevelFlags,
  GB18871_2002,
  todayCst,
} from '@ohnet/domain';
import { type Db, transaction } from '../../db/client.ts';
import { scopeCondition } from '../../platform/access/scope.sql.ts';
import { auditRead, auditWho, diffChanges, writeAudit } from '../../platform/audit/audit.writer.ts';
import type { DataProtection } from '../../platform/crypto/data-keys.ts';
import type { Ctx } from '../../platform/http/actor.ts';
import type { ImportMode } from '../../platform/imports/xlsx-template.ts';
import { enqueueJob } from '../../platform/jobs/jobs.runner.ts';
import { employerProfiles, postHazards, posts } from '../employers/employers.table.ts';
import type { HomeTodoProvider } from '../home/home.module.ts';
import { healthExamConclusions, healthExams } from '../exams/exams.table.ts';
import { organisations } from '../organisations/organisations.table.ts';
import type { RegionsService } from '../regions/regions.service.ts';
import { employments, workers } from '../workers/workers.table.ts';
import { type DoseRecordIn, doseFilerQualifications, fileDoseRecords } from './radiation.filing.ts';
import { DOSE_IMPORT_JOB, type DoseImportPayload, doseImportTemplate, listDoseImports, parseDoseImport } from './radiation.import.ts';
import type { DoseBatchSchema, DoseCorrectionSchema, DoseRecordCreateSchema, DoseRecordListQuerySchema, DoseRecordSchema, OverLevelQuerySchema, DoseRateQuerySchema } from './radiation.schemas.ts';
import { doseRecords } from './radiation.table.ts';
import { idNumberSearchIndex } from '../workers/workers.bulk.ts';

/** How dose records are placed for scoping: the employer's region, employer and filing institution, the worker. */
export const doseRecordScope = { regionCode: doseRecords.regionCode, organisationIds: [doseRecords.employerId, doseRecords.institutionId], workerId: doseRecords.workerId };
/** Current versions only: a corrected record is kept but no longer counts. */
const current = isNull(doseRecords.supersededAt);
const employmentScope = { regionCode: employments.regionCode, organisationIds: [employments.employerId, employments.hostEmployerId], workerId: employments.workerId };

/** The exam types GBZ 98's schedule knows (post-employment and emergency exams do not move it). */
const RADIATION_EXAM_TYPES: RadiationExamType[] = ['pre_employment', 'periodic', 'exit'];

const employer = alias(organisations, 'employer');
const institution = alias(organisations, 'institution');

/** SQL: the post of an employment carries an ionising-radiation hazard (catalogue category 放射性因素). */
const radiationPostSql = sql`exists (select 1 from ${postHazards} ph where ph.employer_id = ${employments.employerId} and ph.post_id = ${employments.postId}
  and (ph.factor_id like 'radioactive-%' or ph.category = '放射性因素'))`;


export function createRadiationService(db: Db, dp: DataProtection, regionsService: RegionsService) {
  const filerOf = (ctx: Ctx) => ({ who: auditWho(ctx), institutionId: ctx.actor.organisation.id });

  /** The radiation-work episodes (employment on a post with a 放射性因素 hazard) at employers of a region the caller governs. */
  async function radiationEpisodes(ctx: Ctx, regionCode: string) {
    const { prefix } = await regionsService.readableRegion(ctx.actor.scope, regionCode);
    return db
      .select({ workerId: employments.workerId, employerId: employments.employerId, regionCode: employments.regionCode, from: employments.startDate, to: employments.endDate, section: employerProfiles.industrySection })
      .from(employments)
      .leftJoin(employerProfiles, eq(employerProfiles.employerId, employments.employerId))
      .where(and(like(employments.regionCode, `${prefix}%`), radiationPostSql));
  }

  async function recordRows(where: SQL | undefined, page?: { page: number; pageSize: number }) {
    const q = db
      .select({
        id: doseRecords.id,
        workerId: doseRecords.workerId,
        workerName: workers.name,
        idNumberMasked: workers.idNumberMasked,
        employerId: doseRecords.employerId,
        employerName: employer.name,
        institutionId: doseRecords.institutionId,
        institutionName: institution.name,
        postName: posts.name,
        occupationCategory: doseRecords.occupationCategory,
        periodStart: doseRecords.periodStart,
        periodEnd: doseRecords.periodEnd,
        hp10Msv: doseRecords.hp10Msv,
        hp3Msv: doseRecords.hp3Msv,
        hp007Msv: doseRecords.hp007Msv,
        reportNumber: doseRecords.reportNumber,
        batchNumber: doseRecords.batchNumber,
        overInvestigationLevel: doseRecords.overInvestigationLevel,
        flags: doseRecords.flags,
        supersedesId: doseRecords.supersedesId,
        correctionReason: doseRecords.correctionReason,
        createdAt: doseRecords.createdAt,
        regionCode: doseRecords.regionCode,
      })
      .from(doseRecords)
      .innerJoin(workers, eq(workers.id, doseRecords.workerId))
      .innerJoin(employer, eq(employer.id, doseRecords.employerId))
      .innerJoin(institution, eq(institution.id, doseRecords.institutionId))
      .leftJoin(posts, and(eq(posts.employerId, doseRecords.employerId), eq(posts.id, doseRecords.postId)))
      .where(where)
      .orderBy(desc(doseRecords.periodEnd), workers.name);
    const rows = page ? await q.offset((page.page - 1) * page.pageSize).limit(page.pageSize) : await q;
    return rows.map(({ flags, createdAt, ...r }) => ({
      ...r,
      investigationLevelMsv: flags.investigation.levelMsv,
      warnings: flags.warnings,
      createdAt: createdAt.toISOString(),
    }));
  }
  type RecordOut = z.infer<typeof DoseRecordSchema> & { regionCode: string };

  return {
    /** JSON batch: all-or-nothing answers 422 listing every record's problems and writes nothing. */
    async fileBatch(ctx: Ctx, body: z.infer<typeof DoseBatchSchema>) {
      const result = await fileDoseRecords(db, dp, filerOf(ctx), { mode: body.mode, batchNumber: body.batchNumber ?? null, records: body.records.map((r) => ({ ...r, employerId: body.employerId })) });
      if (body.mode === 'all_or_nothing' && result.errors.length) {
        throw errors.invalid(
          result.errors.map((e) => ({ path: `body.records.${e.index}.${e.path}`, code: e.code, message: e.message })),
          `${result.rejected} 条记录有误，未写入任何记录`,
        );
      }
      const { ids: _ids, ...summary } = result;
      return summary;
    },

    /** The web form: one record, same validation; an identical re-send answers the existing id. */
    async fileOne(ctx: Ctx, body: z.infer<typeof DoseRecordCreateSchema>) {
      const { employerUscc, employerId: givenId, ...record } = body;
      let employerId = givenId;
      if (!employerId && employerUscc) {
        const [e] = await db.select({ id: organisations.id }).from(organisations).where(and(eq(organisations.uscc, employerUscc), eq(organisations.type, 'employer')));
        if (!e) throw errors.invalid([{ path: 'body.employerUscc', code: 'dose.employer_unknown', message: '该统一社会信用代码的用人单位未在平台登记' }]);
        employerId = e.id;
      }
      if (!employerId) throw errors.invalid([{ path: 'body.employerId', code: 'dose.employer_required', message: '请填写用人单位（ID 或统一社会信用代码）' }]);
      const result = await fileDoseRecords(db, dp, filerOf(ctx), { mode: 'all_or_nothing', records: [{ ...record, employerId } satisfies DoseRecordIn] });
      const conflict = result.errors.find((e) => e.code === 'dose.record_conflict');
      if (conflict) throw errors.conflict(conflict.code, conflict.message);
      if (result.errors.length) throw errors.invalid(result.errors.map((e) => ({ path: `body.${e.path}`, code: e.code, message: e.message })));
      const id = result.ids[0]!;
      const [row] = await db.select({ flags: doseRecords.flags, over: doseRecords.overInvestigationLevel }).from(doseRecords).where(eq(doseRecords.id, id));
      return { id, created: result.imported === 1, overInvestigationLevel: row!.over, warnings: row!.flags.warnings };
    },

    /**
     * Corrects a record filed by the actor's institution: the record is kept (superseded) and a new
     * version with the corrected doses takes its place, in one transaction with the audit entry.
     */
    async correct(ctx: Ctx, id: string, body: z.infer<typeof DoseCorrectionSchema>) {
      const [rec] = await db.select().from(doseRecords).where(and(eq(doseRecords.id, id), scopeCondition(ctx.actor.scope, doseRecordScope)));
      if (!rec) throw errors.notFound('dose_record', id);
      if (rec.institutionId !== ctx.actor.organisation.id) throw errors.forbidden('dose.not_filer', '只有报送该记录的机构可以更正');
      if (rec.supersededAt) throw errors.conflict('dose.already_corrected', '该记录已被更正，请更正最新版本');
      // A correction is a new filing: the institution must still be qualified.
      await doseFilerQualifications(db, ctx.actor.organisation.id, todayCst());
      const next = { periodStart: rec.periodStart, periodEnd: rec.periodEnd, hp10Msv: body.hp10Msv, hp3Msv: body.hp3Msv ?? null, hp007Msv: body.hp007Msv ?? null };
      const issues = doseRecordIssues(next).errors.map((e) => ({ path: `body.${e.path}`, code: e.code, message: e.message }));
      if (next.hp10Msv === rec.hp10Msv && next.hp3Msv === rec.hp3Msv && next.hp007Msv === rec.hp007Msv) {
        issues.push({ path: 'body.hp10Msv', code: 'dose.correction_unchanged', message: '更正后的数值与原记录相同' });
      }
      if (issues.length) throw errors.invalid(issues);
      const level = recordLevelFlags(next);
      const newId = await transaction(db, async (tx) => {
        await tx.update(doseRecords).set({ supersededAt: new Date() }).where(and(eq(doseRecords.employerId, rec.employerId), eq(doseRecords.id, rec.id)));
        const { id: _old, createdAt: _c, supersededAt: _s, ...copy } = rec;
        const [row] = await tx
          .insert(doseRecords)
          .values({
            ...copy,
            ...next,
            overInvestigationLevel: level.length > 0,
            flags: { ...rec.flags, investigation: { ...rec.flags.investigation, levelMsv: investigationLevelFor(rec.periodStart, rec.periodEnd), exceeded: level.length > 0 } },
            filedByUserId: ctx.actor.userId,
            supersedesId: rec.id,
            correctionReason: body.reason,
          })
          .returning({ id: doseRecords.id });
        await writeAudit(tx, auditWho(ctx), [
          {
            action: 'dose_record.correct',
            entityType: 'dose_record',
            entityId: row!.id,
            regionCode: rec.regionCode,
            changes: diffChanges({ hp10Msv: rec.hp10Msv, hp3Msv: rec.hp3Msv, hp007Msv: rec.hp007Msv }, { hp10Msv: next.hp10Msv, hp3Msv: next.hp3Msv, hp007Msv: next.hp007Msv }),
            meta: { supersedes: rec.id, reason: body.reason },
          },
        ]);
        return row!.id;
      });
      return { id: newId, created: true, overInvestigationLevel: level.length > 0, warnings: rec.flags.warnings };
    },

    async list(ctx: Ctx, q: z.infer<typeof DoseRecordListQuerySchema>) {
      const query = q.q?.trim();
      const byId = idNumberSearchIndex(dp, query);
      const where = and(
        current,
        scopeCondition(ctx.actor.scope, doseRecordScope),
        q.employerId ? eq(doseRecords.employerId, q.employerId) : undefined,
        q.workerId ? eq(doseRecords.workerId, q.workerId) : undefined,
        q.year ? and(gte(doseRecords.periodEnd, `${q.year}-01-01`), lte(doseRecords.periodEnd, `${q.year}-12-31`)) : undefined,
        q.overLevel ? eq(doseRecords.overInvestigationLevel, q.overLevel === 'true') : undefined,
        byId ? eq(workers.idNumberBidx, byId) : query ? ilike(workers.name, `%${query.replace(/[%_\\]/g, '\\$&')}%`) : undefined,
      );
      const [items, totals] = await Promise.all([
        recordRows(where, q),
        db.select({ n: count() }).from(doseRecords).innerJoin(workers, eq(workers.id, doseRecords.workerId)).where(where),
      ]);
      await auditRead(db, ctx, 'dose_record', items.map((r) => ({ id: r.id, regionCode: r.regionCode })), 'dose record list');
      return { items: items.map(({ regionCode: _r, ...r }) => r), total: Number(totals[0]?.n ?? 0), page: q.page, pageSize: q.pageSize };
    },

    /**
     * One worker's dose history. Visible when one of the worker's dose records or employment
     * episodes is in scope (or it is the worker). Sums and limit checks use every record of the
     * worker — the limits are per person, whoever filed — while only in-scope records are listed.
     */
    async history(ctx: Ctx, workerId: string) {
      const [worker] = await db
        .select({ id: workers.id, name: workers.name, idNumberMasked: workers.idNumberMasked, sex: workers.sex, birthDate: workers.birthDate })
        .from(workers)
        .where(
          and(
            eq(workers.id, workerId),
            or(
              sql`exists (select 1 from ${doseRecords} where ${doseRecords.workerId} = ${workers.id} and ${scopeCondition(ctx.actor.scope, doseRecordScope)})`,
              sql`exists (select 1 from ${employments} where ${employments.workerId} = ${workers.id} and ${scopeCondition(ctx.actor.scope, employmentScope)})`,
            ),
          ),
        );
      if (!worker) throw errors.notFound('worker', workerId);
      const visible: RecordOut[] = await recordRows(and(eq(doseRecords.workerId, workerId), current, scopeCondition(ctx.actor.scope, doseRecordScope)));
      const all = await db.select().from(doseRecords).where(and(eq(doseRecords.workerId, workerId), current));
      const h = doseHistory(all.map((r) => ({ id: r.id, periodStart: r.periodStart, periodEnd: r.periodEnd, hp10Msv: r.hp10Msv, hp3Msv: r.hp3Msv, hp007Msv: r.hp007Msv })));
      // The latest reported occupational category decides; without one, the latest employer's industry.
      const newestFirst = [...all].sort((a, b) => b.periodEnd.localeCompare(a.periodEnd));
      const latest = newestFirst[0];
      const category = newestFirst.find((r) => r.occupationCategory)?.occupationCategory ?? null;
      const [profile] = latest && !category ? await db.select({ section: employerProfiles.industrySection }).from(employerProfiles).where(eq(employerProfiles.employerId, latest.employerId)) : [];
      const classification = classifyRadiationWorker({ categoryCode: category, industrySection: profile?.section ?? null });
      await auditRead(db, ctx, 'worker', [{ id: worker.id, regionCode: visible[0]?.regionCode ?? null }], 'dose history');
      const visibleIds = new Set(visible.map((r) => r.id));
      return {
        worker,
        classification,
        records: visible.map(({ regionCode: _r, ...r }) => r),
        recordsOutsideScope: all.length - visible.length,
        annual: h.annual,
        limits: GB18871_DOSE_LIMITS.map((l) => ({ code: l.code, limitMsv: l.limitMsv, text: l.text, citation: cite(GB18871_2002, l.clause), verified: l.verified })),
        // Investigation flags of records outside the scope are not shown (their ids would leak).
        flags: h.flags.filter((f) => f.recordId === undefined || visibleIds.has(f.recordId)),
        citation: h.citation,
        verified: h.verified,
      };
    },

    /** Workers with a record above the investigation level, or over a limit, in the year (in scope). */
    async overLevel(ctx: Ctx, q: z.infer<typeof OverLevelQuerySchema>) {
      const inScope = and(current, scopeCondition(ctx.actor.scope, doseRecordScope), q.employerId ? eq(doseRecords.employerId, q.employerId) : undefined);
      const yearRows = await recordRows(and(inScope, lte(doseRecords.periodStart, `${q.year}-12-31`), gte(doseRecords.periodEnd, `${q.year}-01-01`)));
      const workerIds = [...new Set(yearRows.map((r) => r.workerId))];
      if (workerIds.length === 0) return [];
      const all = await db.select().from(doseRecords).where(and(inArray(doseRecords.workerId, workerIds), current, gte(doseRecords.periodEnd, `${q.year - 4}-01-01`)));
      const out = [];
      for (const workerId of workerIds) {
        const mine = yearRows.filter((r) => r.workerId === workerId);
        const visibleIds = new Set(mine.map((r) => r.id));
        const h = doseHistory(all.filter((r) => r.workerId === workerId).map((r) => ({ id: r.id, periodStart: r.periodStart, periodEnd: r.periodEnd, hp10Msv: r.hp10Msv, hp3Msv: r.hp3Msv, hp007Msv: r.hp007Msv })));
        const flags = h.flags.filter((f) => f.year === q.year && (f.recordId === undefined || visibleIds.has(f.recordId)));
        if (flags.length === 0) continue;
        const year = h.annual.find((a) => a.year === q.year);
        const first = mine[0]!;
        out.push({
          workerId,
          workerName: first.workerName,
          idNumberMasked: first.idNumberMasked,
          employers: [...new Map(mine.map((r) => [r.employerId, { id: r.employerId, name: r.employerName }])).values()],
          regionCode: first.regionCode,
          yearHp10Msv: year?.hp10Msv ?? 0,
          fiveYearHp10Msv: year?.fiveYearHp10Msv ?? 0,
          level: flags.some((f) => f.level === 'limit') ? ('limit' as const) : ('investigation' as const),
          flags,
        });
      }
      await auditRead(db, ctx, 'worker', out.map((r) => ({ id: r.workerId, regionCode: r.regionCode })), 'dose over-level list');
      return out.sort((a, b) => (a.level === b.level ? b.yearHp10Msv - a.yearHp10Msv : a.level === 'limit' ? -1 : 1));
    },

    /** 非医疗放射工作人员个人剂量监测率 for a region and year, from the records themselves. */
    async monitoringRate(ctx: Ctx, q: z.infer<typeof DoseRateQuerySchema>) {
      const episodes = await radiationEpisodes(ctx, q.regionCode);
      const workerIds = [...new Set(episodes.map((e) => e.workerId))];
      const records = workerIds.length
        ? await db.select({ workerId: doseRecords.workerId, employerId: doseRecords.employerId, periodStart: doseRecords.periodStart, periodEnd: doseRecords.periodEnd, category: doseRecords.occupationCategory }).from(doseRecords).where(and(inArray(doseRecords.workerId, workerIds), current))
        : [];
      const rows = episodes.map((e) => {
        const mine = records.filter((r) => r.workerId === e.workerId);
        // The category reported with the latest record at this employer decides medical / non-medical.
        const category = mine.filter((r) => r.employerId === e.employerId && r.category).sort((a, b) => b.periodEnd.localeCompare(a.periodEnd))[0]?.category ?? null;
        return {
          workerId: e.workerId,
          regionCode: e.regionCode,
          isMedical: classifyRadiationWorker({ categoryCode: category, industrySection: e.section }).isMedical,
          from: e.from,
          to: e.to,
          dosePeriods: mine.map((r) => ({ periodStart: r.periodStart, periodEnd: r.periodEnd })),
        };
      });
      const r = doseMonitoringRate({ regionCode: q.regionCode, year: q.year, asOf: q.asOf ?? todayCst(), rows });
      return { indicator: 'non_medical_radiation_worker_dose_monitoring_rate' as const, ...r, definition: r.definition as unknown as Record<string, unknown> };
    },

    /**
     * 放射工作人员职业健康体检率 for a region and year: the radiation-work episodes of the region, and
     * each worker's radiation exams — exams with a conclusion for an ionising-radiation factor
     * (category 放射性因素, e.g. 电离辐射), from any institution and employer — on the GBZ 98 schedule.
     */
    async examRate(ctx: Ctx, q: z.infer<typeof DoseRateQuerySchema>) {
      const episodes = await radiationEpisodes(ctx, q.regionCode);
      const workerIds = [...new Set(episodes.map((e) => e.workerId))];
      const exams = workerIds.length
        ? await db
            .selectDistinct({ workerId: healthExams.workerId, examType: healthExams.examType, examDate: healthExams.examDate })
            .from(healthExams)
            .innerJoin(healthExamConclusions, eq(healthExamConclusions.examId, healthExams.id))
            .where(and(inArray(healthExams.workerId, workerIds), eq(healthExamConclusions.category, 'radioactive'), inArray(healthExams.examType, RADIATION_EXAM_TYPES)))
        : [];
      const rows = episodes.map((e) => ({
        workerId: e.workerId,
        regionCode: e.regionCode,
        isMedical: classifyRadiationWorker({ industrySection: e.section }).isMedical,
        from: e.from,
        to: e.to,
        dosePeriods: [],
        exams: exams.filter((x) => x.workerId === e.workerId).map((x) => ({ type: x.examType as RadiationExamType, date: x.examDate })),
      }));
      const r = radiationExamRate({ regionCode: q.regionCode, year: q.year, asOf: q.asOf ?? todayCst(), rows });
      return { indicator: 'radiation_worker_exam_rate' as const, ...r, definition: r.definition as unknown as Record<string, unknown> };
    },

    importTemplate: () => doseImportTemplate(),

    async startImport(ctx: Ctx, upload: { file: Buffer; fileName: string; mode: ImportMode }) {
      if (ctx.actor.organisation.type !== 'tech_service_institution') throw errors.forbidden('dose.filer_not_institution', '个人剂量监测结果须由技术服务机构报送');
      // Refused at once, not in the job: an unqualified institution may not file at all.
      await doseFilerQualifications(db, ctx.actor.organisation.id, todayCst());
      const rows = await parseDoseImport(upload.file);
      const payload: DoseImportPayload = {
        institutionId: ctx.actor.organisation.id,
        mode: upload.mode,
        fileName: upload.fileName,
        actor: { userId: ctx.actor.userId, username: ctx.actor.username, organisationId: ctx.actor.organisation.id, roles: ctx.actor.roles, requestId: ctx.requestId, ip: ctx.ip },
        rows,
      };
      const jobId = await enqueueJob(db, DOSE_IMPORT_JOB, payload, ctx, { maxAttempts: 1 });
      return { jobId, rows: rows.length };
    },

    imports: (ctx: Ctx) => listDoseImports(db, ctx.actor.organisation.id),
  };
}
export type RadiationService = ReturnType<typeof createRadiationService>;

/**
 * Home to-do: workers with a dose record above the investigation level whose period ended in the
 * last 12 months, in scope — the employer's and the regulator's alert (GBZ 128-2019 调查水平).
 */
export function radiationTodos(db: Db): HomeTodoProvider[] {
  return [
    {
      key: 'dose.over_investigation_level',
      permission: 'dose:read',
      severity: 'warning',
      href: `/dose-records?overLevel=true`,
      async count(ctx) {
        const since = new Date(Date.now() - 365 * 86_400_000).toISOString().slice(0, 10);
        const [r] = await db
          .select({ n: sql<number>`count(distinct ${doseRecords.workerId})::int` })
          .from(doseRecords)
          .where(and(current, eq(doseRecords.overInvestigationLevel, true), gte(doseRecords.periodEnd, since), scopeCondition(ctx.actor.scope, doseRecordScope)));
        return Number(r?.n ?? 0);
      },
    },
  ];
}
