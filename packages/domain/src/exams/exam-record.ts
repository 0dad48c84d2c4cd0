import { type FieldIssue } from '../errors/errors.ts';
import { gbz188RecheckInterval } from './exam-checks.ts';
import { CASE_CARD_CODE_TABLES } from '../catalogs/case-card-codes.catalog.ts';
import { workerIdentityIssues } from '../employers/worker-identity.ts';
import { isIsoDate } from '../surveillance/dates.ts';
import { HEALTH_EXAM_TYPES, type HealthExamType } from '../surveillance/gbz188.rule-pack.ts';
import { AUDIOMETRIC_FREQUENCIES, type EarThresholds } from '../surveillance/hearing.calculator.ts';

/**
 * The occupational health exam record (职业健康检查) as an exam institution files it: exam type and
 * date, the hazard factors examined for, structured results for the items GBZ 188 uses, and one
 * conclusion per hazard factor (GBZ 188-2014/2025 §4.x 体检结论; the five conclusions are those of
 * the national case card, table C_ZYB_1.6).
 *
 * The same record model is used by the JSON batch API, the Excel template and the web form; all
 * three call {@link examRecordIssues}, so they accept and refuse exactly the same input.
 */

/** 体检结论 per hazard factor (GLOSSARY): 目前未见异常 / 复查 / 疑似职业病 / 职业禁忌证 / 其他疾病或异常. */
export const EXAM_CONCLUSIONS = ['no_abnormality', 'recheck', 'suspected_od', 'contraindication', 'other_finding'] as const;
export type ExamConclusion = (typeof EXAM_CONCLUSIONS)[number];

export const EXAM_CONCLUSION_LABELS: Readonly<Record<ExamConclusion, string>> = {
  no_abnormality: '目前未见异常',
  recheck: '复查',
  suspected_od: '疑似职业病',
  contraindication: '职业禁忌证',
  other_finding: '其他疾病或异常',
};

export const EXAM_TYPE_LABELS: Readonly<Record<HealthExamType, string>> = {
  pre_employment: '上岗前',
  periodic: '在岗期间',
  exit: '离岗时',
  post_employment: '离岗后',
  emergency: '应急',
};

/** Chest radiograph results of the case card (C_ZYB_1.5 胸片检查结果). */
export const CHEST_RADIOGRAPH_RESULTS = ['no_abnormality', 'pneumoconiosis_like', 'other_abnormality', 'unknown'] as const;
export type ChestRadiographResult = (typeof CHEST_RADIOGRAPH_RESULTS)[number];
const CHEST_NAMES: Record<ChestRadiographResult, string> = { no_abnormality: '未见异常', pneumoconiosis_like: '尘肺样改变', other_abnormality: '其他异常', unknown: '不详' };

/** The C_ZYB_1.5 code of a chest radiograph result (1 未见异常, 2 尘肺样改变, 3 其他异常, 9 不详). */
export function chestRadiographCode(result: ChestRadiographResult): string {
  const row = CASE_CARD_CODE_TABLES['C_ZYB_1.5'].rows.find((r) => r.name === CHEST_NAMES[result]);
  if (!row) throw new Error(`C_ZYB_1.5 has no row ${CHEST_NAMES[result]}`);
  return row.code;
}

export const LEAD_UNITS = ['ug/L', 'umol/L'] as const;
export type LeadUnit = (typeof LEAD_UNITS)[number];
/** 1 μmol/L lead = 207.2 μg/L (molar mass of Pb 207.2 g/mol). */
export const LEAD_UG_PER_UMOL = 207.2;

/** Structured exam items. Every part is optional: what was not done is absent. */
export interface ExamItems {
  /** 纯音听阈测试: air-conduction thresholds in dB HL per ear and frequency. */
  audiometry?: { left: EarThresholds; right: EarThresholds } | null;
  /** 胸片 (DR / high-kV): result and the case-card code derived from it. */
  chestRadiograph?: { result: ChestRadiographResult; description?: string | null } | null;
  /** 肺功能: percent of predicted and FEV1/FVC (%). */
  lungFunction?: { fvcPercentPredicted?: number | null; fev1PercentPredicted?: number | null; fev1FvcPercent?: number | null; isAbnormal: boolean } | null;
  /** 血常规: WBC and PLT in 10⁹/L, HGB in g/L. */
  bloodCount?: { wbc?: number | null; hgb?: number | null; plt?: number | null; isAbnormal: boolean } | null;
  /** 血铅 / 尿铅. */
  bloodLead?: { value: number; unit: LeadUnit } | null;
  urineLead?: { value: number; unit: LeadUnit } | null;
  /** 肝功能 (血清ALT in U/L). */
  liverFunction?: { alt?: number | null; isAbnormal: boolean } | null;
  /** 心电图. */
  ecg?: { isAbnormal: boolean; description?: string | null } | null;
  /** 血压 (mmHg). */
  bloodPressure?: { systolic: number; diastolic: number } | null;
  /** Other coded items (尿常规, 空腹血糖, 肝脾B超, …): the name as GBZ 188 writes it satisfies that required item. */
  others?: ExamOtherItem[];
}

