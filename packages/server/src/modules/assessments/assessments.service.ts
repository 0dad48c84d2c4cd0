import { type SQL, and, asc, count, desc, eq, ilike, inArray, or, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { errors, isQualificationValidOn, qualificationIssues, rollUpPoints, todayCst, TECH_SERVICE_REGULATION } from '@ohnet/domain';
import { type Db, transaction } from '../../db/client.ts';
import { regionWithinScope, scopeCondition } from '../../platform/access/scope.sql.ts';
import { auditWho, writeAudit } from '../../platform/audit/audit.writer.ts';
import type { Ctx } from '../../platform/http/actor.ts';
import { postHazards, posts } from '../employers/employers.table.ts';
import { organisations } from '../organisations/organisations.table.ts';
import { type Filer, type PreparedReport, type ReportRequest, flagCountOf, prepareReport, throwPrepareFailure, writeReport } from './assessments.filing.ts';
import type { UploadedFile } from './assessments.files.ts';
import type { CreateQualificationSchema, ReportListQuerySchema, UpdateQualificationSchema } from './assessments.schemas.ts';
import { assessmentAttachments, assessmentPoints, assessmentReports, exceedanceAlerts, rectificationTasks, techServiceQualifications } from './assessments.table.ts';

export const reportScope = { regionCode: assessmentReports.regionCode, organisationIds: [assessmentReports.employerId, assessmentReports.institutionId] };
const qualificationScope = { regionCode: techServiceQualifications.regionCode, organisationIds: [techServiceQualifications.organisationId] };

const institutions = sql`(select name from organisations o where o.id = ${assessmentReports.institutionId})`;
const summary = {
  id: assessmentReports.id,
  employerId: assessmentReports.employerId,
  employerName: organisations.name,
  regionCode: assessmentReports.regionCode,
  institutionId: assessmentReports.institutionId,
  institutionName: sql<string>`${institutions}`,
  kind: assessmentReports.kind,
  reportNumber: assessmentReports.reportNumber,
  version: assessmentReports.version,
  isCurrent: assessmentReports.isCurrent,
  samplingStartDate: assessmentReports.samplingStartDate,
  samplingEndDate: assessmentReports.samplingEndDate,
  reportDate: assessmentReports.reportDate,
  pointCount: assessmentReports.pointCount,
  exceedingCount: assessmentReports.exceedingCount,
  compliantCount: assessmentReports.compliantCount,
  source: assessmentReports.source,
  createdAt: assessmentReports.createdAt,
};

function presentQualification(q: typeof techServiceQualifications.$inferSelect & { organisationName: string }) {
  return {
    id: q.id,
    organisationId: q.organisationId,
    organisationName: q.organisationName,
    regionCode: q.regionCode,
    qualificationClass: q.qualificationClass,
    qualificationNumber: q.qualificationNumber,
    validFrom: q.validFrom,
    validTo: q.validTo,
    issuingProvinceCode: q.issuingProvinceCode,
    categories: q.categories,
    serviceKinds: q.serviceKinds,
    isRevoked: q.isRevoked,
    isValidToday: isQualificationValidOn({ ...q, isRevoked: q.isRevoked }, todayCst()),
    citation: `${TECH_SERVICE_REGULATION}（条款未核对）`,
    verified: false,
  };
}

/** The filer of a request: only staff of a technical service institution file reports. */
export function filerOf(ctx: Ctx): Filer {
  if (ctx.actor.organisation.type !== 'tech_service_institution') {
    throw errors.forbidden('assessment.institution_only', '只有职业卫生技术服务机构可以填报检测评价报告');
  }
  return { institutionId: ctx.actor.organisation.id, userId: ctx.actor.userId, name: ctx.actor.displayName, organisationName: ctx.actor.organisation.name, who: auditWho(ctx) };
}

/**
 * Assessment reports and technical-service qualifications: institutions file (form, batch,
 * correction, attachment) and see their own; employers see reports about themselves; regulators
 * see their region's and maintain qualifications of institutions in their region.
 */
export function createAssessmentsService(db: Db) {
  async function visibleReport(ctx: Ctx, id: string) {
    const [row] = await db
      .select({ r: assessmentReports, employerName: organisations.name })
      .from(assessmentReports)
      .innerJoin(organisations, eq(organisations.id, assessmentReports.employerId))
      .where(and(eq(assessmentReports.id, id), scopeCondition(ctx.actor.scope, reportScope)));
    if (!row) throw errors.notFound('assessment_report', id);
    return row;
  }

  async function visibleQualification(ctx: Ctx, id: string) {
    const [row] = await db
      .select({ q: techServiceQualifications, organisationName: organisations.name })
      .from(techServiceQualifications)
      .innerJoin(organisations, eq(organisations.id, techServiceQualifications.organisationId))
      .where(and(eq(techServiceQualifications.id, id), scopeCondition(ctx.actor.scope, qualificationScope)));
    if (!row) throw errors.notFound('qualification', id);
    return row;
  }

  function qualificationWriteCheck(input: z.infer<typeof UpdateQualificationSchema>) {
    const issues = qualificationIssues(input);
    if (issues.length) throw errors.invalid(issues, '资质信息有误');
  }

  const service = {
    // ── qualifications ────────────────────────────────────────────────────────────────────────
    async listQualifications(ctx: Ctx, q: { organisationId?: string }) {
      const rows = await db
        .select({ q: techServiceQualifications, organisationName: organisations.name })
        .from(techServiceQualifications)
        .innerJoin(organisations, eq(organisations.id, techServiceQualifications.organisationId))
        .where(and(scopeCondition(ctx.actor.scope, qualificationScope), q.organisationId ? eq(techServiceQualifications.organisationId, q.organisationId) : undefined))
        .orderBy(asc(organisations.name), desc(techServiceQualifications.validTo));
      return rows.map((r) => presentQualification({ ...r.q, organisationName: r.organisationName }));
    },

    async createQualification(ctx: Ctx, input: z.infer<typeof CreateQualificationSchema>) {
      const [org] = await db.select().from(organisations).where(eq(organisations.id, input.organisationId));
      if (!org || !regionWithinScope(ctx.actor.scope, org.regionCode)) throw errors.notFound('organisation', input.organisationId);
      if (org.type !== 'tech_service_institution') {
        throw errors.invalid([{ path: 'organisationId', code: 'qualification.not_an_institution', message: '只能为职业卫生技术服务机构登记资质' }]);
      }
      const { organisationId: _o, ...fields } = input;
      qualificationWriteCheck(fields);
      const [dup] = await db.select({ id: techServiceQualifications.id }).from(techServiceQualifications).where(eq(techServiceQualifications.qualificationNumber, input.qualificationNumber.trim()));
      if (dup) throw errors.conflict('qualification.duplicate_number', '资质证书编号已登记', { id: dup.id });
      const id = await transaction(db, async (tx) => {
        const [row] = await tx
          .insert(techServiceQualifications)
          .values({ ...fields, qualificationNumber: fields.qualificationNumber.trim(), isRevoked: fields.isRevoked ?? false, organisationId: org.id, regionCode: org.regionCode })
          .returning({ id: techServiceQualifications.id });
        await writeAudit(tx, auditWho(ctx), [{ action: 'qualification.create', entityType: 'tech_service_qualification', entityId: row!.id, regionCode: org.regionCode, meta: { number: fields.qualificationNumber } }]);
        return row!.id;
      });
      const r = await visibleQualification(ctx, id);
      return presentQualification({ ...r.q, organisationName: r.organisationName });
    },

    async updateQualification(ctx: Ctx, id: string, input: z.infer<typeof UpdateQualificationSchema>) {
      const { q } = await visibleQualification(ctx, id);
      qualificationWriteCheck(input);
      const [dup] = await db
        .select({ id: techServiceQualifications.id })
        .from(techServiceQualifications)
        .where(and(eq(techServiceQualifications.qualificationNumber, input.qualificationNumber.trim()), sql`${techServiceQualifications.id} <> ${id}`));
      if (dup) throw errors.conflict('qualification.duplicate_number', '资质证书编号已登记', { id: dup.id });
      await transaction(db, async (tx) => {
        await tx
          .update(techServiceQualifications)
          .set({ ...input, qualificationNumber: input.qualificationNumber.trim(), isRevoked: input.isRevoked ?? q.isRevoked, updatedAt: new Date() })
          .where(eq(techServiceQualifications.id, id));
        await writeAudit(tx, auditWho(ctx), [{ action: 'qualification.update', entityType: 'tech_service_qualification', entityId: id, regionCode: q.regionCode, meta: { number: input.qualificationNumber, isRevoked: input.isRevoked ?? q.isRevoked } }]);
      });
      const r = await visibleQualification(ctx, id);
      return presentQualification({ ...r.q, organisationName: r.organisationName });
    },

    // ── reports ───────────────────────────────────────────────────────────────────────────────
    async list(ctx: Ctx, q: z.infer<typeof ReportListQuerySchema>) {
      const text = q.q?.replace(/[%_\\]/g, '\\$&');
      const w: SQL | undefined = and(
        scopeCondition(ctx.actor.scope, reportScope),
        q.includeSuperseded === 'true' ? undefined : eq(assessmentReports.isCurrent, true),
        q.regionCode ? sql`${assessmentReports.regionCode} like ${`${q.regionCode}%`}` : undefined,
        q.employerId ? eq(assessmentReports.employerId, q.employerId) : undefined,
        q.kind ? eq(assessmentReports.kind, q.kind) : undefined,
        q.verdict === 'exceeding' ? sql`${assessmentReports.exceedingCount} > 0` : q.verdict === 'compliant' ? eq(assessmentReports.exceedingCount, 0) : undefined,
        text ? or(ilike(organisations.name, `%${text}%`), ilike(assessmentReports.reportNumber, `%${text}%`)) : undefined,
      );
      const [rows, totals] = await Promise.all([
        db.select(summary).from(assessmentReports).innerJoin(organisations, eq(organisations.id, assessmentReports.employerId)).where(w).orderBy(desc(assessmentReports.reportDate), desc(assessmentReports.createdAt), asc(assessmentReports.id)).offset((q.page - 1) * q.pageSize).limit(q.pageSize),
        db.select({ n: count() }).from(assessmentReports).innerJoin(organisations, eq(organisations.id, assessmentReports.employerId)).where(w),
      ]);
      return { items: rows.map((r) => ({ ...r, institutionName: String(r.institutionName ?? ''), createdAt: r.createdAt.toISOString() })), total: Number(totals[0]?.n ?? 0), page: q.page, pageSize: q.pageSize };
    },

    async get(ctx: Ctx, id: string) {
      const { r, employerName } = await visibleReport(ctx, id);
      const [points, versions, attachment, institution, qualification, task] = await Promise.all([
        db.select().from(assessmentPoints).where(and(eq(assessmentPoints.employerId, r.employerId), eq(assessmentPoints.reportId, id))).orderBy(asc(assessmentPoints.seq)),
        db
          .select({ id: assessmentReports.id, version: assessmentReports.version, isCurrent: assessmentReports.isCurrent, createdAt: assessmentReports.createdAt, correctionReason: assessmentReports.correctionReason })
          .from(assessmentReports)
          .where(and(eq(assessmentReports.institutionId, r.institutionId), eq(assessmentReports.reportNumber, r.reportNumber)))
          .orderBy(asc(assessmentReports.version)),
        db.select({ fileName: assessmentAttachments.fileName, sizeBytes: assessmentAttachments.sizeBytes, sha256: assessmentAttachments.sha256, uploadedAt: assessmentAttachments.uploadedAt }).from(assessmentAttachments).where(and(eq(assessmentAttachments.employerId, r.employerId), eq(assessmentAttachments.reportId, id))),
        db.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, r.institutionId)),
        db.select({ n: techServiceQualifications.qualificationNumber }).from(techServiceQualifications).where(eq(techServiceQualifications.id, r.qualificationId)),
        // A task follows the current version of its report number; an earlier version still shows the task it raised.
        db
          .select({ id: rectificationTasks.id, reportId: rectificationTasks.reportId })
          .from(rectificationTasks)
          .where(and(eq(rectificationTasks.employerId, r.employerId), or(eq(rectificationTasks.reportId, id), and(eq(rectificationTasks.institutionId, r.institutionId), eq(rectificationTasks.reportNumber, r.reportNumber)))))
          .orderBy(desc(rectificationTasks.createdAt)),
      ]);
      // The version's own task, else (a superseded version) the one its report number carries.
      const ownTask = task.find((x) => x.reportId === id) ?? (r.isCurrent || r.exceedingCount === 0 ? undefined : task[0]);
      const [alert] = ownTask ? await db.select({ id: exceedanceAlerts.id }).from(exceedanceAlerts).where(and(eq(exceedanceAlerts.employerId, r.employerId), eq(exceedanceAlerts.taskId, ownTask.id))) : [];
      return {
        id: r.id,
        employerId: r.employerId,
        employerName,
        regionCode: r.regionCode,
        institutionId: r.institutionId,
        institutionName: institution[0]?.name ?? '',
        kind: r.kind,
        reportNumber: r.reportNumber,
        version: r.version,
        isCurrent: r.isCurrent,
        samplingStartDate: r.samplingStartDate,
        samplingEndDate: r.samplingEndDate,
        reportDate: r.reportDate,
        pointCount: r.pointCount,
        exceedingCount: r.exceedingCount,
        compliantCount: r.compliantCount,
        source: r.source,
        createdAt: r.createdAt.toISOString(),
        conclusion: r.conclusion,
        correctionReason: r.correctionReason,
        filedByName: r.filedByName,
        qualificationNumber: qualification[0]?.n ?? null,
        points: points.map((p) => ({
          id: p.id,
          seq: p.seq,
          postName: p.postName,
          postId: p.postId,
          hazardFactor: p.hazardFactor,
          factor: p.factor,
          category: p.category,
          measurementType: p.measurementType,
          samplingDate: p.samplingDate,
          location: p.location,
          measurement: p.measurement,
          judgement: p.judgement,
        })),
        rollUp: rollUpPoints(points.map((p) => ({ postName: p.postName, factor: p.factor, verdict: p.verdict, worstRatio: p.judgement.worstRatio }))),
        versions: versions.map((v) => ({ ...v, createdAt: v.createdAt.toISOString() })),
        attachment: attachment[0] ? { ...attachment[0], uploadedAt: attachment[0].uploadedAt.toISOString() } : null,
        consequences: { taskId: ownTask?.id ?? null, alertId: alert?.id ?? null, flaggedWorkers: await flagCountOf(db, id) },
      };
    },

    /** Files one report (web form). */
    async create(ctx: Ctx, input: ReportRequest) {
      const filer = filerOf(ctx);
      const prepared = await prepareReport(db, filer, input);
      if (!prepared.ok) throwPrepareFailure(prepared);
      const id = await transaction(db, (tx) => writeReport(tx, filer, prepared.report, 'form'));
      return service.get(ctx, id);
    },

    /** Files several reports, all or nothing; issues are named `reports.<i>.<field>`. */
    async batch(ctx: Ctx, reports: ReportRequest[]) {
      const filer = filerOf(ctx);
      const numbers = new Map<string, number>();
      const issues: { path: string; code: string; message: string }[] = [];
      const ready: PreparedReport[] = [];
      for (const [i, input] of reports.entries()) {
        const key = input.reportNumber.trim();
        if (numbers.has(key)) {
          throw errors.conflict('assessment.duplicate_number', `报告编号${key}在本批次中重复`, { issues: [{ path: `reports.${i}.reportNumber`, code: 'assessment.duplicate_number', message: `与第${numbers.get(key)! + 1}份报告编号相同` }] });
        }
        numbers.set(key, i);
        const r = await prepareReport(db, filer, input);
        if (!r.ok) {
          if (r.notFound || r.duplicate) throwPrepareFailure(r, `reports.${i}.`);
          issues.push(...r.issues.map((x) => ({ ...x, path: `reports.${i}.${x.path}` })));
        } else ready.push(r.report);
      }
      if (issues.length) throw errors.invalid(issues, '批量检测报告有误，未保存任何报告');
      const ids = await transaction(db, async (tx) => {
        const out: string[] = [];
        for (const r of ready) out.push(await writeReport(tx, filer, r, 'batch'));
        return out;
      });
      return { ids };
    },

    /** A correction: a new version of the filer's current report; the previous one is kept. */
    async correct(ctx: Ctx, id: string, input: Omit<ReportRequest, 'employerId' | 'reportNumber'> & { correctionReason: string }) {
      const filer = filerOf(ctx);
      const { r } = await visibleReport(ctx, id);
      if (r.institutionId !== filer.institutionId) throw errors.forbidden('assessment.not_filer', '只有出具报告的机构可以更正报告');
      if (!r.isCurrent) throw errors.conflict('assessment.superseded', '该版本已被更正，请在现行版本上更正', { id, version: r.version });
      const { correctionReason, ...rest } = input;
      const prepared = await prepareReport(db, filer, { ...rest, employerId: r.employerId, reportNumber: r.reportNumber }, { correcting: true });
      if (!prepared.ok) throwPrepareFailure(prepared);
      const newId = await transaction(db, (tx) => writeReport(tx, filer, prepared.report, 'form', { id: r.id, version: r.version, correctionReason: correctionReason.trim() }));
      return service.get(ctx, newId);
    },

    async putAttachment(ctx: Ctx, id: string, upload: UploadedFile) {
      const filer = filerOf(ctx);
      const { r } = await visibleReport(ctx, id);
      if (r.institutionId !== filer.institutionId) throw errors.forbidden('assessment.not_filer', '只有出具报告的机构可以上传报告文件');
      // A superseded version is kept as it was filed; the file belongs with the current version.
      if (!r.isCurrent) throw errors.conflict('assessment.superseded', '该版本已被更正，请在现行版本上上传报告文件', { id, version: r.version });
      await transaction(db, async (tx) => {
        await tx.delete(assessmentAttachments).where(and(eq(assessmentAttachments.employerId, r.employerId), eq(assessmentAttachments.reportId, id)));
        await tx.insert(assessmentAttachments).values({ reportId: id, employerId: r.employerId, fileName: upload.fileName, contentType: upload.contentType, sizeBytes: upload.file.length, sha256: upload.sha256, content: upload.file });
        await writeAudit(tx, filer.who, [{ action: 'assessment.attach', entityType: 'assessment_report', entityId: id, regionCode: r.regionCode, meta: { fileName: upload.fileName, sha256: upload.sha256, size: upload.file.length } }]);
      });
      const [a] = await db.select().from(assessmentAttachments).where(and(eq(assessmentAttachments.employerId, r.employerId), eq(assessmentAttachments.reportId, id)));
      return { fileName: a!.fileName, sizeBytes: a!.sizeBytes, sha256: a!.sha256, uploadedAt: a!.uploadedAt.toISOString() };
    },

    async getAttachment(ctx: Ctx, id: string) {
      const { r } = await visibleReport(ctx, id);
      const [a] = await db.select().from(assessmentAttachments).where(and(eq(assessmentAttachments.employerId, r.employerId), eq(assessmentAttachments.reportId, id)));
      if (!a) throw errors.notFound('assessment_attachment', id);
      return a;
    },

    /** For the filing form: an employer by its USCC with its posts (institutions work for any employer). */
    async lookupEmployer(ctx: Ctx, uscc: string) {
      filerOf(ctx);
      const [e] = await db
        .select({ id: organisations.id, name: organisations.name, regionCode: organisations.regionCode })
        .from(organisations)
        .where(and(eq(organisations.uscc, uscc.toUpperCase()), eq(organisations.type, 'employer'), eq(organisations.isActive, true)));
      if (!e) throw errors.notFound('employer', uscc);
      const list = await db.select({ id: posts.id, name: posts.name }).from(posts).where(and(eq(posts.employerId, e.id), eq(posts.isActive, true))).orderBy(asc(posts.name));
      const hazards = list.length ? await db.select({ postId: postHazards.postId, name: postHazards.factorName }).from(postHazards).where(and(eq(postHazards.employerId, e.id), inArray(postHazards.postId, list.map((p) => p.id)))) : [];
      return { ...e, posts: list.map((p) => ({ ...p, factors: hazards.filter((h) => h.postId === p.id).map((h) => h.name) })) };
    },
  };
  return service;
}
export type AssessmentsService = ReturnType<typeof createAssessmentsService>;
