import { DUST_FRACTIONS, type DustFraction } from '../exposure/dust-exposure.calculator.ts';
/**
 * Assessment reports (检测评价报告) and their measurement points: the model, its validation, the
 * automatic judgement of every point with the exposure calculators (GBZ 2.1-2019 / GBZ 2.2-2007, the
 * edition in force on the point's sampling date) and the roll-up point → post → employer.
 *
 * One validator serves the web form, the JSON batch API and the Excel import, so all three reject
 * the same input with the same issue paths (`points.3.measurement.twaSamples.0.minutes`).
 *
 * Decisions:
 * - The measurement type picks the calculator: `chemical` → chemicalExposure (C_TWA, C_STE, C_M and
 *   the §6.3.3 peak rule), `dust` → dustExposure (one fraction per point, free SiO₂ for 矽尘),
 *   `noise` → noiseExposure (L_Aeq segments) or a measured L_EX,8h against the same 85 dB(A) limit,
 *   `heat` → heatStressExposure (WBGT, labour intensity class, exposure time rate).
 * - The hazard category of a point follows its type (dust → 粉尘, chemical → 化学因素, noise and
 *   heat → 物理因素): it is what the qualification scope and the indicator per category use.
 * - Verdicts: `exceeding` when any evaluated check exceeds; `compliant` when every evaluated check
 *   complies; `not_judgeable` (with a reason code) when the rule pack has no limit for the factor
 *   or the date, or nothing could be checked. Never a made-up number.
 */
import type { FieldIssue } from '../errors/errors.ts';
import type { HazardFactorCategory } from '../catalogs/hazard-factor.catalog.ts';
import { cite } from '../rules/rule-pack.ts';
import { chemicalExposure } from '../exposure/chemical-exposure.calculator.ts';
import { dustExposure } from '../exposure/dust-exposure.calculator.ts';
import { noiseExposure } from '../exposure/noise-exposure.calculator.ts';
import { heatStressExposure } from '../exposure/heat-exposure.calculator.ts';
import { gbz21Edition2019 } from '../exposure/oel.rule-pack.ts';
import { gbz22Edition2007, gbz22PhysicalPack, type LabourIntensityClass } from '../exposure/physical.rule-pack.ts';
import { editionOn } from '../rules/rule-pack.ts';
import type { ExposureInputFailure, ExposureRuleUnavailable } from '../exposure/exposure-results.ts';
import { roundHalfUp } from '../exposure/exposure-results.ts';

/** Report kinds (GLOSSARY): 定期检测 / 现状评价 / 预评价 / 控制效果评价. */
export const ASSESSMENT_KINDS = ['periodic_test', 'status_eval', 'pre_assessment', 'control_effect_eval'] as const;
export type AssessmentKind = (typeof ASSESSMENT_KINDS)[number];
export const ASSESSMENT_KIND_LABELS: Readonly<Record<AssessmentKind, string>> = {
  periodic_test: '定期检测',
  status_eval: '现状评价',
  pre_assessment: '预评价',
  control_effect_eval: '控制效果评价',
};

export const MEASUREMENT_TYPES = ['chemical', 'dust', 'noise', 'heat'] as const;
export type MeasurementType = (typeof MEASUREMENT_TYPES)[number];
export const MEASUREMENT_TYPE_CATEGORY: Readonly<Record<MeasurementType, HazardFactorCategory>> = {
  chemical: 'chemical',
  dust: 'dust',
  noise: 'physical',
  heat: 'physical',
};


export interface TimedSampleInput {
  concentration: number;
  minutes: number;
}
export interface PeakSampleInput {
  concentration: number;
}

export type MeasurementInput =
  | { type: 'chemical'; twaSamples?: TimedSampleInput[]; stelSamples?: TimedSampleInput[]; ceilingSamples?: PeakSampleInput[] }
  | { type: 'dust'; fraction: DustFraction; twaSamples: TimedSampleInput[]; stelSamples?: TimedSampleInput[]; ceilingSamples?: PeakSampleInput[]; freeSilicaPercent?: number | null }
  | { type: 'noise'; segments?: { laeq: number; hours: number }[]; lex8h?: number | null }
  | { type: 'heat'; wbgt: number; labourIntensityClass: LabourIntensityClass; exposureTimeRatePercent: number; hotRegion?: boolean };

