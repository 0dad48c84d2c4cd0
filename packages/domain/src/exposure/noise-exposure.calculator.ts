/**
 * Noise exposure: L_EX,8h from segments and L_EX,W over a week (GBZ/T 189.8-2007 formulas),
 * compliance with the 85 dB(A) limit of GBZ 2.2-2007 §11.2.1, the 80 dB(A) action level of
 * GBZ 188 §7.1, and impulse-noise peaks by count (GBZ 2.2-2007 表10).
 */
import { cite, editionOn, outcome, todayCst, type Edition, type Provenance } from '../rules/rule-pack.ts';
import {
  IssueList,
  field,
  invalidInput,
  isAboveLimit,
  roundHalfUp,
  ruleUnavailable,
  type ExposureInvalidInput,
  type ExposureRuleUnavailable,
} from './exposure-results.ts';
import {
  gbz22Edition2007,
  gbz22PhysicalPack,
  noiseActionLevelPack,
  type Gbz22PhysicalRow,
  type ImpulseNoiseLimitRow,
  type NoiseActionLevelRow,
  type NoiseLimitRow,
} from './physical.rule-pack.ts';

/** A period of the working day at a constant A-weighted equivalent level. */
export interface NoiseSegment {
  /** L_Aeq,Ti in dB(A). */
  laeq: number;
  /** T_i in hours. */
  hours: number;
}

export interface NoiseExposureInput {
  /** The day's exposure periods; unlisted time counts as no exposure. Hours sum to at most 24. */
  segments: NoiseSegment[];
  date?: string;
}

export interface NoiseExposureResult {
  status: 'ok';
  ruleAvailable: true;
  /** L_EX,8h rounded to 0.1 dB(A); the comparisons use this reported value. */
  lex8h: number;
  /** L_EX,8h before rounding. */
  lex8hUnrounded: number;
  /** 85 dB(A) (GBZ 2.2-2007 §11.2.1). */
  limit: number;
  /** 80 dB(A) (GBZ 188 §7.1: hearing surveillance from 80 dB(A)). */
  actionLevel: number;
  /** lex8h > limit. */
  exceedsLimit: boolean;
  /** lex8h ≥ actionLevel: GBZ 188 starts surveillance at "≥ 80 dB". */
  exceedsActionLevel: boolean;
  totalHours: number;
  date: string;
  citation: string;
  verified: boolean;
}

export type NoiseExposureOutcome = NoiseExposureResult | ExposureInvalidInput | ExposureRuleUnavailable;

/** A working day's L_EX,8h. */
export interface NoiseWeeklyDay {
  lex8h: number;
}

export interface NoiseWeeklyInput {
  /** The week's working days (1–7). */
  days: NoiseWeeklyDay[];
  date?: string;
}

export interface NoiseWeeklyResult {
  status: 'ok';
  ruleAvailable: true;
  /** L_EX,W rounded to 0.1 dB(A); compared with the limit as reported. */
  lexw: number;
  lexwUnrounded: number;
  /** 85 dB(A) (GBZ 2.2-2007 §11.2.1, 40 h week). */
  limit: number;
  exceedsLimit: boolean;
  workingDays: number;
  date: string;
  citation: string;
  verified: boolean;
}

export type NoiseWeeklyOutcome = NoiseWeeklyResult | ExposureInvalidInput | ExposureRuleUnavailable;

export interface ImpulseNoiseInput {
  /** Peak sound pressure level of the impulses, dB. */
  peakLevel: number;
  /** Impulses per working day (≥ 1). */
  impulsesPerDay: number;
  date?: string;
}

export interface ImpulseNoiseResult {
  status: 'ok';
  ruleAvailable: true;
  peakLevel: number;
  impulsesPerDay: number;
  /** Peak limit for the count band (140 / 130 / 120). */
  limit: number;
  /** e.g. `100<n≤1000`. */
  band: string;
  exceedsLimit: boolean;
  date: string;
  citation: string;
  verified: boolean;
}

export type ImpulseNoiseOutcome = ImpulseNoiseResult | ExposureInvalidInput | ExposureRuleUnavailable;

/** Formula reference for L_EX,8h and L_EX,W (measurement standard; clause number not transcribed). */
const FORMULA_CITATION = 'GBZ/T 189.8-2007';
const REFERENCE_HOURS = 8;
const NOMINAL_WORKING_DAYS = 5;
/** Plausibility bounds for A-weighted levels in dB (input sanity, not a rule of the standard). */
const MAX_LEVEL_DB = 200;

