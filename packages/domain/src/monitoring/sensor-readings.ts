/**
 * Sensor readings (在线监测): per-reading validation, 15-minute aggregates and the rolling 8-hour
 * estimate (C_TWA for dust and chemicals, L_EX,8h for noise).
 *
 * Decisions (see README.md):
 * - A 15-minute average is the plain mean of the readings in the quarter-hour (the devices sample
 *   at a regular interval); for noise it is the energy mean 10·lg(mean 10^(0.1·L)).
 * - The rolling 8-hour value at time t uses the complete quarter-hours in [t − 8 h, t), each as a
 *   15-minute sample: C_TWA = Σ C_i·15 / 480 (GBZ 159-2004, `computeCtwa8h`) and
 *   L_EX,8h = 10·lg Σ (0.25 h / 8 h)·10^(0.1·L_i) (GBZ/T 189.8-2007, `computeLex8h`). Quarter-hours
 *   without data count as no exposure, as the exposure calculators do; `coveredMinutes` says how
 *   much of the window had data. It estimates the exposure of someone at the post for the last
 *   8 hours, not a shift measurement under GBZ 159.
 */
import type { FieldIssue } from '../errors/errors.ts';
import { computeCtwa8h } from '../exposure/exposure-samples.ts';
import { roundHalfUp } from '../exposure/exposure-results.ts';
import { computeLex8h } from '../exposure/noise-exposure.calculator.ts';
import type { MonitoringFactorKind } from './monitoring-limits.ts';
import { MONITORING_UNITS } from './monitoring-limits.ts';

export const BUCKET_MINUTES = 15;
export const BUCKET_MS = BUCKET_MINUTES * 60_000;
export const ROLLING_WINDOW_MS = 8 * 3_600_000;
/** How far ahead of the server clock a reading may be stamped (device clock skew). */
export const DEFAULT_MAX_CLOCK_SKEW_MS = 5 * 60_000;
/** Plausibility bounds (input sanity, not rules of a standard). */
const MAX_NOISE_DB = 200;
const MAX_CONCENTRATION = 1_000_000;

/** A reading as sent by a device; every field is checked. */
export interface RawSensorReading {
  timestamp?: unknown;
  value?: unknown;
  unit?: unknown;
}

export interface ValidSensorReading {
  /** Index in the batch. */
  index: number;
  at: Date;
  value: number;
}

/** A rejected reading: its index, the dotted field path and a stable code. */
export interface SensorReadingIssue extends FieldIssue {
  index: number;
}

export interface SensorReadingCheck {
  valid: ValidSensorReading[];
  /** Readings repeating a timestamp already earlier in the same batch (the first one wins). */
  duplicatesInBatch: { index: number; at: Date }[];
  rejected: SensorReadingIssue[];
}

export interface SensorReadingOptions {
  factorKind: MonitoringFactorKind;
  now: Date;
  /** Default 5 minutes. */
  maxClockSkewMs?: number;
  /** Readings stamped before this are refused (the raw data for that period was already reduced). */
  notBefore?: Date | null;
}

