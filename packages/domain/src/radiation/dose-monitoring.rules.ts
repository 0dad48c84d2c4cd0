import { type FieldIssue } from '../errors/errors.ts';
import { type Provenance, cite } from '../rules/rule-pack.ts';
import { addDays, addMonths, daysBetween, isIsoDate } from '../surveillance/dates.ts';
import { roundHalfUp } from '../surveillance/numbers.ts';
import { GBZ128_2019, RADIATION_WORKER_MEASURES_2007 } from './editions.ts';

/**
 * Rules for one personal-dose record (个人剂量监测结果) of a monitoring period.
 *
 * - Monitoring period: GBZ 128-2019 — the routine period is normally one month and may be adjusted,
 *   but is never longer than 3 months; 放射工作人员职业健康管理办法 art. 11 says the same in days
 *   (一般为30天，最长不应超过90天). OHNet rejects a period longer than 3 calendar months (so a
 *   92-day calendar quarter is accepted) and flags, without rejecting, one shorter than a month.
 * - Investigation level: GBZ 128-2019 — an annual effective dose of 5 mSv, pro rata for one
 *   monitoring period: 5 mSv × the period's months ÷ 12 (quarter 1.25 mSv, month 0.42 mSv). It applies to Hp(10); a result above it must be investigated. The value and its
 *   pro-rating are transcribed from memory: `verified: false`.
 */
export interface DoseMonitoringRule extends Provenance {
  id: 'monitoring_period_max' | 'monitoring_period_min' | 'investigation_level';
  citation: string;
  text: string;
}

export const DOSE_MONITORING_RULES: readonly DoseMonitoringRule[] = [
  {
    id: 'monitoring_period_max',
    citation: `${cite(GBZ128_2019, '常规监测周期')}; ${cite(RADIATION_WORKER_MEASURES_2007, '第十一条')}`,
    text: '常规监测周期一般为1个月，最长不应超过3个月（管理办法：一般为30天，最长不应超过90天）',
    verified: false,
    confidence: 'memory',
  },
  {
    id: 'monitoring_period_min',
    citation: cite(GBZ128_2019, '常规监测周期'),
    text: '常规监测周期一般为1个月；更短的周期允许，但标记提示',
    verified: false,
    confidence: 'memory',
  },
  {
    id: 'investigation_level',
    citation: cite(GBZ128_2019, '调查水平'),
    text: '调查水平：年有效剂量 5 mSv，单个监测周期按一年内的周期数折算（季度 1.25 mSv）',
    verified: false,
    confidence: 'memory',
  },
];

export const ANNUAL_INVESTIGATION_LEVEL_MSV = 5;
/** Doses above this are taken as a typing error (mSv in one period; 50 mSv/a is the annual limit). */
export const MAX_PLAUSIBLE_PERIOD_DOSE_MSV = 10_000;

export function monitoringRule(id: DoseMonitoringRule['id']): DoseMonitoringRule {
  return DOSE_MONITORING_RULES.find((r) => r.id === id)!;
}

/** Days in [start, end], both included. */
export function periodDays(start: string, end: string): number {
  return daysBetween(start, end) + 1;
}

/**
 * The investigation level (mSv of Hp(10)) for one monitoring period: 5 mSv × months ÷ 12, the
 * period rounded to whole months (28–31 days → 0.417 mSv, 90–92 days → 1.25 mSv); a period
 * shorter than half a month gets 5 mSv × days ÷ 365.
 */
export function investigationLevelFor(start: string, end: string): number {
  const days = periodDays(start, end);
  const months = Math.round(days / (365.25 / 12));
  const level = months >= 1 ? (ANNUAL_INVESTIGATION_LEVEL_MSV * months) / 12 : (ANNUAL_INVESTIGATION_LEVEL_MSV * days) / 365;
  return roundHalfUp(level, 3);
}

/** A dose record as filed: personal dose equivalents in mSv for one monitoring period. */
export interface DoseRecordInput {
  periodStart: string;
  periodEnd: string;
  /** Hp(10): personal dose equivalent at 10 mm, the effective-dose estimate. Required. */
  hp10Msv: number;
  /** Hp(3): lens of the eye. */
  hp3Msv?: number | null;
  /** Hp(0.07): skin and extremities. */
  hp007Msv?: number | null;
}

