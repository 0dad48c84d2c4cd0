import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { OhnetError } from '../errors/errors.ts';
import { type EarThresholds, gbz49AgeCorrectionRulePack, gbz49AgeSexCorrectionRow, hearingAssessment, hearingInputIssues } from './hearing.calculator.ts';
import { roundHalfUp } from './numbers.ts';

const ear = (t500: number, t1000: number, t2000: number, t3000: number, t4000: number, t6000: number): EarThresholds => ({
  '500': t500,
  '1000': t1000,
  '2000': t2000,
  '3000': t3000,
  '4000': t4000,
  '6000': t6000,
});

describe('hearingAssessment — worked example (GBZ 49-2014, GBZ 188-2025 §7.1.1.1 b)', () => {
  // A 45-year-old man. GBZ 49-2014 附录A (GB/T 7582) row 40–49 男: 2, 2, 3, 6, 8, 9 dB.
  const result = hearingAssessment({
    age: 45,
    sex: 'male',
    left: ear(30, 35, 40, 55, 65, 60),
    right: ear(35, 40, 45, 60, 70, 65),
  });

  it('age/sex correction: measured − table value, checked by hand', () => {
    assert.equal(result.ageCorrectionApplied, true);
    assert.equal(result.ageBand, '40-49 男');
    assert.deepEqual(result.corrections, ear(2, 2, 3, 6, 8, 9));
    // left: 30−2, 35−2, 40−3, 55−6, 65−8, 60−9
    assert.deepEqual(result.corrected.left, ear(28, 33, 37, 49, 57, 51));
    // right: 35−2, 40−2, 45−3, 60−6, 70−8, 65−9
    assert.deepEqual(result.corrected.right, ear(33, 38, 42, 54, 62, 56));
  });

  it('binaural high-frequency average = (49+57+51+54+62+56)/6 = 54.8 → screening positive (≥ 40 dB)', () => {
    assert.equal(result.binauralHighFrequencyAverage, 54.8);
    assert.equal(result.screeningPositive, true);
  });

  it('weighted value = 0.9 × speech-frequency mean + 0.1 × 4000 Hz; better ear = lower value', () => {
    // left: 0.9 × (28+33+37)/3 + 0.1 × 57 = 29.4 + 5.7 = 35.1; right: 0.9 × 37.67 + 6.2 = 40.1
    assert.deepEqual(result.speechFrequencyAverage, { left: 32.7, right: 37.7 });
    assert.deepEqual(result.weightedValues, { left: 35.1, right: 40.1 });
    assert.equal(result.betterEar, 'left');
    assert.equal(result.weightedSpeechFrequency, 35.1);
  });

  it('grade: 35.1 dB lies in 26–40 → mild (轻度噪声聋)', () => {
    assert.equal(result.weightedBand, 'mild');
    assert.equal(result.grade, 'mild');
  });

  it('carries the citations of each part and is unverified (0.9/0.1 weights from memory)', () => {
    assert.deepEqual(result.parts.map((p) => p.part), ['age_correction', 'high_frequency_average', 'weighted_value', 'grade', 'screening']);
    assert.ok(result.parts.every((p) => p.verified === false));
    assert.equal(result.verified, false);
    assert.match(result.citation, /GBZ 49-2014 附录A 表A\.1/);
    assert.match(result.citation, /GBZ 188-2025 §7\.1\.1\.1 b\)/);
    assert.match(result.parts.find((p) => p.part === 'weighted_value')!.source, /memory/);
  });
});

describe('hearingAssessment — grades and screening (GBZ 49-2014 诊断分级)', () => {
  const noCorrection = (left: EarThresholds, right: EarThresholds) => hearingAssessment({ age: 25, sex: 'female', left, right });

  it('moderate (41–55) and severe (≥ 56) bands', () => {
    // 0.9 × 45 + 0.1 × 60 = 46.5 → moderate
    assert.equal(noCorrection(ear(45, 45, 45, 60, 60, 60), ear(50, 50, 50, 65, 65, 65)).grade, 'moderate');
    // 0.9 × 60 + 0.1 × 70 = 61 → severe
    assert.equal(noCorrection(ear(60, 60, 60, 70, 70, 70), ear(65, 65, 65, 75, 75, 75)).grade, 'severe');
  });

  it('bands are whole dB: 25.5 rounds to 26 → mild; 25.4 rounds to 25 → none', () => {
    // 0.9 × 25 + 0.1 × 30 = 25.5; high-frequency mean (45+30+45)/3 = 40 → positive
    const r = noCorrection(ear(25, 25, 25, 45, 30, 45), ear(25, 25, 25, 45, 30, 45));
    assert.equal(r.weightedSpeechFrequency, 25.5);
    assert.equal(r.binauralHighFrequencyAverage, 40);
    assert.equal(r.screeningPositive, true);
    assert.equal(r.grade, 'mild');
    // 0.9 × 25 + 0.1 × 29 = 25.4 (29 at 4000 Hz keeps the mean at 39.7 → rounds to 40 → positive)
    const s = noCorrection(ear(25, 25, 25, 45, 29, 45), ear(25, 25, 25, 45, 29, 45));
    assert.equal(s.weightedSpeechFrequency, 25.4);
    assert.equal(s.screeningPositive, true);
    assert.equal(s.grade, 'none');
  });

  it('high-frequency mean below 40 dB: not screening positive, so no noise-deafness grade even when the band is mild', () => {
    // A flat low-frequency loss: weighted 0.9 × 40 + 0.1 × 20 = 38, high-frequency mean 20
    const r = noCorrection(ear(40, 40, 40, 20, 20, 20), ear(40, 40, 40, 20, 20, 20));
    assert.equal(r.screeningPositive, false);
    assert.equal(r.weightedBand, 'mild');
    assert.equal(r.grade, 'none');
  });

  it('equal ears report betterEar "equal"', () => {
    assert.equal(noCorrection(ear(10, 10, 10, 10, 10, 10), ear(10, 10, 10, 10, 10, 10)).betterEar, 'equal');
  });

  it('the right ear can be the better ear', () => {
    assert.equal(noCorrection(ear(30, 30, 30, 50, 50, 50), ear(20, 20, 20, 50, 50, 50)).betterEar, 'right');
  });
});

