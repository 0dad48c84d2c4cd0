import { type FieldIssue, errors } from '../errors/errors.ts';
import { type Provenance, type RuleOutcome, type RulePack, cite, outcome } from '../rules/rule-pack.ts';
import gbz49Json from './data/gbz49-noise-deafness.json' with { type: 'json' };
import { GBZ188_2025, GBZ49_2014 } from './editions.ts';
import { mean, roundHalfUp } from './numbers.ts';

/**
 * Pure-tone audiogram assessment for occupational noise deafness (GBZ 49-2014 职业性噪声聋的诊断)
 * and the GBZ 188-2025 §7.1 screening rule.
 *
 * Steps: age/sex correction (GBZ 49-2014 附录A, values of GB/T 7582) → binaural high-frequency
 * average (3000/4000/6000 Hz, both ears) → per-ear weighted value
 * 0.9 × mean(500, 1000, 2000 Hz) + 0.1 × 4000 Hz → better ear (lower weighted value) → grade
 * 26–40 mild, 41–55 moderate, ≥ 56 severe, graded only when the binaural high-frequency average is
 * ≥ 40 dB (the diagnostic precondition, which is also the screening flag).
 */

export const AUDIOMETRIC_FREQUENCIES = ['500', '1000', '2000', '3000', '4000', '6000'] as const;
export type AudiometricFrequency = (typeof AUDIOMETRIC_FREQUENCIES)[number];
/** Air-conduction thresholds of one ear in dB HL, keyed by frequency in Hz. */
export type EarThresholds = Record<AudiometricFrequency, number>;
export type HearingSex = 'male' | 'female';

export interface HearingInput {
  /** Age in completed years (16 or over: the minimum working age). */
  age: number;
  sex: HearingSex;
  left: EarThresholds;
  right: EarThresholds;
}

export type HearingGrade = 'none' | 'mild' | 'moderate' | 'severe';

/** One part of the assessment with its own citation and provenance. */
export interface HearingRulePart extends RuleOutcome {
  part: 'age_correction' | 'high_frequency_average' | 'weighted_value' | 'grade' | 'screening';
  source: string;
}

export interface HearingResult extends RuleOutcome {
  /** Thresholds after the age/sex correction (measured − correction); equal to the input when no correction applied. */
  corrected: { left: EarThresholds; right: EarThresholds };
  ageCorrectionApplied: boolean;
  /** Why no correction was applied (age outside the table). */
  ageCorrectionNote: string | null;
  /** The table row used, e.g. `40-49 男`. */
  ageBand: string | null;
  /** Values subtracted per frequency (all 0 when no correction applied). */
  corrections: EarThresholds;
  /** Mean of 3000/4000/6000 Hz over both ears, corrected, dB (one decimal). */
  binauralHighFrequencyAverage: number;
  /** Mean of 500/1000/2000 Hz per ear, corrected, dB (one decimal). */
  speechFrequencyAverage: { left: number; right: number };
  /** 0.9 × speech-frequency mean + 0.1 × 4000 Hz per ear, corrected, dB (one decimal). */
  weightedValues: { left: number; right: number };
  /** The ear with the lower weighted value; `equal` when both are the same. */
  betterEar: 'left' | 'right' | 'equal';
  /** The better ear's weighted value, dB (one decimal). */
  weightedSpeechFrequency: number;
  /** The band of the weighted value whether or not the high-frequency precondition is met. */
  weightedBand: HearingGrade;
  /** Noise-deafness grade: the weighted band when screeningPositive, else `none`. */
  grade: HearingGrade;
  /** Binaural high-frequency average ≥ 40 dB: refer for the GBZ 49 work-up (GBZ 188-2025 §7.1.1.1 b). */
  screeningPositive: boolean;
  parts: HearingRulePart[];
}

// ---------------------------------------------------------------------------------------------
// Rule data (data/gbz49-noise-deafness.json)

interface CorrectionRowJson {
  ageBand: string;
  sex: string;
  '500': number;
  '1000': number;
  '2000': number;
  '3000': number;
  '4000': number;
  '6000': number;
}
interface Gbz49Json {
  ageSexCorrection: { rows: CorrectionRowJson[]; source: string; confidence: string; verified: boolean };
  screening: { rule: string; source: string; confidence: string };
  grading: { formula: string; formulaConfidence: string; bands: { grade: string; min: number; max: number | null }[]; bandsSource: string; confidence: string };
}
const DATA: Gbz49Json = gbz49Json;

export interface Gbz49AgeCorrectionRow extends Provenance {
  /** Inclusive age bounds; `maxAge` null for the open last band (70-). */
  minAge: number;
  maxAge: number | null;
  ageBand: string;
  sex: HearingSex;
  corrections: EarThresholds;
}

function parseBand(band: string): { min: number; max: number | null } {
  const m = /^(\d+)-(\d+)?$/.exec(band);
  if (!m) throw new Error(`Unreadable age band ${band}`);
  return { min: Number(m[1]), max: m[2] === undefined ? null : Number(m[2]) };
}

