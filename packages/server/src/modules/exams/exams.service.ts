import { type SQL, and, asc, count, desc, eq, gte, ilike, inArray, lte, or, sql } from 'drizzle-orm';
import type { z } from 'zod';
import {
  type ContraindicationNoticeState,
  type FollowUpActor,
  SUSPECTED_REPORT_ACTION_PERMISSIONS,
  type SuspectedReportAction,
  type SurveillanceFlag,
  chestRadiographCode,
  contraindicationNoticeTransition,
  errors,
  suspectedReportActions,
  suspectedReportTransition,
  surveillanceDue,
  todayCst,
} from '@ohnet/domain';
import { type Db, transaction } from '../../db/client.ts';
import { regionWithinScope, scopeCondition } from '../../platform/access/scope.sql.ts';
import { auditRead, auditWho, writeAudit } from '../../platform/audit/audit.writer.ts';
import type { DataProtection } from '../../platform/crypto/data-keys.ts';
import type { Ctx } from '../../platform/http/actor.ts';
import { enqueueJob } from '../../platform/jobs/jobs.runner.ts';
import { postHazards, posts } from '../employers/employers.table.ts';
import { organisations } from '../organisations/organisations.table.ts';
import { idNumberSearchIndex } from '../workers/workers.bulk.ts';
import { employments, workers } from '../workers/workers.table.ts';
import { type ExamBatchInput, fileExamBatch, filingOf } from './exams.filing.ts';
import { EXAM_BATCH_JOB, type ExamBatchPayload, listExamBatches, parseExamImport } from './exams.jobs.ts';
import type {
  ConfirmMovedSchema,
  ExamListQuerySchema,
  ExamRecordBody,
  FilingSchema,
  NoticeQuerySchema,
  OverdueQuerySchema,
  SuspectedReportActionBodySchemas,
  SuspectedReportQuerySchema,
} from './exams.schemas.ts';
import { contraindicationNotices, examInstitutionFilings, healthExamConclusions, healthExams, suspectedOdReports } from './exams.table.ts';

/** How each table is placed for scoping (platform/access/scope.sql.ts). */
export const examScope = { regionCode: healthExams.regionCode, organisationIds: [healthExams.institutionId, healthExams.employerId], workerId: healthExams.workerId };
const reportScope = {
  regionCode: suspectedOdReports.regionCode,
  organisationIds: [suspectedOdReports.employerId, suspectedOdReports.institutionId, suspectedOdReports.diagnosisInstitutionId],
  workerId: suspectedOdReports.workerId,
};
const noticeScope = { regionCode: contraindicationNotices.regionCode, organisationIds: [contraindicationNotices.employerId, contraindicationNotices.institutionId], workerId: contraindicationNotices.workerId };
const employmentScope = { regionCode: employments.regionCode, organisationIds: [employments.employerId, employments.hostEmployerId], workerId: employments.workerId };
const orgScope = { regionCode: organisations.regionCode, organisationIds: [organisations.id] };

/**
 * Where flags of other modules come in: workers on a post whose measurements exceed a limit (issue 5,
 * `surveillance_flags`) are due for an exam. The lead plugs the assessment module's provider in
 * app.ts; until then there is none.
 */
export type SurveillanceFlagProvider = (db: Db, q: { employerIds: string[] }) => Promise<SurveillanceFlag[]>;

const employerOrg = sql`employer_org`;
const institutionOrg = sql`institution_org`;

function followUpActor(ctx: Ctx): FollowUpActor {
  switch (ctx.actor.organisation.type) {
    case 'employer':
      return 'employer';
    case 'diagnosis_institution':
      return 'diagnosis_institution';
    case 'health_authority':
      return 'regulator';
    case 'exam_institution':
      return 'exam_institution';
    case 'cdc':
    case 'other_department':
    case 'platform_operator':
    case 'supervision_institute':
    case 'tech_service_institution':
      return 'other';
  }
}

export function whoOf(ctx: Ctx) {
  return { ...auditWho(ctx), displayName: ctx.actor.displayName, organisationName: ctx.actor.organisation.name };
}

/** The code prefix of a region's subtree: 44 for 440000, 4407 for 440700, 440781 for a county, the full code for a township. */
function regionCodePrefix(code: string): string {
  if (code.length > 6) return code;
  if (code.endsWith('0000')) return code.slice(0, 2);
  if (code.endsWith('00')) return code.slice(0, 4);
  return code;
}

const like = (q: string) => `%${q.replace(/[%_\\]/g, '\\$&')}%`;