export interface ExamOtherItem {
  code: string;
  name: string;
  value: string;
  unit?: string | null;
  referenceRange?: string | null;
  isAbnormal?: boolean | null;
}

export interface ExamConclusionInput {
  /** One of the record's hazard factors. */
  hazardFactor: string;
  conclusion: ExamConclusion;
  advice?: string | null;
  /** For suspected_od: the suspected occupational disease (e.g. 职业性噪声聋). */
  suspectedDisease?: string | null;
  /** For contraindication: the contraindication found. */
  contraindication?: string | null;
  /** For recheck: the date the institution set; when absent the GBZ 188 recheck interval is used if the standard gives one. */
  recheckDueDate?: string | null;
}

export interface ExamRecordInput {
  /** The institution's own exam number (体检编号): with the institution, the natural key of the record. */
  examNumber: string;
  examType: HealthExamType;
  examDate: string;
  worker: { idNumber: string; name: string };
  hazardFactors: string[];
  items: ExamItems;
  conclusions: ExamConclusionInput[];
}

const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/**
 * Field-level problems with an exam record (empty when valid). `prefix` is prepended to every path
 * (`records.12.` for a batch). Checks: exam number, type, date (not in the future), the worker's ID
 * number (GB 11643) and name, at least one hazard factor without duplicates, item value ranges,
 * exactly one conclusion per hazard factor, and the details a conclusion needs (suspected disease,
 * contraindication).
 */