export interface MeasurementPointInput {
  /** 岗位 name as written in the report. */
  postName: string;
  /** The employer's post record when linked (needed to flag its workers). */
  postId?: string | null;
  /** Hazard factor as printed in GBZ 2.1 / 2.2 (or a CAS number); `噪声` / `高温` for noise / heat. */
  hazardFactor: string;
  /** Defaults to the report's sampling start date; must lie within the sampling period. */
  samplingDate?: string | null;
  /** Free text: 检测点位置. */
  location?: string | null;
  measurement: MeasurementInput;
}

export interface AssessmentReportInput {
  kind: AssessmentKind;
  reportNumber: string;
  samplingStartDate: string;
  samplingEndDate: string;
  reportDate: string;
  conclusion: string;
  points: MeasurementPointInput[];
}

export type PointVerdict = 'compliant' | 'exceeding' | 'not_judgeable';
export const POINT_VERDICTS = ['compliant', 'exceeding', 'not_judgeable'] as const;

/** Why a point could not be judged (the calculator's reason, or `nothing_checked`). */
export type NotJudgeableReason = ExposureRuleUnavailable['reason'] | 'nothing_checked';

/** One check of a point, e.g. C_TWA 1.2 vs PC-TWA 1. */
export interface PointCheck {
  /** `twa` | `stel` | `mac` | `peak` | `lex8h` | `wbgt`. */
  name: string;
  value: number | null;
  limit: number | null;
  unit: string;
  status: 'compliant' | 'exceeds' | 'not_applicable';
}

/** The stored judgement of a point: reproducible from its inputs and the edition. */
export interface PointJudgement {
  verdict: PointVerdict;
  reason: NotJudgeableReason | null;
  reasonText: string | null;
  /** The factor as the rule pack prints it (e.g. `矽尘（10%≤游离SiO2含量≤50%）`). */
  factor: string;
  category: HazardFactorCategory;
  checks: PointCheck[];
  /** Largest value ÷ limit over the checks (for "worst factor"); null when nothing was compared. */
  worstRatio: number | null;
  citation: string;
  /** Standard and edition whose limits were used, e.g. `GBZ 2.1-2019`. */
  ruleEdition: string;
  verified: boolean;
  date: string;
}

const isDate = (v: unknown): v is string => {
  if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
};

export const REPORT_NUMBER_MAX_LENGTH = 64;
export const MAX_POINTS_PER_REPORT = 2000;

/**
 * Header problems: kind, report number, dates valid and in order (sampling start ≤ end ≤ report
 * date ≤ today), conclusion present. `today` is the CST date of the check.
 */