export function createExamsService(db: Db, dp: DataProtection, opts: { flagProviders?: SurveillanceFlagProvider[] } = {}) {
  const orgName = async (ids: (string | null)[]) => {
    const list = [...new Set(ids.filter((x): x is string => !!x))];
    if (!list.length) return new Map<string, string>();
    const rows = await db.select({ id: organisations.id, name: organisations.name }).from(organisations).where(inArray(organisations.id, list));
    return new Map(rows.map((r) => [r.id, r.name]));
  };

  async function ownInstitution(ctx: Ctx) {
    if (ctx.actor.organisation.type !== 'exam_institution') throw errors.forbidden('exam.institution_only', '仅职业健康检查机构可报送体检结果');
    return ctx.actor.organisation.id;
  }

  // ---------------------------------------------------------------- institutions
  const institutions = {
    async list(ctx: Ctx) {
      const rows = await db
        .select({ id: organisations.id, name: organisations.name, regionCode: organisations.regionCode, filing: examInstitutionFilings })
        .from(organisations)
        .leftJoin(examInstitutionFilings, eq(examInstitutionFilings.institutionId, organisations.id))
        .where(and(eq(organisations.type, 'exam_institution'), scopeCondition(ctx.actor.scope, orgScope)))
        .orderBy(asc(organisations.regionCode), asc(organisations.name));
      return rows.map((r) => ({ id: r.id, name: r.name, regionCode: r.regionCode, filing: r.filing ? { filingNumber: r.filing.filingNumber, hazardCategories: r.filing.hazardCategories, isPublic: r.filing.isPublic, filedOn: r.filing.filedOn } : null }));
    },
    async get(ctx: Ctx, id: string) {
      const all = await db
        .select({ id: organisations.id, name: organisations.name, regionCode: organisations.regionCode, filing: examInstitutionFilings })
        .from(organisations)
        .leftJoin(examInstitutionFilings, eq(examInstitutionFilings.institutionId, organisations.id))
        .where(and(eq(organisations.id, id), eq(organisations.type, 'exam_institution'), scopeCondition(ctx.actor.scope, orgScope)));
      const r = all[0];
      if (!r) throw errors.notFound('exam_institution', id);
      return { id: r.id, name: r.name, regionCode: r.regionCode, filing: r.filing ? { filingNumber: r.filing.filingNumber, hazardCategories: r.filing.hazardCategories, isPublic: r.filing.isPublic, filedOn: r.filing.filedOn } : null };
    },
    /** Records (or updates) the filing of an institution in scope: the institution itself, or a regulator of its region. */
    async putFiling(ctx: Ctx, id: string, body: z.infer<typeof FilingSchema>) {
      const inst = await institutions.get(ctx, id);
      await transaction(db, async (tx) => {
        const values = { institutionId: id, regionCode: inst.regionCode, filingNumber: body.filingNumber, hazardCategories: body.hazardCategories as never, isPublic: body.isPublic, filedOn: body.filedOn, updatedAt: new Date() };
        await tx.insert(examInstitutionFilings).values(values).onConflictDoUpdate({ target: examInstitutionFilings.institutionId, set: values });
        await writeAudit(tx, auditWho(ctx), [
          { action: 'exam_institution.file', entityType: 'organisation', entityId: id, regionCode: inst.regionCode, changes: { filing: { before: inst.filing, after: body } } },
        ]);
      });
      return institutions.get(ctx, id);
    },
  };

  // ---------------------------------------------------------------- filing exams
  const batchInput = (ctx: Ctx, institutionId: string, records: ExamRecordBody[], mode: ExamBatchInput['mode']): Omit<ExamBatchInput, 'jobId'> => ({
    institutionId,
    mode,
    records,
    today: todayCst(),
    who: whoOf(ctx),
  });

  const filing = {
    /** The web form: one record, answered at once with the same validation as the batches. */
    async fileOne(ctx: Ctx, record: ExamRecordBody) {
      const institutionId = await ownInstitution(ctx);
      const r = await fileExamBatch(db, dp, { ...batchInput(ctx, institutionId, [record], 'all_or_nothing'), jobId: null });
      if (r.problems.length) throw errors.invalid(r.problems.map((p) => ({ path: `body.${p.path}`, code: p.code, message: p.message })), '体检记录未通过校验');
      if (r.alreadyPresent) throw errors.conflict('exam.already_filed', `体检编号 ${record.examNumber} 已报送`, { id: r.examIds?.[0] });
      return { id: r.examIds![0]! };
    },
    /** JSON batch: checked for the filing now, processed as a background job with progress. */
    async startBatch(ctx: Ctx, body: { mode: ExamBatchInput['mode']; records: ExamRecordBody[]; fileName?: string | null }) {
      const institutionId = await ownInstitution(ctx);
      await filingOf(db, institutionId);
      const payload: ExamBatchPayload = { ...batchInput(ctx, institutionId, body.records, body.mode), source: 'json', fileName: body.fileName || null };
      const jobId = await enqueueJob(db, EXAM_BATCH_JOB, payload, ctx, { maxAttempts: 1 });
      return { jobId, records: body.records.length };
    },
    /** Excel: the sheet is read now (a broken file is refused at once), then filed as a job. */
    async startImport(ctx: Ctx, upload: { file: Buffer; fileName: string; mode: ExamBatchInput['mode'] }) {
      const institutionId = await ownInstitution(ctx);
      await filingOf(db, institutionId);
      const parsed = await parseExamImport(upload.file);
      const payload: ExamBatchPayload = {
        ...batchInput(ctx, institutionId, parsed.records, upload.mode),
        rowNumbers: parsed.rowNumbers,
        preProblems: parsed.problems,
        source: 'excel',
        fileName: upload.fileName,
      };
      const jobId = await enqueueJob(db, EXAM_BATCH_JOB, payload, ctx, { maxAttempts: 1 });
      return { jobId, records: parsed.records.length };
    },
    async batches(ctx: Ctx) {
      const institutionId = await ownInstitution(ctx);
      return listExamBatches(db, institutionId);
    },
  };

  // ---------------------------------------------------------------- reading exams
  function examFilters(ctx: Ctx, q: z.infer<typeof ExamListQuerySchema>): SQL | undefined {
    const text = q.q?.trim();
    const byId = idNumberSearchIndex(dp, text);
    return and(
      scopeCondition(ctx.actor.scope, examScope),
      q.employerId ? eq(healthExams.employerId, q.employerId) : undefined,
      q.workerId ? eq(healthExams.workerId, q.workerId) : undefined,
      q.examType ? eq(healthExams.examType, q.examType) : undefined,
      q.from ? gte(healthExams.examDate, q.from) : undefined,
      q.to ? lte(healthExams.examDate, q.to) : undefined,
      q.flag ? sql`${healthExams.flagCodes} @> ${JSON.stringify([q.flag])}::jsonb` : undefined,
      q.conclusion ? sql`exists (select 1 from ${healthExamConclusions} c where c.exam_id = ${healthExams.id} and c.conclusion = ${q.conclusion})` : undefined,
      byId ? eq(workers.idNumberBidx, byId) : text ? or(eq(healthExams.examNumber, text), ilike(workers.name, like(text))) : undefined,
    );
  }

  const examSelect = {
    id: healthExams.id,
    examNumber: healthExams.examNumber,
    examType: healthExams.examType,
    examDate: healthExams.examDate,
    workerId: healthExams.workerId,
    workerName: workers.name,
    idNumberMasked: workers.idNumberMasked,
    employerId: healthExams.employerId,
    employerName: sql<string>`${employerOrg}.name`,
    institutionId: healthExams.institutionId,
    institutionName: sql<string>`${institutionOrg}.name`,
    hazardFactors: healthExams.hazardFactors,
    isComplete: healthExams.isComplete,
    flagCodes: healthExams.flagCodes,
    regionCode: healthExams.regionCode,
  };
  const examFrom = () =>
    db
      .select(examSelect)
      .from(healthExams)
      .innerJoin(workers, eq(workers.id, healthExams.workerId))
      .innerJoin(sql`${organisations} as employer_org`, sql`employer_org.id = ${healthExams.employerId}`)
      .innerJoin(sql`${organisations} as institution_org`, sql`institution_org.id = ${healthExams.institutionId}`);

  async function conclusionsOf(examIds: string[]) {
    if (!examIds.length) return [];
    return db.select().from(healthExamConclusions).where(inArray(healthExamConclusions.examId, examIds)).orderBy(asc(healthExamConclusions.hazardFactor));
  }

  const exams = {
    async list(ctx: Ctx, q: z.infer<typeof ExamListQuerySchema>) {
      const where = examFilters(ctx, q);
      const [rows, totals] = await Promise.all([
        examFrom().where(where).orderBy(desc(healthExams.examDate), asc(healthExams.examNumber)).offset((q.page - 1) * q.pageSize).limit(q.pageSize),
        db.select({ n: count() }).from(healthExams).innerJoin(workers, eq(workers.id, healthExams.workerId)).where(where),
      ]);
      const concl = await conclusionsOf(rows.map((r) => r.id));
      await auditRead(db, ctx, 'health_exam', rows.map((r) => ({ id: r.id, regionCode: r.regionCode })), 'exam list');
      return {
        items: rows.map(({ regionCode: _r, ...r }) => ({ ...r, conclusions: concl.filter((c) => c.examId === r.id).map((c) => c.conclusion) })),
        total: Number(totals[0]?.n ?? 0),
        page: q.page,
        pageSize: q.pageSize,
      };
    },
    async get(ctx: Ctx, id: string) {
      const [row] = await db
        .select({ ...examSelect, items: healthExams.items, checks: healthExams.checks })
        .from(healthExams)
        .innerJoin(workers, eq(workers.id, healthExams.workerId))
        .innerJoin(sql`${organisations} as employer_org`, sql`employer_org.id = ${healthExams.employerId}`)
        .innerJoin(sql`${organisations} as institution_org`, sql`institution_org.id = ${healthExams.institutionId}`)
        .where(and(eq(healthExams.id, id), scopeCondition(ctx.actor.scope, examScope)));
      if (!row) throw errors.notFound('health_exam', id);
      const concl = await conclusionsOf([id]);
      await auditRead(db, ctx, 'health_exam', [{ id, regionCode: row.regionCode }], 'exam detail');
      const { regionCode: _r, checks, items, ...rest } = row;
      const h = checks.hearing;
      return {
        ...rest,
        conclusions: concl.map((c) => c.conclusion),
        items: items as Record<string, unknown>,
        conclusionDetails: concl.map((c) => ({ hazardFactor: c.hazardFactor, category: c.category, conclusion: c.conclusion, advice: c.advice, suspectedDisease: c.suspectedDisease, contraindication: c.contraindication, recheckDueDate: c.recheckDueDate })),
        checks: {
          ruleEdition: checks.ruleEdition,
          isComplete: checks.isComplete,
          recheckDueDate: checks.recheckDueDate,
          citation: checks.citation,
          verified: checks.verified,
          flags: checks.flags,
          factors: checks.factors.map((f) => ({ hazardFactor: f.hazardFactor, matchedFactor: f.matchedFactor, category: f.category, standard: f.standard, section: f.section, ruleAvailable: f.ruleAvailable, requiredItems: f.requiredItems, missingItems: f.missingItems, notCheckedItems: f.notCheckedItems, citation: f.citation, verified: f.verified })),
          hearing: h ? { binauralHighFrequencyAverage: h.binauralHighFrequencyAverage, weightedSpeechFrequency: h.weightedSpeechFrequency, betterEar: h.betterEar, grade: h.grade, screeningPositive: h.screeningPositive, ageBand: h.ageBand, citation: h.citation, verified: h.verified } : null,
        },
        chestRadiographCode: items.chestRadiograph ? chestRadiographCode(items.chestRadiograph.result) : null,
      };
    },
  };

  // ---------------------------------------------------------------- suspected-OD reports
  async function presentReports(ctx: Ctx, rows: (typeof suspectedOdReports.$inferSelect)[]) {
    const names = await orgName(rows.flatMap((r) => [r.employerId, r.institutionId, r.diagnosisInstitutionId]));
    const ws = rows.length ? await db.select({ id: workers.id, name: workers.name, masked: workers.idNumberMasked }).from(workers).where(inArray(workers.id, [...new Set(rows.map((r) => r.workerId))])) : [];
    const ex = rows.length ? await db.select({ id: healthExams.id, examNumber: healthExams.examNumber, examDate: healthExams.examDate }).from(healthExams).where(inArray(healthExams.id, [...new Set(rows.map((r) => r.examId))])) : [];
    const actor = followUpActor(ctx);
    return rows.map((r) => {
      const w = ws.find((x) => x.id === r.workerId);
      const e = ex.find((x) => x.id === r.examId);
      return {
        id: r.id,
        examId: r.examId,
        examNumber: e?.examNumber ?? '',
        examDate: e?.examDate ?? '',
        workerId: r.workerId,
        workerName: w?.name ?? '',
        idNumberMasked: w?.masked ?? '',
        employerId: r.employerId,
        employerName: names.get(r.employerId) ?? '',
        regionCode: r.regionCode,
        institutionName: names.get(r.institutionId) ?? '',
        diagnosisInstitutionId: r.diagnosisInstitutionId,
        diagnosisInstitutionName: r.diagnosisInstitutionId ? (names.get(r.diagnosisInstitutionId) ?? null) : null,
        hazardFactor: r.hazardFactor,
        category: r.category,
        suspectedDisease: r.suspectedDisease,
        state: r.state,
        outcome: r.outcome,
        outcomeDisease: r.outcomeDisease,
        reportedOn: r.reportedOn,
        history: r.history,
        actions: suspectedReportActions(r.state, actor).filter((a) => ctx.actor.permissions.has(SUSPECTED_REPORT_ACTION_PERMISSIONS[a])),
      };
    });
  }

  const reports = {
    async list(ctx: Ctx, q: z.infer<typeof SuspectedReportQuerySchema>) {
      const where = and(scopeCondition(ctx.actor.scope, reportScope), q.state ? eq(suspectedOdReports.state, q.state) : undefined, q.employerId ? eq(suspectedOdReports.employerId, q.employerId) : undefined);
      const [rows, totals] = await Promise.all([
        db.select().from(suspectedOdReports).where(where).orderBy(desc(suspectedOdReports.reportedOn), asc(suspectedOdReports.id)).offset((q.page - 1) * q.pageSize).limit(q.pageSize),
        db.select({ n: count() }).from(suspectedOdReports).where(where),
      ]);
      await auditRead(db, ctx, 'suspected_od_report', rows.map((r) => ({ id: r.id, regionCode: r.regionCode })), 'report list');
      return { items: await presentReports(ctx, rows), total: Number(totals[0]?.n ?? 0), page: q.page, pageSize: q.pageSize };
    },
    async get(ctx: Ctx, id: string) {
      const [row] = await db.select().from(suspectedOdReports).where(and(eq(suspectedOdReports.id, id), scopeCondition(ctx.actor.scope, reportScope)));
      if (!row) throw errors.notFound('suspected_od_report', id);
      await auditRead(db, ctx, 'suspected_od_report', [{ id, regionCode: row.regionCode }], 'report detail');
      return (await presentReports(ctx, [row]))[0]!;
    },
    async act<A extends SuspectedReportAction>(ctx: Ctx, id: string, action: A, body: z.infer<(typeof SuspectedReportActionBodySchemas)[A]>) {
      const [row] = await db.select().from(suspectedOdReports).where(and(eq(suspectedOdReports.id, id), scopeCondition(ctx.actor.scope, reportScope)));
      if (!row) throw errors.notFound('suspected_od_report', id);
      const to = suspectedReportTransition(row.state, action, followUpActor(ctx));
      const patch: Partial<typeof suspectedOdReports.$inferInsert> = { state: to, updatedAt: new Date() };
      const b = body as { note?: string | null; diagnosisInstitutionId?: string | null; outcome?: 'occupational_disease' | 'not_occupational_disease'; outcomeDisease?: string | null };
      if (action === 'arrange_diagnosis' && b.diagnosisInstitutionId) {
        const [d] = await db.select({ type: organisations.type }).from(organisations).where(eq(organisations.id, b.diagnosisInstitutionId));
        if (d?.type !== 'diagnosis_institution') throw errors.invalid([{ path: 'body.diagnosisInstitutionId', code: 'exam.diagnosis_institution_unknown', message: '所选诊断机构不存在' }]);
        patch.diagnosisInstitutionId = b.diagnosisInstitutionId;
      }
      if (action === 'record_outcome') {
        if (b.outcome === 'occupational_disease' && !b.outcomeDisease?.trim()) {
          throw errors.invalid([{ path: 'body.outcomeDisease', code: 'suspected_report.outcome_disease_required', message: '诊断为职业病时须填写病名' }]);
        }
        patch.outcome = b.outcome ?? null;
        patch.outcomeDisease = b.outcomeDisease?.trim() || null;
      }
      patch.history = [...row.history, { action, from: row.state, to, actorName: ctx.actor.displayName, organisationName: ctx.actor.organisation.name, note: b.note?.trim() || null, at: new Date().toISOString() }];
      await transaction(db, async (tx) => {
        // The state in the where clause makes concurrent steps on the same report fail instead of both applying.
        const updated = await tx.update(suspectedOdReports).set(patch).where(and(eq(suspectedOdReports.id, id), eq(suspectedOdReports.state, row.state))).returning({ id: suspectedOdReports.id });
        if (!updated.length) throw errors.conflict('suspected_report.invalid_transition', '报告状态已变化，请刷新后重试');
        await writeAudit(tx, auditWho(ctx), [
          { action: `suspected_od_report.${action}`, entityType: 'suspected_od_report', entityId: id, regionCode: row.regionCode, changes: { state: { before: row.state, after: to } }, meta: { note: b.note ?? null } },
        ]);
      });
      return reports.get(ctx, id);
    },
  };

  // ---------------------------------------------------------------- contraindication notices
  async function presentNotices(rows: (typeof contraindicationNotices.$inferSelect)[]) {
    const names = await orgName(rows.flatMap((r) => [r.employerId, r.institutionId]));
    const ws = rows.length ? await db.select({ id: workers.id, name: workers.name, masked: workers.idNumberMasked }).from(workers).where(inArray(workers.id, [...new Set(rows.map((r) => r.workerId))])) : [];
    const ex = rows.length ? await db.select({ id: healthExams.id, examNumber: healthExams.examNumber }).from(healthExams).where(inArray(healthExams.id, [...new Set(rows.map((r) => r.examId))])) : [];
    const today = todayCst();
    return rows.map((r) => ({
      id: r.id,
      examId: r.examId,
      examNumber: ex.find((x) => x.id === r.examId)?.examNumber ?? '',
      workerId: r.workerId,
      workerName: ws.find((x) => x.id === r.workerId)?.name ?? '',
      idNumberMasked: ws.find((x) => x.id === r.workerId)?.masked ?? '',
      employerId: r.employerId,
      employerName: names.get(r.employerId) ?? '',
      institutionName: names.get(r.institutionId) ?? '',
      hazardFactor: r.hazardFactor,
      contraindication: r.contraindication,
      state: r.state,
      issuedOn: r.issuedOn,
      dueDate: r.dueDate,
      isOverdue: r.state === 'issued' && r.dueDate < today,
      movedOn: r.movedOn,
      newPost: r.newPost,
      citation: '职业病防治法 第三十五条; 职业健康检查管理办法-2019 第十八条（条号凭记忆）; 期限为 OHNet 默认 30 日',
    }));
  }

  const notices = {
    async list(ctx: Ctx, q: z.infer<typeof NoticeQuerySchema>) {
      const where = and(scopeCondition(ctx.actor.scope, noticeScope), q.state ? eq(contraindicationNotices.state, q.state) : undefined, q.employerId ? eq(contraindicationNotices.employerId, q.employerId) : undefined);
      const [rows, totals] = await Promise.all([
        db.select().from(contraindicationNotices).where(where).orderBy(asc(contraindicationNotices.state), asc(contraindicationNotices.dueDate)).offset((q.page - 1) * q.pageSize).limit(q.pageSize),
        db.select({ n: count() }).from(contraindicationNotices).where(where),
      ]);
      await auditRead(db, ctx, 'contraindication_notice', rows.map((r) => ({ id: r.id, regionCode: r.regionCode })), 'notice list');
      return { items: await presentNotices(rows), total: Number(totals[0]?.n ?? 0), page: q.page, pageSize: q.pageSize };
    },
    async confirm(ctx: Ctx, id: string, body: z.infer<typeof ConfirmMovedSchema>) {
      const [row] = await db.select().from(contraindicationNotices).where(and(eq(contraindicationNotices.id, id), scopeCondition(ctx.actor.scope, noticeScope)));
      if (!row) throw errors.notFound('contraindication_notice', id);
      const to: ContraindicationNoticeState = contraindicationNoticeTransition(row.state, 'confirm_moved', followUpActor(ctx));
      if (body.movedOn < row.issuedOn) throw errors.invalid([{ path: 'body.movedOn', code: 'contraindication_notice.moved_before_issue', message: `调离日期不能早于告知日期${row.issuedOn}` }]);
      if (body.movedOn > todayCst()) throw errors.invalid([{ path: 'body.movedOn', code: 'contraindication_notice.moved_in_future', message: '调离日期不能晚于今天' }]);
      await transaction(db, async (tx) => {
        const updated = await tx
          .update(contraindicationNotices)
          .set({ state: to, movedOn: body.movedOn, newPost: body.newPost, confirmedBy: ctx.actor.userId, confirmedAt: new Date() })
          .where(and(eq(contraindicationNotices.id, id), eq(contraindicationNotices.state, 'issued')))
          .returning({ id: contraindicationNotices.id });
        if (!updated.length) throw errors.conflict('contraindication_notice.invalid_transition', '告知状态已变化，请刷新后重试');
        await writeAudit(tx, auditWho(ctx), [
          { action: 'contraindication_notice.confirm_moved', entityType: 'contraindication_notice', entityId: id, regionCode: row.regionCode, changes: { state: { before: row.state, after: to } }, meta: { movedOn: body.movedOn, newPost: body.newPost } },
        ]);
      });
      const [fresh] = await db.select().from(contraindicationNotices).where(eq(contraindicationNotices.id, id));
      return (await presentNotices([fresh!]))[0]!;
    },
  };

  // ---------------------------------------------------------------- overdue surveillance
  async function overdue(ctx: Ctx, q: z.infer<typeof OverdueQuerySchema>) {
    if (q.regionCode && ctx.actor.scope.kind === 'region' && !regionWithinScope(ctx.actor.scope, q.regionCode)) {
      throw errors.forbidden('scope.region_outside', `行政区划${q.regionCode}不在您的管辖范围内`, { regionCode: q.regionCode });
    }
    const asOf = todayCst();
    const exposureRows = await db
      .select({ workerId: employments.workerId, employerId: employments.employerId, regionCode: employments.regionCode, factor: postHazards.factorName, from: employments.startDate, to: employments.endDate })
      .from(employments)
      .innerJoin(postHazards, and(eq(postHazards.employerId, employments.employerId), eq(postHazards.postId, employments.postId)))
      .innerJoin(posts, and(eq(posts.employerId, employments.employerId), eq(posts.id, employments.postId)))
      .where(
        and(
          scopeCondition(ctx.actor.scope, employmentScope),
          q.employerId ? eq(employments.employerId, q.employerId) : undefined,
          q.regionCode ? sql`${employments.regionCode} like ${`${regionCodePrefix(q.regionCode)}%`}` : undefined,
        ),
      );
    const employerIds = [...new Set(exposureRows.map((r) => r.employerId))];
    const workerIds = [...new Set(exposureRows.map((r) => r.workerId))];
    const examRows = workerIds.length
      ? await db
          .select({ workerId: healthExams.workerId, employerId: healthExams.employerId, examType: healthExams.examType, examDate: healthExams.examDate, hazardFactors: healthExams.hazardFactors })
          .from(healthExams)
          .where(and(inArray(healthExams.employerId, employerIds), inArray(healthExams.workerId, workerIds)))
      : [];
    const flags = (await Promise.all((opts.flagProviders ?? []).map((p) => p(db, { employerIds })))).flat();
    let items = surveillanceDue({ asOf, exposures: exposureRows.map((r) => ({ workerId: r.workerId, employerId: r.employerId, hazardFactor: r.factor, from: r.from, to: r.to })), exams: examRows, flags });
    if (q.kind) items = items.filter((i) => i.kind === q.kind);
    const names = await orgName(employerIds);
    const ws = workerIds.length ? await db.select({ id: workers.id, name: workers.name, masked: workers.idNumberMasked }).from(workers).where(inArray(workers.id, workerIds)) : [];
    const regionOf = new Map(exposureRows.map((r) => [r.employerId, r.regionCode]));
    return {
      asOf,
      total: items.length,
      items: items.map((i) => ({
        ...i,
        workerName: ws.find((w) => w.id === i.workerId)?.name ?? '',
        idNumberMasked: ws.find((w) => w.id === i.workerId)?.masked ?? '',
        employerName: names.get(i.employerId) ?? '',
        regionCode: regionOf.get(i.employerId) ?? '',
      })),
    };
  }

  // ---------------------------------------------------------------- worker health archive
  async function archive(ctx: Ctx, workerId: string) {
    const [worker] = await db.select().from(workers).where(eq(workers.id, workerId));
    const own = ctx.actor.scope.kind === 'worker' && ctx.actor.scope.workerId === workerId;
    const emp = await db
      .select({ employerId: employments.employerId, employerName: organisations.name, postId: employments.postId, postName: posts.name, startDate: employments.startDate, endDate: employments.endDate, regionCode: employments.regionCode })
      .from(employments)
      .innerJoin(organisations, eq(organisations.id, employments.employerId))
      .leftJoin(posts, and(eq(posts.employerId, employments.employerId), eq(posts.id, employments.postId)))
      .where(and(eq(employments.workerId, workerId), scopeCondition(ctx.actor.scope, employmentScope)))
      .orderBy(asc(employments.startDate));
    const examRows = await examFrom()
      .where(and(eq(healthExams.workerId, workerId), scopeCondition(ctx.actor.scope, examScope)))
      .orderBy(asc(healthExams.examDate));
    if (!worker || (!own && emp.length === 0 && examRows.length === 0)) throw errors.notFound('worker', workerId);
    const postIds = emp.map((e) => e.postId).filter((p): p is string => p !== null);
    const hazards = postIds.length ? await db.select().from(postHazards).where(inArray(postHazards.postId, postIds)) : [];
    const exposures = emp.flatMap((e) => hazards.filter((h) => h.postId === e.postId && h.employerId === e.employerId).map((h) => ({ employerId: e.employerId, hazardFactor: h.factorName, from: e.startDate, to: e.endDate })));
    const concl = await conclusionsOf(examRows.map((e) => e.id));
    const reportRows = await db.select().from(suspectedOdReports).where(and(eq(suspectedOdReports.workerId, workerId), scopeCondition(ctx.actor.scope, reportScope)));
    const noticeRows = await db.select().from(contraindicationNotices).where(and(eq(contraindicationNotices.workerId, workerId), scopeCondition(ctx.actor.scope, noticeScope)));
    const names = await orgName([...reportRows.map((r) => r.employerId), ...noticeRows.map((n) => n.employerId)]);
    await auditRead(db, ctx, 'health_archive', [{ id: workerId, regionCode: emp[0]?.regionCode ?? examRows[0]?.regionCode ?? null }], own ? 'own archive' : 'worker health archive');

    const examsOut = examRows.map(({ regionCode: _r, workerId: _w, workerName: _n, idNumberMasked: _m, institutionId: _i, ...e }) => ({
      ...e,
      conclusionDetails: concl.filter((c) => c.examId === e.id).map((c) => ({ hazardFactor: c.hazardFactor, category: c.category, conclusion: c.conclusion, advice: c.advice, suspectedDisease: c.suspectedDisease, contraindication: c.contraindication, recheckDueDate: c.recheckDueDate })),
    }));
    const timeline = [
      ...emp.map((e) => ({ date: e.startDate, kind: 'employment_start' as const, employerId: e.employerId, employerName: e.employerName, title: e.postName ?? '', detail: { endDate: e.endDate } })),
      ...emp.filter((e) => e.endDate).map((e) => ({ date: e.endDate!, kind: 'employment_end' as const, employerId: e.employerId, employerName: e.employerName, title: e.postName ?? '', detail: {} })),
      ...exposures.map((x) => ({ date: x.from, kind: 'exposure' as const, employerId: x.employerId, employerName: emp.find((e) => e.employerId === x.employerId)?.employerName ?? '', title: x.hazardFactor, detail: { to: x.to } })),
      ...examsOut.map((e) => ({ date: e.examDate, kind: 'exam' as const, employerId: e.employerId, employerName: e.employerName, title: e.examNumber, detail: { examId: e.id, examType: e.examType, institutionName: e.institutionName, conclusions: e.conclusionDetails.map((c) => ({ hazardFactor: c.hazardFactor, conclusion: c.conclusion })), isComplete: e.isComplete } })),
      ...reportRows.map((r) => ({ date: r.reportedOn, kind: 'suspected_report' as const, employerId: r.employerId, employerName: names.get(r.employerId) ?? '', title: r.suspectedDisease, detail: { id: r.id, state: r.state, hazardFactor: r.hazardFactor } })),
      ...noticeRows.map((n) => ({ date: n.issuedOn, kind: 'contraindication_notice' as const, employerId: n.employerId, employerName: names.get(n.employerId) ?? '', title: n.contraindication, detail: { id: n.id, state: n.state, dueDate: n.dueDate, hazardFactor: n.hazardFactor } })),
    ].sort((a, b) => a.date.localeCompare(b.date) || a.kind.localeCompare(b.kind));
    return {
      worker: { id: worker.id, name: worker.name, idNumberMasked: worker.idNumberMasked, sex: worker.sex, birthDate: worker.birthDate },
      employments: emp.map((e) => ({ employerId: e.employerId, employerName: e.employerName, postName: e.postName, startDate: e.startDate, endDate: e.endDate })),
      exposures,
      exams: examsOut,
      suspectedReports: reportRows.map((r) => ({ id: r.id, hazardFactor: r.hazardFactor, suspectedDisease: r.suspectedDisease, state: r.state, reportedOn: r.reportedOn, employerId: r.employerId, outcome: r.outcome })),
      notices: noticeRows.map((n) => ({ id: n.id, hazardFactor: n.hazardFactor, contraindication: n.contraindication, state: n.state, dueDate: n.dueDate, issuedOn: n.issuedOn, employerId: n.employerId })),
      timeline,
    };
  }

  async function myArchive(ctx: Ctx) {
    if (ctx.actor.scope.kind !== 'worker' || !ctx.actor.workerId) {
      // An account linked to no worker record has no archive (nothing to read, nothing audited).
      return { worker: null, employments: [], exposures: [], exams: [], suspectedReports: [], notices: [], timeline: [] };
    }
    return archive(ctx, ctx.actor.workerId);
  }

  // ---------------------------------------------------------------- home counters
  const counters = {
    openReports: async (ctx: Ctx) =>
      Number((await db.select({ n: count() }).from(suspectedOdReports).where(and(scopeCondition(ctx.actor.scope, reportScope), inArray(suspectedOdReports.state, ['reported', 'employer_notified', 'diagnosis_arranged']))))[0]?.n ?? 0),
    openNotices: async (ctx: Ctx) =>
      Number((await db.select({ n: count() }).from(contraindicationNotices).where(and(scopeCondition(ctx.actor.scope, noticeScope), eq(contraindicationNotices.state, 'issued'))))[0]?.n ?? 0),
    recheckDue: async (ctx: Ctx) =>
      Number(
        (
          await db
            .select({ n: count() })
            .from(healthExamConclusions)
            .innerJoin(healthExams, eq(healthExams.id, healthExamConclusions.examId))
            .where(and(scopeCondition(ctx.actor.scope, examScope), eq(healthExamConclusions.conclusion, 'recheck'), lte(healthExamConclusions.recheckDueDate, todayCst())))
        )[0]?.n ?? 0,
      ),
    overdue: async (ctx: Ctx) => (await overdue(ctx, {})).total,
    unfiled: async (ctx: Ctx) =>
      ctx.actor.organisation.type === 'exam_institution'
        ? Number((await db.select({ n: count() }).from(examInstitutionFilings).where(eq(examInstitutionFilings.institutionId, ctx.actor.organisation.id)))[0]?.n ?? 0) === 0
          ? 1
          : 0
        : 0,
  };

  return { institutions, filing, exams, reports, notices, overdue, archive, myArchive, counters };
}
export type ExamsService = ReturnType<typeof createExamsService>;
