import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { httpStatusOf } from '../errors/errors.ts';
import { exposureFailureToError } from './exposure-results.ts';
import { computeLex8h, computeLexw, impulseNoiseExposure, noiseExposure, noiseWeeklyExposure } from './noise-exposure.calculator.ts';

const DATE = '2025-06-01'; // GBZ 2.2-2007 and GBZ 188-2014 in force

function ok<T extends { status: string }>(r: T): Extract<T, { status: 'ok' }> {
  assert.equal(r.status, 'ok', JSON.stringify(r));
  return r as Extract<T, { status: 'ok' }>;
}

describe('noiseExposure — L_EX,8h (GBZ/T 189.8-2007) vs 85 dB(A) (GBZ 2.2-2007 §11.2.1) and 80 dB(A) (GBZ 188 §7.1)', () => {
  it('92 dB(A) for 4 h + 85 dB(A) for 4 h → 10·lg(0.5·10^9.2 + 0.5·10^8.5) = 89.78 → 89.8, exceeds', () => {
    const r = ok(noiseExposure({ segments: [{ laeq: 92, hours: 4 }, { laeq: 85, hours: 4 }], date: DATE }));
    assert.equal(r.lex8h, 89.8);
    assert.ok(Math.abs(r.lex8hUnrounded - 89.7798) < 1e-4);
    assert.equal(r.limit, 85);
    assert.equal(r.actionLevel, 80);
    assert.equal(r.exceedsLimit, true);
    assert.equal(r.exceedsActionLevel, true);
    assert.equal(r.totalHours, 8);
    assert.match(r.citation, /GBZ 2\.2-2007 §11\.2\.1/);
    assert.match(r.citation, /GBZ\/T 189\.8-2007/);
    assert.match(r.citation, /GBZ 188-2014 §7\.1/);
    // The action-level row (GBZ 188) is not a verified transcription, so the result is unverified.
    assert.equal(r.verified, false);
  });

  it('a single 85 dB(A) segment of 8 h → 85.0: at the limit is compliant (§11.2.1), above the action level', () => {
    const r = ok(noiseExposure({ segments: [{ laeq: 85, hours: 8 }], date: DATE }));
    assert.equal(r.lex8h, 85);
    assert.equal(r.exceedsLimit, false);
    assert.equal(r.exceedsActionLevel, true);
  });

  it('100 dB(A) for 0.5 h and quiet otherwise → 100 + 10·lg(1/16) = 87.96 → 88.0', () => {
    const r = ok(noiseExposure({ segments: [{ laeq: 100, hours: 0.5 }], date: DATE }));
    assert.equal(r.lex8h, 88);
    assert.equal(r.exceedsLimit, true);
  });

  it('80 dB(A) for 8 h reaches the action level (GBZ 188 §7.1 "≥80 dB"); 79.9 does not', () => {
    assert.equal(ok(noiseExposure({ segments: [{ laeq: 80, hours: 8 }], date: DATE })).exceedsActionLevel, true);
    const below = ok(noiseExposure({ segments: [{ laeq: 79.9, hours: 8 }], date: DATE }));
    assert.equal(below.exceedsActionLevel, false);
    assert.equal(below.exceedsLimit, false);
  });

  it('a 10 h day at 85 dB(A) → 85 + 10·lg(10/8) = 85.97 → 86.0 (T0 stays 8 h), exceeds', () => {
    const r = ok(noiseExposure({ segments: [{ laeq: 85, hours: 10 }], date: DATE }));
    assert.equal(r.lex8h, 86);
    assert.equal(r.exceedsLimit, true);
  });

  it('compares the value as reported (0.1 dB): 85.04 rounds to 85.0 and is compliant', () => {
    // 85.04 dB for 8 h
    const r = ok(noiseExposure({ segments: [{ laeq: 85.04, hours: 8 }], date: DATE }));
    assert.equal(r.lex8h, 85);
    assert.equal(r.exceedsLimit, false);
  });

  it('picks the GBZ 188 edition in force for the action level (2025 edition from 2026-08-01)', () => {
    const r = ok(noiseExposure({ segments: [{ laeq: 82, hours: 8 }], date: '2026-09-01' }));
    assert.match(r.citation, /GBZ 188-2025 §7\.1/);
  });

  it('computeLex8h is the unrounded GBZ/T 189.8 energy average', () => {
    assert.ok(Math.abs(computeLex8h([{ laeq: 90, hours: 8 }]) - 90) < 1e-9);
    assert.ok(Math.abs(computeLex8h([{ laeq: 90, hours: 4 }]) - (90 - 10 * Math.log10(2))) < 1e-9);
  });

  it('rejects empty segments, zero or negative hours, negative levels and hours summing to more than 24', () => {
    const empty = noiseExposure({ segments: [] });
    assert.equal(empty.status, 'invalid');
    assert.deepEqual(empty.status === 'invalid' && empty.issues.map((i) => [i.path, i.code]), [['segments', 'calc.empty']]);

    const bad = noiseExposure({ segments: [{ laeq: -3, hours: 0 }, { laeq: 90, hours: -1 }] });
    assert.equal(bad.status, 'invalid');
    assert.deepEqual(
      bad.status === 'invalid' && bad.issues.map((i) => [i.path, i.code]),
      [
        ['segments.0.laeq', 'calc.negative'],
        ['segments.0.hours', 'calc.not_positive'],
        ['segments.1.hours', 'calc.not_positive'],
      ],
    );

    const tooLong = noiseExposure({ segments: [{ laeq: 85, hours: 16 }, { laeq: 80, hours: 9 }] });
    assert.equal(tooLong.status, 'invalid');
    assert.deepEqual(tooLong.status === 'invalid' && tooLong.issues.map((i) => [i.path, i.code]), [['segments', 'calc.exceeds_day']]);
    assert.equal(tooLong.status === 'invalid' && httpStatusOf(exposureFailureToError(tooLong).kind), 422);

    const notNumber = noiseExposure({ segments: [{ laeq: '85' as unknown as number, hours: 8 }] });
    assert.equal(notNumber.status, 'invalid');
  });

  it('before GBZ 2.2-2007 took effect (2007-11-01) → ruleAvailable false', () => {
    const r = noiseExposure({ segments: [{ laeq: 85, hours: 8 }], date: '2005-01-01' });
    assert.equal(r.status, 'rule_unavailable');
    assert.equal(r.status === 'rule_unavailable' && r.ruleAvailable, false);
    assert.equal(r.status === 'rule_unavailable' && r.reason, 'no_edition_in_force');
  });

  it('rejects an impossible date', () => {
    const r = noiseExposure({ segments: [{ laeq: 85, hours: 8 }], date: '2025-02-30' });
    assert.equal(r.status === 'invalid' && r.issues[0]?.code, 'calc.invalid_date');
  });
});