export function reportHeaderIssues(r: Partial<AssessmentReportInput>, today: string): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (!r.kind || !(ASSESSMENT_KINDS as readonly string[]).includes(r.kind)) issues.push({ path: 'kind', code: 'assessment.kind_invalid', message: '报告类型无效' });
  const number = (r.reportNumber ?? '').trim();
  if (number === '') issues.push({ path: 'reportNumber', code: 'assessment.number_required', message: '报告编号必填' });
  else if (number.length > REPORT_NUMBER_MAX_LENGTH) issues.push({ path: 'reportNumber', code: 'assessment.number_too_long', message: `报告编号不超过${REPORT_NUMBER_MAX_LENGTH}个字符` });
  const dates = ['samplingStartDate', 'samplingEndDate', 'reportDate'] as const;
  for (const k of dates) if (!isDate(r[k])) issues.push({ path: k, code: 'assessment.date_invalid', message: '日期格式应为YYYY-MM-DD' });
  if (isDate(r.samplingStartDate) && isDate(r.samplingEndDate) && r.samplingStartDate > r.samplingEndDate) {
    issues.push({ path: 'samplingEndDate', code: 'assessment.dates_out_of_order', message: '采样结束日期早于采样开始日期' });
  }
  if (isDate(r.samplingEndDate) && isDate(r.reportDate) && r.samplingEndDate > r.reportDate) {
    issues.push({ path: 'reportDate', code: 'assessment.dates_out_of_order', message: '报告日期早于采样日期' });
  }
  for (const k of dates) {
    if (isDate(r[k]) && (r[k] as string) > today) issues.push({ path: k, code: 'assessment.date_in_future', message: '日期不能晚于今天' });
  }
  if ((r.conclusion ?? '').trim() === '') issues.push({ path: 'conclusion', code: 'assessment.conclusion_required', message: '检测评价结论必填' });
  if (!Array.isArray(r.points) || r.points.length === 0) issues.push({ path: 'points', code: 'assessment.points_required', message: '至少填写一个检测点' });
  else if (r.points.length > MAX_POINTS_PER_REPORT) issues.push({ path: 'points', code: 'assessment.too_many_points', message: `一份报告最多${MAX_POINTS_PER_REPORT}个检测点` });
  return issues;
}

function sampleIssues(path: string, list: unknown, opts: { required: boolean; maxMinutes: number | null }): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (list === undefined || list === null) {
    if (opts.required) issues.push({ path, code: 'assessment.samples_required', message: '至少填写一个样品' });
    return issues;
  }
  if (!Array.isArray(list) || list.length === 0) {
    issues.push({ path, code: 'assessment.samples_required', message: '至少填写一个样品' });
    return issues;
  }
  list.forEach((s: Record<string, unknown>, i) => {
    const c = s?.concentration;
    if (typeof c !== 'number' || !Number.isFinite(c) || c < 0) issues.push({ path: `${path}.${i}.concentration`, code: 'assessment.concentration_invalid', message: '浓度应为不小于0的数值' });
    if (opts.maxMinutes !== null) {
      const m = s?.minutes;
      if (typeof m !== 'number' || !Number.isFinite(m) || m <= 0 || m > opts.maxMinutes) {
        issues.push({ path: `${path}.${i}.minutes`, code: 'assessment.minutes_invalid', message: `采样时间应大于0且不超过${opts.maxMinutes}分钟` });
      }
    }
  });
  return issues;
}

