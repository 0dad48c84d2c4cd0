import { and, eq, inArray, sql } from 'drizzle-orm';
import { errors, maskIdNumber, validatePhone, workerIdentityFromIdNumber, workerIdentityIssues } from '@ohnet/domain';
import {
  type ImportError,
  type ImportMode,
  type ImportSummary,
  type TemplateColumn,
  type TemplateRow,
  buildTemplate,
  readTemplate,
} from '../../platform/imports/xlsx-template.ts';
import { type Db, transaction } from '../../db/client.ts';
import { listImportJobs } from '../../platform/imports/import-jobs.ts';
import { writeAudit } from '../../platform/audit/audit.writer.ts';
import type { DataProtection } from '../../platform/crypto/data-keys.ts';
import type { JobHandler } from '../../platform/jobs/jobs.runner.ts';
import { posts } from '../employers/employers.table.ts';
import { organisations } from '../organisations/organisations.table.ts';
import { employments, workers } from './workers.table.ts';
import { idNumberIndex } from './workers.bulk.ts';

/**
 * Bulk import of workers from the Excel template. The upload is parsed at once (so a broken file is
 * refused while the user waits), then a background job validates every row and writes either all
 * rows or only the valid ones, in one transaction. Re-sending the same file duplicates nothing: a
 * worker is found by the blind index of the ID number, and an identical employment episode counts
 * as already present.
 */
export const WORKER_IMPORT_JOB = 'worker.import';
type ColumnKey = 'idNumber' | 'name' | 'phone' | 'postName' | 'jobType' | 'startDate' | 'isDispatched' | 'hostUscc';
/** Template columns: header text and the field it fills. */
export const WORKER_IMPORT_COLUMNS: readonly TemplateColumn<ColumnKey>[] = [
  { key: 'idNumber', header: '身份证号*', width: 22 },
  { key: 'name', header: '姓名*', width: 12 },
  { key: 'phone', header: '手机号', width: 16 },
  { key: 'postName', header: '岗位名称', width: 18, list: { sheetRange: '选项!$A$1:$A$200' } },
  { key: 'jobType', header: '工种', width: 12 },
  { key: 'startDate', header: '上岗日期*(YYYY-MM-DD)', width: 20 },
  { key: 'isDispatched', header: '是否劳务派遣(是/否)', width: 18, list: ['是', '否'] },
  { key: 'hostUscc', header: '用工单位统一社会信用代码(派遣时必填)', width: 34 },
];
export type ImportRow = TemplateRow<ColumnKey>;
export type ImportResult = ImportSummary;
export interface WorkerImportPayload {
  employerId: string;
  regionCode: string;
  mode: ImportMode;
  fileName: string;
  actor: { userId: string; username: string; organisationId: string; roles: string[]; requestId: string; ip: string | null };
  rows: ImportRow[];
}

export async function workerImportTemplate(postNames: string[]): Promise<Buffer> {
  return buildTemplate({
    sheetName: '劳动者',
    columns: WORKER_IMPORT_COLUMNS,
    example: { idNumber: '11010519491231002X', name: '（示例，导入前删除本行）张三', phone: '13800138000', postName: postNames[0] ?? '', jobType: '打磨工', startDate: '2025-03-01', isDispatched: '否', hostUscc: '' },
    lists: postNames,
    notes: [
      '带 * 的列必填。身份证号按 GB 11643 校验；上岗日期格式 YYYY-MM-DD；派遣人员须填写用工单位统一社会信用代码。',
      '同一文件重复上传不会重复登记：已登记的劳动者按身份证号识别，相同的在岗记录计为“已存在”。',
    ],
  });
}

/** Reads the upload against the template (a broken file is refused while the user waits). */
export function parseWorkerImport(file: Buffer): Promise<ImportRow[]> {
  return readTemplate(file, WORKER_IMPORT_COLUMNS);
}

const header = (key: ColumnKey) => WORKER_IMPORT_COLUMNS.find((c) => c.key === key)!.header;

