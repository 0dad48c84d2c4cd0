import { inArray, sql } from 'drizzle-orm';
import { type Db } from '../../db/client.ts';
import { listImportJobs } from '../../platform/imports/import-jobs.ts';
import type { DataProtection } from '../../platform/crypto/data-keys.ts';
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
import { organisations } from '../organisations/organisations.table.ts';
import { type DoseRecordIn, fileDoseRecords } from './radiation.filing.ts';
import { RADIATION_OCCUPATION_CATEGORIES } from '@ohnet/domain';

/**
 * Excel import of dose records by a dosimetry service: one file may cover several client employers
 * (named by USCC per row). The rows go through the same filing code as the JSON batch; re-sending
 * the file duplicates nothing.
 */
export const DOSE_IMPORT_JOB = 'dose_record.import';
type ColumnKey = 'employerUscc' | 'idNumber' | 'name' | 'periodStart' | 'periodEnd' | 'hp10Msv' | 'hp3Msv' | 'hp007Msv' | 'occupationCategory' | 'reportNumber';
export const DOSE_IMPORT_COLUMNS: readonly TemplateColumn<ColumnKey>[] = [
  { key: 'employerUscc', header: '用人单位统一社会信用代码*', width: 26 },
  { key: 'idNumber', header: '身份证号*', width: 22 },
  { key: 'name', header: '姓名*', width: 12 },
  { key: 'periodStart', header: '监测周期开始*(YYYY-MM-DD)', width: 22 },
  { key: 'periodEnd', header: '监测周期结束*(YYYY-MM-DD)', width: 22 },
  { key: 'hp10Msv', header: 'Hp(10)*(mSv)', width: 14 },
  { key: 'hp3Msv', header: 'Hp(3)(mSv)', width: 12 },
  { key: 'hp007Msv', header: 'Hp(0.07)(mSv)', width: 14 },
  { key: 'occupationCategory', header: '职业类别代码(GBZ 128)', width: 20, list: { sheetRange: '选项!$A$1:$A$40' } },
  { key: 'reportNumber', header: '报告编号', width: 18 },
];
export type DoseImportRow = TemplateRow<ColumnKey>;
export interface DoseImportPayload {
  institutionId: string;
  mode: ImportMode;
  fileName: string;
  actor: { userId: string; username: string; organisationId: string; roles: string[]; requestId: string; ip: string | null };
  rows: DoseImportRow[];
}

export function doseImportTemplate(): Promise<Buffer> {
  return buildTemplate({
    sheetName: '个人剂量',
    columns: DOSE_IMPORT_COLUMNS,
    example: {
      employerUscc: '91440781MA00000000',
      idNumber: '（示例，导入前删除本行）11010519491231002X',
      name: '张三',
      periodStart: '2025-01-01',
      periodEnd: '2025-03-31',
      hp10Msv: '0.12',
      hp3Msv: '',
      hp007Msv: '',
      occupationCategory: '3B',
      reportNumber: 'GR-2025-001',
    },
    lists: RADIATION_OCCUPATION_CATEGORIES.map((c) => c.code),
    notes: [
      '带 * 的列必填。剂量单位 mSv；监测周期一般为1个月，最长不超过3个月（GBZ 128-2019）。',
      '劳动者须已由用人单位在平台登记，且监测周期内在该单位在岗；按身份证号识别。',
      '职业类别代码：' + RADIATION_OCCUPATION_CATEGORIES.map((c) => `${c.code} ${c.name}`).join('；') + '（GBZ 128-2019，待核实）。',
      '同一文件重复上传不会重复登记：本机构已报送的同一劳动者同一周期、数值相同的记录计为“已存在”；数值不同的记录不会覆盖原记录。',
    ],
  });
}

export function parseDoseImport(file: Buffer): Promise<DoseImportRow[]> {
  return readTemplate(file, DOSE_IMPORT_COLUMNS);
}

const header = (key: string) => DOSE_IMPORT_COLUMNS.find((c) => c.key === key)?.header ?? key;
const num = (v: string) => (v.trim() === '' ? Number.NaN : Number(v.trim()));
const optNum = (v: string) => (v.trim() === '' ? null : Number(v.trim()));

export function doseImportJob(dp: DataProtection): JobHandler<DoseImportPayload, ImportSummary & { overInvestigationLevel: number }> {
  return {
    kind: DOSE_IMPORT_JOB,
    async run(job) {
      const p = job.payload;
      const db = job.db;
      await job.progress(0, p.rows.length);
      const usccs = [...new Set(p.rows.map((r) => r.employerUscc.trim().toUpperCase()).filter(Boolean))];
      const found = usccs.length
        ? await db.select({ id: organisations.id, uscc: organisations.uscc, type: organisations.type }).from(organisations).where(inArray(organisations.uscc, usccs))
        : [];
      const employerByUscc = new Map(found.filter((o) => o.type === 'employer').map((o) => [o.uscc!, o.id]));
      const errorsOut: ImportError[] = [];
      const passed: { row: number; rec: DoseRecordIn }[] = [];
      for (const r of p.rows) {
        const employerId = employerByUscc.get(r.employerUscc.trim().toUpperCase());
        if (!employerId) {
          errorsOut.push({ row: r.row, column: header('employerUscc'), code: 'dose.employer_unknown', message: r.employerUscc ? '该统一社会信用代码的用人单位未在平台登记' : '用人单位统一社会信用代码必填' });
          continue;
        }
        passed.push({
          row: r.row,
          rec: {
            employerId,
            idNumber: r.idNumber,
            name: r.name,
            periodStart: r.periodStart,
            periodEnd: r.periodEnd,
            hp10Msv: num(r.hp10Msv),
            hp3Msv: optNum(r.hp3Msv),
            hp007Msv: optNum(r.hp007Msv),
            occupationCategory: r.occupationCategory || null,
            reportNumber: r.reportNumber || null,
          },
        });
      }
      const blocked = p.mode === 'all_or_nothing' && errorsOut.length > 0;
      const result = passed.length
        ? await fileDoseRecords(db, dp, { who: { ...p.actor, roles: p.actor.roles }, institutionId: p.institutionId }, { mode: p.mode, records: passed.map((x) => x.rec), validateOnly: blocked })
        : { imported: 0, alreadyPresent: 0, overInvestigationLevel: 0, errors: [] };
      for (const e of result.errors) errorsOut.push({ row: passed[e.index]!.row, column: header(e.path), code: e.code, message: e.message });
      errorsOut.sort((a, b) => a.row - b.row);
      const nothingWritten = blocked || (p.mode === 'all_or_nothing' && errorsOut.length > 0);
      await job.progress(p.rows.length, p.rows.length);
      return {
        total: p.rows.length,
        imported: nothingWritten ? 0 : result.imported,
        alreadyPresent: nothingWritten ? 0 : result.alreadyPresent,
        rejected: new Set(errorsOut.map((e) => e.row)).size,
        overInvestigationLevel: nothingWritten ? 0 : result.overInvestigationLevel,
        errors: errorsOut,
      };
    },
  };
}

/** Past dose imports of one institution. */
export const listDoseImports = (db: Db, institutionId: string) => listImportJobs(db, DOSE_IMPORT_JOB, sql`payload->>'institutionId' = ${institutionId}`);
