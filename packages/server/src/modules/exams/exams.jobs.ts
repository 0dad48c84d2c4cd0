import { sql } from 'drizzle-orm';
import { AUDIOMETRIC_FREQUENCIES, CHEST_RADIOGRAPH_RESULTS, EXAM_CONCLUSIONS, EXAM_CONCLUSION_LABELS, EXAM_TYPE_LABELS, HEALTH_EXAM_TYPES, type HealthExamType } from '@ohnet/domain';
import type { Db } from '../../db/client.ts';
import type { DataProtection } from '../../platform/crypto/data-keys.ts';
import { listImportJobs } from '../../platform/imports/import-jobs.ts';
import { type TemplateColumn, type TemplateRow, buildTemplate, readTemplate } from '../../platform/imports/xlsx-template.ts';
import type { JobHandler } from '../../platform/jobs/jobs.runner.ts';
import { type ExamBatchInput, type ExamBatchResult, type ExamProblem, fileExamBatch } from './exams.filing.ts';
import type { ExamRecordBody } from './exams.schemas.ts';

/**
 * Background filing of exam batches (JSON or Excel), with progress. Both sources become the same
 * `ExamRecordBody` list and go through `fileExamBatch`, so the validation is identical.
 */
export const EXAM_BATCH_JOB = 'health_exam.batch';

export type ExamBatchPayload = Omit<ExamBatchInput, 'jobId'> & { source: 'json' | 'excel'; fileName: string | null };

/** The job's result: the batch summary plus `errors` in the shape the shared import views read (row, column). */
export type ExamBatchJobResult = Omit<ExamBatchResult, 'examIds'> & { errors: { row: number; column: string; code: string; message: string }[] };

export function examBatchJob(dp: DataProtection): JobHandler<ExamBatchPayload, ExamBatchJobResult> {
  return {
    kind: EXAM_BATCH_JOB,
    async run(job) {
      const { source: _s, fileName: _f, ...input } = job.payload;
      const result = await fileExamBatch(job.db, dp, { ...input, jobId: job.jobId }, (done, total) => job.progress(done, total));
      await job.progress(input.records.length, input.records.length);
      // The per-record ids stay internal; the job result is the summary and the problems.
      const { examIds: _ids, ...summary } = result;
      // Excel problems name the sheet row; JSON problems the record's position (1-based).
      // The column is the sheet's header for Excel, the record's field path for JSON.
      const column = (path: string) => (job.payload.source === 'excel' ? excelHeaderOf(path) : path);
      // `row` carries the sheet row, so the message drops the 第N行 prefix the API's `problems` keep.
      const errors = summary.problems.map((p) => ({ row: input.rowNumbers?.[p.index] ?? p.index + 1, column: column(p.path), code: p.code, message: p.message.replace(/^第\d+行 /, '') }));
      return { ...summary, errors };
    },
  };
}

/** Past batches of an institution (newest first). */
export const listExamBatches = (db: Db, institutionId: string) => listImportJobs(db, EXAM_BATCH_JOB, sql`organisation_id = ${institutionId}`);

// ---------------------------------------------------------------------------------------------
// Excel template: one row per exam; several factors separated by 、 with one conclusion each, in order.

type Key =
  | 'examNumber'
  | 'employerUscc'
  | 'idNumber'
  | 'name'
  | 'examType'
  | 'examDate'
  | 'hazardFactors'
  | 'conclusions'
  | 'suspectedDisease'
  | 'contraindication'
  | 'recheckDueDate'
  | 'advice'
  | `left${(typeof AUDIOMETRIC_FREQUENCIES)[number]}`
  | `right${(typeof AUDIOMETRIC_FREQUENCIES)[number]}`
  | 'chest'
  | 'fvc'
  | 'fev1'
  | 'fev1Fvc'
  | 'lungAbnormal'
  | 'wbc'
  | 'hgb'
  | 'plt'
  | 'bloodAbnormal'
  | 'bloodLead'
  | 'urineLead'
  | 'alt'
  | 'liverAbnormal'
  | 'ecg'
  | 'systolic'
  | 'diastolic'
  | 'others';

const CHEST_LABELS: Record<(typeof CHEST_RADIOGRAPH_RESULTS)[number], string> = { no_abnormality: '未见异常', pneumoconiosis_like: '尘肺样改变', other_abnormality: '其他异常', unknown: '不详' };