describe('noiseWeeklyExposure — L_EX,W = 10·lg(1/5·Σ10^(0.1·L_EX,8h)) (GBZ/T 189.8-2007) vs 85 dB(A) (GBZ 2.2-2007 §11.2.1)', () => {
  it('five days at 85 dB(A) → 85.0, compliant', () => {
    const r = ok(noiseWeeklyExposure({ days: Array.from({ length: 5 }, () => ({ lex8h: 85 })), date: DATE }));
    assert.equal(r.lexw, 85);
    assert.equal(r.exceedsLimit, false);
    assert.equal(r.workingDays, 5);
    assert.match(r.citation, /GBZ 2\.2-2007 §11\.2\.1/);
    assert.equal(r.verified, true);
  });

  it('six days at 85 dB(A): the 1/5 is nominal, so 85 + 10·lg(6/5) = 85.79 → 85.8, exceeds', () => {
    const r = ok(noiseWeeklyExposure({ days: Array.from({ length: 6 }, () => ({ lex8h: 85 })), date: DATE }));
    assert.equal(r.lexw, 85.8);
    assert.equal(r.exceedsLimit, true);
  });

  it('one loud day averaged over a week: 90 + 4 × 80 → 10·lg(2.8×10^8) = 84.47 → 84.5, compliant', () => {
    const r = ok(noiseWeeklyExposure({ days: [{ lex8h: 90 }, { lex8h: 80 }, { lex8h: 80 }, { lex8h: 80 }, { lex8h: 80 }], date: DATE }));
    assert.equal(r.lexw, 84.5);
    assert.equal(r.exceedsLimit, false);
    assert.ok(Math.abs(computeLexw([{ lex8h: 90 }, { lex8h: 80 }, { lex8h: 80 }, { lex8h: 80 }, { lex8h: 80 }]) - 84.4716) < 1e-4);
  });

  it('rejects no days, more than 7 days and negative levels', () => {
    assert.equal(noiseWeeklyExposure({ days: [] }).status, 'invalid');
    assert.equal(noiseWeeklyExposure({ days: Array.from({ length: 8 }, () => ({ lex8h: 80 })) }).status, 'invalid');
    const neg = noiseWeeklyExposure({ days: [{ lex8h: -1 }] });
    assert.equal(neg.status === 'invalid' && neg.issues[0]?.path, 'days.0.lex8h');
  });
});

describe('impulseNoiseExposure — peak limits by impulses per day (GBZ 2.2-2007 表10)', () => {
  it('n ≤ 100 → 140 dB; 135 dB is compliant', () => {
    const r = ok(impulseNoiseExposure({ peakLevel: 135, impulsesPerDay: 100, date: DATE }));
    assert.equal(r.limit, 140);
    assert.equal(r.band, 'n≤100');
    assert.equal(r.exceedsLimit, false);
    assert.match(r.citation, /GBZ 2\.2-2007 表10/);
  });

  it('100 < n ≤ 1000 → 130 dB; 135 dB exceeds', () => {
    const r = ok(impulseNoiseExposure({ peakLevel: 135, impulsesPerDay: 101, date: DATE }));
    assert.equal(r.limit, 130);
    assert.equal(r.band, '100<n≤1000');
    assert.equal(r.exceedsLimit, true);
  });

  it('1000 < n ≤ 10000 → 120 dB', () => {
    assert.equal(ok(impulseNoiseExposure({ peakLevel: 120, impulsesPerDay: 10000, date: DATE })).limit, 120);
  });

  it('more than 10 000 impulses a day is outside the table → ruleAvailable false', () => {
    const r = impulseNoiseExposure({ peakLevel: 110, impulsesPerDay: 10001, date: DATE });
    assert.equal(r.status, 'rule_unavailable');
    assert.equal(r.status === 'rule_unavailable' && r.reason, 'outside_table');
  });

  it('rejects a fractional or zero impulse count', () => {
    assert.equal(impulseNoiseExposure({ peakLevel: 110, impulsesPerDay: 2.5 }).status, 'invalid');
    assert.equal(impulseNoiseExposure({ peakLevel: 110, impulsesPerDay: 0 }).status, 'invalid');
  });
});