/** Problems with one point's fields (shape only; limits and factor come with the judgement). */
export function pointIssues(p: MeasurementPointInput, index: number, header: { samplingStartDate?: string; samplingEndDate?: string }): FieldIssue[] {
  const at = (f: string) => `points.${index}.${f}`;
  const issues: FieldIssue[] = [];
  if (!p || typeof p !== 'object') return [{ path: `points.${index}`, code: 'assessment.point_invalid', message: '检测点格式错误' }];
  if ((p.postName ?? '').trim() === '') issues.push({ path: at('postName'), code: 'assessment.post_required', message: '岗位名称必填' });
  if ((p.hazardFactor ?? '').trim() === '') issues.push({ path: at('hazardFactor'), code: 'assessment.factor_required', message: '危害因素必填' });
  if (p.samplingDate !== undefined && p.samplingDate !== null) {
    if (!isDate(p.samplingDate)) issues.push({ path: at('samplingDate'), code: 'assessment.date_invalid', message: '日期格式应为YYYY-MM-DD' });
    else if ((header.samplingStartDate && p.samplingDate < header.samplingStartDate) || (header.samplingEndDate && p.samplingDate > header.samplingEndDate)) {
      issues.push({ path: at('samplingDate'), code: 'assessment.date_outside_sampling', message: '采样日期不在报告的采样期间内' });
    }
  }
  const m = p.measurement as MeasurementInput | undefined;
  const mp = (f: string) => at(`measurement.${f}`);
  if (!m || !(MEASUREMENT_TYPES as readonly string[]).includes((m as { type?: string }).type ?? '')) {
    issues.push({ path: mp('type'), code: 'assessment.measurement_type_invalid', message: '检测类型应为化学、粉尘、噪声或高温' });
    return issues;
  }
  switch (m.type) {
    case 'chemical': {
      const any = [m.twaSamples, m.stelSamples, m.ceilingSamples].some((l) => Array.isArray(l) && l.length > 0);
      if (!any) issues.push({ path: mp('twaSamples'), code: 'assessment.samples_required', message: '至少填写一种样品（C_TWA、C_STE 或 C_M）' });
      issues.push(...sampleIssues(mp('twaSamples'), m.twaSamples, { required: false, maxMinutes: 1440 }));
      issues.push(...sampleIssues(mp('stelSamples'), m.stelSamples, { required: false, maxMinutes: 15 }));
      issues.push(...sampleIssues(mp('ceilingSamples'), m.ceilingSamples, { required: false, maxMinutes: null }));
      break;
    }
    case 'dust':
      if (!(DUST_FRACTIONS as readonly string[]).includes(m.fraction)) issues.push({ path: mp('fraction'), code: 'assessment.fraction_invalid', message: '粉尘应注明总粉尘或呼吸性粉尘' });
      issues.push(...sampleIssues(mp('twaSamples'), m.twaSamples, { required: true, maxMinutes: 1440 }));
      issues.push(...sampleIssues(mp('stelSamples'), m.stelSamples, { required: false, maxMinutes: 15 }));
      issues.push(...sampleIssues(mp('ceilingSamples'), m.ceilingSamples, { required: false, maxMinutes: null }));
      if (m.freeSilicaPercent !== undefined && m.freeSilicaPercent !== null && (typeof m.freeSilicaPercent !== 'number' || !(m.freeSilicaPercent >= 0 && m.freeSilicaPercent <= 100))) {
        issues.push({ path: mp('freeSilicaPercent'), code: 'assessment.silica_invalid', message: '游离SiO₂含量应在0–100%之间' });
      }
      break;
    case 'noise': {
      const hasSegments = Array.isArray(m.segments) && m.segments.length > 0;
      const hasLex = typeof m.lex8h === 'number';
      if (hasSegments === hasLex) issues.push({ path: mp('segments'), code: 'assessment.noise_input', message: '噪声填写 L_Aeq 分段或 L_EX,8h 其中之一' });
      if (hasLex && !(Number.isFinite(m.lex8h) && (m.lex8h as number) >= 0 && (m.lex8h as number) <= 200)) issues.push({ path: mp('lex8h'), code: 'assessment.level_invalid', message: '声级应在0–200 dB(A)之间' });
      if (hasSegments) {
        m.segments!.forEach((s, i) => {
          if (!(typeof s?.laeq === 'number' && s.laeq >= 0 && s.laeq <= 200)) issues.push({ path: mp(`segments.${i}.laeq`), code: 'assessment.level_invalid', message: '声级应在0–200 dB(A)之间' });
          if (!(typeof s?.hours === 'number' && s.hours > 0 && s.hours <= 24)) issues.push({ path: mp(`segments.${i}.hours`), code: 'assessment.hours_invalid', message: '时长应大于0且不超过24小时' });
        });
      }
      break;
    }
    case 'heat':
      if (!(typeof m.wbgt === 'number' && Number.isFinite(m.wbgt) && m.wbgt > -50 && m.wbgt < 70)) issues.push({ path: mp('wbgt'), code: 'assessment.wbgt_invalid', message: 'WBGT 应为合理的温度数值（℃）' });
      if (!['I', 'II', 'III', 'IV'].includes(m.labourIntensityClass)) issues.push({ path: mp('labourIntensityClass'), code: 'assessment.intensity_invalid', message: '体力劳动强度应为 I–IV 级' });
      if (!(typeof m.exposureTimeRatePercent === 'number' && m.exposureTimeRatePercent > 0 && m.exposureTimeRatePercent <= 100)) {
        issues.push({ path: mp('exposureTimeRatePercent'), code: 'assessment.rate_invalid', message: '接触时间率应大于0且不超过100%' });
      }
      break;
  }
  return issues;
}

