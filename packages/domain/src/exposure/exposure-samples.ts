/**
 * Air-sampling arithmetic shared by the chemical and dust calculators: C_TWA, C_STE, C_M and the
 * GBZ 2.1-2019 §6.3.3 peak-exposure check, with input validation.
 *
 * Conventions (GBZ 159-2004 formulas, applied to the limits of GBZ 2.1-2019):
 * - C_TWA = Σ(C_i·T_i) / 480 min. The 8-hour reference is fixed: when the samples cover less
 *   than 480 min the unsampled time counts as zero exposure (the caller asserts the worker was not
 *   exposed then; the result reports `unsampledMinutes`); when they cover more (long shift), the
 *   whole shift's exposure is still divided by 480 min, which is what the formula gives — the
 *   reference data hold no long-shift limit adjustment, so none is applied (`extendedShift: true`).
 * - C_STE of a short-term sample = C·T / 15 min (T ≤ 15 min; a shorter sample counts the rest of
 *   the 15 min as zero); C_STE reported = the highest.
 * - C_M = the highest concentration of any peak or short-term sample (MAC samples are taken over
 *   the actual, ≤ 15 min, sampling time).
 */
import type { OelPeakExposureRule } from './oel.rule-pack.ts';
import { field, isAboveLimit, type ExposureCheckStatus, type IssueList } from './exposure-results.ts';

/** A full-shift (or part-shift) sample: concentration in the limit's unit, duration in minutes. */
export interface OelTimedSample {
  concentration: number;
  minutes: number;
}

/** A short-term sample (≤ 15 min); `startMinute` (minutes after shift start) enables the spacing checks of §6.3.3. */
export interface OelShortTermSample {
  concentration: number;
  minutes: number;
  startMinute?: number;
}

/** A peak (instantaneous / MAC) sample. */
export interface OelPeakSample {
  concentration: number;
}

/** How the full-shift samples relate to the 8-hour reference. */
export interface OelShiftSampling {
  sampledMinutes: number;
  /** 480 − sampled minutes when positive: counted as zero exposure. */
  unsampledMinutes: number;
  /** True when the samples cover more than 480 min. */
  extendedShift: boolean;
}

export const MINUTES_PER_REFERENCE_SHIFT = 480;
export const MINUTES_PER_SHORT_TERM_PERIOD = 15;
const MINUTES_PER_DAY = 1440;

/**
 * C_TWA over the 8-hour reference: Σ(C_i·T_i)/480 (GBZ 159-2004; GBZ 2.1-2019 PC-TWA is an
 * 8-hour TWA). Expects validated samples (non-negative concentrations, positive minutes).
 */
export function computeCtwa8h(samples: readonly OelTimedSample[]): { ctwa: number; sampling: OelShiftSampling } {
  let dose = 0;
  let minutes = 0;
  for (const s of samples) {
    dose += s.concentration * s.minutes;
    minutes += s.minutes;
  }
  return {
    ctwa: dose / MINUTES_PER_REFERENCE_SHIFT,
    sampling: {
      sampledMinutes: minutes,
      unsampledMinutes: Math.max(0, MINUTES_PER_REFERENCE_SHIFT - minutes),
      extendedShift: minutes > MINUTES_PER_REFERENCE_SHIFT,
    },
  };
}

/** C_STE: the highest 15-minute TWA, each sample counted as C·T/15 (GBZ 159-2004). Null for no samples. */
export function computeCste(samples: readonly OelShortTermSample[]): number | null {
  if (samples.length === 0) return null;
  return Math.max(...samples.map((s) => (s.concentration * s.minutes) / MINUTES_PER_SHORT_TERM_PERIOD));
}

/** C_M: the highest concentration of the peak and short-term samples. Null for no samples. */
export function computeCm(peakSamples: readonly OelPeakSample[], shortTermSamples: readonly OelShortTermSample[] = []): number | null {
  const all = [...peakSamples, ...shortTermSamples].map((s) => s.concentration);
  return all.length === 0 ? null : Math.max(...all);
}

export type OelPeakViolation =
  /** Some sample exceeded 5 × PC-TWA. */
  | 'above_peak_limit'
  /** More than 4 excursions above 3 × PC-TWA in the shift. */
  | 'too_many_excursions'
  /** An excursion above 3 × PC-TWA lasted more than 15 min (adjacent short-term samples). */
  | 'excursion_too_long'
  /** Two excursions less than 60 min apart. */
  | 'excursions_too_close';

/** Detail of the §6.3.3 peak-exposure check. */
export interface OelPeakExposureDetail {
  /** C_PE: highest concentration of the peak and short-term samples. */
  cpe: number | null;
  /** 5 × PC-TWA: never to be exceeded. */
  peakLimit: number;
  /** 3 × PC-TWA: excursions above it are limited. */
  excursionThreshold: number;
  /** Short-term samples above the threshold, merged when back-to-back. */
  excursionCount: number;
  /** True when every excursion sample had `startMinute`, so duration and spacing were checked. */
  excursionTimingChecked: boolean;
  violations: OelPeakViolation[];
}

/**
 * GBZ 2.1-2019 §6.3.3 for a factor with only a PC-TWA: no sample above 5 × PC-TWA; short-term
 * samples above 3 × PC-TWA are excursions, at most 4 a shift, each ≤ 15 min and ≥ 60 min apart
 * (duration and spacing only when `startMinute` is given). Peak samples have no duration, so they
 * count only against the 5 × ceiling.
 */