/** A period already on file for the same worker (for the overlap check). */
export interface ExistingDosePeriod {
  id?: string;
  periodStart: string;
  periodEnd: string;
}

export interface DoseRecordCheck {
  /** Problems that refuse the record (paths relative to the record). */
  errors: FieldIssue[];
  /** Notes kept with the record (e.g. a period shorter than a month). */
  warnings: FieldIssue[];
}

const isDose = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= MAX_PLAUSIBLE_PERIOD_DOSE_MSV;

/**
 * Checks one dose record: dates, period order and length (GBZ 128-2019), non-negative plausible
 * doses, not in the future, and no overlap with another period of the same worker (`others`, which
 * must not contain this record's own identical period: the caller treats that as a re-send).
 */
export function doseRecordIssues(input: DoseRecordInput, others: readonly ExistingDosePeriod[] = [], asOf?: string): DoseRecordCheck {
  const errs: FieldIssue[] = [];
  const warnings: FieldIssue[] = [];
  const add = (path: string, code: string, message: string) => errs.push({ path, code, message });
  const startOk = isIsoDate(input.periodStart);
  const endOk = isIsoDate(input.periodEnd);
  if (!startOk) add('periodStart', 'dose.date_invalid', '监测周期开始日期应为 YYYY-MM-DD');
  if (!endOk) add('periodEnd', 'dose.date_invalid', '监测周期结束日期应为 YYYY-MM-DD');
  if (startOk && endOk) {
    if (input.periodEnd < input.periodStart) add('periodEnd', 'dose.period_order', '监测周期结束日期早于开始日期');
    else {
      const max = monitoringRule('monitoring_period_max');
      if (input.periodEnd > addDays(addMonths(input.periodStart, 3), -1)) {
        add('periodEnd', 'dose.period_too_long', `监测周期 ${periodDays(input.periodStart, input.periodEnd)} 天，超过3个月（${max.citation}）`);
      } else if (input.periodEnd < addDays(addMonths(input.periodStart, 1), -1)) {
        warnings.push({ path: 'periodEnd', code: 'dose.period_short', message: `监测周期 ${periodDays(input.periodStart, input.periodEnd)} 天，短于1个月（${monitoringRule('monitoring_period_min').citation}）` });
      }
      if (asOf && input.periodEnd > asOf) add('periodEnd', 'dose.period_in_future', `监测周期尚未结束（${input.periodEnd}）`);
      for (const o of others) {
        if (o.periodStart === input.periodStart && o.periodEnd === input.periodEnd) continue;
        if (o.periodStart <= input.periodEnd && input.periodStart <= o.periodEnd) {
          add('periodStart', 'dose.period_overlap', `与该劳动者已有的监测周期 ${o.periodStart}～${o.periodEnd} 重叠`);
          break;
        }
      }
    }
  }
  if (!isDose(input.hp10Msv)) add('hp10Msv', 'dose.value_invalid', `Hp(10) 必填，应为 0～${MAX_PLAUSIBLE_PERIOD_DOSE_MSV} mSv 的数值`);
  for (const f of ['hp3Msv', 'hp007Msv'] as const) {
    const v = input[f];
    if (v !== undefined && v !== null && !isDose(v)) add(f, 'dose.value_invalid', `${f === 'hp3Msv' ? 'Hp(3)' : 'Hp(0.07)'} 应为 0～${MAX_PLAUSIBLE_PERIOD_DOSE_MSV} mSv 的数值`);
  }
  return { errors: errs, warnings };
}

/** Investigation-level result of one valid record. */
export interface RecordLevelFlag {
  code: 'investigation_level_exceeded';
  valueMsv: number;
  levelMsv: number;
  citation: string;
  verified: false;
}

/** Flags a record whose Hp(10) is above the pro-rated investigation level (GBZ 128-2019). */
export function recordLevelFlags(input: DoseRecordInput): RecordLevelFlag[] {
  const level = investigationLevelFor(input.periodStart, input.periodEnd);
  if (input.hp10Msv > level) {
    return [{ code: 'investigation_level_exceeded', valueMsv: input.hp10Msv, levelMsv: level, citation: monitoringRule('investigation_level').citation, verified: false }];
  }
  return [];
}
