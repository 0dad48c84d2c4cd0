import { createHash } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import {
  type ExamCheckResult,
  type ExamRecordInput,
  type HazardFactorCategory,
  checkExamRecord,
  contraindicationNoticeDueDate,
  editionOn,
  errors,
  examRecordIssues,
  gbz188RulePack,
  hazardCategoryOf,
  workerIdentityFromIdNumber,
} from '@ohnet/domain';
import { type Db, transaction } from '../../db/client.ts';
import { type AuditWho, canonicalJson, writeAudit } from '../../platform/audit/audit.writer.ts';
import type { DataProtection } from '../../platform/crypto/data-keys.ts';
import { organisations } from '../organisations/organisations.table.ts';
import { findOrCreateWorkers } from '../workers/workers.bulk.ts';
import type { ExamRecordBody } from './exams.schemas.ts';
import { contraindicationNotices, examInstitutionFilings, healthExamConclusions, healthExams, suspectedOdReports } from './exams.table.ts';

/**
 * Filing exams in bulk — the one path the JSON batch, the Excel import and the web form all take,
 * so all three validate identically. Designed for tens of thousands of records per call:
 * validation in memory, one query per 1,000 for employers, existing exam numbers and workers
 * (blind index), multi-row inserts of 500, everything written in one transaction.
 *
 * - Natural key: institution + exam number. Re-sending the same record counts it as already
 *   present; a different record under a number already used is refused (corrections get a new number).
 * - Modes: `all_or_nothing` writes nothing when any record has a problem; `valid_rows` writes the
 *   valid records and reports the others.
 * - Consequences in the same transaction: a suspected-OD report per `suspected_od` conclusion
 *   (routed to the employer, the authority of the employer's region — region scope — and the chosen
 *   diagnosis institution), a contraindication notice per `contraindication` conclusion, and recheck
 *   due dates on the conclusions.
 */

export interface ExamProblem {
  index: number;
  examNumber: string;
  path: string;
  code: string;
  message: string;
}

export interface ExamBatchResult {
  total: number;
  imported: number;
  alreadyPresent: number;
  rejected: number;
  incomplete: number;
  suspectedReports: number;
  contraindicationNotices: number;
  problems: ExamProblem[];
  /** Ids of the exams written (or found identical), by record index; internal (the form route returns its id). */
  examIds?: Record<number, string>;
}

export interface ExamBatchInput {
  institutionId: string;
  mode: 'all_or_nothing' | 'valid_rows';
  records: ExamRecordBody[];
  today: string;
  who: AuditWho & { displayName: string; organisationName: string };
  jobId: string | null;
  /** Excel rows: problem messages name the sheet row. */
  rowNumbers?: number[];
  /** Problems found while reading the sheet (a cell that is no number, an unknown label), by record index. */
  preProblems?: ExamProblem[];
}

function toDomain(r: ExamRecordBody): ExamRecordInput {
  return {
    examNumber: r.examNumber.trim(),
    examType: r.examType,
    examDate: r.examDate,
    worker: { idNumber: r.worker.idNumber.trim().toUpperCase(), name: r.worker.name.trim() },
    hazardFactors: r.hazardFactors.map((f) => f.trim()),
    items: r.items,
    conclusions: r.conclusions.map((c) => ({ ...c, hazardFactor: c.hazardFactor.trim() })),
  };
}

const hashOf = (r: ExamRecordBody) => createHash('sha256').update(canonicalJson(r)).digest('hex');

