/**
 * Heat: the WBGT limit by labour-intensity class and exposure-time ratio (GBZ 2.2-2007 表8), the
 * +1 ℃ adjustment for hot regions (§10.2.2), and the class from the labour-intensity index (表13).
 */
import { cite, editionOn, outcome, todayCst, type Provenance } from '../rules/rule-pack.ts';
import {
  IssueList,
  field,
  invalidInput,
  isAboveLimit,
  ruleUnavailable,
  type ExposureInvalidInput,
  type ExposureRuleUnavailable,
} from './exposure-results.ts';
import {
  EXPOSURE_TIME_RATE_BANDS,
  LABOUR_INTENSITY_CLASSES,
  gbz22Edition2007,
  gbz22PhysicalPack,
  type ExposureTimeRateBand,
  type Gbz22PhysicalRow,
  type LabourIntensityClass,
  type LabourIntensityRow,
  type WbgtAdjustmentRow,
  type WbgtLimitRow,
} from './physical.rule-pack.ts';

export interface HeatExposureInput {
  /** 体力劳动强度 class I–IV; or give `labourIntensityIndex`. */
  labourIntensityClass?: LabourIntensityClass;
  /** 体力劳动强度指数 n; mapped to a class by GBZ 2.2-2007 表13 when no class is given. */
  labourIntensityIndex?: number;
  /** 接触时间率 in % of the 8 h day, 0 < r ≤ 100. */
  exposureTimeRatePercent: number;
  /** Measured WBGT (℃); when given the result says whether it exceeds the limit. */
  wbgt?: number;
  /** Local summer outdoor ventilation design temperature ≥ 30 ℃ (§10.2.2: limits + 1 ℃). */
  hotRegion?: boolean;
  date?: string;
}

export interface HeatExposureResult {
  status: 'ok';
  ruleAvailable: true;
  labourIntensityClass: LabourIntensityClass;
  /** Table column used: the rate rounded up to 25 / 50 / 75 / 100 %. */
  exposureTimeRateBand: ExposureTimeRateBand;
  exposureTimeRatePercent: number;
  /** Table value before adjustment, ℃. */
  baseLimit: number;
  /** 1 when the hot-region adjustment applies, else 0. */
  adjustment: number;
  /** WBGT limit, ℃. */
  limit: number;
  wbgt: number | null;
  /** wbgt > limit; null when no WBGT was given. */
  exceedsLimit: boolean | null;
  date: string;
  citation: string;
  verified: boolean;
}

export type HeatExposureOutcome = HeatExposureResult | ExposureInvalidInput | ExposureRuleUnavailable;

/**
 * The WBGT table column for an exposure-time ratio: the smallest of 25 / 50 / 75 / 100 % not below
 * it. Rounding up picks the lower (stricter) limit, like the rate bands 0–25 / 25–50 / 50–75 /
 * 75–100 of GBZ/T 229.3; GBZ 2.2-2007 表8 itself only lists the four columns.
 */
export function exposureTimeRateBand(percent: number): ExposureTimeRateBand | null {
  if (!(percent > 0 && percent <= 100)) return null;
  return EXPOSURE_TIME_RATE_BANDS.find((b) => percent <= b) ?? null;
}

/** Labour-intensity class for index n (GBZ 2.2-2007 表13: I ≤ 15 < II ≤ 20 < III ≤ 25 < IV). */
export function labourIntensityClassOf(index: number): LabourIntensityClass | null {
  const rows = gbz22PhysicalPack.editions.flatMap((e) => e.rows).filter((r): r is LabourIntensityRow & Provenance => r.kind === 'labour_intensity');
  const row = rows.find((r) => (r.minIndexExclusive === null || index > r.minIndexExclusive) && (r.maxIndex === null || index <= r.maxIndex));
  return row?.labourIntensityClass ?? null;
}

function isLabourClass(v: unknown): v is LabourIntensityClass {
  return typeof v === 'string' && (LABOUR_INTENSITY_CLASSES as readonly string[]).includes(v);
}

