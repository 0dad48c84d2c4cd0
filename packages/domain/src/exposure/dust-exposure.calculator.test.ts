import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dustExposure, silicaDustBand } from './dust-exposure.calculator.ts';

const DATE = '2024-06-01';
const shift = (concentration: number) => ({ samples: [{ concentration, minutes: 480 }] });

function ok<T extends { status: string }>(r: T): Extract<T, { status: 'ok' }> {
  assert.equal(r.status, 'ok', JSON.stringify(r));
  return r as Extract<T, { status: 'ok' }>;
}

describe('silicaDustBand — 矽尘 row by free-SiO₂ content (GBZ 2.1-2019 表2 序号40)', () => {
  it('10–50 % → 1 / 0.7; > 50–80 % → 0.7 / 0.3; > 80 % → 0.5 / 0.2 mg/m³ (total / respirable)', () => {
    const cases: [number, number, number][] = [
      [10, 1, 0.7],
      [12, 1, 0.7],
      [50, 1, 0.7],
      [50.1, 0.7, 0.3],
      [60, 0.7, 0.3],
      [80, 0.7, 0.3],
      [85, 0.5, 0.2],
      [100, 0.5, 0.2],
    ];
    for (const [pct, total, resp] of cases) {
      const band = silicaDustBand(pct);
      assert.equal(band?.row.pcTwaTotalDust, total, `${pct}%`);
      assert.equal(band?.row.pcTwaRespirableDust, resp, `${pct}%`);
      assert.equal(band?.row.verified, true);
    }
  });

  it('below 10 % (and outside 0–100 %) there is no 矽尘 row', () => {
    assert.equal(silicaDustBand(9.9), null);
    assert.equal(silicaDustBand(101), null);
  });
});