export type JudgePointOutcome = { ok: true; judgement: PointJudgement } | { ok: false; issues: FieldIssue[] };

function failureIssues(index: number, f: ExposureInputFailure): FieldIssue[] {
  const base = `points.${index}`;
  switch (f.status) {
    case 'unknown_factor':
      // The calculator's own (English) message stays out: it is for developers, not for the person filing.
      return [{ path: `${base}.hazardFactor`, code: 'assessment.unknown_factor', message: `危害因素“${f.factor}”不在该检测类型的限值表中（GBZ 2.1-2019 表1/表2、GBZ 2.2-2007），请核对名称或检测类型` }];
    case 'ambiguous_factor':
      return [{ path: `${base}.hazardFactor`, code: 'assessment.ambiguous_factor', message: `危害因素“${f.factor}”对应多行，请写明：${f.candidates.join('、')}` }];
    case 'invalid':
      return f.issues.map((i) => ({ path: `${base}.measurement.${i.path.replace(/^(totalDust|respirableDust)\./, '').replace(/^samples/, 'twaSamples').replace(/^shortTermSamples/, 'stelSamples').replace(/^peakSamples/, 'ceilingSamples')}`, code: i.code, message: i.message }));
  }
}

function notJudgeable(base: Omit<PointJudgement, 'verdict' | 'reason' | 'reasonText' | 'checks' | 'worstRatio' | 'citation' | 'verified'>, u: ExposureRuleUnavailable): PointJudgement {
  return { ...base, verdict: 'not_judgeable', reason: u.reason, reasonText: u.message, checks: [], worstRatio: null, citation: u.citation, verified: false };
}

function ratioOf(checks: PointCheck[]): number | null {
  const ratios = checks.filter((c) => c.value !== null && c.limit !== null && c.limit > 0 && c.status !== 'not_applicable').map((c) => (c.value as number) / (c.limit as number));
  return ratios.length ? roundHalfUp(Math.max(...ratios), 4) : null;
}

function verdictOf(checks: PointCheck[]): { verdict: PointVerdict; reason: NotJudgeableReason | null } {
  if (checks.some((c) => c.status === 'exceeds')) return { verdict: 'exceeding', reason: null };
  if (checks.some((c) => c.status === 'compliant')) return { verdict: 'compliant', reason: null };
  return { verdict: 'not_judgeable', reason: 'nothing_checked' };
}

/**
 * Judges one validated point on `date` with the exposure calculators. Bad factor names or sample
 * values the calculator refuses come back as issues on `points.<index>…`.
 */