function chunks<T>(list: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

/**
 * Yields to the event loop. The checks of a 20,000-record batch are CPU work on the server's only
 * thread (and PGlite runs there too): without a pause now and then, no other request — not even
 * the progress poll of the same upload — is answered until the batch ends.
 */
const breathe = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Throws 409 unless the institution has a filing (备案). */
export async function filingOf(db: Db, institutionId: string) {
  const [filing] = await db.select().from(examInstitutionFilings).where(eq(examInstitutionFilings.institutionId, institutionId));
  if (!filing) throw errors.conflict('exam_institution.not_filed', '本机构尚未备案（备案号、检查类别），不能报送体检结果');
  return filing;
}

export async function fileExamBatch(db: Db, dp: DataProtection, input: ExamBatchInput, progress?: (done: number, total: number) => Promise<void>): Promise<ExamBatchResult> {
  const filing = await filingOf(db, input.institutionId);
  const total = input.records.length;
  const problems: ExamProblem[] = [];
  const recs = input.records.map(toDomain);
  const at = (i: number) => (input.rowNumbers ? `第${input.rowNumbers[i]}行 ` : '');
  const problem = (i: number, path: string, code: string, message: string) => problems.push({ index: i, examNumber: recs[i]!.examNumber, path, code, message: `${at(i)}${message}` });
  for (const p of input.preProblems ?? []) problem(p.index, p.path, p.code, p.message);

  // 1. Per-record validation (domain rules) and the institution's coverage, in memory.
  const categoryCache = new Map<string, HazardFactorCategory | null>();
  const categoryOf = (factor: string, date: string) => {
    const key = `${factor}|${editionOn(gbz188RulePack, date)?.edition.edition ?? '-'}`;
    if (!categoryCache.has(key)) categoryCache.set(key, hazardCategoryOf(factor, date));
    return categoryCache.get(key)!;
  };
  const firstByNumber = new Map<string, number>();
  for (let i = 0; i < recs.length; i++) {
    const r = recs[i]!;
    if (i > 0 && i % 1000 === 0) {
      await breathe();
      if (progress) await progress(Math.floor((i / total) * (total / 4)), total);
    }
    for (const issue of examRecordIssues(r, { today: input.today })) problem(i, issue.path, issue.code, issue.message);
    const dup = firstByNumber.get(r.examNumber);
    if (dup !== undefined) problem(i, 'examNumber', 'exam.number_duplicate_in_batch', `体检编号与第${dup + 1}条记录重复`);
    else firstByNumber.set(r.examNumber, i);
    if (/^\d{4}-\d{2}-\d{2}$/.test(r.examDate)) {
      r.hazardFactors.forEach((f, fi) => {
        if (!f) return;
        const cat = categoryOf(f, r.examDate);
        if (cat === null) problem(i, `hazardFactors.${fi}`, 'exam.hazard_factor_unknown', `危害因素“${f}”未能在危害因素分类目录或 GBZ 188 中识别`);
        else if (!filing.hazardCategories.includes(cat)) problem(i, `hazardFactors.${fi}`, 'exam.category_not_covered', `本机构备案的检查类别不含“${f}”所属类别（${cat}）`);
      });
    }
  }

  // 2. Look-ups in bulk: employers by USCC, diagnosis institutions, exam numbers already used.
  const usccs = [...new Set(input.records.map((r) => r.employerUscc.trim().toUpperCase()))];
  const employerByUscc = new Map<string, { id: string; regionCode: string }>();
  for (const c of chunks(usccs, 1000)) {
    const rows = await db.select({ id: organisations.id, uscc: organisations.uscc, regionCode: organisations.regionCode }).from(organisations).where(and(inArray(organisations.uscc, c), eq(organisations.type, 'employer')));
    for (const r of rows) employerByUscc.set(r.uscc!, { id: r.id, regionCode: r.regionCode });
  }
  const diagIds = [...new Set(input.records.map((r) => r.diagnosisInstitutionId).filter((x): x is string => !!x))];
  const diagnosis = new Set(
    diagIds.length
      ? (await db.select({ id: organisations.id }).from(organisations).where(and(inArray(organisations.id, diagIds), eq(organisations.type, 'diagnosis_institution')))).map((r) => r.id)
      : [],
  );
  const existing = new Map<string, { id: string; contentHash: string }>();
  for (const c of chunks([...firstByNumber.keys()], 1000)) {
    const rows = await db
      .select({ id: healthExams.id, examNumber: healthExams.examNumber, contentHash: healthExams.contentHash })
      .from(healthExams)
      .where(and(eq(healthExams.institutionId, input.institutionId), inArray(healthExams.examNumber, c)));
    for (const r of rows) existing.set(r.examNumber, { id: r.id, contentHash: r.contentHash });
  }
  const hashes = input.records.map(hashOf);
  const examIds: Record<number, string> = {};
  let alreadyPresent = 0;
  const present = new Set<number>();
  input.records.forEach((r, i) => {
    if (!employerByUscc.has(r.employerUscc.trim().toUpperCase())) problem(i, 'employerUscc', 'exam.employer_unknown', `统一社会信用代码 ${r.employerUscc} 对应的用人单位未在平台登记`);
    if (r.diagnosisInstitutionId && !diagnosis.has(r.diagnosisInstitutionId)) problem(i, 'diagnosisInstitutionId', 'exam.diagnosis_institution_unknown', '所选诊断机构不存在');
    const ex = existing.get(recs[i]!.examNumber);
    if (ex) {
      if (ex.contentHash === hashes[i]) {
        present.add(i);
        examIds[i] = ex.id;
      } else problem(i, 'examNumber', 'exam.number_taken', `体检编号 ${recs[i]!.examNumber} 已报送过内容不同的记录；更正请使用新的体检编号`);
    }
  });
  if (progress) await progress(Math.floor(total / 4), total);

  const rejectedSet = () => new Set(problems.map((p) => p.index));
  const summary = (imported: number, incomplete: number, s: number, n: number): ExamBatchResult => ({
    total,
    imported,
    alreadyPresent,
    rejected: rejectedSet().size,
    incomplete,
    suspectedReports: s,
    contraindicationNotices: n,
    problems: problems.sort((a, b) => a.index - b.index),
    examIds,
  });
  if (input.mode === 'all_or_nothing' && problems.length > 0) return summary(0, 0, 0, 0);

  // 3. The automatic checks, before the write transaction (progress is written through another
  //    connection, which an open PGlite transaction would block). Sex and birth date come from the ID number.
  const checked = new Map<number, ExamCheckResult>();
  {
    const bad = rejectedSet();
    let n = 0;
    for (let i = 0; i < recs.length; i++) {
      if (bad.has(i) || present.has(i)) continue;
      const identity = workerIdentityFromIdNumber(recs[i]!.worker.idNumber);
      if (!identity.ok) continue;
      checked.set(i, checkExamRecord(recs[i]!, { sex: identity.value.sex, birthDate: identity.value.birthDate }));
      if (++n % 1000 === 0) {
        await breathe();
        if (progress) await progress(Math.floor(total / 4) + Math.floor((n / recs.length) * (total / 2)), total);
      }
    }
  }

  // 4. Write, in one transaction.
  const outcome = await transaction(db, async (tx) => {
    const bad = rejectedSet();
    let candidates = recs.map((_, i) => i).filter((i) => !bad.has(i) && !present.has(i));
    const workersFound = await findOrCreateWorkers(
      tx,
      dp,
      candidates.map((i) => recs[i]!.worker),
    );
    for (const i of candidates) {
      const w = workersFound.byIdNumber.get(recs[i]!.worker.idNumber);
      if (w && 'conflict' in w) problem(i, 'worker.name', 'worker.identity_conflict', `身份证号已登记在另一姓名下（${w.conflict}），请核对`);
    }
    if (input.mode === 'all_or_nothing' && problems.length > 0) throw new RollBack();
    const bad2 = rejectedSet();
    candidates = candidates.filter((i) => !bad2.has(i));
    alreadyPresent = present.size;

    let incomplete = 0;
    let suspected = 0;
    let notices = 0;
    for (const batch of chunks(candidates, 500)) {
      const prepared = batch.map((i) => {
        const r = recs[i]!;
        const w = workersFound.byIdNumber.get(r.worker.idNumber) as { id: string; sex: 'male' | 'female'; birthDate: string };
        const checks = checked.get(i)!;
        if (!checks.isComplete) incomplete++;
        const employer = employerByUscc.get(input.records[i]!.employerUscc.trim().toUpperCase())!;
        return { i, r, w, checks, employer };
      });
      const inserted = await tx
        .insert(healthExams)
        .values(
          prepared.map(({ i, r, w, checks, employer }) => ({
            institutionId: input.institutionId,
            employerId: employer.id,
            regionCode: employer.regionCode,
            workerId: w.id,
            examNumber: r.examNumber,
            examType: r.examType,
            examDate: r.examDate,
            hazardFactors: r.hazardFactors,
            items: r.items,
            checks,
            isComplete: checks.isComplete,
            flagCodes: [...new Set(checks.flags.map((f) => f.code))],
            ruleEdition: checks.ruleEdition,
            contentHash: hashes[i]!,
            filedBy: input.who.userId,
            jobId: input.jobId,
          })),
        )
        .returning({ id: healthExams.id, examNumber: healthExams.examNumber });
      const idOf = new Map(inserted.map((x) => [x.examNumber, x.id]));
      const conclusionRows: (typeof healthExamConclusions.$inferInsert)[] = [];
      const reportRows: (typeof suspectedOdReports.$inferInsert)[] = [];
      const noticeRows: (typeof contraindicationNotices.$inferInsert)[] = [];
      for (const { i, r, w, checks, employer } of prepared) {
        const examId = idOf.get(r.examNumber)!;
        examIds[i] = examId;
        for (const c of r.conclusions) {
          const fc = checks.factors.find((f) => f.hazardFactor === c.hazardFactor);
          const category = fc?.category ?? null;
          conclusionRows.push({
            examId,
            hazardFactor: c.hazardFactor,
            category,
            conclusion: c.conclusion,
            advice: c.advice ?? null,
            suspectedDisease: c.suspectedDisease ?? null,
            contraindication: c.contraindication ?? null,
            recheckDueDate: fc?.recheckDueDate ?? null,
          });
          const base = { examId, workerId: w.id, employerId: employer.id, regionCode: employer.regionCode, institutionId: input.institutionId, hazardFactor: c.hazardFactor };
          const step = { actorName: input.who.displayName, organisationName: input.who.organisationName, note: null, at: new Date().toISOString() };
          if (c.conclusion === 'suspected_od') {
            reportRows.push({
              ...base,
              category,
              diagnosisInstitutionId: input.records[i]!.diagnosisInstitutionId ?? null,
              suspectedDisease: c.suspectedDisease!.trim(),
              state: 'reported',
              history: [{ action: 'report', from: null, to: 'reported', ...step }],
              reportedOn: input.today,
            });
          }
          if (c.conclusion === 'contraindication') {
            noticeRows.push({ ...base, contraindication: c.contraindication!.trim(), state: 'issued', issuedOn: input.today, dueDate: contraindicationNoticeDueDate(input.today) });
          }
        }
      }
      for (const c of chunks(conclusionRows, 1000)) await tx.insert(healthExamConclusions).values(c);
      if (reportRows.length) await tx.insert(suspectedOdReports).values(reportRows);
      if (noticeRows.length) await tx.insert(contraindicationNotices).values(noticeRows);
      suspected += reportRows.length;
      notices += noticeRows.length;
    }
    await writeAudit(tx, input.who, [
      {
        action: 'health_exam.file_batch',
        entityType: 'organisation',
        entityId: input.institutionId,
        regionCode: filing.regionCode,
        meta: { jobId: input.jobId, mode: input.mode, total, imported: candidates.length, alreadyPresent, rejected: rejectedSet().size, incomplete, suspectedReports: suspected, contraindicationNotices: notices },
      },
    ]);
    return { imported: candidates.length, incomplete, suspected, notices };
  }).catch((e: unknown) => {
    if (e instanceof RollBack) return null;
    throw e;
  });
  if (!outcome) {
    alreadyPresent = 0;
    for (const k of Object.keys(examIds)) delete examIds[Number(k)];
    return summary(0, 0, 0, 0);
  }
  return summary(outcome.imported, outcome.incomplete, outcome.suspected, outcome.notices);
}

/** Thrown inside the transaction to undo an all-or-nothing batch that found conflicts while writing. */
class RollBack extends Error {}

