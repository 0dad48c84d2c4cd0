import { and, eq, sql } from 'drizzle-orm';
import { ASSESSMENT_KIND_LABELS, type AssessmentKind, type MeasurementInput, type MeasurementPointInput } from '@ohnet/domain';
import { type Db, transaction } from '../../db/client.ts';
import { listImportJobs } from '../../platform/imports/import-jobs.ts';
import { type ImportError, type ImportMode, type ImportSummary, type TemplateColumn, type TemplateRow, buildTemplate, readTemplate } from '../../platform/imports/xlsx-template.ts';
import type { JobHandler } from '../../platform/jobs/jobs.runner.ts';
import { organisations } from '../organisations/organisations.table.ts';
import { type Filer, type ReportRequest, prepareReport, writeReport } from './assessments.filing.ts';
import { assessmentReportNumbers } from './assessments.table.ts';

/**
 * Excel import of assessment reports: one sheet of measurement points, one row per point; rows with
 * the same report number form one report (its header columns are read from the report's first
 * row and must agree on the others). Each report goes through the same `prepareReport` as the form
 * and the batch API, and each issue is mapped back to its sheet row and column. The unit is the
 * report: `all_or_nothing` files nothing if any report has an error; `valid_rows` files the
 * reports without errors. A report number this institution already filed counts as already
 * present, so re-uploading the same file files nothing twice.
 */
export const ASSESSMENT_IMPORT_JOB = 'assessment.import';

type Key =
  | 'reportNumber'
  | 'uscc'
  | 'kind'
  | 'samplingStartDate'
  | 'samplingEndDate'
  | 'reportDate'
  | 'conclusion'
  | 'postName'
  | 'hazardFactor'
  | 'measurementType'
  | 'samplingDate'
  | 'fraction'
  | 'freeSilicaPercent'
  | 'twaSamples'
  | 'stelSamples'
  | 'ceilingSamples'
  | 'noiseSegments'
  | 'lex8h'
  | 'wbgt'
  | 'labourIntensityClass'
  | 'exposureTimeRatePercent';

const KIND_BY_LABEL = new Map(Object.entries(ASSESSMENT_KIND_LABELS).map(([k, v]) => [v, k as AssessmentKind]));
const TYPE_BY_LABEL = new Map<string, MeasurementInput['type']>([
  ['化学', 'chemical'],
  ['粉尘', 'dust'],
  ['噪声', 'noise'],
  ['高温', 'heat'],
]);
const FRACTION_BY_LABEL = new Map([
  ['总粉尘', 'total'],
  ['呼吸性粉尘', 'respirable'],
] as const);

export const ASSESSMENT_IMPORT_COLUMNS: readonly TemplateColumn<Key>[] = [
  { key: 'reportNumber', header: '报告编号*', width: 18 },
  { key: 'uscc', header: '用人单位统一社会信用代码*', width: 22 },
  { key: 'kind', header: '报告类型*', width: 12, list: Object.values(ASSESSMENT_KIND_LABELS) },
  { key: 'samplingStartDate', header: '采样开始日期*', width: 14 },
  { key: 'samplingEndDate', header: '采样结束日期*', width: 14 },
  { key: 'reportDate', header: '报告日期*', width: 12 },
  { key: 'conclusion', header: '检测结论*', width: 30 },
  { key: 'postName', header: '岗位*', width: 14 },
  { key: 'hazardFactor', header: '危害因素*', width: 16 },
  { key: 'measurementType', header: '检测类型*', width: 10, list: [...TYPE_BY_LABEL.keys()] },
  { key: 'samplingDate', header: '采样日期', width: 12 },
  { key: 'fraction', header: '粉尘组分', width: 12, list: [...FRACTION_BY_LABEL.keys()] },
  { key: 'freeSilicaPercent', header: '游离SiO2含量(%)', width: 14 },
  { key: 'twaSamples', header: 'C_TWA样品(浓度×分钟;…)', width: 26 },
  { key: 'stelSamples', header: 'C_STE样品(浓度×分钟;…)', width: 26 },
  { key: 'ceilingSamples', header: 'C_M样品(浓度;…)', width: 18 },
  { key: 'noiseSegments', header: 'L_Aeq分段(dB×小时;…)', width: 24 },
  { key: 'lex8h', header: 'L_EX,8h(dB(A))', width: 14 },
  { key: 'wbgt', header: 'WBGT(℃)', width: 10 },
  { key: 'labourIntensityClass', header: '体力劳动强度', width: 12, list: ['I', 'II', 'III', 'IV'] },
  { key: 'exposureTimeRatePercent', header: '接触时间率(%)', width: 14 },
];
const HEADER: Record<string, string> = Object.fromEntries(ASSESSMENT_IMPORT_COLUMNS.map((c) => [c.key, c.header]));