export function evaluatePeakExposure(
  pcTwa: number,
  rule: OelPeakExposureRule,
  peakSamples: readonly OelPeakSample[],
  shortTermSamples: readonly OelShortTermSample[],
): { status: ExposureCheckStatus; detail: OelPeakExposureDetail } {
  const peakLimit = rule.peakMultiple * pcTwa;
  const excursionThreshold = rule.excursionMultiple * pcTwa;
  const cpe = computeCm(peakSamples, shortTermSamples);
  const violations: OelPeakViolation[] = [];
  if (cpe !== null && isAboveLimit(cpe, peakLimit)) violations.push('above_peak_limit');

  const excursions = shortTermSamples.filter((s) => isAboveLimit(s.concentration, excursionThreshold));
  const timed = excursions.every((s) => s.startMinute !== undefined);
  let count = excursions.length;
  if (timed && excursions.length > 0) {
    const sorted = [...excursions].sort((a, b) => (a.startMinute ?? 0) - (b.startMinute ?? 0));
    const episodes: { start: number; end: number }[] = [];
    for (const s of sorted) {
      const start = s.startMinute ?? 0;
      const end = start + s.minutes;
      const last = episodes[episodes.length - 1];
      if (last && start <= last.end) last.end = Math.max(last.end, end);
      else episodes.push({ start, end });
    }
    count = episodes.length;
    if (episodes.some((e) => e.end - e.start > rule.maxExcursionMinutes)) violations.push('excursion_too_long');
    for (let i = 1; i < episodes.length; i++) {
      const prev = episodes[i - 1];
      const cur = episodes[i];
      if (prev && cur && cur.start - prev.end < rule.minMinutesBetweenExcursions) {
        violations.push('excursions_too_close');
        break;
      }
    }
  }
  if (count > rule.maxExcursionsPerShift) violations.push('too_many_excursions');
  return {
    status: violations.length > 0 ? 'exceeds' : 'compliant',
    detail: { cpe, peakLimit, excursionThreshold, excursionCount: count, excursionTimingChecked: timed, violations },
  };
}

/** Validates full-shift samples: concentration ≥ 0, minutes > 0, total ≤ 1440 min. */
export function readTimedSamples(issues: IssueList, path: string, value: unknown, required: boolean): OelTimedSample[] | null {
  const list = issues.array(path, value, { required, nonEmpty: true, maxLength: 1000 });
  if (!list) return null;
  const out: OelTimedSample[] = [];
  let total = 0;
  list.forEach((s, i) => {
    const concentration = issues.number(`${path}.${i}.concentration`, field(s, 'concentration'), { min: 0 });
    const minutes = issues.number(`${path}.${i}.minutes`, field(s, 'minutes'), { positive: true, max: MINUTES_PER_DAY });
    if (concentration !== null && minutes !== null) out.push({ concentration, minutes });
    if (minutes !== null) total += minutes;
  });
  if (total > MINUTES_PER_DAY) issues.add(path, 'calc.exceeds_day', 'sample minutes add up to more than 24 h (1440 min)');
  return out.length === list.length ? out : null;
}

/** Validates short-term samples: concentration ≥ 0, 0 < minutes ≤ 15, optional startMinute within the day. */
export function readShortTermSamples(issues: IssueList, path: string, value: unknown): OelShortTermSample[] | null {
  const list = issues.array(path, value, { required: false, nonEmpty: true, maxLength: 1000 });
  if (!list) return null;
  const out: OelShortTermSample[] = [];
  list.forEach((s, i) => {
    const concentration = issues.number(`${path}.${i}.concentration`, field(s, 'concentration'), { min: 0 });
    const minutes = issues.number(`${path}.${i}.minutes`, field(s, 'minutes'), { positive: true, max: MINUTES_PER_SHORT_TERM_PERIOD });
    const rawStart = field(s, 'startMinute');
    const startMinute = rawStart === undefined ? undefined : issues.number(`${path}.${i}.startMinute`, rawStart, { min: 0, max: MINUTES_PER_DAY });
    if (startMinute !== undefined && startMinute !== null && minutes !== null && startMinute + minutes > MINUTES_PER_DAY) {
      issues.add(`${path}.${i}.startMinute`, 'calc.exceeds_day', 'sample ends after 24 h');
      return;
    }
    if (concentration === null || minutes === null || startMinute === null) return;
    out.push(startMinute === undefined ? { concentration, minutes } : { concentration, minutes, startMinute });
  });
  return out.length === list.length ? out : null;
}

/** Validates peak samples: concentration ≥ 0. */
export function readPeakSamples(issues: IssueList, path: string, value: unknown): OelPeakSample[] | null {
  const list = issues.array(path, value, { required: false, nonEmpty: true, maxLength: 1000 });
  if (!list) return null;
  const out: OelPeakSample[] = [];
  list.forEach((s, i) => {
    const concentration = issues.number(`${path}.${i}.concentration`, field(s, 'concentration'), { min: 0 });
    if (concentration !== null) out.push({ concentration });
  });
  return out.length === list.length ? out : null;
}

/** `compliant` / `exceeds` for a measured value against a limit (GBZ 2.1-2019 §6.3.1–6.3.2: C ≤ limit). */
export function compareWithLimit(value: number, limit: number): ExposureCheckStatus {
  return isAboveLimit(value, limit) ? 'exceeds' : 'compliant';
}
