import { eq } from 'drizzle-orm';
import { postIssues, resolveHazardFactorReference, todayCst } from '@ohnet/domain';
import { transaction } from '../../db/client.ts';
import { type AuditWho, writeAudit } from '../../platform/audit/audit.writer.ts';
import {
  type ImportError,
  type ImportMode,
  type ImportSummary,
  type TemplateColumn,
  type TemplateRow,
  buildTemplate,
  readTemplate,
} from '../../platform/imports/xlsx-template.ts';
import type { JobHandler } from '../../platform/jobs/jobs.runner.ts';
import { employerProfiles, postHazards, posts } from './employers.table.ts';

/**
 * Bulk registration of an employer's posts and their hazard factors: one row per post × factor.
 * Rows of one post are grouped and checked with the same domain rule as the form (`postIssues`:
 * catalogue factors via the alias table, counts within staff). A post whose name already exists is
 * left as it is (counted as already present), so re-sending a file duplicates nothing.
 */
export const POST_IMPORT_JOB = 'post.import';
type Key = 'postName' | 'workplaceName' | 'factorName' | 'exposedCount' | 'dispatchedExposedCount';

export const POST_IMPORT_COLUMNS: readonly TemplateColumn<Key>[] = [
  { key: 'postName', header: '岗位名称*', width: 18 },
  { key: 'workplaceName', header: '作业场所/车间', width: 18 },
  { key: 'factorName', header: '职业病危害因素*', width: 24 },
  { key: 'exposedCount', header: '接触人数*', width: 10 },
  { key: 'dispatchedExposedCount', header: '其中劳务派遣人数', width: 16 },
];

export interface PostImportPayload {
  employerId: string;
  regionCode: string;
  mode: ImportMode;
  fileName: string;
  who: AuditWho;
  rows: TemplateRow<Key>[];
}

export const postImportTemplate = () =>
  buildTemplate({
    sheetName: '岗位',
    columns: POST_IMPORT_COLUMNS,
    example: { postName: '（示例，导入前删除本行）打磨工', workplaceName: '一车间', factorName: '噪声', exposedCount: '12', dispatchedExposedCount: '2' },
    notes: [
      '每行填写一个岗位的一种危害因素；同一岗位有多种危害因素时，分多行填写，岗位名称相同。',
      '危害因素按《职业病危害因素分类目录》（2015）填写，常见俗称（如“噪音”“砂尘”）会自动识别。已登记的岗位名称计为“已存在”，不会重复登记。',
    ],
  });
export const parsePostImport = (file: Buffer) => readTemplate(file, POST_IMPORT_COLUMNS);

const headerOf = (key: string) => POST_IMPORT_COLUMNS.find((c) => c.key === key)?.header ?? key;
const num = (v: string): number => (/^\d+$/.test(v) ? Number(v) : Number.NaN);

export function postImportJob(): JobHandler<PostImportPayload, ImportSummary> {
  return {
    kind: POST_IMPORT_JOB,
    async run(job) {
      const p = job.payload;
      const errs: ImportError[] = [];
      const [profile] = await job.db.select().from(employerProfiles).where(eq(employerProfiles.employerId, p.employerId));
      const existing = new Set((await job.db.select({ name: posts.name }).from(posts).where(eq(posts.employerId, p.employerId))).map((r) => r.name));
      const groups = new Map<string, TemplateRow<Key>[]>();
      for (const r of p.rows) {
        if (!r.postName) {
          errs.push({ row: r.row, column: headerOf('postName'), code: 'post.required', message: '岗位名称必填' });
          continue;
        }
        groups.set(r.postName, [...(groups.get(r.postName) ?? []), r]);
      }
      const ready: { name: string; workplaceName: string | null; hazards: ReturnType<typeof resolved>[] }[] = [];
      let alreadyPresent = 0;
      function resolved(r: TemplateRow<Key>) {
        const ref = resolveHazardFactorReference({ factorId: null, factorName: r.factorName });
        const dispatched = r.dispatchedExposedCount === '' ? null : num(r.dispatchedExposedCount);
        return { factorId: ref.factor?.id ?? null, factorName: ref.factor?.name ?? r.factorName, category: (ref.factor?.categoryName ?? null) as string | null, exposedCount: num(r.exposedCount), dispatchedExposedCount: dispatched };
      }
      for (const [name, rows] of groups) {
        if (existing.has(name)) {
          alreadyPresent += rows.length;
          continue;
        }
        const issues = postIssues(
          { id: '', name, workplaceName: rows[0]!.workplaceName || null, hazards: rows.map((r) => ({ factorId: null, factorName: r.factorName, exposedCount: num(r.exposedCount), dispatchedExposedCount: r.dispatchedExposedCount === '' ? null : num(r.dispatchedExposedCount) })) },
          { staffCount: profile?.staffCount ?? null, dispatchedWorkerCount: profile?.dispatchedWorkerCount ?? null, date: todayCst() },
        );
        for (const issue of issues) {
          // hazards.<i>.<field> → the i-th row of this post and its column.
          const m = /^hazards\.(\d+)\.(\w+)$/.exec(issue.path);
          const row = m ? rows[Number(m[1])]! : rows[0]!;
          errs.push({ row: row.row, column: headerOf(m ? m[2]! : 'postName'), code: issue.code, message: issue.message });
        }
        if (issues.length === 0) ready.push({ name, workplaceName: rows[0]!.workplaceName || null, hazards: rows.map(resolved) });
      }
      const rejected = new Set(errs.map((e) => e.row)).size;
      if (p.mode === 'all_or_nothing' && errs.length) return { total: p.rows.length, imported: 0, alreadyPresent: 0, rejected, errors: errs };
      await transaction(job.db, async (tx) => {
        for (const post of ready) {
          const [row] = await tx.insert(posts).values({ employerId: p.employerId, regionCode: p.regionCode, name: post.name, workplaceName: post.workplaceName }).returning({ id: posts.id });
          await tx.insert(postHazards).values(post.hazards.map((h) => ({ employerId: p.employerId, postId: row!.id, ...h })));
        }
        await writeAudit(tx, p.who, [{ action: 'post.import', entityType: 'employer', entityId: p.employerId, regionCode: p.regionCode, meta: { jobId: job.jobId, fileName: p.fileName, mode: p.mode, posts: ready.length } }]);
      });
      const imported = ready.reduce((n, post) => n + post.hazards.length, 0);
      return { total: p.rows.length, imported, alreadyPresent, rejected, errors: errs };
    },
  };
}