export const assessmentImportTemplate = () =>
  buildTemplate({
    sheetName: '检测点',
    columns: ASSESSMENT_IMPORT_COLUMNS,
    example: {
      reportNumber: 'AK-2026-001',
      uscc: '（示例，导入前删除本行）',
      kind: '定期检测',
      samplingStartDate: '2026-05-10',
      samplingEndDate: '2026-05-11',
      reportDate: '2026-05-20',
      conclusion: '打磨岗位矽尘超标',
      postName: '打磨工',
      hazardFactor: '矽尘',
      measurementType: '粉尘',
      samplingDate: '',
      fraction: '总粉尘',
      freeSilicaPercent: '35',
      twaSamples: '1.5×160;1.2×160;0.9×160',
      stelSamples: '',
      ceilingSamples: '',
      noiseSegments: '',
      lex8h: '',
      wbgt: '',
      labourIntensityClass: '',
      exposureTimeRatePercent: '',
    },
    notes: [
      '每行一个检测点；同一报告编号的各行组成一份报告，报告编号、单位、类型、日期和结论以该报告第一行为准，其余行须一致或留空。',
      '样品写作“浓度×时间”，多个样品以分号分隔，如 1.5×160;1.2×160（×也可写作 * 或 x）。C_M 样品只写浓度。',
      '噪声填写 L_Aeq 分段（dB×小时）或 L_EX,8h 其中之一；高温填写 WBGT、体力劳动强度（I–IV）和接触时间率。',
      '与表单相同的规则逐点判定；同一机构已导入的报告编号计为“已存在”，不会重复导入。',
    ],
  });
export const parseAssessmentImport = (file: Buffer) => readTemplate(file, ASSESSMENT_IMPORT_COLUMNS);

export interface AssessmentImportPayload {
  filer: Filer;
  mode: ImportMode;
  fileName: string;
  rows: TemplateRow<Key>[];
}

const num = (v: string): number => (v.trim() === '' ? Number.NaN : Number(v.trim()));
/** `1.5×160;1.2×160` → pairs; a malformed entry becomes NaN so the domain names it. */
function pairs(v: string): { a: number; b: number }[] | undefined {
  if (v.trim() === '') return undefined;
  return v
    .split(/[;；]/)
    .filter((s) => s.trim() !== '')
    .map((s) => {
      const [a, b] = s.split(/[×xX*]/);
      return { a: num(a ?? ''), b: num(b ?? '') };
    });
}
function singles(v: string): { concentration: number }[] | undefined {
  if (v.trim() === '') return undefined;
  return v
    .split(/[;；]/)
    .filter((s) => s.trim() !== '')
    .map((s) => ({ concentration: num(s) }));
}

/** Builds a point from a row; returns an error when the type columns cannot even say what it is. */
function pointOf(r: TemplateRow<Key>): MeasurementPointInput | ImportError {
  const type = TYPE_BY_LABEL.get(r.measurementType);
  if (!type) return { row: r.row, column: HEADER.measurementType!, code: 'assessment.measurement_type_invalid', message: '检测类型应为 化学、粉尘、噪声 或 高温' };
  const timed = (v: string) => pairs(v)?.map((p) => ({ concentration: p.a, minutes: p.b }));
  let measurement: MeasurementInput;
  switch (type) {
    case 'chemical':
      measurement = { type, twaSamples: timed(r.twaSamples), stelSamples: timed(r.stelSamples), ceilingSamples: singles(r.ceilingSamples) };
      break;
    case 'dust': {
      const fraction = FRACTION_BY_LABEL.get(r.fraction as '总粉尘') ?? (r.fraction === '' ? 'total' : undefined);
      if (!fraction) return { row: r.row, column: HEADER.fraction!, code: 'assessment.fraction_invalid', message: '粉尘组分应为 总粉尘 或 呼吸性粉尘' };
      measurement = { type, fraction, twaSamples: timed(r.twaSamples) ?? [], stelSamples: timed(r.stelSamples), ceilingSamples: singles(r.ceilingSamples), freeSilicaPercent: r.freeSilicaPercent === '' ? null : num(r.freeSilicaPercent) };
      break;
    }
    case 'noise':
      measurement = { type, segments: pairs(r.noiseSegments)?.map((p) => ({ laeq: p.a, hours: p.b })), lex8h: r.lex8h === '' ? null : num(r.lex8h) };
      break;
    case 'heat':
      measurement = { type, wbgt: num(r.wbgt), labourIntensityClass: r.labourIntensityClass as 'I', exposureTimeRatePercent: num(r.exposureTimeRatePercent) };
      break;
  }
  // Drop undefined keys so the stored JSON equals what the form would send.
  const clean = Object.fromEntries(Object.entries(measurement).filter(([, v]) => v !== undefined)) as MeasurementInput;
  return { postName: r.postName, hazardFactor: r.hazardFactor, samplingDate: r.samplingDate || null, measurement: clean };
}

