import { and, inArray, isNull, sql } from 'drizzle-orm';
import {
  type Scope,
  employerHazardClass,
  employerIndustrySection,
  employerProfileIssues,
  employerSizeClassFromText,
  todayCst,
  validateUscc,
} from '@ohnet/domain';
import { type Db, transaction } from '../../db/client.ts';
import { listImportJobs } from '../../platform/imports/import-jobs.ts';
import { regionWithinScope } from '../../platform/access/scope.sql.ts';
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
import { organisations } from '../organisations/organisations.table.ts';
import { regions } from '../regions/regions.table.ts';
import { employerProfiles } from './employers.table.ts';

/**
 * Bulk registration of employers by a regulator (or the platform operator) from the Excel template.
 * Rows are checked with the same domain rules as the form; an employer whose USCC is already
 * registered counts as already present, so re-sending a file duplicates nothing.
 */
export const EMPLOYER_IMPORT_JOB = 'employer.import';

type Key =
  | 'name'
  | 'uscc'
  | 'regionCode'
  | 'industryCode'
  | 'sizeClass'
  | 'registeredAddress'
  | 'workplaceAddress'
  | 'legalRepresentative'
  | 'ohManagerName'
  | 'ohManagerPhone'
  | 'staffCount'
  | 'dispatchedWorkerCount';

export const EMPLOYER_IMPORT_COLUMNS: readonly TemplateColumn<Key>[] = [
  { key: 'name', header: '单位名称*', width: 34 },
  { key: 'uscc', header: '统一社会信用代码*', width: 22 },
  { key: 'regionCode', header: '行政区划代码*(6位或9位)', width: 20 },
  { key: 'industryCode', header: '行业代码*(GB/T 4754-2017)', width: 22 },
  { key: 'sizeClass', header: '企业规模(大/中/小/微)', width: 18, list: ['大', '中', '小', '微'] },
  { key: 'registeredAddress', header: '注册地址*', width: 30 },
  { key: 'workplaceAddress', header: '工作场所地址*', width: 30 },
  { key: 'legalRepresentative', header: '法定代表人', width: 12 },
  { key: 'ohManagerName', header: '职业卫生管理人员', width: 16 },
  { key: 'ohManagerPhone', header: '联系电话', width: 16 },
  { key: 'staffCount', header: '职工人数', width: 10 },
  { key: 'dispatchedWorkerCount', header: '劳务派遣人数', width: 12 },
];

export interface EmployerImportPayload {
  mode: ImportMode;
  fileName: string;
  scope: Scope;
  who: AuditWho;
  rows: TemplateRow<Key>[];
}

export function employerImportTemplate(): Promise<Buffer> {
  return buildTemplate({
    sheetName: '用人单位',
    columns: EMPLOYER_IMPORT_COLUMNS,
    example: {
      name: '（示例，导入前删除本行）台山市某某五金制品有限公司',
      uscc: '91440781MA00000000',
      regionCode: '440781111',
      industryCode: 'C3311',
      sizeClass: '小',
      registeredAddress: '台山市海宴镇工业区1号',
      workplaceAddress: '台山市海宴镇工业区1号',
      legalRepresentative: '张三',
      ohManagerName: '李四',
      ohManagerPhone: '13800138000',
      staffCount: '120',
      dispatchedWorkerCount: '10',
    },
    notes: [
      '带 * 的列必填。统一社会信用代码按 GB 32100 校验；行政区划代码须在您的管辖范围内（可填到乡镇街道9位代码）；行业代码按 GB/T 4754-2017（如 C3311）。',
      '已在平台登记的统一社会信用代码计为“已存在”，不会重复登记，也不会覆盖已有信息。',
    ],
  });
}

export const parseEmployerImport = (file: Buffer) => readTemplate(file, EMPLOYER_IMPORT_COLUMNS);

const headerOf = (key: string) => EMPLOYER_IMPORT_COLUMNS.find((c) => c.key === key)?.header ?? key;
const count = (v: string): number | null => (v === '' ? null : /^\d+$/.test(v) ? Number(v) : Number.NaN);