export const EXAM_IMPORT_COLUMNS: readonly TemplateColumn<Key>[] = [
  { key: 'examNumber', header: '体检编号*', width: 16 },
  { key: 'employerUscc', header: '用人单位统一社会信用代码*', width: 24 },
  { key: 'idNumber', header: '身份证号*', width: 22 },
  { key: 'name', header: '姓名*', width: 10 },
  { key: 'examType', header: '体检类别*', width: 10, list: HEALTH_EXAM_TYPES.map((t) => EXAM_TYPE_LABELS[t]) },
  { key: 'examDate', header: '体检日期*(YYYY-MM-DD)', width: 18 },
  { key: 'hazardFactors', header: '危害因素*(多个用、分隔)', width: 22 },
  { key: 'conclusions', header: '结论*(与危害因素一一对应，用、分隔)', width: 30 },
  { key: 'suspectedDisease', header: '疑似职业病名称', width: 16 },
  { key: 'contraindication', header: '职业禁忌证', width: 16 },
  { key: 'recheckDueDate', header: '复查日期(YYYY-MM-DD)', width: 18 },
  { key: 'advice', header: '处理意见', width: 20 },
  ...AUDIOMETRIC_FREQUENCIES.map((f) => ({ key: `left${f}` as Key, header: `左耳${f}Hz(dB HL)`, width: 12 })),
  ...AUDIOMETRIC_FREQUENCIES.map((f) => ({ key: `right${f}` as Key, header: `右耳${f}Hz(dB HL)`, width: 12 })),
  { key: 'chest', header: '胸片结果', width: 12, list: CHEST_RADIOGRAPH_RESULTS.map((r) => CHEST_LABELS[r]) },
  { key: 'fvc', header: '肺功能FVC占预计值%', width: 14 },
  { key: 'fev1', header: '肺功能FEV1占预计值%', width: 14 },
  { key: 'fev1Fvc', header: '肺功能FEV1/FVC%', width: 14 },
  { key: 'lungAbnormal', header: '肺功能异常(是/否)', width: 12, list: ['是', '否'] },
  { key: 'wbc', header: '血常规WBC(10^9/L)', width: 14 },
  { key: 'hgb', header: '血常规HGB(g/L)', width: 14 },
  { key: 'plt', header: '血常规PLT(10^9/L)', width: 14 },
  { key: 'bloodAbnormal', header: '血常规异常(是/否)', width: 12, list: ['是', '否'] },
  { key: 'bloodLead', header: '血铅(μg/L)', width: 10 },
  { key: 'urineLead', header: '尿铅(μg/L)', width: 10 },
  { key: 'alt', header: '肝功能ALT(U/L)', width: 12 },
  { key: 'liverAbnormal', header: '肝功能异常(是/否)', width: 12, list: ['是', '否'] },
  { key: 'ecg', header: '心电图(正常/异常)', width: 12, list: ['正常', '异常'] },
  { key: 'systolic', header: '收缩压(mmHg)', width: 10 },
  { key: 'diastolic', header: '舒张压(mmHg)', width: 10 },
  { key: 'others', header: '其他项目(名称=结果；多项用；分隔)', width: 30 },
];
export type ExamImportRow = TemplateRow<Key>;

const ITEM_KEYS: Record<string, Key> = {
  'chestRadiograph.result': 'chest',
  'lungFunction.fvcPercentPredicted': 'fvc',
  'lungFunction.fev1PercentPredicted': 'fev1',
  'lungFunction.fev1FvcPercent': 'fev1Fvc',
  'bloodCount.wbc': 'wbc',
  'bloodCount.hgb': 'hgb',
  'bloodCount.plt': 'plt',
  'bloodLead.value': 'bloodLead',
  'urineLead.value': 'urineLead',
  'liverFunction.alt': 'alt',
  'bloodPressure.systolic': 'systolic',
  'bloodPressure.diastolic': 'diastolic',
};

/**
 * The template header a record problem belongs to (`worker.idNumber` → 身份证号*,
 * `conclusions.0.suspectedDisease` → 疑似职业病名称), so Excel users see their own column; a path
 * with no column of its own (or a header already, from reading the sheet) is kept as it is.
 */