/** Maps a domain issue path (`points.2.measurement.twaSamples.0.minutes`) to a sheet row and column. */
function issueToError(path: string, code: string, message: string, rows: TemplateRow<Key>[]): ImportError {
  const m = /^points\.(\d+)\.(?:measurement\.)?(\w+)/.exec(path);
  if (m) {
    const row = rows[Number(m[1])] ?? rows[0]!;
    const field = m[2]!;
    const column = field === 'segments' ? HEADER.noiseSegments! : (HEADER[field] ?? HEADER.hazardFactor!);
    return { row: row.row, column, code, message };
  }
  const head = path.split('.')[0]!;
  const column = head === 'qualification' || head === 'points' ? HEADER.reportNumber! : head === 'employerId' ? HEADER.uscc! : (HEADER[head] ?? HEADER.reportNumber!);
  return { row: rows[0]!.row, column, code, message };
}

export function assessmentImportJob(): JobHandler<AssessmentImportPayload, ImportSummary> {
  return {
    kind: ASSESSMENT_IMPORT_JOB,
    async run(job) {
      const p = job.payload;
      const errs: ImportError[] = [];
      const groups = new Map<string, TemplateRow<Key>[]>();
      for (const r of p.rows) {
        if (!r.reportNumber) {
          errs.push({ row: r.row, column: HEADER.reportNumber!, code: 'assessment.number_required', message: '报告编号必填' });
          continue;
        }
        groups.set(r.reportNumber, [...(groups.get(r.reportNumber) ?? []), r]);
      }
      const ready: Awaited<ReturnType<typeof prepareReport>>[] = [];
      let alreadyPresent = 0;
      let done = 0;
      for (const [number, rows] of groups) {
        const first = rows[0]!;
        const [existing] = await job.db
          .select({ n: assessmentReportNumbers.reportNumber })
          .from(assessmentReportNumbers)
          .where(and(eq(assessmentReportNumbers.institutionId, p.filer.institutionId), eq(assessmentReportNumbers.reportNumber, number)));
        if (existing) {
          alreadyPresent += rows.length;
          continue;
        }
        const groupErrs: ImportError[] = [];
        for (const r of rows.slice(1)) {
          for (const k of ['uscc', 'kind', 'samplingStartDate', 'samplingEndDate', 'reportDate', 'conclusion'] as const) {
            if (r[k] !== '' && r[k] !== first[k]) groupErrs.push({ row: r.row, column: HEADER[k]!, code: 'assessment.header_mismatch', message: `与本报告第一行（第${first.row}行）不一致` });
          }
        }
        const [employer] = await job.db.select({ id: organisations.id }).from(organisations).where(and(eq(organisations.uscc, first.uscc.toUpperCase()), eq(organisations.type, 'employer')));
        if (!employer) groupErrs.push({ row: first.row, column: HEADER.uscc!, code: 'employer.not_found', message: '未找到该统一社会信用代码的用人单位' });
        const kind = KIND_BY_LABEL.get(first.kind);
        if (!kind) groupErrs.push({ row: first.row, column: HEADER.kind!, code: 'assessment.kind_invalid', message: `报告类型应为：${Object.values(ASSESSMENT_KIND_LABELS).join('、')}` });
        const points = rows.map(pointOf);
        for (const pt of points) if ('code' in pt) groupErrs.push(pt);
        if (groupErrs.length === 0 && employer && kind) {
          const input: ReportRequest = {
            employerId: employer.id,
            kind,
            reportNumber: number,
            samplingStartDate: first.samplingStartDate,
            samplingEndDate: first.samplingEndDate,
            reportDate: first.reportDate,
            conclusion: first.conclusion,
            points: points as MeasurementPointInput[],
          };
          const r = await prepareReport(job.db, p.filer, input);
          if (r.ok) ready.push(r);
          else groupErrs.push(...r.issues.map((i) => issueToError(i.path, i.code, i.message, rows)));
        }
        errs.push(...groupErrs);
        done += rows.length;
        await job.progress(done, p.rows.length);
      }
      const rejected = new Set(errs.map((e) => e.row)).size;
      if (p.mode === 'all_or_nothing' && errs.length) return { total: p.rows.length, imported: 0, alreadyPresent: 0, rejected, errors: errs };
      let imported = 0;
      await transaction(job.db, async (tx) => {
        for (const r of ready) {
          if (!r.ok) continue;
          await writeReport(tx, p.filer, r.report, 'import');
          imported += r.report.input.points.length;
        }
      });
      return { total: p.rows.length, imported, alreadyPresent, rejected, errors: errs };
    },
  };
}

/** Past imports started by this institution. */
export const listAssessmentImports = (db: Db, institutionId: string) => listImportJobs(db, ASSESSMENT_IMPORT_JOB, sql`organisation_id = ${institutionId}`);
