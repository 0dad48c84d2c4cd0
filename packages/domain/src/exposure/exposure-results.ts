/**
 * Shared result shapes and input checks of the exposure calculators (GBZ 2.1-2019, GBZ 2.2-2007).
 *
 * Every calculator returns a discriminated union on `status` instead of throwing:
 * - `ok` — evaluated; carries `ruleAvailable: true`, `citation` and `verified`;
 * - `rule_unavailable` — the rule the input asks for has no value in the rule pack (null stays
 *   null), no edition is in force on the event date, or the rule only exists in an amendment the
 *   caller did not apply; carries `ruleAvailable: false` and a `reason`, never a number;
 * - `invalid` / `unknown_factor` / `ambiguous_factor` — bad input; `exposureFailureToError` turns
 *   these into the 422 `OhnetError` the HTTP layer answers with.
 */
import { OhnetError, errors, type FieldIssue } from '../errors/errors.ts';

/** Outcome of one limit check (GLOSSARY: `compliant` / `exceeds`). */
export type ExposureCheckStatus = 'compliant' | 'exceeds' | 'not_applicable';

/** Bad input: one issue per offending field (`path` is dotted, e.g. `samples.0.minutes`). */
export interface ExposureInvalidInput {
  status: 'invalid';
  code: 'validation.failed';
  issues: FieldIssue[];
}

/** The factor is neither a name nor a CAS number of a row in the rule pack. */
export interface ExposureUnknownFactor {
  status: 'unknown_factor';
  code: 'calc.unknown_factor';
  /** The text the caller sent. */
  factor: string;
  /** Dotted path of the field that held it, e.g. `factor` or `components.1.factor`. */
  path: string;
  message: string;
}

/** The factor matches several rows (e.g. `一氧化碳` has three altitude rows); the caller must pick one. */
export interface ExposureAmbiguousFactor {
  status: 'ambiguous_factor';
  code: 'calc.ambiguous_factor';
  factor: string;
  path: string;
  /** Full names of the matching rows. */
  candidates: string[];
  message: string;
}

export type ExposureRuleUnavailableReason =
  /** No edition of the standard is loaded for the event date (e.g. GBZ 2.1-2007 before 2020-04-01). */
  | 'no_edition_in_force'
  /** The standard sets this limit but the rule pack holds null for it (value not transcribed). */
  | 'limit_not_available'
  /** The row exists only in a reported amendment that is not applied (unconfirmed, not opted in). */
  | 'amendment_not_applied'
  /** The input falls outside every band of the table (e.g. more than 10 000 impulses a day). */
  | 'outside_table'
  /** Free SiO₂ below 10 %: the dust is not 矽尘; evaluate it as the specific dust instead. */
  | 'not_silica_dust';

/** The rule asked for cannot be evaluated; never carries a made-up number. */
export interface ExposureRuleUnavailable {
  status: 'rule_unavailable';
  ruleAvailable: false;
  reason: ExposureRuleUnavailableReason;
  message: string;
  /** The clause that would have applied. */
  citation: string;
  verified: false;
}

export type ExposureInputFailure = ExposureInvalidInput | ExposureUnknownFactor | ExposureAmbiguousFactor;

/**
 * Turns an input failure into the typed 422 error: `validation.failed` with its issues, or
 * `calc.unknown_factor` / `calc.ambiguous_factor` naming the field in `details.issues`.
 */
export function exposureFailureToError(failure: ExposureInputFailure): OhnetError {
  switch (failure.status) {
    case 'invalid':
      return errors.invalid(failure.issues);
    case 'unknown_factor':
      return new OhnetError('invalid', failure.code, failure.message, {
        issues: [{ path: failure.path, code: failure.code, message: failure.message }],
      });
    case 'ambiguous_factor':
      return new OhnetError('invalid', failure.code, failure.message, {
        issues: [{ path: failure.path, code: failure.code, message: failure.message }],
        candidates: failure.candidates,
      });
  }
}

/** Builds a `rule_unavailable` outcome (always `verified: false`, no number). */
export function ruleUnavailable(reason: ExposureRuleUnavailableReason, message: string, citation: string): ExposureRuleUnavailable {
  return { status: 'rule_unavailable', ruleAvailable: false, reason, message, citation, verified: false };
}