describe('hearingAssessment — age/sex correction table (GBZ 49-2014 附录A after GB/T 7582)', () => {
  it('loads 12 rows (6 bands × 2 sexes), unverified, from the named source', () => {
    const rows = gbz49AgeCorrectionRulePack.editions[0]!.rows;
    assert.equal(rows.length, 12);
    assert.ok(rows.every((r) => r.verified === false && /LewisBase/.test(r.source ?? '')));
  });

  it('ages 16–19 are below the table: no correction and ageCorrectionApplied false', () => {
    const r = hearingAssessment({ age: 18, sex: 'male', left: ear(20, 20, 20, 30, 40, 30), right: ear(20, 20, 20, 30, 40, 30) });
    assert.equal(r.ageCorrectionApplied, false);
    assert.match(r.ageCorrectionNote ?? '', /starts at age 20/);
    assert.deepEqual(r.corrected.left, ear(20, 20, 20, 30, 40, 30));
    assert.equal(r.ageBand, null);
  });

  it('the open band 70- covers 75; female rows differ from male rows', () => {
    assert.deepEqual(gbz49AgeSexCorrectionRow(75, 'female')?.corrections, ear(9, 11, 16, 20, 24, 32));
    assert.deepEqual(gbz49AgeSexCorrectionRow(75, 'male')?.corrections, ear(9, 11, 19, 31, 43, 49));
    assert.equal(gbz49AgeSexCorrectionRow(29, 'male')?.ageBand, '20-29');
    assert.equal(gbz49AgeSexCorrectionRow(30, 'male')?.ageBand, '30-39');
    assert.equal(gbz49AgeSexCorrectionRow(19, 'female'), null);
  });

  it('corrected values may go below 0 dB HL (the table is subtracted as published)', () => {
    const r = hearingAssessment({ age: 62, sex: 'male', left: ear(0, 0, 0, 0, 0, 0), right: ear(0, 0, 0, 0, 0, 0) });
    assert.deepEqual(r.corrected.left, ear(-6, -7, -12, -20, -28, -32));
  });
});

describe('hearingAssessment — invalid input (422 validation.failed)', () => {
  const valid = { age: 40, sex: 'male', left: ear(10, 10, 10, 10, 10, 10), right: ear(10, 10, 10, 10, 10, 10) };

  it('ages under 16 (minimum working age) and non-integer ages', () => {
    assert.deepEqual(hearingInputIssues({ ...valid, age: 15 }).map((i) => [i.path, i.code]), [['age', 'hearing.age_out_of_range']]);
    assert.deepEqual(hearingInputIssues({ ...valid, age: 30.5 }).map((i) => i.code), ['hearing.age_invalid']);
  });

  it('thresholds below the audiometer range (−10 dB HL) or above 120 dB HL; −10 and −5 are real readings', () => {
    const issues = hearingInputIssues({ ...valid, left: ear(-15, 10, 10, 10, 10, 130) });
    assert.deepEqual(issues.map((i) => [i.path, i.code]), [
      ['left.500', 'hearing.threshold_out_of_range'],
      ['left.6000', 'hearing.threshold_out_of_range'],
    ]);
    assert.deepEqual(hearingInputIssues({ ...valid, left: ear(-10, -5, 0, 10, 10, 10) }), []);
  });

  it('missing frequencies, non-numbers, bad sex — all named at once and thrown as OhnetError', () => {
    const bad = { age: 40, sex: 'x', left: { '500': 10, '1000': '10', '2000': 10, '3000': 10, '4000': 10 }, right: undefined };
    const issues = hearingInputIssues(bad);
    assert.deepEqual(issues.map((i) => i.path), ['sex', 'left.1000', 'left.6000', 'right']);
    assert.throws(
      () => hearingAssessment(bad as never),
      (e: unknown) => e instanceof OhnetError && e.kind === 'invalid' && e.code === 'validation.failed',
    );
  });
});

describe('roundHalfUp', () => {
  it('rounds half away from zero without binary artefacts', () => {
    assert.equal(roundHalfUp(25.45, 1), 25.5);
    assert.equal(roundHalfUp(25.5), 26);
    assert.equal(roundHalfUp(-0.5), -1);
    assert.equal(roundHalfUp(-0.04, 1), 0);
    assert.equal(Object.is(roundHalfUp(-0.04, 1), -0), false);
  });
});