const CORRECTION_ROWS: Gbz49AgeCorrectionRow[] = DATA.ageSexCorrection.rows.map((r) => {
  const { min, max } = parseBand(r.ageBand);
  return {
    minAge: min,
    maxAge: max,
    ageBand: r.ageBand,
    sex: r.sex === '男' ? 'male' : 'female',
    corrections: { '500': r['500'], '1000': r['1000'], '2000': r['2000'], '3000': r['3000'], '4000': r['4000'], '6000': r['6000'] },
    verified: DATA.ageSexCorrection.verified,
    source: DATA.ageSexCorrection.source,
    confidence: DATA.ageSexCorrection.confidence,
  };
});

/** GBZ 49-2014 age/sex correction table (6 age bands × 2 sexes) as a rule pack. */
export const gbz49AgeCorrectionRulePack: RulePack<Gbz49AgeCorrectionRow> = {
  id: 'gbz49-age-sex-correction',
  name: 'GBZ 49-2014 纯音气导听阈的年龄性别修正值 (after GB/T 7582)',
  editions: [{ edition: GBZ49_2014, rows: CORRECTION_ROWS, officialRowCount: 12 }],
};

const SCREENING_THRESHOLD_DB = 40;
/** Band lower bounds from the data (`grading.bands`): 轻度 26, 中度 41, 重度 56. */
const BAND_MIN: Record<Exclude<HearingGrade, 'none'>, number> = {
  mild: bandMin('轻度'),
  moderate: bandMin('中度'),
  severe: bandMin('重度'),
};
function bandMin(grade: string): number {
  const b = DATA.grading.bands.find((x) => x.grade === grade);
  if (!b) throw new Error(`Grade ${grade} missing from gbz49 data`);
  return b.min;
}
const SPEECH_WEIGHT = 0.9;
const HIGH_WEIGHT = 0.1;

// ---------------------------------------------------------------------------------------------

const MIN_THRESHOLD = -10;
const MAX_THRESHOLD = 120;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Field-level problems with a hearing request (empty when valid). Thresholds must lie within the
 * audiometer range −10…120 dB HL (values of −5 and −10 dB HL are real measurements); age must be a
 * whole number of years from 16 (minimum working age) to 120.
 */
export function hearingInputIssues(input: unknown): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const add = (path: string, code: string, message: string) => issues.push({ path, code, message });
  if (!isRecord(input)) {
    add('', 'hearing.body_invalid', 'The request must be an object');
    return issues;
  }
  const { age, sex } = input;
  if (typeof age !== 'number' || !Number.isInteger(age)) add('age', 'hearing.age_invalid', 'age must be a whole number of years');
  else if (age < 16 || age > 120) add('age', 'hearing.age_out_of_range', 'age must be between 16 and 120');
  if (sex !== 'male' && sex !== 'female') add('sex', 'hearing.sex_invalid', 'sex must be "male" or "female"');
  for (const ear of ['left', 'right'] as const) {
    const t = input[ear];
    if (!isRecord(t)) {
      add(ear, 'hearing.ear_required', `${ear} must give thresholds at ${AUDIOMETRIC_FREQUENCIES.join('/')} Hz`);
      continue;
    }
    for (const f of AUDIOMETRIC_FREQUENCIES) {
      const v = t[f];
      if (v === undefined || v === null) add(`${ear}.${f}`, 'hearing.threshold_required', `${ear} ear threshold at ${f} Hz is required`);
      else if (typeof v !== 'number' || !Number.isFinite(v)) add(`${ear}.${f}`, 'hearing.threshold_invalid', `${ear} ear threshold at ${f} Hz must be a number (dB HL)`);
      else if (v < MIN_THRESHOLD || v > MAX_THRESHOLD) add(`${ear}.${f}`, 'hearing.threshold_out_of_range', `${ear} ear threshold at ${f} Hz must be between ${MIN_THRESHOLD} and ${MAX_THRESHOLD} dB HL`);
    }
  }
  return issues;
}


function band(valueDb: number): HearingGrade {
  // Bands are whole dB (26–40, 41–55, ≥56): compare the value rounded half up to whole dB.
  const v = roundHalfUp(valueDb);
  if (v >= BAND_MIN.severe) return 'severe';
  if (v >= BAND_MIN.moderate) return 'moderate';
  if (v >= BAND_MIN.mild) return 'mild';
  return 'none';
}

/** The correction row for an age and sex, or null below the table's first band (20). */
export function gbz49AgeSexCorrectionRow(age: number, sex: HearingSex): Gbz49AgeCorrectionRow | null {
  return CORRECTION_ROWS.find((r) => r.sex === sex && age >= r.minAge && (r.maxAge === null || age <= r.maxAge)) ?? null;
}

function weighted(t: EarThresholds): number {
  return SPEECH_WEIGHT * mean([t['500'], t['1000'], t['2000']]) + HIGH_WEIGHT * t['4000'];
}

