import { and, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import {
  type AssessmentReportInput,
  type FieldIssue,
  type HazardFactorCategory,
  type PointJudgement,
  type TechServiceQualification,
  canFile,
  errors,
  rectificationDueDate,
  resolveHazardFactorReference,
  todayCst,
  validateAndJudgeReport,
} from '@ohnet/domain';
import type { Db } from '../../db/client.ts';
import { type AuditWho, writeAudit } from '../../platform/audit/audit.writer.ts';
import { posts } from '../employers/employers.table.ts';
import { organisations } from '../organisations/organisations.table.ts';
import { employments } from '../workers/workers.table.ts';
import {
  assessmentPoints,
  assessmentReportNumbers,
  assessmentReports,
  exceedanceAlerts,
  rectificationEvents,
  rectificationTasks,
  surveillanceFlags,
  techServiceQualifications,
} from './assessments.table.ts';

/**
 * Filing a report, shared by the web form, the JSON batch API, corrections and the Excel import:
 * one validation (the domain's), one qualification check, one writer that stores the report, its
 * judged points and — in the same transaction — the consequences of an exceedance: an alert, a
 * rectification task, surveillance flags for the workers on the post, and the audit entries.
 */

/** Who files: a technical service institution's user (or the import job acting for them). */
export interface Filer {
  institutionId: string;
  userId: string | null;
  name: string | null;
  organisationName: string | null;
  who: AuditWho;
}

export interface ReportRequest extends AssessmentReportInput {
  employerId: string;
}

export interface PreparedReport {
  input: ReportRequest;
  employer: { id: string; name: string; regionCode: string };
  qualificationId: string;
  judgements: PointJudgement[];
  pointDates: string[];
  /** Post id per point (given, or matched by name among the employer's posts). */
  postIds: (string | null)[];
}

export type PrepareResult = { ok: true; report: PreparedReport } | { ok: false; issues: FieldIssue[]; notFound?: string; duplicate?: boolean };

function toDomain(row: typeof techServiceQualifications.$inferSelect): TechServiceQualification {
  return {
    qualificationClass: row.qualificationClass,
    qualificationNumber: row.qualificationNumber,
    validFrom: row.validFrom,
    validTo: row.validTo,
    issuingProvinceCode: row.issuingProvinceCode,
    categories: row.categories,
    serviceKinds: row.serviceKinds,
    isRevoked: row.isRevoked,
  };
}

/**
 * Validates and judges one report for a filer. `correcting` is the report number's existing entry
 * when this is a new version (then the number must exist); otherwise the number must be new.
 */
export async function prepareReport(db: Db, filer: Filer, input: ReportRequest, opts: { correcting?: boolean } = {}): Promise<PrepareResult> {
  const [employer] = await db
    .select({ id: organisations.id, name: organisations.name, regionCode: organisations.regionCode })
    .from(organisations)
    .where(and(eq(organisations.id, input.employerId), eq(organisations.type, 'employer'), eq(organisations.isActive, true)));
  if (!employer) return { ok: false, issues: [{ path: 'employerId', code: 'employer.not_found', message: '用人单位不存在或已停用' }], notFound: input.employerId };

  const checked = validateAndJudgeReport(input, todayCst());
  if (!checked.ok) return { ok: false, issues: checked.issues };

  const issues: FieldIssue[] = [];
  // The qualification: any of the institution's that covers the work; else the issues of the one
  // that comes closest (fewest issues, then the latest) — an expired testing qualification says
  // "expired", not "kind not covered" by the institution's radiation-health qualification.
  const quals = await db.select().from(techServiceQualifications).where(eq(techServiceQualifications.organisationId, filer.institutionId));
  const work = { kind: input.kind, categories: checked.value.categories as HazardFactorCategory[], date: input.samplingStartDate, employerRegionCode: employer.regionCode };
  const checks = quals.map((q) => ({ q, r: canFile(toDomain(q), work) }));
  const usable = checks.find((c) => c.r.ok)?.q;
  if (!usable) {
    if (quals.length === 0) issues.push({ path: 'qualification', code: 'qualification.missing', message: '本机构没有登记职业卫生技术服务资质' });
    else {
      const count = (c: (typeof checks)[number]) => (c.r.ok ? 0 : c.r.issues.length);
      const closest = [...checks].sort((a, b) => count(a) - count(b) || b.q.validTo.localeCompare(a.q.validTo))[0]!;
      if (!closest.r.ok) issues.push(...closest.r.issues);
    }
  }

  const employerPosts = await db.select({ id: posts.id, name: posts.name }).from(posts).where(eq(posts.employerId, employer.id));
  const postIds = input.points.map((p, i) => {
    if (p.postId) {
      if (!employerPosts.some((ep) => ep.id === p.postId)) issues.push({ path: `points.${i}.postId`, code: 'assessment.post_unknown', message: '该岗位不属于此用人单位' });
      return p.postId;
    }
    return employerPosts.find((ep) => ep.name === p.postName.trim())?.id ?? null;
  });

  const [existing] = await db
    .select()
    .from(assessmentReportNumbers)
    .where(and(eq(assessmentReportNumbers.institutionId, filer.institutionId), eq(assessmentReportNumbers.reportNumber, input.reportNumber.trim())));
  if (!opts.correcting && existing) {
    return { ok: false, duplicate: true, issues: [{ path: 'reportNumber', code: 'assessment.duplicate_number', message: `报告编号${input.reportNumber}已使用（同一机构的报告编号不得重复）` }] };
  }
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, report: { input: { ...input, reportNumber: input.reportNumber.trim() }, employer, qualificationId: usable!.id, judgements: checked.value.judgements, pointDates: checked.value.pointDates, postIds } };
}