/**
 * L_EX,8h = 10·lg( Σ (T_i / 8 h) · 10^(0.1·L_Aeq,Ti) ) — GBZ/T 189.8-2007 (T_0 = 8 h). Expects
 * validated segments; returns −Infinity for no exposure. Not rounded.
 */
export function computeLex8h(segments: readonly NoiseSegment[]): number {
  const energy = segments.reduce((acc, s) => acc + (s.hours / REFERENCE_HOURS) * 10 ** (0.1 * s.laeq), 0);
  return 10 * Math.log10(energy);
}

/**
 * L_EX,W = 10·lg( (1/5) · Σ 10^(0.1·L_EX,8h,i) ) over the working days of the week — GBZ/T 189.8-2007
 * (the 1/5 is the nominal 5-day, 40 h week, whatever the number of days summed). Not rounded.
 */
export function computeLexw(days: readonly NoiseWeeklyDay[]): number {
  const energy = days.reduce((acc, d) => acc + 10 ** (0.1 * d.lex8h), 0);
  return 10 * Math.log10(energy / NOMINAL_WORKING_DAYS);
}

function physicalRows(date: string): readonly (Gbz22PhysicalRow & Provenance)[] | null {
  return editionOn(gbz22PhysicalPack, date)?.rows ?? null;
}

function noiseLimitRow(date: string, metric: NoiseLimitRow['metric']): (NoiseLimitRow & Provenance) | null {
  const rows = physicalRows(date);
  const row = rows?.find((r): r is NoiseLimitRow & Provenance => r.kind === 'noise_limit' && r.metric === metric);
  return row ?? null;
}

function actionLevelOn(date: string): { row: NoiseActionLevelRow & Provenance; edition: Edition } | null {
  const e = editionOn(noiseActionLevelPack, date);
  const row = e?.rows[0];
  return e && row ? { row, edition: e.edition } : null;
}

function noEdition(date: string, clause: string): ExposureRuleUnavailable {
  return ruleUnavailable('no_edition_in_force', `GBZ 2.2-2007 takes effect on ${gbz22Edition2007.effectiveFrom}; nothing is loaded for ${date}`, cite(gbz22Edition2007, clause));
}

/**
 * Daily noise exposure: L_EX,8h from segments (GBZ/T 189.8-2007), rounded to 0.1 dB(A), against
 * the 85 dB(A) limit (GBZ 2.2-2007 §11.2.1: exceeds when > 85) and the 80 dB(A) action level
 * (GBZ 188 §7.1, edition by date: reached when ≥ 80). Invalid: empty segments, hours ≤ 0,
 * hours summing to more than 24, levels outside 0–200 dB.
 */
export function noiseExposure(input: NoiseExposureInput): NoiseExposureOutcome {
  const issues = new IssueList();
  const date = issues.date('date', field(input, 'date'));
  const list = issues.array('segments', field(input, 'segments'), { required: true, nonEmpty: true, maxLength: 1000 });
  const segments: NoiseSegment[] = [];
  let totalHours = 0;
  (list ?? []).forEach((s, i) => {
    const laeq = issues.number(`segments.${i}.laeq`, field(s, 'laeq'), { min: 0, max: MAX_LEVEL_DB });
    const hours = issues.number(`segments.${i}.hours`, field(s, 'hours'), { positive: true, max: 24 });
    if (hours !== null) totalHours += hours;
    if (laeq !== null && hours !== null) segments.push({ laeq, hours });
  });
  if (totalHours > 24 + 1e-9) issues.add('segments', 'calc.exceeds_day', 'segment hours add up to more than 24');
  if (!issues.isEmpty || date === null) return invalidInput(issues.issues);
  const eventDate = date ?? todayCst();
  const limitRow = noiseLimitRow(eventDate, 'LEX,8h');
  const action = actionLevelOn(eventDate);
  if (!limitRow || !action) return noEdition(eventDate, '§11.2.1');

  const exact = computeLex8h(segments);
  const lex8h = roundHalfUp(exact, 1);
  return {
    status: 'ok',
    ruleAvailable: true,
    lex8h,
    lex8hUnrounded: exact,
    limit: limitRow.limitDbA,
    actionLevel: action.row.actionLevelDbA,
    exceedsLimit: isAboveLimit(lex8h, limitRow.limitDbA),
    exceedsActionLevel: !isAboveLimit(action.row.actionLevelDbA, lex8h),
    totalHours,
    date: eventDate,
    ...outcome([cite(gbz22Edition2007, limitRow.clause), FORMULA_CITATION, cite(action.edition, action.row.clause)], [limitRow, action.row]),
  };
}