export function judgePoint(p: MeasurementPointInput, index: number, date: string): JudgePointOutcome {
  const m = p.measurement;
  const category = MEASUREMENT_TYPE_CATEGORY[m.type];
  switch (m.type) {
    case 'chemical': {
      const r = chemicalExposure({
        factor: p.hazardFactor,
        date,
        ...(m.twaSamples?.length ? { samples: m.twaSamples } : {}),
        ...(m.stelSamples?.length ? { shortTermSamples: m.stelSamples } : {}),
        ...(m.ceilingSamples?.length ? { peakSamples: m.ceilingSamples } : {}),
      });
      const base = { factor: p.hazardFactor.trim(), category, ruleEdition: cite(gbz21Edition2019), date };
      if (r.status === 'rule_unavailable') return { ok: true, judgement: notJudgeable(base, r) };
      if (r.status !== 'ok') return { ok: false, issues: failureIssues(index, r) };
      const checks: PointCheck[] = [
        { name: 'twa', value: r.ctwa, limit: r.limits.pcTwa, unit: r.unit, status: r.checks.twa },
        { name: 'stel', value: r.cste, limit: r.limits.pcStel, unit: r.unit, status: r.checks.stel },
        { name: 'mac', value: r.cm, limit: r.limits.mac, unit: r.unit, status: r.checks.mac },
        { name: 'peak', value: r.peak?.cpe ?? null, limit: r.peak?.peakLimit ?? null, unit: r.unit, status: r.checks.peak },
      ].filter((c) => c.status !== 'not_applicable'); // only the checks the factor's limits call for
      const v = verdictOf(checks);
      const edition = r.limitsBasis.amendment ? `${r.limitsBasis.edition} (${r.limitsBasis.amendment})` : r.limitsBasis.edition;
      return {
        ok: true,
        judgement: { ...base, factor: r.factor, ...v, reasonText: v.reason ? '没有可比较的样品' : null, checks, worstRatio: ratioOf(checks), citation: r.citation, ruleEdition: edition, verified: r.verified },
      };
    }
    case 'dust': {
      const fraction = { samples: m.twaSamples, ...(m.stelSamples?.length ? { shortTermSamples: m.stelSamples } : {}), ...(m.ceilingSamples?.length ? { peakSamples: m.ceilingSamples } : {}) };
      const r = dustExposure({
        factor: p.hazardFactor,
        date,
        ...(m.freeSilicaPercent !== undefined && m.freeSilicaPercent !== null ? { freeSilicaPercent: m.freeSilicaPercent } : {}),
        ...(m.fraction === 'total' ? { totalDust: fraction } : { respirableDust: fraction }),
      });
      const base = { factor: p.hazardFactor.trim(), category, ruleEdition: cite(gbz21Edition2019), date };
      if (r.status === 'rule_unavailable') return { ok: true, judgement: notJudgeable(base, r) };
      if (r.status !== 'ok') return { ok: false, issues: failureIssues(index, r) };
      const f = m.fraction === 'total' ? r.total : r.respirable;
      if (!f || !f.ruleAvailable) {
        return {
          ok: true,
          judgement: { ...base, factor: r.factor, verdict: 'not_judgeable', reason: 'limit_not_available', reasonText: f && !f.ruleAvailable ? f.message : '无该粉尘组分的限值', checks: [], worstRatio: null, citation: r.citation, verified: false },
        };
      }
      const checks: PointCheck[] = [{ name: 'twa', value: f.ctwa, limit: f.pcTwa, unit: r.unit, status: f.checks.twa }];
      if (f.peak) checks.push({ name: 'peak', value: f.peak.cpe, limit: f.peak.peakLimit, unit: r.unit, status: f.checks.peak });
      const v = verdictOf(checks);
      return { ok: true, judgement: { ...base, factor: r.factor, ...v, reasonText: null, checks, worstRatio: ratioOf(checks), citation: r.citation, verified: r.verified } };
    }
    case 'noise': {
      const base = { factor: p.hazardFactor.trim() || '噪声', category, ruleEdition: cite(gbz22Edition2007), date };
      // A measured L_EX,8h is judged as one 8-hour segment at that level: L_EX,8h of {L, 8 h} is L.
      const segments = m.segments?.length ? m.segments : [{ laeq: m.lex8h as number, hours: 8 }];
      const r = noiseExposure({ segments, date });
      if (r.status === 'rule_unavailable') return { ok: true, judgement: notJudgeable(base, r) };
      if (r.status !== 'ok') return { ok: false, issues: failureIssues(index, r).map((i) => ({ ...i, path: m.segments?.length ? i.path : `points.${index}.measurement.lex8h` })) };
      const checks: PointCheck[] = [{ name: 'lex8h', value: r.lex8h, limit: r.limit, unit: 'dB(A)', status: r.exceedsLimit ? 'exceeds' : 'compliant' }];
      const v = verdictOf(checks);
      // For dB a ratio of levels means little; rank noise by the excess in dB over the limit, scaled like a ratio.
      const worst = roundHalfUp(10 ** ((r.lex8h - r.limit) / 10), 4);
      return { ok: true, judgement: { ...base, ...v, reasonText: null, checks, worstRatio: worst, citation: r.citation, verified: r.verified } };
    }
    case 'heat': {
      const base = { factor: p.hazardFactor.trim() || '高温', category, ruleEdition: cite(gbz22Edition2007), date };
      const r = heatStressExposure({ labourIntensityClass: m.labourIntensityClass, exposureTimeRatePercent: m.exposureTimeRatePercent, wbgt: m.wbgt, hotRegion: m.hotRegion ?? false, date });
      if (r.status === 'rule_unavailable') return { ok: true, judgement: notJudgeable(base, r) };
      if (r.status !== 'ok') return { ok: false, issues: failureIssues(index, r) };
      const checks: PointCheck[] = [{ name: 'wbgt', value: r.wbgt, limit: r.limit, unit: '℃', status: r.exceedsLimit ? 'exceeds' : 'compliant' }];
      const v = verdictOf(checks);
      return { ok: true, judgement: { ...base, ...v, reasonText: null, checks, worstRatio: ratioOf(checks), citation: r.citation, verified: r.verified } };
    }
  }
}

