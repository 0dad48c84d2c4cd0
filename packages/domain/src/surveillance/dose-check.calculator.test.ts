import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { OhnetError } from '../errors/errors.ts';
import { type AnnualDose, GB18871_DOSE_LIMITS, doseCheck, doseCheckInputIssues } from './dose-check.calculator.ts';

const years = (from: number, values: number[]): AnnualDose[] => values.map((effectiveMsv, i) => ({ year: from + i, effectiveMsv }));
const codes = (doses: AnnualDose[]) => doseCheck({ annualDoses: doses }).flags.map((f) => [f.code, f.year]);

describe('doseCheck — GB 18871-2002 附录B B1.1.1.1', () => {
  it('a) five years of 25 mSv: 125 mSv > 100 mSv (20 mSv/a average) → flagged on the last year', () => {
    const r = doseCheck({ annualDoses: years(2019, [25, 25, 25, 25, 25]) });
    assert.equal(r.fiveYearSum, 125);
    assert.equal(r.fiveYearAverage, 25);
    assert.deepEqual(r.fiveYearWindow, { fromYear: 2019, toYear: 2023, missingYears: [] });
    assert.deepEqual(r.flags, [
      {
        code: 'five_year_average_exceeded',
        year: 2023,
        valueMsv: 125,
        limitMsv: 100,
        window: { fromYear: 2019, toYear: 2023 },
        citation: 'GB 18871-2002 附录B B1.1.1.1 a)',
      },
    ]);
    assert.equal(r.citation, 'GB 18871-2002 附录B B1.1.1.1');
    assert.equal(r.verified, false);
  });

  it('a) exactly 100 mSv in five years is at the limit, not over it (sums free of float error)', () => {
    assert.deepEqual(codes(years(2019, [20, 20, 20, 20, 20])), []);
    assert.deepEqual(codes(years(2019, [20.1, 20, 20, 20, 19.9])), []);
  });

  it('b) a single year of 55 mSv > 50 mSv → flagged; 50 mSv is not', () => {
    assert.deepEqual(codes([{ year: 2024, effectiveMsv: 55 }]), [
      ['annual_effective_exceeded', 2024],
      // No earlier records: the window 2020–2024 sums to 55 only, under 100.
    ]);
    assert.deepEqual(codes([{ year: 2024, effectiveMsv: 50 }]), []);
  });

  it('c) lens: GB 18871-2002 sets 150 mSv/a (the ICRP 118 20 mSv lens limit is not in this standard)', () => {
    assert.deepEqual(codes([{ year: 2024, effectiveMsv: 5, lensMsv: 150 }]), []);
    assert.deepEqual(codes([{ year: 2024, effectiveMsv: 5, lensMsv: 30 }]), []);
    assert.deepEqual(codes([{ year: 2024, effectiveMsv: 5, lensMsv: 151 }]), [['lens_annual_exceeded', 2024]]);
  });

  it('d) skin (or hands and feet) > 500 mSv/a', () => {
    assert.deepEqual(codes([{ year: 2024, effectiveMsv: 5, skinMsv: 500 }]), []);
    assert.deepEqual(codes([{ year: 2024, effectiveMsv: 5, skinMsv: 510 }]), [['skin_annual_exceeded', 2024]]);
  });

  it('every 5-year window is checked, not only the latest (no retrospective averaging)', () => {
    // 2016–2020 at 30 mSv, then 2021–2024 at 2 mSv: the latest window 2020–2024 sums to 38.
    const r = doseCheck({ annualDoses: years(2015, [0, 30, 30, 30, 30, 30, 2, 2, 2, 2]) });
    assert.equal(r.fiveYearSum, 38);
    // Windows ending 2019 (2015–2019: 120), 2020 (150) and 2021 (122) exceed 100; 2022 (94) does not.
    assert.deepEqual(
      r.flags.map((f) => [f.year, f.valueMsv, f.window?.fromYear]),
      [
        [2019, 120, 2015],
        [2020, 150, 2016],
        [2021, 122, 2017],
      ],
    );
  });

  it('years missing from the latest window count as 0 and are listed', () => {
    const r = doseCheck({ annualDoses: [{ year: 2020, effectiveMsv: 10 }, { year: 2023, effectiveMsv: 12 }] });
    assert.equal(r.fiveYearSum, 22);
    assert.deepEqual(r.fiveYearWindow, { fromYear: 2019, toYear: 2023, missingYears: [2019, 2021, 2022] });
  });

  it('a single year over 100 mSv also exceeds the 5-year limit whatever the other years were', () => {
    assert.deepEqual(codes([{ year: 2024, effectiveMsv: 120 }]), [
      ['annual_effective_exceeded', 2024],
      ['five_year_average_exceeded', 2024],
    ]);
  });

  it('GBZ 128-2019 investigation level per monitoring period is reported as unavailable, not invented', () => {
    const r = doseCheck({ annualDoses: [{ year: 2024, effectiveMsv: 1 }] });
    assert.equal(r.investigationLevel.ruleAvailable, false);
    assert.match(r.investigationLevel.reason, /not in the reference data/);
    assert.equal(r.investigationLevel.citation, 'GBZ 128-2019');
  });

  it('the limit rows are the four of B1.1.1.1', () => {
    assert.deepEqual(GB18871_DOSE_LIMITS.map((r) => [r.clause, r.limitMsv]), [
      ['附录B B1.1.1.1 a)', 100],
      ['附录B B1.1.1.1 b)', 50],
      ['附录B B1.1.1.1 c)', 150],
      ['附录B B1.1.1.1 d)', 500],
    ]);
  });
});

describe('doseCheck — invalid input (422 validation.failed)', () => {
  it('an empty list', () => {
    assert.deepEqual(doseCheckInputIssues({ annualDoses: [] }).map((i) => i.code), ['dose.annual_doses_required']);
  });

  it('names every bad entry field', () => {
    const issues = doseCheckInputIssues({
      annualDoses: [
        { year: 2020, effectiveMsv: -1 },
        { year: 2020, effectiveMsv: 1 },
        { year: 2021.5, effectiveMsv: 1, lensMsv: 'x' },
        'nope',
      ],
    });
    assert.deepEqual(issues.map((i) => [i.path, i.code]), [
      ['annualDoses.0.effectiveMsv', 'dose.value_invalid'],
      ['annualDoses.1.year', 'dose.year_duplicate'],
      ['annualDoses.2.year', 'dose.year_invalid'],
      ['annualDoses.2.lensMsv', 'dose.value_invalid'],
      ['annualDoses.3', 'dose.entry_invalid'],
    ]);
    assert.throws(() => doseCheck({ annualDoses: [] }), (e: unknown) => e instanceof OhnetError && e.code === 'validation.failed');
  });
});