/**
 * Weekly noise exposure: L_EX,W = 10·lg((1/5)·Σ 10^(0.1·L_EX,8h,i)) over 1–7 working days
 * (GBZ/T 189.8-2007), rounded to 0.1 dB(A), against 85 dB(A) for weeks that are not 5 days
 * (GBZ 2.2-2007 §11.2.1: exceeds when > 85).
 */
export function noiseWeeklyExposure(input: NoiseWeeklyInput): NoiseWeeklyOutcome {
  const issues = new IssueList();
  const date = issues.date('date', field(input, 'date'));
  const list = issues.array('days', field(input, 'days'), { required: true, nonEmpty: true, maxLength: 7 });
  const days: NoiseWeeklyDay[] = [];
  (list ?? []).forEach((d, i) => {
    const lex8h = issues.number(`days.${i}.lex8h`, field(d, 'lex8h'), { min: 0, max: MAX_LEVEL_DB });
    if (lex8h !== null) days.push({ lex8h });
  });
  if (!issues.isEmpty || date === null) return invalidInput(issues.issues);
  const eventDate = date ?? todayCst();
  const limitRow = noiseLimitRow(eventDate, 'LEX,W');
  if (!limitRow) return noEdition(eventDate, '§11.2.1');

  const exact = computeLexw(days);
  const lexw = roundHalfUp(exact, 1);
  return {
    status: 'ok',
    ruleAvailable: true,
    lexw,
    lexwUnrounded: exact,
    limit: limitRow.limitDbA,
    exceedsLimit: isAboveLimit(lexw, limitRow.limitDbA),
    workingDays: days.length,
    date: eventDate,
    ...outcome([cite(gbz22Edition2007, limitRow.clause), FORMULA_CITATION], [limitRow]),
  };
}

function bandLabel(r: ImpulseNoiseLimitRow): string {
  return r.minImpulsesExclusive === 0 ? `n≤${r.maxImpulsesPerDay}` : `${r.minImpulsesExclusive}<n≤${r.maxImpulsesPerDay}`;
}

/**
 * Impulse noise: the peak sound pressure level against the limit for the number of impulses per
 * working day (GBZ 2.2-2007 表10: n ≤ 100 → 140 dB, ≤ 1 000 → 130 dB, ≤ 10 000 → 120 dB; exceeds
 * when above). More than 10 000 impulses a day is outside the table → `rule_unavailable`.
 */
export function impulseNoiseExposure(input: ImpulseNoiseInput): ImpulseNoiseOutcome {
  const issues = new IssueList();
  const date = issues.date('date', field(input, 'date'));
  const peakLevel = issues.number('peakLevel', field(input, 'peakLevel'), { min: 0, max: MAX_LEVEL_DB });
  const count = issues.number('impulsesPerDay', field(input, 'impulsesPerDay'), { min: 1 });
  if (count !== null && !Number.isInteger(count)) issues.add('impulsesPerDay', 'calc.not_an_integer', 'must be a whole number');
  if (!issues.isEmpty || date === null || peakLevel === null || count === null) return invalidInput(issues.issues);
  const eventDate = date ?? todayCst();
  const rows = physicalRows(eventDate);
  if (!rows) return noEdition(eventDate, '表10');
  const bands = rows.filter((r): r is ImpulseNoiseLimitRow & Provenance => r.kind === 'impulse_noise_limit');
  const row = bands.find((r) => count > r.minImpulsesExclusive && count <= r.maxImpulsesPerDay);
  if (!row) {
    const max = Math.max(...bands.map((r) => r.maxImpulsesPerDay));
    return ruleUnavailable('outside_table', `GBZ 2.2-2007 表10 covers up to ${max} impulses per day; ${count} is outside the table`, cite(gbz22Edition2007, '表10'));
  }
  return {
    status: 'ok',
    ruleAvailable: true,
    peakLevel,
    impulsesPerDay: count,
    limit: row.peakLimitDbA,
    band: bandLabel(row),
    exceedsLimit: isAboveLimit(peakLevel, row.peakLimitDbA),
    date: eventDate,
    ...outcome([cite(gbz22Edition2007, row.clause)], [row]),
  };
}