export function employerImportJob(): JobHandler<EmployerImportPayload, ImportSummary> {
  return {
    kind: EMPLOYER_IMPORT_JOB,
    async run(job) {
      const p = job.payload;
      const db = job.db;
      const errs: ImportError[] = [];
      const push = (row: number, key: string, code: string, message: string) => errs.push({ row, column: headerOf(key), code, message });
      const today = todayCst();
      const codes = [...new Set(p.rows.map((r) => r.regionCode))];
      const known = new Set(
        (await db.select({ code: regions.code }).from(regions).where(and(inArray(regions.code, codes.length ? codes : ['-']), isNull(regions.validTo)))).map((r) => r.code),
      );
      const usccs = p.rows.map((r) => r.uscc.trim().toUpperCase()).filter(Boolean);
      const existing = usccs.length ? await db.select({ uscc: organisations.uscc, type: organisations.type }).from(organisations).where(inArray(organisations.uscc, usccs)) : [];
      const existingByUscc = new Map(existing.map((e) => [e.uscc!, e.type]));
      const seen = new Map<string, number>();
      const valid: { r: TemplateRow<Key>; uscc: string }[] = [];
      let alreadyPresent = 0;
      for (const [i, r] of p.rows.entries()) {
        const before = errs.length;
        const uscc = r.uscc.trim().toUpperCase();
        const size = r.sizeClass ? employerSizeClassFromText(r.sizeClass) : null;
        if (r.sizeClass && !size) push(r.row, 'sizeClass', 'employer.size_class_invalid', '企业规模应为 大/中/小/微');
        const staff = count(r.staffCount);
        const dispatched = count(r.dispatchedWorkerCount);
        const issues = employerProfileIssues({
          name: r.name,
          uscc,
          regionCode: r.regionCode,
          registeredAddress: r.registeredAddress,
          workplaceAddress: r.workplaceAddress,
          industryCode: r.industryCode.toUpperCase(),
          economicType: null,
          sizeClass: size,
          legalRepresentative: r.legalRepresentative || null,
          legalRepresentativePhone: null,
          ohManagerName: r.ohManagerName || null,
          ohManagerPhone: r.ohManagerPhone || null,
          hasOhManagementBody: null,
          fullTimeOhManagers: null,
          partTimeOhManagers: null,
          staffCount: staff,
          dispatchedWorkerCount: dispatched,
          cumulativeOccupationalDiseaseCases: null,
        });
        for (const issue of issues) push(r.row, issue.path, issue.code, issue.message);
        if (r.regionCode && validateUscc(uscc).ok && !known.has(r.regionCode)) push(r.row, 'regionCode', 'region.unknown', `行政区划代码${r.regionCode}不存在`);
        else if (r.regionCode && !regionWithinScope(p.scope, r.regionCode)) push(r.row, 'regionCode', 'scope.region_outside', `行政区划${r.regionCode}不在您的管辖范围内`);
        const first = seen.get(uscc);
        if (uscc && first !== undefined) push(r.row, 'uscc', 'import.duplicate_row', `与第${first}行重复`);
        else if (uscc) seen.set(uscc, r.row);
        const existingType = existingByUscc.get(uscc);
        if (errs.length === before) {
          if (existingType === 'employer') alreadyPresent++;
          else if (existingType) push(r.row, 'uscc', 'organisation.uscc_taken', '该统一社会信用代码已登记为其他类型的单位');
          else valid.push({ r, uscc });
        }
        if (i % 500 === 0) await job.progress(i, p.rows.length);
      }
      const rejected = () => new Set(errs.map((e) => e.row)).size;
      if (p.mode === 'all_or_nothing' && errs.length > 0) return { total: p.rows.length, imported: 0, alreadyPresent: 0, rejected: rejected(), errors: errs };
      await transaction(db, async (tx) => {
        for (let start = 0; start < valid.length; start += 500) {
          const batch = valid.slice(start, start + 500);
          const orgs = await tx
            .insert(organisations)
            .values(batch.map(({ r, uscc }) => ({ type: 'employer' as const, name: r.name, uscc, regionCode: r.regionCode, address: r.registeredAddress, contactName: r.ohManagerName || null, contactPhone: r.ohManagerPhone || null })))
            .returning({ id: organisations.id, uscc: organisations.uscc });
          const idOf = new Map(orgs.map((o) => [o.uscc!, o.id]));
          await tx.insert(employerProfiles).values(
            batch.map(({ r, uscc }) => {
              const industry = r.industryCode.toUpperCase();
              const hazard = employerHazardClass(industry, today);
              return {
                employerId: idOf.get(uscc)!,
                regionCode: r.regionCode,
                registeredAddress: r.registeredAddress,
                workplaceAddress: r.workplaceAddress,
                industryCode: industry,
                industrySection: employerIndustrySection(industry).section?.code ?? null,
                sizeClass: r.sizeClass ? employerSizeClassFromText(r.sizeClass) : null,
                legalRepresentative: r.legalRepresentative || null,
                ohManagerName: r.ohManagerName || null,
                ohManagerPhone: r.ohManagerPhone || null,
                staffCount: count(r.staffCount),
                dispatchedWorkerCount: count(r.dispatchedWorkerCount),
                hazardClass: hazard.hazardClass,
                hazardClassCitation: hazard.citation,
              };
            }),
          );
        }
        await writeAudit(tx, p.who, [{ action: 'employer.import', entityType: 'import', entityId: job.jobId, meta: { fileName: p.fileName, mode: p.mode, total: p.rows.length, imported: valid.length, alreadyPresent } }]);
      });
      await job.progress(p.rows.length, p.rows.length);
      return { total: p.rows.length, imported: valid.length, alreadyPresent, rejected: rejected(), errors: errs };
    },
  };
}

/** The caller's organisation's employer imports, newest first. */
export const listEmployerImports = (db: Db, organisationId: string) => listImportJobs(db, EMPLOYER_IMPORT_JOB, sql`organisation_id = ${organisationId}`);
