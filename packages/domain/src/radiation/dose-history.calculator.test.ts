import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { doseHistory } from './dose-history.calculator.ts';

const q = (id: string, year: number, quarter: 1 | 2 | 3 | 4, hp10: number, extra: { hp3Msv?: number; hp007Msv?: number } = {}) => {
  const ranges = { 1: ['01-01', '03-31'], 2: ['04-01', '06-30'], 3: ['07-01', '09-30'], 4: ['10-01', '12-31'] } as const;
  return { id, periodStart: `${year}-${ranges[quarter][0]}`, periodEnd: `${year}-${ranges[quarter][1]}`, hp10Msv: hp10, ...extra };
};

describe('dose history (annual and 5-year sums, GB 18871-2002 limits, GBZ 128 investigation level)', () => {
  it('sums a year of quarterly records of an industrial radiographer and flags the quarter over 1.25 mSv', () => {
    const h = doseHistory([q('a', 2025, 1, 0.32), q('b', 2025, 2, 1.86), q('c', 2025, 3, 0.41), q('d', 2025, 4, 0.27)]);
    assert.equal(h.annual.length, 1);
    assert.equal(h.annual[0]!.hp10Msv, 2.86);
    assert.equal(h.annual[0]!.fiveYearHp10Msv, 2.86);
    assert.equal(h.annual[0]!.records, 4);
    assert.equal(h.annual[0]!.coveredDays, 365);
    assert.deepEqual(h.flags.map((f) => [f.level, f.code, f.recordId]), [['investigation', 'investigation_level_exceeded', 'b']]);
    assert.equal(h.limits?.fiveYearSum, 2.86);
    assert.deepEqual(h.limits?.fiveYearWindow.missingYears, [2021, 2022, 2023, 2024]);
  });

  it('flags a year over 50 mSv and a 5-year window over 100 mSv (GB 18871-2002 B1.1.1.1 a, b)', () => {
    const recs = [
      ...[2021, 2022, 2023, 2024].map((y) => q(`y${y}`, y, 2, 12)),
      q('big1', 2025, 1, 30),
      q('big2', 2025, 3, 22.5),
    ];
    const h = doseHistory(recs);
    const y2025 = h.annual.find((a) => a.year === 2025)!;
    assert.equal(y2025.hp10Msv, 52.5);
    assert.equal(y2025.fiveYearHp10Msv, 100.5);
    const limitCodes = h.flags.filter((f) => f.level === 'limit').map((f) => f.code).sort();
    assert.deepEqual(limitCodes, ['annual_effective_exceeded', 'five_year_average_exceeded']);
    assert.ok(h.flags.find((f) => f.code === 'annual_effective_exceeded')!.citation.includes('GB 18871-2002 附录B B1.1.1.1 b)'));
  });

  it('sums Hp(3) and Hp(0.07) into lens and skin doses and flags skin above 500 mSv', () => {
    const h = doseHistory([q('a', 2025, 1, 2, { hp3Msv: 40, hp007Msv: 260 }), q('b', 2025, 2, 2, { hp3Msv: 45, hp007Msv: 250.5 })]);
    assert.equal(h.annual[0]!.hp3Msv, 85);
    assert.equal(h.annual[0]!.hp007Msv, 510.5);
    assert.deepEqual(h.flags.filter((f) => f.level === 'limit').map((f) => f.code), ['skin_annual_exceeded']);
  });

  it('splits a period across New Year by its days in each year', () => {
    // 2024-12-01 … 2025-01-30: 31 days in 2024, 30 in 2025; 0.61 mSv → 0.31 + 0.30.
    const h = doseHistory([{ id: 'x', periodStart: '2024-12-01', periodEnd: '2025-01-30', hp10Msv: 0.61 }]);
    assert.deepEqual(h.annual.map((a) => [a.year, a.hp10Msv, a.coveredDays]), [
      [2024, 0.31, 31],
      [2025, 0.3, 30],
    ]);
  });

  it('returns empty sums and no limit check for no records', () => {
    const h = doseHistory([]);
    assert.deepEqual(h.annual, []);
    assert.equal(h.limits, null);
    assert.deepEqual(h.flags, []);
  });
});