/** ISO 8601 date-time with an explicit offset (`Z` or ±hh:mm); a reading without one is ambiguous. */
const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * Checks a batch reading by reading: the timestamp (ISO 8601 with an offset, not more than the
 * clock skew in the future, not before `notBefore`), the value (a finite number in range: 0–200
 * dB(A) for noise, ≥ 0 mg/m³ otherwise) and, when given, the unit (must be the device's unit).
 * Every problem of a reading is reported with its index; valid readings are returned sorted by time.
 */
export function validateSensorReadings(readings: readonly RawSensorReading[], opts: SensorReadingOptions): SensorReadingCheck {
  const unit = MONITORING_UNITS[opts.factorKind];
  const skew = opts.maxClockSkewMs ?? DEFAULT_MAX_CLOCK_SKEW_MS;
  const latest = opts.now.getTime() + skew;
  const rejected: SensorReadingIssue[] = [];
  const valid: ValidSensorReading[] = [];
  const duplicatesInBatch: { index: number; at: Date }[] = [];
  const seen = new Set<number>();
  readings.forEach((r, index) => {
    const issues: SensorReadingIssue[] = [];
    const add = (field: string, code: string, message: string) => issues.push({ index, path: `readings.${index}.${field}`, code, message });
    let at: Date | null = null;
    if (typeof r.timestamp !== 'string' || !ISO_WITH_OFFSET.test(r.timestamp) || Number.isNaN(Date.parse(r.timestamp))) {
      add('timestamp', 'monitoring.timestamp_invalid', 'timestamp must be ISO 8601 with a time zone, e.g. 2026-03-02T08:00:00+08:00');
    } else {
      at = new Date(r.timestamp);
      if (at.getTime() > latest) add('timestamp', 'monitoring.timestamp_in_future', `timestamp is more than ${Math.round(skew / 60_000)} min ahead of the server clock`);
      else if (opts.notBefore && at.getTime() < opts.notBefore.getTime()) add('timestamp', 'monitoring.timestamp_too_old', `readings before ${opts.notBefore.toISOString()} are past the retention period`);
    }
    const value = r.value;
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      add('value', 'monitoring.value_not_finite', 'value must be a finite number');
    } else if (value < 0 || value > (opts.factorKind === 'noise' ? MAX_NOISE_DB : MAX_CONCENTRATION)) {
      add('value', 'monitoring.value_out_of_range', opts.factorKind === 'noise' ? `a sound level must lie in 0–${MAX_NOISE_DB} dB(A)` : 'a concentration cannot be negative');
    }
    if (r.unit !== undefined && r.unit !== unit) add('unit', 'monitoring.unit_mismatch', `this device reports in ${unit}, not ${String(r.unit)}`);
    if (issues.length > 0 || at === null || typeof value !== 'number') {
      rejected.push(...issues);
      return;
    }
    if (seen.has(at.getTime())) {
      duplicatesInBatch.push({ index, at });
      return;
    }
    seen.add(at.getTime());
    valid.push({ index, at, value });
  });
  valid.sort((a, b) => a.at.getTime() - b.at.getTime());
  return { valid, duplicatesInBatch, rejected };
}

/** Start of the quarter-hour containing `at` (UTC; China's +8 h offset keeps quarter-hours aligned). */
export function bucketStartOf(at: Date): Date {
  return new Date(Math.floor(at.getTime() / BUCKET_MS) * BUCKET_MS);
}

export interface BucketAggregate {
  count: number;
  /** Arithmetic mean (mg/m³) or energy mean (dB(A)). */
  mean: number;
  min: number;
  max: number;
}

/** The 15-minute aggregate of a quarter-hour's readings (energy mean for noise). Null for none. */
export function aggregateBucket(factorKind: MonitoringFactorKind, values: readonly number[]): BucketAggregate | null {
  if (values.length === 0) return null;
  const n = values.length;
  const mean = factorKind === 'noise' ? 10 * Math.log10(values.reduce((s, l) => s + 10 ** (0.1 * l), 0) / n) : values.reduce((s, v) => s + v, 0) / n;
  return { count: n, mean, min: Math.min(...values), max: Math.max(...values) };
}

export interface BucketMean {
  start: Date;
  mean: number;
}

export interface RollingExposure {
  /** C_TWA (mg/m³, unrounded) or L_EX,8h (dB(A), rounded to 0.1 as GBZ 2.2 compares); null when the window is empty. */
  value: number | null;
  /** Minutes of the 8-hour window with data. */
  coveredMinutes: number;
}

/**
 * The rolling 8-hour value at `at` from the quarter-hours starting in [at − 8 h, at) and ending by
 * `at`. Buckets may be given in any order and may include ones outside the window.
 */
export function rollingExposure(factorKind: MonitoringFactorKind, buckets: readonly BucketMean[], at: Date): RollingExposure {
  const end = at.getTime();
  const from = end - ROLLING_WINDOW_MS;
  const inWindow = buckets.filter((b) => b.start.getTime() >= from && b.start.getTime() + BUCKET_MS <= end);
  const coveredMinutes = inWindow.length * BUCKET_MINUTES;
  if (inWindow.length === 0) return { value: null, coveredMinutes: 0 };
  if (factorKind === 'noise') {
    const lex = computeLex8h(inWindow.map((b) => ({ laeq: b.mean, hours: BUCKET_MINUTES / 60 })));
    return { value: roundHalfUp(lex, 1), coveredMinutes };
  }
  return { value: computeCtwa8h(inWindow.map((b) => ({ concentration: b.mean, minutes: BUCKET_MINUTES }))).ctwa, coveredMinutes };
}

/** Quarter-hour boundaries from `from` (rounded up to a boundary) to `to` inclusive. */
export function evaluationTimes(from: Date, to: Date): Date[] {
  const out: Date[] = [];
  for (let t = Math.ceil(from.getTime() / BUCKET_MS) * BUCKET_MS; t <= to.getTime(); t += BUCKET_MS) out.push(new Date(t));
  return out;
}