/** Builds an `invalid` outcome from the collected field issues. */
export function invalidInput(issues: FieldIssue[]): ExposureInvalidInput {
  return { status: 'invalid', code: 'validation.failed', issues };
}

/**
 * Rounds half away from zero to `decimals` places on the decimal value the user sees, so
 * 85.05 → 85.1 even though 85.05 × 10 is 850.4999… in binary.
 */
export function roundHalfUp(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const scaled = Number((value * factor).toPrecision(12));
  return (Math.sign(scaled) * Math.round(Math.abs(scaled))) / factor;
}

/** `value > limit`, tolerant of binary noise in sums such as 0.1 + 0.2 (relative 1e-9). */
export function isAboveLimit(value: number, limit: number): boolean {
  return value > limit + Math.abs(limit) * 1e-9;
}

/** Collects field issues while an input is checked. */
export class IssueList {
  readonly issues: FieldIssue[] = [];

  add(path: string, code: string, message: string): void {
    this.issues.push({ path, code, message });
  }

  get isEmpty(): boolean {
    return this.issues.length === 0;
  }

  /** A finite number; returns it or null after recording an issue. */
  number(path: string, value: unknown, opts: { min?: number; max?: number; positive?: boolean } = {}): number | null {
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      this.add(path, 'calc.not_a_number', 'must be a finite number');
      return null;
    }
    if (opts.positive && value <= 0) {
      this.add(path, 'calc.not_positive', 'must be greater than 0');
      return null;
    }
    if (opts.min !== undefined && value < opts.min) {
      this.add(path, opts.min === 0 ? 'calc.negative' : 'calc.out_of_range', `must be at least ${opts.min}`);
      return null;
    }
    if (opts.max !== undefined && value > opts.max) {
      this.add(path, 'calc.out_of_range', `must be at most ${opts.max}`);
      return null;
    }
    return value;
  }

  /** An array (optionally non-empty); returns it or null after recording an issue. */
  array(path: string, value: unknown, opts: { required: boolean; nonEmpty: boolean; maxLength?: number }): readonly unknown[] | null {
    if (value === undefined || value === null) {
      if (opts.required) this.add(path, 'calc.required', 'is required');
      return null;
    }
    if (!Array.isArray(value)) {
      this.add(path, 'calc.not_an_array', 'must be an array');
      return null;
    }
    if (opts.nonEmpty && value.length === 0) {
      this.add(path, 'calc.empty', 'must contain at least one entry');
      return null;
    }
    if (opts.maxLength !== undefined && value.length > opts.maxLength) {
      this.add(path, 'calc.too_many', `must contain at most ${opts.maxLength} entries`);
      return null;
    }
    return value as readonly unknown[];
  }

  /** A non-blank string; returns it trimmed or null after recording an issue. */
  text(path: string, value: unknown): string | null {
    if (typeof value !== 'string' || value.trim() === '') {
      this.add(path, 'calc.required', 'must be a non-empty string');
      return null;
    }
    return value.trim();
  }

  /** An optional YYYY-MM-DD calendar date; returns it, undefined when absent, or null when bad. */
  date(path: string, value: unknown): string | undefined | null {
    if (value === undefined) return undefined;
    if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) {
      this.add(path, 'calc.invalid_date', 'must be a date YYYY-MM-DD');
      return null;
    }
    const d = new Date(`${value}T00:00:00Z`);
    if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value) {
      this.add(path, 'calc.invalid_date', 'must be a real calendar date');
      return null;
    }
    return value;
  }

  /** An optional boolean; returns it, or false when absent or bad (recording an issue when bad). */
  flag(path: string, value: unknown): boolean {
    if (value === undefined) return false;
    if (typeof value !== 'boolean') {
      this.add(path, 'calc.not_a_boolean', 'must be true or false');
      return false;
    }
    return value;
  }
}

/** Reads a property of an unknown object without `any`. */
export function field(obj: unknown, key: string): unknown {
  return typeof obj === 'object' && obj !== null ? (obj as Record<string, unknown>)[key] : undefined;
}
