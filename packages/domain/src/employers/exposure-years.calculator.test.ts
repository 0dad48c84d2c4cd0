import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { OhnetError } from '../errors/errors.ts';
import { exposureEpisodeIssues, exposureYears } from './exposure-years.calculator.ts';

describe('exposureYears — merged calendar days ÷ 365.25', () => {
  it('one closed episode: 2015-03-01 … 2020-02-29 is 1827 days = 5.00 years (5年0月)', () => {
    const r = exposureYears([{ factor: 'dust-1', from: '2015-03-01', to: '2020-02-29' }], '2025-01-01');
    assert.deepEqual(r.byFactor, [
      { factor: 'dust-1', days: 1827, years: 5, yearsAndMonths: { years: 5, months: 0 }, periods: [{ from: '2015-03-01', to: '2020-02-29' }] },
    ]);
  });

  it('overlapping and touching episodes of one factor count each day once (two posts with noise at the same time)', () => {
    const r = exposureYears(
      [
        { factor: 'physical-1', from: '2020-01-01', to: '2020-12-31' },
        { factor: 'physical-1', from: '2020-07-01', to: '2021-06-30' }, // overlaps
        { factor: 'physical-1', from: '2021-07-01', to: '2021-12-31' }, // touches
        { factor: 'physical-1', from: '2023-01-01', to: '2023-01-31' }, // after a gap
      ],
      '2025-01-01',
    );
    const noise = r.byFactor[0]!;
    assert.deepEqual(noise.periods, [
      { from: '2020-01-01', to: '2021-12-31' },
      { from: '2023-01-01', to: '2023-01-31' },
    ]);
    assert.equal(noise.days, 731 + 31);
    assert.equal(noise.years, 2.09); // 762 / 365.25 = 2.0862…
    assert.deepEqual(noise.yearsAndMonths, { years: 2, months: 1 }); // 762 / 30.4375 = 25.03 → 25 months
  });

  it('接尘工龄: the 粉尘 category merges 矽尘 and 煤尘 periods; an open episode runs to the as-of date', () => {
    const r = exposureYears(
      [
        { factor: 'dust-1', from: '2015-03-01', to: '2020-02-29' },
        { factor: 'dust-2', from: '2019-01-01', to: null },
        { factor: 'physical-1', from: '2019-01-01', to: null },
      ],
      '2025-02-28',
    );
    assert.deepEqual(
      r.byFactor.map((f) => [f.factor, f.days, f.years]),
      [
        ['dust-1', 1827, 5],
        ['dust-2', 2251, 6.16],
        ['physical-1', 2251, 6.16],
      ],
    );
    const dust = r.byCategory.find((c) => c.category === 'dust');
    assert.deepEqual(dust?.periods, [{ from: '2015-03-01', to: '2025-02-28' }]);
    assert.equal(dust?.days, 3653);
    assert.equal(dust?.years, 10); // 3653 / 365.25 = 10.0014 — ">10年" thresholds (GBZ 188-2014 随访) are judged on this figure
    assert.deepEqual(dust?.yearsAndMonths, { years: 10, months: 0 });
  });

  it('episodes after the as-of date count nothing; episodes reaching past it are cut; free-text keys get no category', () => {
    const r = exposureYears(
      [
        { factor: '木粉尘（自定义）', from: '2024-12-01', to: '2025-12-31' },
        { factor: 'dust-32', from: '2026-01-01', to: null },
      ],
      '2024-12-31',
    );
    assert.deepEqual(r.byFactor.map((f) => [f.factor, f.days]), [['木粉尘（自定义）', 31]]);
    assert.deepEqual(r.byCategory, []);
  });

  it('one day of exposure is 1 day, 0.00 years, 0 months', () => {
    const r = exposureYears([{ factor: 'dust-5', from: '2024-05-05', to: '2024-05-05' }], '2025-01-01');
    assert.deepEqual([r.byFactor[0]?.days, r.byFactor[0]?.years, r.byFactor[0]?.yearsAndMonths], [1, 0, { years: 0, months: 0 }]);
  });

  it('invalid episodes: end before start, impossible dates, missing factor', () => {
    assert.deepEqual(
      exposureEpisodeIssues([
        { factor: 'dust-1', from: '2020-05-01', to: '2020-04-30' },
        { factor: '', from: '2020-02-30', to: null },
      ]).map((i) => [i.path, i.code]),
      [
        ['episodes.0.to', 'exposure.end_before_start'],
        ['episodes.1.factor', 'exposure.required'],
        ['episodes.1.from', 'exposure.date_invalid'],
      ],
    );
    assert.throws(() => exposureYears([{ factor: 'dust-1', from: '2020-05-01', to: '2020-04-30' }], '2025-01-01'), (e: unknown) => e instanceof OhnetError && e.kind === 'invalid');
  });
});