/** The catalogue id of a factor when it resolves, else its printed name (surveillance flags). */
function factorCode(j: PointJudgement, hazardFactor: string): string {
  for (const name of [hazardFactor, j.factor, j.factor.replace(/[（(].*$/, '')]) {
    const ref = resolveHazardFactorReference({ factorId: null, factorName: name });
    if (ref.factor) return ref.factor.id;
  }
  return j.factor.slice(0, 120);
}

/**
 * Stores a prepared report (new, or a new version replacing `previous`) and its consequences.
 * Must run inside a transaction. Returns the new report id.
 */
export async function writeReport(
  tx: Db,
  filer: Filer,
  p: PreparedReport,
  source: 'form' | 'batch' | 'import',
  previous: { id: string; version: number; correctionReason: string } | null = null,
): Promise<string> {
  const { input, employer, judgements } = p;
  const exceeding = judgements.filter((j) => j.verdict === 'exceeding').length;
  const compliant = judgements.filter((j) => j.verdict === 'compliant').length;
  const version = previous ? previous.version + 1 : 1;
  if (previous) {
    await tx.update(assessmentReports).set({ isCurrent: false }).where(and(eq(assessmentReports.employerId, employer.id), eq(assessmentReports.id, previous.id)));
  }
  const [report] = await tx
    .insert(assessmentReports)
    .values({
      employerId: employer.id,
      regionCode: employer.regionCode,
      institutionId: filer.institutionId,
      qualificationId: p.qualificationId,
      kind: input.kind,
      reportNumber: input.reportNumber,
      version,
      isCurrent: true,
      previousVersionId: previous?.id ?? null,
      correctionReason: previous?.correctionReason ?? null,
      samplingStartDate: input.samplingStartDate,
      samplingEndDate: input.samplingEndDate,
      reportDate: input.reportDate,
      conclusion: input.conclusion.trim(),
      pointCount: judgements.length,
      exceedingCount: exceeding,
      compliantCount: compliant,
      source,
      filedByUserId: filer.userId,
      filedByName: filer.name,
    })
    .returning({ id: assessmentReports.id });
  const reportId = report!.id;
  if (previous) {
    await tx
      .update(assessmentReportNumbers)
      .set({ currentReportId: reportId, lastVersion: version })
      .where(and(eq(assessmentReportNumbers.institutionId, filer.institutionId), eq(assessmentReportNumbers.reportNumber, input.reportNumber)));
  } else {
    await tx.insert(assessmentReportNumbers).values({ institutionId: filer.institutionId, reportNumber: input.reportNumber, employerId: employer.id, currentReportId: reportId, lastVersion: 1 });
  }
  const pointRows = await tx
    .insert(assessmentPoints)
    .values(
      input.points.map((pt, i) => {
        const j = judgements[i]!;
        return {
          employerId: employer.id,
          reportId,
          regionCode: employer.regionCode,
          institutionId: filer.institutionId,
          seq: i + 1,
          postName: pt.postName.trim(),
          postId: p.postIds[i] ?? null,
          hazardFactor: pt.hazardFactor.trim(),
          factor: j.factor,
          category: j.category,
          measurementType: pt.measurement.type,
          samplingDate: p.pointDates[i]!,
          location: pt.location ?? null,
          measurement: pt.measurement as unknown as Record<string, unknown>,
          verdict: j.verdict,
          judgement: j,
          citation: j.citation,
          ruleEdition: j.ruleEdition,
          verified: j.verified,
        };
      }),
    )
    .returning({ id: assessmentPoints.id, seq: assessmentPoints.seq });
  const pointIdOf = new Map(pointRows.map((r) => [r.seq, r.id]));

  // A correction supersedes the previous version's open flags; the new version raises its own.
  if (previous) {
    await tx.update(surveillanceFlags).set({ clearedAt: new Date() }).where(and(eq(surveillanceFlags.sourceReportId, previous.id), isNull(surveillanceFlags.clearedAt)));
  }

  const events: Parameters<typeof writeAudit>[2][number][] = [
    {
      action: previous ? 'assessment.correct' : 'assessment.file',
      entityType: 'assessment_report',
      entityId: reportId,
      regionCode: employer.regionCode,
      meta: { reportNumber: input.reportNumber, version, source, points: judgements.length, exceeding, ...(previous ? { previousId: previous.id, reason: previous.correctionReason } : {}) },
    },
  ];

  const openTask = previous
    ? (
        await tx
          .select()
          .from(rectificationTasks)
          .where(and(eq(rectificationTasks.employerId, employer.id), eq(rectificationTasks.institutionId, filer.institutionId), eq(rectificationTasks.reportNumber, input.reportNumber), sql`${rectificationTasks.state} <> 'closed'`))
      )[0]
    : undefined;

  if (exceeding > 0) {
    const exceedingPoints = input.points.map((pt, i) => ({ pt, j: judgements[i]!, i })).filter((x) => x.j.verdict === 'exceeding');
    const summary = exceedingPoints.map((x) => `${x.pt.postName.trim()}·${x.j.factor}`).join('；').slice(0, 1000);
    if (openTask) {
      await tx.update(rectificationTasks).set({ reportId, summary, updatedAt: new Date() }).where(and(eq(rectificationTasks.employerId, employer.id), eq(rectificationTasks.id, openTask.id)));
      await tx.update(exceedanceAlerts).set({ reportId, summary, exceedingCount: exceeding }).where(and(eq(exceedanceAlerts.employerId, employer.id), eq(exceedanceAlerts.taskId, openTask.id)));
    } else {
      const [task] = await tx
        .insert(rectificationTasks)
        .values({ employerId: employer.id, regionCode: employer.regionCode, reportId, reportNumber: input.reportNumber, institutionId: filer.institutionId, state: 'open', dueDate: rectificationDueDate(input.reportDate), summary })
        .returning({ id: rectificationTasks.id });
      const taskId = task!.id;
      await tx.insert(rectificationEvents).values({ employerId: employer.id, taskId, action: 'raise', fromState: null, toState: 'open', note: `检测报告${input.reportNumber}有${exceeding}个检测点超标`, actorName: filer.name, actorOrganisationName: filer.organisationName });
      const [alert] = await tx
        .insert(exceedanceAlerts)
        .values({ employerId: employer.id, regionCode: employer.regionCode, reportId, reportNumber: input.reportNumber, institutionId: filer.institutionId, taskId, exceedingCount: exceeding, summary, state: 'open' })
        .returning({ id: exceedanceAlerts.id });
      events.push({ action: 'rectification.raise', entityType: 'rectification_task', entityId: taskId, regionCode: employer.regionCode, meta: { reportId, alertId: alert!.id } });
    }

    // Workers employed on an exceeding post on the sampling date get a surveillance flag.
    const linked = exceedingPoints.filter((x) => p.postIds[x.i]);
    const postIdList = [...new Set(linked.map((x) => p.postIds[x.i]!))];
    if (postIdList.length > 0) {
      const staff = await tx
        .select({ workerId: employments.workerId, postId: employments.postId, startDate: employments.startDate, endDate: employments.endDate })
        .from(employments)
        .where(and(or(eq(employments.employerId, employer.id), eq(employments.hostEmployerId, employer.id)), inArray(employments.postId, postIdList)));
      const open = await tx
        .select({ workerId: surveillanceFlags.workerId, postId: surveillanceFlags.postId, code: surveillanceFlags.hazardFactorCode })
        .from(surveillanceFlags)
        .where(and(eq(surveillanceFlags.employerId, employer.id), isNull(surveillanceFlags.clearedAt)));
      const seen = new Set(open.map((f) => `${f.workerId}|${f.postId}|${f.code}`));
      const flags: (typeof surveillanceFlags.$inferInsert)[] = [];
      for (const x of linked) {
        const postId = p.postIds[x.i]!;
        const code = factorCode(x.j, x.pt.hazardFactor);
        const date = p.pointDates[x.i]!;
        for (const s of staff) {
          if (s.postId !== postId || s.startDate > date || (s.endDate !== null && s.endDate < date)) continue;
          const key = `${s.workerId}|${postId}|${code}`;
          if (seen.has(key)) continue;
          seen.add(key);
          flags.push({ employerId: employer.id, regionCode: employer.regionCode, workerId: s.workerId, postId, hazardFactorCode: code, reason: 'exceedance', sourceReportId: reportId, sourcePointId: pointIdOf.get(x.i + 1)! });
        }
      }
      if (flags.length > 0) {
        await tx.insert(surveillanceFlags).values(flags);
        events.push({ action: 'surveillance_flag.raise', entityType: 'assessment_report', entityId: reportId, regionCode: employer.regionCode, meta: { flags: flags.length } });
      }
    }
  }
  if (openTask) {
    // The task's history says what the correction changed; with no exceedance left it still ends by the regulator's close-out.
    if (exceeding === 0) await tx.update(rectificationTasks).set({ reportId, updatedAt: new Date() }).where(and(eq(rectificationTasks.employerId, employer.id), eq(rectificationTasks.id, openTask.id)));
    const note = exceeding > 0 ? `检测报告更正为第${version}版，${exceeding}个检测点超标` : `检测报告更正为第${version}版，已无超标检测点`;
    await tx.insert(rectificationEvents).values({ employerId: employer.id, taskId: openTask.id, action: 'report_corrected', fromState: openTask.state, toState: openTask.state, note: `${note}（${previous!.correctionReason}）`.slice(0, 1000), actorName: filer.name, actorOrganisationName: filer.organisationName });
  }
  await writeAudit(tx, filer.who, events);
  return reportId;
}

/** Open surveillance flags of some employers or of a region (code prefix); the exams module reads them through assessments.flags.ts. */
export async function openSurveillanceFlags(db: Db, target: { employerIds: readonly string[] } | { regionPrefix: string }) {
  if ('employerIds' in target && target.employerIds.length === 0) return [];
  const where =
    'employerIds' in target
      ? and(inArray(surveillanceFlags.employerId, [...target.employerIds]), isNull(surveillanceFlags.clearedAt))
      : and(sql`${surveillanceFlags.regionCode} like ${`${target.regionPrefix}%`}`, isNull(surveillanceFlags.clearedAt));
  return db.select().from(surveillanceFlags).where(where);
}

/** Flags raised from a report (for the report page). */
export async function flagCountOf(db: Db, reportId: string): Promise<number> {
  const [r] = await db.select({ n: sql<number>`count(*)::int` }).from(surveillanceFlags).where(eq(surveillanceFlags.sourceReportId, reportId));
  return Number(r?.n ?? 0);
}

/** Throws the right error for a failed preparation: 404 unknown employer, 409 duplicate number, else 422. */
export function throwPrepareFailure(r: Extract<PrepareResult, { ok: false }>, prefix = ''): never {
  if (r.notFound) throw errors.notFound('employer', r.notFound);
  if (r.duplicate) throw errors.conflict('assessment.duplicate_number', r.issues[0]!.message, { issues: r.issues.map((i) => ({ ...i, path: `${prefix}${i.path}` })) });
  throw errors.invalid(r.issues.map((i) => ({ ...i, path: `${prefix}${i.path}` })), '检测报告有误，请按提示修改');
}