export function excelHeaderOf(path: string): string {
  const header = (k: Key) => EXAM_IMPORT_COLUMNS.find((c) => c.key === k)!.header;
  const [head = '', second, third, fourth] = path.split('.');
  switch (head) {
    case 'examNumber':
    case 'employerUscc':
    case 'examType':
    case 'examDate':
      return header(head);
    case 'worker':
      return second === 'name' ? header('name') : header('idNumber');
    case 'hazardFactors':
      return header('hazardFactors');
    case 'conclusions':
      return third === 'suspectedDisease' || third === 'contraindication' || third === 'recheckDueDate' || third === 'advice' ? header(third) : header('conclusions');
    case 'items': {
      if (second === 'audiometry' && (third === 'left' || third === 'right') && fourth) {
        const k = `${third}${fourth}` as Key;
        if (EXAM_IMPORT_COLUMNS.some((c) => c.key === k)) return header(k);
      }
      const k = ITEM_KEYS[`${second}.${third}`];
      if (k) return header(k);
      if (second === 'ecg') return header('ecg');
      if (second === 'others') return header('others');
      return path;
    }
    default:
      return path;
  }
}

export function examImportTemplate(): Promise<Buffer> {
  const example = Object.fromEntries(EXAM_IMPORT_COLUMNS.map((c) => [c.key, ''])) as Record<Key, string>;
  Object.assign(example, {
    examNumber: '（示例，导入前删除本行）TJ2026-0001',
    employerUscc: '91440781MA4UXXXXXX',
    idNumber: '11010519491231002X',
    name: '张三',
    examType: '在岗期间',
    examDate: '2026-09-10',
    hazardFactors: '噪声',
    conclusions: '目前未见异常',
    ecg: '正常',
    others: '尿常规=阴性；肝功能=正常',
  });
  for (const f of AUDIOMETRIC_FREQUENCIES) {
    example[`left${f}`] = '15';
    example[`right${f}`] = '15';
  }
  return buildTemplate({
    sheetName: '体检结果',
    columns: EXAM_IMPORT_COLUMNS,
    example,
    notes: [
      '带 * 的列必填。每行一份体检；多个危害因素用“、”分隔，结论按相同顺序逐一填写（目前未见异常/复查/疑似职业病/职业禁忌证/其他疾病或异常）。',
      '体检编号与本机构一起唯一标识一份体检：同一文件重复上传不会重复登记；用已报送的编号报送不同内容会被拒绝。',
      '未做的项目留空。必检项目缺项的记录照常保存并标记“不完整”（GBZ 188）。',
    ],
  });
}

const yesNo = (v: string) => (v === '是' ? true : v === '否' ? false : null);