describe('dustExposure — total / respirable C_TWA vs PC-TWA (GBZ 2.1-2019 表2, §6.3.2)', () => {
  it('silica total dust 0.6 mg/m³ at 12 % (limit 1), 60 % (0.7) and 85 % (0.5 → exceeds)', () => {
    const at = (pct: number) => ok(dustExposure({ factor: '矽尘', freeSilicaPercent: pct, totalDust: shift(0.6), date: DATE }));
    const r12 = at(12);
    assert.equal(r12.factor, '矽尘（10%≤游离SiO2含量≤50%）');
    assert.equal(r12.silicaBand, '10%≤SiO₂≤50%');
    assert.equal(r12.compliant, true);
    const r60 = at(60);
    assert.equal(r60.total?.ruleAvailable && r60.total.pcTwa, 0.7);
    assert.equal(r60.compliant, true);
    const r85 = at(85);
    assert.equal(r85.total?.ruleAvailable && r85.total.checks.twa, 'exceeds');
    assert.equal(r85.compliant, false);
    assert.match(r85.citation, /GBZ 2\.1-2019 表2 序号40/);
    assert.equal(r85.verified, true);
  });

  it('silica at 60 %: respirable 0.35 > 0.3 exceeds while total 0.6 ≤ 0.7 complies', () => {
    const r = ok(dustExposure({ factor: '14808-60-7', freeSilicaPercent: 60, totalDust: shift(0.6), respirableDust: shift(0.35), date: DATE }));
    assert.equal(r.total?.ruleAvailable && r.total.checks.twa, 'compliant');
    assert.equal(r.respirable?.ruleAvailable && r.respirable.checks.twa, 'exceeds');
    assert.equal(r.compliant, false);
  });

  it('矽尘 below 10 % free SiO₂ → ruleAvailable false (not_silica_dust)', () => {
    const r = dustExposure({ factor: '矽尘', freeSilicaPercent: 5, totalDust: shift(0.6), date: DATE });
    assert.equal(r.status === 'rule_unavailable' && r.reason, 'not_silica_dust');
  });

  it('矽尘 without free-SiO₂ content, or a band row that contradicts it → invalid', () => {
    const missing = dustExposure({ factor: '矽尘', totalDust: shift(0.6), date: DATE });
    assert.equal(missing.status === 'invalid' && missing.issues[0]?.path, 'freeSilicaPercent');
    const mismatch = dustExposure({ factor: '矽尘（游离SiO2含量>80%）', freeSilicaPercent: 30, totalDust: shift(0.6), date: DATE });
    assert.equal(mismatch.status === 'invalid' && mismatch.issues[0]?.code, 'calc.silica_band_mismatch');
  });

  it('a row printed for < 10 % free SiO₂ (煤尘) given 15 % → invalid: evaluate as 矽尘', () => {
    const r = dustExposure({ factor: '煤尘', freeSilicaPercent: 15, totalDust: shift(1), date: DATE });
    assert.equal(r.status === 'invalid' && r.issues[0]?.code, 'calc.silica_band_mismatch');
    assert.equal(ok(dustExposure({ factor: '煤尘', freeSilicaPercent: 5, totalDust: shift(1), date: DATE })).compliant, true);
  });

  it('电焊烟尘 has no respirable PC-TWA in the data: that fraction answers ruleAvailable false, total is still evaluated', () => {
    const r = ok(dustExposure({ factor: '电焊烟尘', totalDust: shift(3), respirableDust: shift(1), date: DATE }));
    assert.equal(r.total?.ruleAvailable, true);
    assert.equal(r.respirable?.ruleAvailable, false);
    assert.equal(r.respirable && !r.respirable.ruleAvailable && r.respirable.reason, 'limit_not_available');
    assert.equal(r.compliant, null); // total complies, respirable cannot be judged
    assert.equal(r.complete, false);
  });

  it('only the null fraction requested → the whole result is ruleAvailable false, never a number', () => {
    const r = dustExposure({ factor: '电焊烟尘', respirableDust: shift(1), date: DATE });
    assert.equal(r.status, 'rule_unavailable');
    assert.equal(r.status === 'rule_unavailable' && r.reason, 'limit_not_available');
  });

  it('peak rule for dusts (§6.3.3): 电焊烟尘 PC-TWA 4, a peak of 21 > 5 × 4 → exceeds', () => {
    const r = ok(dustExposure({ factor: '电焊烟尘', totalDust: { samples: [{ concentration: 3, minutes: 480 }], peakSamples: [{ concentration: 21 }] }, date: DATE }));
    assert.equal(r.total?.ruleAvailable && r.total.checks.peak, 'exceeds');
    assert.equal(r.compliant, false);
    assert.match(r.citation, /§6\.3\.3/);
  });

  it('a chemical sent to the dust calculator → unknown in 表2 with a hint; unknown names → calc.unknown_factor', () => {
    const chem = dustExposure({ factor: '甲苯', totalDust: shift(1), date: DATE });
    assert.equal(chem.status, 'unknown_factor');
    assert.match(chem.status === 'unknown_factor' ? chem.message : '', /chemicalExposure/);
    assert.equal(dustExposure({ factor: '月球尘', totalDust: shift(1), date: DATE }).status, 'unknown_factor');
  });

  it('rejects no fraction, empty samples, negative concentration and SiO₂ outside 0–100 %', () => {
    assert.equal(dustExposure({ factor: '煤尘', date: DATE }).status, 'invalid');
    const empty = dustExposure({ factor: '煤尘', totalDust: { samples: [] }, date: DATE });
    assert.equal(empty.status === 'invalid' && empty.issues[0]?.path, 'totalDust.samples');
    const neg = dustExposure({ factor: '煤尘', totalDust: shift(-1), date: DATE });
    assert.equal(neg.status === 'invalid' && neg.issues[0]?.path, 'totalDust.samples.0.concentration');
    assert.equal(dustExposure({ factor: '矽尘', freeSilicaPercent: 120, totalDust: shift(1), date: DATE }).status, 'invalid');
  });
});