export function workerImportJob(dp: DataProtection): JobHandler<WorkerImportPayload, ImportResult> {
  return {
    kind: WORKER_IMPORT_JOB,
    async run(job) {
      const p = job.payload;
      const db = job.db;
      const errorsOut: ImportError[] = [];
      const push = (row: number, key: ColumnKey, code: string, message: string) => errorsOut.push({ row, column: header(key), code, message });
      const postRows = await db.select({ id: posts.id, name: posts.name }).from(posts).where(and(eq(posts.employerId, p.employerId), eq(posts.isActive, true)));
      const postByName = new Map(postRows.map((r) => [r.name, r.id]));
      const hostUsccs = [...new Set(p.rows.map((r) => r.hostUscc).filter(Boolean))];
      const hosts = hostUsccs.length
        ? await db.select({ id: organisations.id, uscc: organisations.uscc }).from(organisations).where(and(inArray(organisations.uscc, hostUsccs), eq(organisations.type, 'employer')))
        : [];
      const hostByUscc = new Map(hosts.map((h) => [h.uscc!, h.id]));

      // 1. Validate every row (no writes yet).
      const seenInFile = new Map<string, number>();
      const valid: { r: ImportRow; idNumber: string; sex: 'male' | 'female'; birthDate: string; postId: string | null; isDispatched: boolean; hostId: string | null; bidx: string }[] = [];
      for (const [i, r] of p.rows.entries()) {
        const before = errorsOut.length;
        const idIssues = workerIdentityIssues({ idNumber: r.idNumber });
        for (const issue of idIssues) push(r.row, 'idNumber', issue.code, issue.message);
        if (!r.name) push(r.row, 'name', 'import.required', '姓名必填');
        if (r.phone) {
          const ph = validatePhone(r.phone);
          if (!ph.ok) push(r.row, 'phone', ph.issues[0]!.code, ph.issues[0]!.message);
        }
        const postId = r.postName ? (postByName.get(r.postName) ?? null) : null;
        if (r.postName && !postId) push(r.row, 'postName', 'post.not_found', `岗位“${r.postName}”未登记或已停用`);
        if (!/^\d{4}-\d{2}-\d{2}$/.test(r.startDate) || Number.isNaN(Date.parse(r.startDate))) push(r.row, 'startDate', 'import.date_invalid', '上岗日期格式应为 YYYY-MM-DD');
        const dispatched = r.isDispatched === '是';
        if (r.isDispatched && r.isDispatched !== '是' && r.isDispatched !== '否') push(r.row, 'isDispatched', 'import.yes_no', '请填写“是”或“否”');
        const hostId = r.hostUscc ? (hostByUscc.get(r.hostUscc.toUpperCase()) ?? null) : null;
        if (dispatched && !r.hostUscc) push(r.row, 'hostUscc', 'employment.host_employer_required', '劳务派遣人员须填写用工单位');
        if (r.hostUscc && !hostId) push(r.row, 'hostUscc', 'employment.host_employer_unknown', '用工单位未在平台登记');
        const identity = workerIdentityFromIdNumber(r.idNumber);
        if (identity.ok) {
          const key = `${identity.value.idNumber}|${r.startDate}`;
          const first = seenInFile.get(key);
          if (first !== undefined) push(r.row, 'idNumber', 'import.duplicate_row', `与第${first}行重复`);
          else seenInFile.set(key, r.row);
        }
        if (errorsOut.length === before && identity.ok) {
          valid.push({ r, idNumber: identity.value.idNumber, sex: identity.value.sex, birthDate: identity.value.birthDate, postId, isDispatched: dispatched, hostId, bidx: idNumberIndex(dp, identity.value.idNumber) });
        }
        if (i % 500 === 0) await job.progress(i, p.rows.length * 2);
      }
      const rejectedRows = new Set(errorsOut.map((e) => e.row)).size;
      if (p.mode === 'all_or_nothing' && errorsOut.length > 0) {
        return { total: p.rows.length, imported: 0, alreadyPresent: 0, rejected: rejectedRows, errors: errorsOut };
      }

      // 2. Write, in one transaction, in batches.
      let imported = 0;
      let alreadyPresent = 0;
      await transaction(db, async (tx) => {
        for (let start = 0; start < valid.length; start += 500) {
          const batch = valid.slice(start, start + 500);
          const existing = await tx.select().from(workers).where(inArray(workers.idNumberBidx, batch.map((b) => b.bidx)));
          const byBidx = new Map(existing.map((w) => [w.idNumberBidx, w]));
          for (const b of batch) {
            const w = byBidx.get(b.bidx);
            if (w && w.name !== b.r.name) push(b.r.row, 'name', 'worker.identity_conflict', `身份证号已登记在另一姓名下（${w.name.slice(0, 1)}**）`);
          }
          const fresh = batch.filter((b) => !byBidx.has(b.bidx));
          const unique = [...new Map(fresh.map((b) => [b.bidx, b])).values()];
          if (unique.length) {
            const inserted = await tx
              .insert(workers)
              .values(unique.map((b) => ({ idNumberEnc: dp.encrypt(b.idNumber), idNumberBidx: b.bidx, idNumberMasked: maskIdNumber(b.idNumber), name: b.r.name, sex: b.sex, birthDate: b.birthDate, phoneEnc: b.r.phone ? dp.encrypt(b.r.phone) : null })))
              .returning();
            for (const w of inserted) byBidx.set(w.idNumberBidx, w);
          }
          const workerIds = [...new Set([...byBidx.values()].map((w) => w.id))];
          const current = workerIds.length ? await tx.select().from(employments).where(and(eq(employments.employerId, p.employerId), inArray(employments.workerId, workerIds))) : [];
          const toInsert: (typeof employments.$inferInsert)[] = [];
          for (const b of batch) {
            const w = byBidx.get(b.bidx)!;
            if (w.name !== b.r.name) continue;
            const same = current.find((e) => e.workerId === w.id && e.startDate === b.r.startDate);
            if (same) {
              alreadyPresent++;
              continue;
            }
            const open = current.find((e) => e.workerId === w.id && e.endDate === null);
            if (open) {
              push(b.r.row, 'startDate', 'employment.overlaps', `该劳动者在本单位已有自${open.startDate}起的在岗记录`);
              continue;
            }
            toInsert.push({ employerId: p.employerId, regionCode: p.regionCode, workerId: w.id, postId: b.postId, jobType: b.r.jobType || null, startDate: b.r.startDate, isDispatched: b.isDispatched, hostEmployerId: b.hostId });
          }
          if (toInsert.length) await tx.insert(employments).values(toInsert);
          imported += toInsert.length;
        }
        if (p.mode === 'all_or_nothing' && errorsOut.length > 0) {
          // Conflicts found while writing: undo everything, report them.
          throw errors.invalid(errorsOut.map((e) => ({ path: `rows.${e.row}.${e.column}`, code: e.code, message: e.message })), 'import rolled back');
        }
        await writeAudit(tx, { ...p.actor, roles: p.actor.roles }, [
          { action: 'worker.import', entityType: 'employer', entityId: p.employerId, regionCode: p.regionCode, meta: { jobId: job.jobId, fileName: p.fileName, mode: p.mode, total: p.rows.length, imported, alreadyPresent } },
        ]);
      }).catch((e: unknown) => {
        if (errorsOut.length && p.mode === 'all_or_nothing') {
          imported = 0;
          alreadyPresent = 0;
          return;
        }
        throw e;
      });
      await job.progress(p.rows.length * 2, p.rows.length * 2);
      return { total: p.rows.length, imported, alreadyPresent, rejected: new Set(errorsOut.map((e) => e.row)).size, errors: errorsOut };
    },
  };
}

/** Past imports of an employer with their result summaries. */
export const listWorkerImports = (db: Db, employerId: string) => listImportJobs(db, WORKER_IMPORT_JOB, sql`payload->>'employerId' = ${employerId}`);