/** True when GBZ 2.2-2007 is loaded for the date (noise and heat can be judged). */
export function physicalLimitsInForce(date: string): boolean {
  return editionOn(gbz22PhysicalPack, date) !== null;
}

export interface ValidatedReport {
  judgements: PointJudgement[];
  /** The date each point was judged on. */
  pointDates: string[];
  categories: HazardFactorCategory[];
}

/**
 * The one entry point for every channel: header + every point validated, then every point judged.
 * Returns all issues at once (header and points), or the judgements.
 */
export function validateAndJudgeReport(r: AssessmentReportInput, today: string): { ok: true; value: ValidatedReport } | { ok: false; issues: FieldIssue[] } {
  const issues = reportHeaderIssues(r, today);
  const points = Array.isArray(r.points) ? r.points : [];
  points.forEach((p, i) => issues.push(...pointIssues(p, i, r)));
  if (issues.length > 0) return { ok: false, issues };
  const judgements: PointJudgement[] = [];
  const pointDates: string[] = [];
  points.forEach((p, i) => {
    const date = p.samplingDate ?? r.samplingStartDate;
    const j = judgePoint(p, i, date);
    if (j.ok) {
      judgements.push(j.judgement);
      pointDates.push(date);
    } else issues.push(...j.issues);
  });
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, value: { judgements, pointDates, categories: [...new Set(judgements.map((j) => j.category))] } };
}

export interface RollUpPoint {
  postName: string;
  factor: string;
  verdict: PointVerdict;
  worstRatio: number | null;
}

export interface RollUpGroup {
  points: number;
  compliant: number;
  exceeding: number;
  notJudgeable: number;
  /** compliant ÷ (compliant + exceeding); null when nothing was judged. */
  compliantShare: number | null;
  /** The exceeding factor with the highest value ÷ limit (else null). */
  worstFactor: { factor: string; postName: string; ratio: number | null } | null;
}

function group(points: readonly RollUpPoint[]): RollUpGroup {
  const compliant = points.filter((p) => p.verdict === 'compliant').length;
  const exceeding = points.filter((p) => p.verdict === 'exceeding');
  const judged = compliant + exceeding.length;
  const worst = [...exceeding].sort((a, b) => (b.worstRatio ?? 0) - (a.worstRatio ?? 0))[0];
  return {
    points: points.length,
    compliant,
    exceeding: exceeding.length,
    notJudgeable: points.length - judged,
    compliantShare: judged === 0 ? null : roundHalfUp(compliant / judged, 4),
    worstFactor: worst ? { factor: worst.factor, postName: worst.postName, ratio: worst.worstRatio } : null,
  };
}

/** Point → post → employer roll-up: per post and overall, exceeding points, compliant share, worst factor. */
export function rollUpPoints(points: readonly RollUpPoint[]): RollUpGroup & { posts: (RollUpGroup & { postName: string })[] } {
  const byPost = new Map<string, RollUpPoint[]>();
  for (const p of points) byPost.set(p.postName, [...(byPost.get(p.postName) ?? []), p]);
  return { ...group(points), posts: [...byPost.entries()].map(([postName, ps]) => ({ postName, ...group(ps) })) };
}
