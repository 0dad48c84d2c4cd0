import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type TestApp, createTestApp } from '../../testing/test-app.ts';

describe('public toolbox: surveillance calculators', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
  });
  after(() => t.close());
  const post = (url: string, payload: unknown) => t.request(null, { method: 'POST', url, payload: payload as object });

  const audiogram = {
    age: 45,
    sex: 'male',
    left: { '500': 20, '1000': 25, '2000': 30, '3000': 45, '4000': 55, '6000': 50 },
    right: { '500': 15, '1000': 20, '2000': 25, '3000': 40, '4000': 50, '6000': 45 },
  };

  it('hearing: a 45-year-old man is age-corrected with the 40–49 male row (GBZ 49-2014 表A.1) before averaging', async () => {
    const res = await post('/api/v1/calc/hearing', audiogram);
    assert.equal(res.statusCode, 200);
    const body = res.json();
    assert.equal(body.ageCorrectionApplied, true);
    // 4000 Hz: 55 − 8 = 47 left, 50 − 8 = 42 right.
    assert.equal(body.corrected.left['4000'], 47);
    assert.equal(body.corrected.right['4000'], 42);
    // (39 + 47 + 41 + 34 + 42 + 36) / 6 = 39.8
    assert.equal(body.binauralHighFrequencyAverage, 39.8);
    assert.equal(body.betterEar, 'right');
    // right: (13 + 18 + 22)/3 × 0.9 + 42 × 0.1 = 20.1
    assert.equal(body.weightedSpeechFrequency, 20.1);
    assert.equal(body.grade, 'none');
    assert.equal(typeof body.screeningPositive, 'boolean');
    assert.match(body.citation, /GBZ 49-2014/);
    assert.equal(body.verified, false, 'the 0.9/0.1 weights are not verified against the official text');
  });

  it('hearing: names a missing frequency and a bad sex (422)', async () => {
    const { '6000': _drop, ...left } = audiogram.left;
    const res = await post('/api/v1/calc/hearing', { ...audiogram, sex: 'x', left });
    assert.equal(res.statusCode, 422);
    const paths = res.json().details.issues.map((i: { path: string }) => i.path);
    assert.ok(paths.includes('body.sex'), JSON.stringify(paths));
    assert.ok(paths.some((p: string) => p.startsWith('body.left')), JSON.stringify(paths));
  });

  it('hearing: out-of-range thresholds are reported per field by the domain rules', async () => {
    const res = await post('/api/v1/calc/hearing', { ...audiogram, right: { ...audiogram.right, '1000': -40 } });
    assert.equal(res.statusCode, 422);
    assert.ok(res.json().details.issues.some((i: { path: string }) => i.path === 'body.right.1000'));
  });

  it('dose: five years of 25 mSv (125 mSv) exceed the 100 mSv five-year limit (GB 18871-2002 B1.1.1.1 a)', async () => {
    const body = (await post('/api/v1/calc/dose-check', { annualDoses: [2021, 2022, 2023, 2024, 2025].map((year) => ({ year, effectiveMsv: 25 })) })).json();
    assert.equal(body.fiveYearSum, 125);
    assert.deepEqual(body.flags.map((f: { code: string; year: number }) => [f.code, f.year]), [['five_year_average_exceeded', 2025]]);
  });

  it('dose: a single 55 mSv year exceeds the 50 mSv single-year limit (B1.1.1.1 b)', async () => {
    const body = (await post('/api/v1/calc/dose-check', { annualDoses: [{ year: 2024, effectiveMsv: 5 }, { year: 2025, effectiveMsv: 55 }] })).json();
    assert.ok(body.flags.some((f: { code: string; year: number }) => f.code === 'annual_effective_exceeded' && f.year === 2025));
  });

  it('exam plan: noise at 88 dB(A), periodic → yearly, next due one year after the last exam (GBZ 188-2014 §7.1)', async () => {
    const body = (await post('/api/v1/calc/exam-plan', { hazardFactors: ['噪声'], examType: 'periodic', examDate: '2026-03-01', lastExamDate: '2026-03-01', noiseLevel: 88 })).json();
    const noise = body.factors[0];
    assert.equal(noise.ruleAvailable, true);
    assert.equal(noise.periodMonths, 12);
    assert.equal(noise.nextDueDate, '2027-03-01');
    assert.ok(noise.requiredItems.includes('纯音听阈测试'));
    assert.match(noise.citation, /GBZ 188-2014/);
  });

  it('exam plan: after 2026-08-01 the 2025 edition applies', async () => {
    const body = (await post('/api/v1/calc/exam-plan', { hazardFactors: ['噪声'], examType: 'periodic', examDate: '2026-09-01', noiseLevel: 82 })).json();
    assert.match(body.factors[0].citation, /GBZ 188-2025/);
  });

  it('exam plan: an unknown factor is answered as rule unavailable, never invented', async () => {
    const body = (await post('/api/v1/calc/exam-plan', { hazardFactors: ['不存在的因素'], examType: 'pre_employment', examDate: '2026-03-01' })).json();
    assert.equal(body.factors[0].ruleAvailable, false);
    assert.equal(body.factors[0].requiredItems, null);
  });

  it('exam plan: rejects an unknown exam type and an empty factor list (422)', async () => {
    const res = await post('/api/v1/calc/exam-plan', { hazardFactors: [], examType: 'yearly' });
    assert.equal(res.statusCode, 422);
    const paths = res.json().details.issues.map((i: { path: string }) => i.path);
    assert.ok(paths.includes('body.examType') && paths.includes('body.hazardFactors'), JSON.stringify(paths));
  });
});
