import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { exposureTimeRateBand, heatStressExposure, labourIntensityClassOf } from './heat-exposure.calculator.ts';
import { gbz22PhysicalPack, type WbgtLimitRow } from './physical.rule-pack.ts';

const DATE = '2024-07-01';

function ok<T extends { status: string }>(r: T): Extract<T, { status: 'ok' }> {
  assert.equal(r.status, 'ok', JSON.stringify(r));
  return r as Extract<T, { status: 'ok' }>;
}

describe('heatStressExposure — WBGT limit by labour intensity and exposure-time ratio (GBZ 2.2-2007 表8)', () => {
  it('class II at 75 % → 29 ℃; a WBGT of 29.5 exceeds', () => {
    const r = ok(heatStressExposure({ labourIntensityClass: 'II', exposureTimeRatePercent: 75, wbgt: 29.5, date: DATE }));
    assert.equal(r.limit, 29);
    assert.equal(r.baseLimit, 29);
    assert.equal(r.exposureTimeRateBand, 75);
    assert.equal(r.exceedsLimit, true);
    assert.equal(r.citation, 'GBZ 2.2-2007 表8');
    assert.equal(r.verified, true);
  });

  it('the whole table: 100 % → 30/28/26/25, 75 % → 31/29/28/26, 50 % → 32/30/29/28, 25 % → 33/32/31/30', () => {
    const expected: Record<number, number[]> = { 100: [30, 28, 26, 25], 75: [31, 29, 28, 26], 50: [32, 30, 29, 28], 25: [33, 32, 31, 30] };
    for (const [rate, limits] of Object.entries(expected)) {
      (['I', 'II', 'III', 'IV'] as const).forEach((cls, i) => {
        assert.equal(ok(heatStressExposure({ labourIntensityClass: cls, exposureTimeRatePercent: Number(rate), date: DATE })).limit, limits[i], `${cls} ${rate}%`);
      });
    }
  });

  it('a rate between columns rounds up to the stricter column: class II at 60 % → 75 % column → 29 ℃', () => {
    const r = ok(heatStressExposure({ labourIntensityClass: 'II', exposureTimeRatePercent: 60, date: DATE }));
    assert.equal(r.exposureTimeRateBand, 75);
    assert.equal(r.limit, 29);
    assert.equal(r.exceedsLimit, null);
    assert.equal(exposureTimeRateBand(10), 25);
    assert.equal(exposureTimeRateBand(75.01), 100);
    assert.equal(exposureTimeRateBand(0), null);
  });

  it('hot region (summer outdoor ventilation design temperature ≥ 30 ℃): + 1 ℃ (§10.2.2) — class IV at 100 % → 26 ℃', () => {
    const r = ok(heatStressExposure({ labourIntensityClass: 'IV', exposureTimeRatePercent: 100, hotRegion: true, wbgt: 25.5, date: DATE }));
    assert.equal(r.baseLimit, 25);
    assert.equal(r.adjustment, 1);
    assert.equal(r.limit, 26);
    assert.equal(r.exceedsLimit, false);
    assert.match(r.citation, /GBZ 2\.2-2007 §10\.2\.2/);
  });

  it('class from the labour-intensity index (表13): n ≤ 15 I, ≤ 20 II, ≤ 25 III, > 25 IV', () => {
    assert.equal(labourIntensityClassOf(15), 'I');
    assert.equal(labourIntensityClassOf(15.1), 'II');
    assert.equal(labourIntensityClassOf(20), 'II');
    assert.equal(labourIntensityClassOf(25), 'III');
    assert.equal(labourIntensityClassOf(25.1), 'IV');
    const r = ok(heatStressExposure({ labourIntensityIndex: 18, exposureTimeRatePercent: 75, date: DATE }));
    assert.equal(r.labourIntensityClass, 'II');
    assert.match(r.citation, /表13/);
  });

  it('a missing table cell → ruleAvailable false, never a number', () => {
    const cell = gbz22PhysicalPack.editions[0]?.rows.find(
      (r): r is WbgtLimitRow & { verified: boolean } => r.kind === 'wbgt_limit' && r.labourIntensityClass === 'III' && r.exposureTimeRatePercent === 50,
    );
    assert.ok(cell);
    const saved = cell.limitDegC;
    cell.limitDegC = null; // simulate an untranscribed cell
    try {
      const r = heatStressExposure({ labourIntensityClass: 'III', exposureTimeRatePercent: 50, wbgt: 30, date: DATE });
      assert.equal(r.status, 'rule_unavailable');
      assert.equal(r.status === 'rule_unavailable' && r.reason, 'limit_not_available');
    } finally {
      cell.limitDegC = saved;
    }
  });

  it('rejects a missing or unknown class, a rate of 0 or above 100 %, a non-boolean hotRegion', () => {
    assert.equal(heatStressExposure({ exposureTimeRatePercent: 50 }).status, 'invalid');
    assert.equal(heatStressExposure({ labourIntensityClass: 'V' as 'IV', exposureTimeRatePercent: 50 }).status, 'invalid');
    assert.equal(heatStressExposure({ labourIntensityClass: 'I', exposureTimeRatePercent: 0 }).status, 'invalid');
    assert.equal(heatStressExposure({ labourIntensityClass: 'I', exposureTimeRatePercent: 120 }).status, 'invalid');
    assert.equal(heatStressExposure({ labourIntensityClass: 'I', exposureTimeRatePercent: 50, hotRegion: 'yes' as unknown as boolean }).status, 'invalid');
  });
});
