import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { doseRecordIssues, investigationLevelFor, periodDays, recordLevelFlags } from './dose-monitoring.rules.ts';

const codes = (xs: { code: string }[]) => xs.map((x) => x.code);

describe('dose record validation (GBZ 128-2019 monitoring period)', () => {
  it('accepts a calendar quarter of 90 and of 92 days, and a month', () => {
    assert.deepEqual(doseRecordIssues({ periodStart: '2025-01-01', periodEnd: '2025-03-31', hp10Msv: 0.21 }), { errors: [], warnings: [] });
    assert.equal(periodDays('2025-07-01', '2025-09-30'), 92);
    assert.deepEqual(doseRecordIssues({ periodStart: '2025-07-01', periodEnd: '2025-09-30', hp10Msv: 0.08, hp3Msv: 0.09, hp007Msv: 0.1 }).errors, []);
    assert.deepEqual(doseRecordIssues({ periodStart: '2025-02-01', periodEnd: '2025-02-28', hp10Msv: 0 }), { errors: [], warnings: [] });
  });

  it('refuses a period longer than 3 months and flags one shorter than a month', () => {
    const long = doseRecordIssues({ periodStart: '2025-01-01', periodEnd: '2025-04-01', hp10Msv: 0.1 });
    assert.deepEqual(codes(long.errors), ['dose.period_too_long']);
    assert.match(long.errors[0]!.message, /91 天/);
    const short = doseRecordIssues({ periodStart: '2025-03-01', periodEnd: '2025-03-20', hp10Msv: 0.1 });
    assert.deepEqual(short.errors, []);
    assert.deepEqual(codes(short.warnings), ['dose.period_short']);
  });

  it('refuses end before start, bad dates, negative or missing Hp(10), and bad Hp(3)/Hp(0.07)', () => {
    assert.deepEqual(codes(doseRecordIssues({ periodStart: '2025-03-31', periodEnd: '2025-01-01', hp10Msv: 0.1 }).errors), ['dose.period_order']);
    assert.deepEqual(codes(doseRecordIssues({ periodStart: '2025-02-30', periodEnd: '2025-03-31', hp10Msv: 0.1 }).errors), ['dose.date_invalid']);
    const bad = doseRecordIssues({ periodStart: '2025-01-01', periodEnd: '2025-03-31', hp10Msv: -0.05, hp3Msv: Number.NaN, hp007Msv: -1 });
    assert.deepEqual(bad.errors.map((e) => e.path), ['hp10Msv', 'hp3Msv', 'hp007Msv']);
    assert.deepEqual(codes(doseRecordIssues({ periodStart: '2025-01-01', periodEnd: '2025-03-31', hp10Msv: 20_000 }).errors), ['dose.value_invalid']);
  });

  it('refuses a period that has not ended yet', () => {
    assert.deepEqual(codes(doseRecordIssues({ periodStart: '2026-10-01', periodEnd: '2026-12-31', hp10Msv: 0.1 }, [], '2026-11-22').errors), ['dose.period_in_future']);
  });

  it('refuses a period overlapping another of the same worker; the identical period is not an overlap', () => {
    const others = [
      { periodStart: '2025-01-01', periodEnd: '2025-03-31' },
      { periodStart: '2025-04-01', periodEnd: '2025-06-30' },
    ];
    assert.deepEqual(doseRecordIssues({ periodStart: '2025-04-01', periodEnd: '2025-06-30', hp10Msv: 0.1 }, others).errors, []);
    assert.deepEqual(doseRecordIssues({ periodStart: '2025-07-01', periodEnd: '2025-09-30', hp10Msv: 0.1 }, others).errors, []);
    const overlap = doseRecordIssues({ periodStart: '2025-03-15', periodEnd: '2025-05-14', hp10Msv: 0.1 }, others);
    assert.deepEqual(codes(overlap.errors), ['dose.period_overlap']);
    assert.match(overlap.errors[0]!.message, /2025-01-01～2025-03-31/);
  });
});

describe('investigation level (GBZ 128-2019: 5 mSv/a pro rata)', () => {
  it('is 1.25 mSv for a quarter and 0.417 mSv for a month', () => {
    assert.equal(investigationLevelFor('2025-01-01', '2025-03-31'), 1.25);
    assert.equal(investigationLevelFor('2025-07-01', '2025-09-30'), 1.25);
    assert.equal(investigationLevelFor('2025-02-01', '2025-02-28'), 0.417);
    assert.equal(investigationLevelFor('2025-01-01', '2025-02-28'), 0.833);
  });

  it('flags a quarterly Hp(10) above 1.25 mSv, not one at it', () => {
    assert.deepEqual(recordLevelFlags({ periodStart: '2025-04-01', periodEnd: '2025-06-30', hp10Msv: 1.25 }), []);
    const [f] = recordLevelFlags({ periodStart: '2025-04-01', periodEnd: '2025-06-30', hp10Msv: 1.86 });
    assert.equal(f?.code, 'investigation_level_exceeded');
    assert.equal(f?.levelMsv, 1.25);
    assert.equal(f?.verified, false);
    assert.match(f!.citation, /GBZ 128-2019 调查水平/);
  });
});