/**
 * Hearing assessment (POST /api/v1/calc/hearing): GBZ 49-2014 age/sex correction (附录A, GB/T 7582
 * values), binaural high-frequency average, better-ear weighted speech-frequency value
 * (0.9 × mean 500/1000/2000 Hz + 0.1 × 4000 Hz), grade (26–40 mild, 41–55 moderate, ≥ 56 severe;
 * GBZ 49-2014 诊断分级) and the GBZ 188-2025 §7.1.1.1 b) screening flag (binaural 3000/4000/6000 Hz
 * average ≥ 40 dB HL).
 *
 * Averages are reported to 0.1 dB; the 40 dB screening limit and the grade bands are whole-dB
 * limits and are compared with the value rounded half up to whole dB (as exam systems report them).
 * `verified` is false: the correction table, the bands and the 0.9/0.1 weights are not confirmed
 * against an official transcription (see `parts`).
 *
 * @throws OhnetError `validation.failed` (422) listing every bad field.
 */
export function hearingAssessment(input: HearingInput): HearingResult {
  const issues = hearingInputIssues(input);
  if (issues.length > 0) throw errors.invalid(issues, 'Invalid hearing request');

  const row = gbz49AgeSexCorrectionRow(input.age, input.sex);
  const zero: EarThresholds = { '500': 0, '1000': 0, '2000': 0, '3000': 0, '4000': 0, '6000': 0 };
  const corrections = row ? { ...row.corrections } : zero;
  const correct = (t: EarThresholds): EarThresholds => {
    const out = { ...zero };
    for (const f of AUDIOMETRIC_FREQUENCIES) out[f] = t[f] - corrections[f];
    return out;
  };
  const left = correct(input.left);
  const right = correct(input.right);

  const hf = mean([left['3000'], left['4000'], left['6000'], right['3000'], right['4000'], right['6000']]);
  const wLeft = weighted(left);
  const wRight = weighted(right);
  const betterEar: HearingResult['betterEar'] = roundHalfUp(wLeft, 6) === roundHalfUp(wRight, 6) ? 'equal' : wLeft < wRight ? 'left' : 'right';
  const better = Math.min(wLeft, wRight);
  const screeningPositive = roundHalfUp(hf) >= SCREENING_THRESHOLD_DB;
  const weightedBand = band(better);

  const correctionCitation = cite(GBZ49_2014, '附录A 表A.1 (年龄性别修正值, GB/T 7582)');
  const unverified = { verified: false };
  const parts: HearingRulePart[] = [
    {
      part: 'age_correction',
      ...(row ? outcome([correctionCitation], [row]) : { citation: correctionCitation, verified: false }),
      source: DATA.ageSexCorrection.source,
    },
    {
      part: 'high_frequency_average',
      ...outcome([cite(GBZ49_2014, '双耳高频（3000/4000/6000 Hz）平均听阈')], [unverified]),
      source: 'GBZ 49-2014 foreword (bzxz.net OCR): 双耳高频(3000/4000/6000 Hz)平均听阈≥40 dB is the diagnostic precondition; restated in GBZ 188-2025 §7.1.1.1 b) (ileon520/zhiyebing transcription)',
    },
    {
      part: 'weighted_value',
      ...outcome([cite(GBZ49_2014, '附录A 较好耳语频和高频4000 Hz听阈加权值 (0.9/0.1)')], [unverified]),
      source: `${DATA.grading.formula} — ${DATA.grading.formulaConfidence}; same weights in three independent exam-system code files (find_string ids 29710102023, 17209112242, 16981689011)`,
    },
    {
      part: 'grade',
      ...outcome([cite(GBZ49_2014, '诊断分级 (轻度26–40 dB, 中度41–55 dB, 重度≥56 dB)')], [unverified]),
      source: DATA.grading.bandsSource,
    },
    {
      part: 'screening',
      ...outcome([cite(GBZ188_2025, '§7.1.1.1 b)')], [unverified]),
      source: DATA.screening.source,
    },
  ];

  return {
    corrected: { left, right },
    ageCorrectionApplied: row !== null,
    ageCorrectionNote: row
      ? null
      : `No age/sex correction: the GB/T 7582 table in GBZ 49-2014 starts at age 20 (age given: ${input.age})`,
    ageBand: row ? `${row.ageBand} ${input.sex === 'male' ? '男' : '女'}` : null,
    corrections,
    binauralHighFrequencyAverage: roundHalfUp(hf, 1),
    speechFrequencyAverage: {
      left: roundHalfUp(mean([left['500'], left['1000'], left['2000']]), 1),
      right: roundHalfUp(mean([right['500'], right['1000'], right['2000']]), 1),
    },
    weightedValues: { left: roundHalfUp(wLeft, 1), right: roundHalfUp(wRight, 1) },
    betterEar,
    weightedSpeechFrequency: roundHalfUp(better, 1),
    weightedBand,
    grade: screeningPositive ? weightedBand : 'none',
    screeningPositive,
    parts,
    citation: parts.map((p) => p.citation).join('; '),
    verified: parts.every((p) => p.verified),
  };
}