/** Reads the sheet into exam records; cells that cannot be read become problems of that record. */
export async function parseExamImport(file: Buffer): Promise<{ records: ExamRecordBody[]; rowNumbers: number[]; problems: ExamProblem[] }> {
  const rows = await readTemplate(file, EXAM_IMPORT_COLUMNS);
  const header = (k: Key) => EXAM_IMPORT_COLUMNS.find((c) => c.key === k)!.header;
  const problems: ExamProblem[] = [];
  const records = rows.map((r, index): ExamRecordBody => {
    const bad = (k: Key, code: string, message: string) => problems.push({ index, examNumber: r.examNumber, path: header(k), code, message });
    const number = (k: Key): number | null => {
      const v = r[k];
      if (v === '') return null;
      const n = Number(v);
      if (!Number.isFinite(n)) {
        bad(k, 'import.not_a_number', `“${header(k)}”应为数字`);
        return null;
      }
      return n;
    };
    const flag = (k: Key): boolean => {
      const b = yesNo(r[k]);
      if (r[k] !== '' && b === null) bad(k, 'import.yes_no', '请填写“是”或“否”');
      return b ?? false;
    };
    const examType = (HEALTH_EXAM_TYPES.find((t) => EXAM_TYPE_LABELS[t] === r.examType) ?? (HEALTH_EXAM_TYPES as readonly string[]).find((t) => t === r.examType)) as HealthExamType | undefined;
    if (!examType) bad('examType', 'exam.type_invalid', `体检类别应为 ${HEALTH_EXAM_TYPES.map((t) => EXAM_TYPE_LABELS[t]).join('/')}`);
    const factors = r.hazardFactors.split(/[、,，;；]/).map((s) => s.trim()).filter(Boolean);
    const labels = r.conclusions.split(/[、,，;；]/).map((s) => s.trim()).filter(Boolean);
    if (labels.length !== factors.length) bad('conclusions', 'exam.conclusion_count', `结论个数（${labels.length}）与危害因素个数（${factors.length}）不一致`);
    const conclusions = factors.flatMap((f, i) => {
      const label = labels[i];
      const c = EXAM_CONCLUSIONS.find((x) => EXAM_CONCLUSION_LABELS[x] === label || x === label);
      if (label !== undefined && !c) bad('conclusions', 'exam.conclusion_invalid', `结论“${label}”不是 ${Object.values(EXAM_CONCLUSION_LABELS).join('/')} 之一`);
      if (!c) return [];
      return [
        {
          hazardFactor: f,
          conclusion: c,
          advice: r.advice || null,
          suspectedDisease: c === 'suspected_od' ? r.suspectedDisease || null : null,
          contraindication: c === 'contraindication' ? r.contraindication || null : null,
          recheckDueDate: c === 'recheck' ? r.recheckDueDate || null : null,
        },
      ];
    });
    const ear = (side: 'left' | 'right') => Object.fromEntries(AUDIOMETRIC_FREQUENCIES.map((f) => [f, number(`${side}${f}`)])) as Record<(typeof AUDIOMETRIC_FREQUENCIES)[number], number | null>;
    const left = ear('left');
    const right = ear('right');
    const audioValues = [...Object.values(left), ...Object.values(right)];
    const anyAudio = audioValues.some((v) => v !== null);
    if (anyAudio && audioValues.some((v) => v === null)) bad('left500', 'exam.audiometry_incomplete', '纯音听阈须填写双耳 500–6000 Hz 全部频率');
    const chest = CHEST_RADIOGRAPH_RESULTS.find((c) => CHEST_LABELS[c] === r.chest);
    if (r.chest && !chest) bad('chest', 'exam.chest_result_invalid', `胸片结果应为 ${Object.values(CHEST_LABELS).join('/')}`);
    const others = r.others
      .split(/[；;]/)
      .map((s) => s.trim())
      .filter(Boolean)
      .map((s) => {
        const [name, ...rest] = s.split(/[=＝]/);
        return { code: (name ?? '').trim(), name: (name ?? '').trim(), value: rest.join('=').trim() };
      });
    const lungAny = [r.fvc, r.fev1, r.fev1Fvc, r.lungAbnormal].some((v) => v !== '');
    const bloodAny = [r.wbc, r.hgb, r.plt, r.bloodAbnormal].some((v) => v !== '');
    const liverAny = [r.alt, r.liverAbnormal].some((v) => v !== '');
    const systolic = number('systolic');
    const diastolic = number('diastolic');
    if ((systolic === null) !== (diastolic === null)) bad('systolic', 'exam.blood_pressure_incomplete', '血压须同时填写收缩压和舒张压');
    const bloodLead = number('bloodLead');
    const urineLead = number('urineLead');
    if (r.ecg && r.ecg !== '正常' && r.ecg !== '异常') bad('ecg', 'exam.ecg_invalid', '心电图请填写“正常”或“异常”');
    return {
      examNumber: r.examNumber,
      employerUscc: r.employerUscc,
      examType: examType ?? 'periodic',
      examDate: r.examDate,
      worker: { idNumber: r.idNumber, name: r.name },
      hazardFactors: factors,
      conclusions,
      items: {
        audiometry: anyAudio && audioValues.every((v) => v !== null) ? { left: left as Record<(typeof AUDIOMETRIC_FREQUENCIES)[number], number>, right: right as Record<(typeof AUDIOMETRIC_FREQUENCIES)[number], number> } : null,
        chestRadiograph: chest ? { result: chest } : null,
        lungFunction: lungAny ? { fvcPercentPredicted: number('fvc'), fev1PercentPredicted: number('fev1'), fev1FvcPercent: number('fev1Fvc'), isAbnormal: flag('lungAbnormal') } : null,
        bloodCount: bloodAny ? { wbc: number('wbc'), hgb: number('hgb'), plt: number('plt'), isAbnormal: flag('bloodAbnormal') } : null,
        bloodLead: bloodLead !== null ? { value: bloodLead, unit: 'ug/L' } : null,
        urineLead: urineLead !== null ? { value: urineLead, unit: 'ug/L' } : null,
        liverFunction: liverAny ? { alt: number('alt'), isAbnormal: flag('liverAbnormal') } : null,
        ecg: r.ecg === '正常' || r.ecg === '异常' ? { isAbnormal: r.ecg === '异常' } : null,
        bloodPressure: systolic !== null && diastolic !== null ? { systolic, diastolic } : null,
        others,
      },
    };
  });
  return { records, rowNumbers: rows.map((r) => r.row), problems };
}