/**
 * WBGT limit for a labour-intensity class and exposure-time ratio (GBZ 2.2-2007 表8), + 1 ℃ where
 * the local summer outdoor ventilation design temperature is ≥ 30 ℃ (§10.2.2, `hotRegion`), and
 * whether a measured WBGT exceeds it. A missing table cell → `rule_unavailable`. No other
 * adjustment (e.g. for unacclimatised workers) is in the data, so none is applied.
 */
export function heatStressExposure(input: HeatExposureInput): HeatExposureOutcome {
  const issues = new IssueList();
  const date = issues.date('date', field(input, 'date'));
  const rawClass = field(input, 'labourIntensityClass');
  const rawIndex = field(input, 'labourIntensityIndex');
  let cls: LabourIntensityClass | null = null;
  let fromIndex = false;
  if (rawClass !== undefined) {
    if (isLabourClass(rawClass)) cls = rawClass;
    else issues.add('labourIntensityClass', 'calc.invalid_choice', 'must be I, II, III or IV');
  } else if (rawIndex !== undefined) {
    const n = issues.number('labourIntensityIndex', rawIndex, { min: 0 });
    if (n !== null) {
      cls = labourIntensityClassOf(n);
      fromIndex = true;
    }
  } else {
    issues.add('labourIntensityClass', 'calc.required', 'give labourIntensityClass or labourIntensityIndex');
  }
  const rate = issues.number('exposureTimeRatePercent', field(input, 'exposureTimeRatePercent'), { positive: true, max: 100 });
  const rawWbgt = field(input, 'wbgt');
  const wbgt = rawWbgt === undefined ? null : issues.number('wbgt', rawWbgt, { min: -50, max: 70 });
  const hotRegion = issues.flag('hotRegion', field(input, 'hotRegion'));
  if (!issues.isEmpty || date === null || rate === null || cls === null) return invalidInput(issues.issues);
  const eventDate = date ?? todayCst();
  const rows = editionOn(gbz22PhysicalPack, eventDate)?.rows;
  if (!rows) {
    return ruleUnavailable('no_edition_in_force', `GBZ 2.2-2007 takes effect on ${gbz22Edition2007.effectiveFrom}; nothing is loaded for ${eventDate}`, cite(gbz22Edition2007, '表8'));
  }
  const band = exposureTimeRateBand(rate);
  const cell = rows.find(
    (r: Gbz22PhysicalRow & Provenance): r is WbgtLimitRow & Provenance =>
      r.kind === 'wbgt_limit' && r.exposureTimeRatePercent === band && r.labourIntensityClass === cls,
  );
  if (!cell || cell.limitDegC === null) {
    return ruleUnavailable('limit_not_available', `GBZ 2.2-2007 表8 has no WBGT value for class ${cls} at ${band ?? rate}%`, cite(gbz22Edition2007, '表8'));
  }
  const adjustmentRow = rows.find((r): r is WbgtAdjustmentRow & Provenance => r.kind === 'wbgt_adjustment');
  const adjust = hotRegion && adjustmentRow ? adjustmentRow.addDegC : 0;
  const limit = cell.limitDegC + adjust;
  const used: Provenance[] = [cell];
  const citations = [cite(gbz22Edition2007, cell.clause)];
  if (adjust > 0 && adjustmentRow) {
    used.push(adjustmentRow);
    citations.push(cite(gbz22Edition2007, adjustmentRow.clause));
  }
  if (fromIndex) {
    const classRow = rows.find((r) => r.kind === 'labour_intensity' && r.labourIntensityClass === cls);
    if (classRow) {
      used.push(classRow);
      citations.push(cite(gbz22Edition2007, classRow.clause));
    }
  }
  return {
    status: 'ok',
    ruleAvailable: true,
    labourIntensityClass: cls,
    exposureTimeRateBand: cell.exposureTimeRatePercent,
    exposureTimeRatePercent: rate,
    baseLimit: cell.limitDegC,
    adjustment: adjust,
    limit,
    wbgt,
    exceedsLimit: wbgt === null ? null : isAboveLimit(wbgt, limit),
    date: eventDate,
    ...outcome(citations, used),
  };
}