export function examRecordIssues(input: ExamRecordInput, opts: { today: string; prefix?: string }): FieldIssue[] {
  const p = opts.prefix ?? '';
  const issues: FieldIssue[] = [];
  const add = (path: string, code: string, message: string) => issues.push({ path: `${p}${path}`, code, message });
  if (!input.examNumber || input.examNumber.trim() === '') add('examNumber', 'exam.number_required', '请填写体检编号');
  else if (input.examNumber.length > 40) add('examNumber', 'exam.number_too_long', '体检编号最长40个字符');
  if (!(HEALTH_EXAM_TYPES as readonly string[]).includes(input.examType)) add('examType', 'exam.type_invalid', `体检类别应为 ${HEALTH_EXAM_TYPES.join('/')}`);
  if (!isIsoDate(input.examDate)) add('examDate', 'exam.date_invalid', '体检日期格式应为 YYYY-MM-DD');
  else if (input.examDate > opts.today) add('examDate', 'exam.date_in_future', '体检日期不能晚于今天');
  for (const i of workerIdentityIssues({ idNumber: input.worker.idNumber }, new Date(`${opts.today}T12:00:00+08:00`))) add(`worker.${i.path}`, i.code, i.message);
  if (!input.worker.name || input.worker.name.trim() === '') add('worker.name', 'exam.worker_name_required', '请填写劳动者姓名');

  const factors = input.hazardFactors.map((f) => f.trim());
  if (factors.length === 0) add('hazardFactors', 'exam.hazard_factors_required', '请至少填写一项体检危害因素');
  factors.forEach((f, i) => {
    if (f === '') add(`hazardFactors.${i}`, 'exam.hazard_factor_empty', '危害因素不能为空');
    else if (factors.indexOf(f) !== i) add(`hazardFactors.${i}`, 'exam.hazard_factor_duplicate', `危害因素“${f}”重复`);
  });

  const it = input.items;
  if (it.audiometry) {
    for (const ear of ['left', 'right'] as const) {
      for (const f of AUDIOMETRIC_FREQUENCIES) {
        const v = it.audiometry[ear][f];
        // −10 … 120 dB HL: the audiometer's range (surveillance README, hearing).
        if (!isNum(v) || v < -10 || v > 120) add(`items.audiometry.${ear}.${f}`, 'exam.threshold_out_of_range', `${ear === 'left' ? '左' : '右'}耳 ${f} Hz 听阈应为 −10～120 dB HL`);
      }
    }
  }
  const range = (path: string, v: number | null | undefined, min: number, max: number, label: string) => {
    if (v !== null && v !== undefined && (!isNum(v) || v < min || v > max)) add(path, 'exam.value_out_of_range', `${label}应在 ${min}～${max} 之间`);
  };
  if (it.lungFunction) {
    range('items.lungFunction.fvcPercentPredicted', it.lungFunction.fvcPercentPredicted, 0, 200, 'FVC 占预计值%');
    range('items.lungFunction.fev1PercentPredicted', it.lungFunction.fev1PercentPredicted, 0, 200, 'FEV1 占预计值%');
    range('items.lungFunction.fev1FvcPercent', it.lungFunction.fev1FvcPercent, 0, 100, 'FEV1/FVC%');
  }
  if (it.bloodCount) {
    range('items.bloodCount.wbc', it.bloodCount.wbc, 0, 500, '白细胞计数');
    range('items.bloodCount.hgb', it.bloodCount.hgb, 0, 300, '血红蛋白');
    range('items.bloodCount.plt', it.bloodCount.plt, 0, 3000, '血小板计数');
  }
  for (const k of ['bloodLead', 'urineLead'] as const) {
    const v = it[k];
    if (v) range(`items.${k}.value`, v.value, 0, v.unit === 'umol/L' ? 50 : 10_000, k === 'bloodLead' ? '血铅' : '尿铅');
  }
  if (it.liverFunction) range('items.liverFunction.alt', it.liverFunction.alt, 0, 5000, 'ALT');
  if (it.bloodPressure) {
    range('items.bloodPressure.systolic', it.bloodPressure.systolic, 40, 300, '收缩压');
    range('items.bloodPressure.diastolic', it.bloodPressure.diastolic, 20, 200, '舒张压');
    if (isNum(it.bloodPressure.systolic) && isNum(it.bloodPressure.diastolic) && it.bloodPressure.diastolic >= it.bloodPressure.systolic) {
      add('items.bloodPressure.diastolic', 'exam.blood_pressure_inverted', '舒张压应低于收缩压');
    }
  }
  (it.others ?? []).forEach((o, i) => {
    if (!o.code.trim()) add(`items.others.${i}.code`, 'exam.item_code_required', '请填写项目编码');
    if (!o.name.trim()) add(`items.others.${i}.name`, 'exam.item_name_required', '请填写项目名称');
    if (o.value.trim() === '') add(`items.others.${i}.value`, 'exam.item_value_required', '请填写项目结果');
  });

  // One conclusion per hazard factor (GBZ 188: 体检结论按危害因素分别给出).
  const seen = new Set<string>();
  input.conclusions.forEach((c, i) => {
    const f = c.hazardFactor.trim();
    if (!factors.includes(f)) add(`conclusions.${i}.hazardFactor`, 'exam.conclusion_factor_unknown', `结论中的危害因素“${f}”不在本次体检危害因素中`);
    else if (seen.has(f)) add(`conclusions.${i}.hazardFactor`, 'exam.conclusion_duplicate', `危害因素“${f}”的结论重复`);
    seen.add(f);
    if (!(EXAM_CONCLUSIONS as readonly string[]).includes(c.conclusion)) add(`conclusions.${i}.conclusion`, 'exam.conclusion_invalid', `结论应为 ${EXAM_CONCLUSIONS.join('/')}`);
    if (c.conclusion === 'suspected_od' && !c.suspectedDisease?.trim()) add(`conclusions.${i}.suspectedDisease`, 'exam.suspected_disease_required', '疑似职业病须填写疑似病名');
    if (c.conclusion === 'contraindication' && !c.contraindication?.trim()) add(`conclusions.${i}.contraindication`, 'exam.contraindication_required', '职业禁忌证须填写禁忌证名称');
    if (c.recheckDueDate !== null && c.recheckDueDate !== undefined) {
      if (c.conclusion !== 'recheck') add(`conclusions.${i}.recheckDueDate`, 'exam.recheck_date_without_recheck', '仅“复查”结论可填写复查日期');
      else if (!isIsoDate(c.recheckDueDate)) add(`conclusions.${i}.recheckDueDate`, 'exam.date_invalid', '复查日期格式应为 YYYY-MM-DD');
      else if (isIsoDate(input.examDate) && c.recheckDueDate <= input.examDate) add(`conclusions.${i}.recheckDueDate`, 'exam.recheck_before_exam', '复查日期应晚于体检日期');
    } else if (c.conclusion === 'recheck' && isIsoDate(input.examDate) && (HEALTH_EXAM_TYPES as readonly string[]).includes(input.examType) && !gbz188RecheckInterval(f, input.examType, input.examDate)) {
      // GBZ 188 gives a recheck interval for few factors (苯); otherwise the institution sets the date.
      add(`conclusions.${i}.recheckDueDate`, 'exam.recheck_date_required', `“${f}”复查结论须填写复查日期（GBZ 188 未规定该因素的复查间隔）`);
    }
  });
  factors.forEach((f, i) => {
    if (f !== '' && !input.conclusions.some((c) => c.hazardFactor.trim() === f)) add(`hazardFactors.${i}`, 'exam.conclusion_missing', `危害因素“${f}”缺少体检结论`);
  });
  return issues;
}

/** Lead in μg/L whatever unit it was given in. */
export function leadUgPerL(v: { value: number; unit: LeadUnit }): number {
  return v.unit === 'umol/L' ? v.value * LEAD_UG_PER_UMOL : v.value;
}
