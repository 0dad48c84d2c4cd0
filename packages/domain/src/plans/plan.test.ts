import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { OhnetError } from '../errors/errors.ts';
import { TAISHAN_PLAN, WUZHONG_PLAN, YUNNAN_PLAN } from './demo-plans.ts';
import { TARGET_RULE_EDITION, type PlanEntry, type PlanTarget, assertValidPlan, assessTarget, periodElapsed, targetStatus, validatePlan } from './plan.ts';

const PERIOD = { startYear: 2021, endYear: 2025 };

function entry(indicatorId: string, target: PlanTarget, baseline: PlanEntry['baseline'] = null): PlanEntry {
  return { indicatorId, number: null, nameAsWritten: indicatorId, baseline, target, attribute: null, note: null };
}

/** 台山 row 2: 20.06 % in 2020, ≥ 90 % by 2025. */
const DECLARATION = entry('industrial_employer_declaration_rate', { kind: 'value', operator: '>=', value: 0.9, asWritten: '≥90%' }, { value: 0.2006, year: 2020, asWritten: '20.06%' });

describe('periodElapsed', () => {
  it('runs from 0 on 2021-01-01 to 1 on 2025-12-31 (1,825 days), clamped outside', () => {
    assert.equal(periodElapsed(PERIOD, '2021-01-01'), 0);
    assert.equal(periodElapsed(PERIOD, '2022-01-01'), 365 / 1825);
    assert.equal(periodElapsed(PERIOD, '2024-12-31'), 1460 / 1825);
    assert.equal(periodElapsed(PERIOD, '2025-12-31'), 1);
    assert.equal(periodElapsed(PERIOD, '2019-05-01'), 0);
    assert.equal(periodElapsed(PERIOD, '2027-01-01'), 1);
  });
});

describe('targetStatus: numeric targets, pro rata', () => {
  it('mid-period (2023-07-02): expected ≈ 55.0 %, tolerance ≈ 7.0 points (10 % of the 69.9-point span)', () => {
    const a = assessTarget(DECLARATION, 0.56, '2023-07-02', PERIOD);
    assert.equal(a.basis, 'pro_rata');
    assert.ok(Math.abs((a.expected ?? 0) - (0.2006 + 0.6994 * (912 / 1825))) < 1e-12);
    assert.ok(Math.abs((a.expected ?? 0) - 0.5501) < 1e-4);
    assert.ok(Math.abs((a.tolerance ?? 0) - 0.06994) < 1e-12);
    assert.equal(a.status, 'on_track');
    assert.equal(a.rule, TARGET_RULE_EDITION);
    assert.equal(targetStatus(DECLARATION, 0.5, '2023-07-02', PERIOD), 'at_risk');
    assert.equal(targetStatus(DECLARATION, 0.4, '2023-07-02', PERIOD), 'off_track');
  });

  it('before the Taishan mid-term (2022-01-01, f = 0.2): expected 34.0 %', () => {
    assert.ok(Math.abs((assessTarget(DECLARATION, 0.35, '2022-01-01', PERIOD).expected ?? 0) - 0.34048) < 1e-12);
    assert.equal(targetStatus(DECLARATION, 0.35, '2022-01-01', PERIOD), 'on_track');
    assert.equal(targetStatus(DECLARATION, 0.3, '2022-01-01', PERIOD), 'at_risk');
    assert.equal(targetStatus(DECLARATION, 0.25, '2022-01-01', PERIOD), 'off_track');
  });

  it('after the mid-term (2024-12-31, f = 0.8): expected 76.0 %, so 56 % is now off track', () => {
    assert.ok(Math.abs((assessTarget(DECLARATION, 0.56, '2024-12-31', PERIOD).expected ?? 0) - 0.76012) < 1e-12);
    assert.equal(targetStatus(DECLARATION, 0.56, '2024-12-31', PERIOD), 'off_track');
    assert.equal(targetStatus(DECLARATION, 0.7, '2024-12-31', PERIOD), 'at_risk');
    assert.equal(targetStatus(DECLARATION, 0.77, '2024-12-31', PERIOD), 'on_track');
  });

  it('after the period the target itself counts; before it, the baseline', () => {
    assert.equal(assessTarget(DECLARATION, 0.9, '2026-06-30', PERIOD).basis, 'target_met');
    assert.equal(targetStatus(DECLARATION, 0.85, '2026-06-30', PERIOD), 'at_risk');
    assert.equal(targetStatus(DECLARATION, 0.8, '2026-06-30', PERIOD), 'off_track');
    assert.equal(assessTarget(DECLARATION, 0.2006, '2020-06-30', PERIOD).expected, 0.2006);
    assert.equal(targetStatus(DECLARATION, 0.2006, '2020-06-30', PERIOD), 'on_track');
  });

  it('a value meeting the final target is on track on any date', () => {
    assert.equal(assessTarget(DECLARATION, 0.93, '2021-02-01', PERIOD).basis, 'target_met');
  });

  it('lower is better: ≤ 10 % from 20 % — expected 15.0 % mid-period, tolerance 1 point', () => {
    const lower = entry('short_exposure_new_pneumoconiosis_share', { kind: 'value', operator: '<=', value: 0.1, asWritten: '≤10%' }, { value: 0.2, year: 2020, asWritten: '20%' });
    const a = assessTarget(lower, 0.14, '2023-07-02', PERIOD);
    assert.ok(Math.abs((a.expected ?? 0) - (0.2 - 0.1 * (912 / 1825))) < 1e-12);
    assert.ok(Math.abs((a.tolerance ?? 0) - 0.01) < 1e-12);
    assert.equal(a.status, 'on_track');
    assert.equal(targetStatus(lower, 0.155, '2023-07-02', PERIOD), 'at_risk');
    assert.equal(targetStatus(lower, 0.17, '2023-07-02', PERIOD), 'off_track');
    assert.equal(assessTarget(lower, 0.09, '2023-07-02', PERIOD).basis, 'target_met');
  });

  it('without a baseline the final target is the yardstick (tolerance 2 % of the target)', () => {
    const monitoring = entry('workplace_hazard_monitoring_pass_rate', { kind: 'value', operator: '>=', value: 0.85, asWritten: '≥85%' });
    const a = assessTarget(monitoring, 0.84, '2022-03-01', PERIOD);
    assert.equal(a.basis, 'final_target');
    assert.equal(a.expected, 0.85);
    assert.ok(Math.abs((a.tolerance ?? 0) - 0.017) < 1e-12);
    assert.equal(a.status, 'at_risk');
    assert.equal(targetStatus(monitoring, 0.8, '2022-03-01', PERIOD), 'off_track');
    assert.equal(targetStatus(monitoring, 0.86, '2022-03-01', PERIOD), 'on_track');
  });

  it('a baseline already at the target (台山 查处率 100 % → 100 %) must be held', () => {
    const handling = TAISHAN_PLAN.entries[5];
    assert.ok(handling);
    assert.equal(handling.indicatorId, 'occupational_health_violation_case_handling_rate');
    assert.equal(assessTarget(handling, 0.99, '2023-01-01', PERIOD).basis, 'final_target');
    assert.equal(targetStatus(handling, 1, '2023-01-01', PERIOD), 'on_track');
    assert.equal(targetStatus(handling, 0.99, '2023-01-01', PERIOD), 'at_risk');
    assert.equal(targetStatus(handling, 0.95, '2023-01-01', PERIOD), 'off_track');
  });

  it('“=” follows the indicator direction; strict operators are strict', () => {
    const eq = entry('industrial_employer_declaration_rate', { kind: 'value', operator: '=', value: 1, asWritten: '100%' });
    assert.equal(targetStatus(eq, 1, '2023-01-01', PERIOD), 'on_track');
    assert.equal(targetStatus(eq, 0.99, '2023-01-01', PERIOD), 'at_risk');
    const gt = entry('industrial_employer_declaration_rate', { kind: 'value', operator: '>', value: 0.9, asWritten: '>90%' });
    assert.equal(assessTarget(gt, 0.9, '2026-01-01', PERIOD).basis, 'final_target');
    assert.equal(assessTarget(gt, 0.91, '2026-01-01', PERIOD).basis, 'target_met');
  });
});

describe('targetStatus: trends, text and missing values', () => {
  it('稳步提升 against the baseline (台山 工伤保险参保人员 112,900; tolerance 2 % = 2,258)', () => {
    const insured = TAISHAN_PLAN.entries[0];
    assert.ok(insured);
    assert.equal(targetStatus(insured, 115_000, '2023-12-31', PERIOD), 'on_track');
    assert.equal(targetStatus(insured, 112_900, '2023-12-31', PERIOD), 'at_risk');
    assert.equal(targetStatus(insured, 111_000, '2023-12-31', PERIOD), 'at_risk');
    assert.equal(targetStatus(insured, 100_000, '2023-12-31', PERIOD), 'off_track');
  });

  it('a trend without baseline needs a reference (吴忠 has none) — else not computed', () => {
    const insured = WUZHONG_PLAN.entries[0];
    assert.ok(insured);
    assert.deepEqual(assessTarget(insured, 300_000, '2023-12-31', PERIOD), { status: 'not_computed', expected: null, tolerance: null, basis: 'no_reference', rule: TARGET_RULE_EDITION });
    assert.equal(targetStatus(insured, 300_000, '2023-12-31', PERIOD, { reference: { value: 290_000, year: 2022 } }), 'on_track');
    assert.equal(targetStatus(insured, 250_000, '2023-12-31', PERIOD, { reference: { value: 290_000, year: 2022 } }), 'off_track');
  });

  it('持续下降 (云南 share from 20 %): lower is on track, unchanged at risk, higher off track', () => {
    const share = YUNNAN_PLAN.entries[0];
    assert.ok(share);
    assert.equal(targetStatus(share, 0.18, '2024-01-01', PERIOD), 'on_track');
    assert.equal(targetStatus(share, 0.2, '2024-01-01', PERIOD), 'at_risk');
    assert.equal(targetStatus(share, 0.25, '2024-01-01', PERIOD), 'off_track');
  });

  it('maintain: not worse than the reference in the indicator direction', () => {
    const keep = entry('industrial_employer_declaration_rate', { kind: 'trend', trend: 'maintain', asWritten: '保持' }, { value: 0.95, year: 2020, asWritten: '95%' });
    assert.equal(targetStatus(keep, 0.97, '2023-01-01', PERIOD), 'on_track');
    assert.equal(targetStatus(keep, 0.94, '2023-01-01', PERIOD), 'at_risk');
    assert.equal(targetStatus(keep, 0.9, '2023-01-01', PERIOD), 'off_track');
  });

  it('a null value (no module, nothing entered) and a text target are not computed', () => {
    assert.equal(targetStatus(DECLARATION, null, '2023-01-01', PERIOD), 'not_computed');
    assert.equal(assessTarget(DECLARATION, Number.NaN, '2023-01-01', PERIOD).basis, 'no_value');
    const institute = WUZHONG_PLAN.entries[7];
    assert.ok(institute);
    assert.equal(assessTarget(institute, 1, '2023-01-01', PERIOD).basis, 'text_target');
  });

  it('refuses a malformed date', () => {
    assert.throws(() => targetStatus(DECLARATION, 0.5, '2023-13-01', PERIOD), (e: unknown) => e instanceof OhnetError && e.code === 'validation.failed');
  });
});

describe('validatePlan', () => {
  const clone = (): Record<string, unknown> & { entries: Record<string, unknown>[] } => structuredClone(TAISHAN_PLAN) as never;
  const codes = (plan: unknown) => validatePlan(plan).map((i) => `${i.path} ${i.code}`);

  it('accepts a well-formed plan', () => {
    assert.deepEqual(validatePlan(TAISHAN_PLAN), []);
  });

  it('names a numeric target without operator, a bad operator and a direction conflict', () => {
    const p = clone();
    delete (p.entries[1]?.target as Record<string, unknown>).operator;
    (p.entries[2]?.target as Record<string, unknown>).operator = '≥';
    (p.entries[3]?.target as Record<string, unknown>).operator = '<=';
    assert.deepEqual(codes(p), [
      'entries.1.target.operator plan.target_operator_missing',
      'entries.2.target.operator plan.target_operator_invalid',
      'entries.3.target.operator plan.target_direction_conflict',
    ]);
  });

  it('names a baseline year outside 2020–2025 and a ratio written as a percentage', () => {
    const p = clone();
    (p.entries[1]?.baseline as Record<string, unknown>).year = 2019;
    (p.entries[5]?.baseline as Record<string, unknown>).year = 2026;
    (p.entries[6]?.baseline as Record<string, unknown>).year = 2021;
    (p.entries[1]?.target as Record<string, unknown>).value = 90;
    assert.deepEqual(codes(p), [
      'entries.1.baseline.year plan.baseline_year_outside_period',
      'entries.1.target.value plan.value_out_of_range',
      'entries.5.baseline.year plan.baseline_year_outside_period',
    ]);
  });

  it('names duplicate and unknown indicators', () => {
    const p = clone();
    (p.entries[4] as Record<string, unknown>).indicatorId = 'industrial_employer_declaration_rate';
    (p.entries[7] as Record<string, unknown>).indicatorId = 'noise_rate';
    assert.deepEqual(codes(p), ['entries.4.indicatorId plan.indicator_duplicate', 'entries.7.indicatorId plan.indicator_unknown']);
  });

  it('names trend conflicts, bad target kinds and empty texts', () => {
    const p = clone();
    (p.entries[0] as Record<string, unknown>).target = { kind: 'trend', trend: 'decrease', asWritten: '下降' };
    (p.entries[2] as Record<string, unknown>).target = { kind: 'goal' };
    (p.entries[3] as Record<string, unknown>).target = { kind: 'text', text: ' ' };
    (p.entries[4] as Record<string, unknown>).nameAsWritten = '';
    (p.entries[4] as Record<string, unknown>).attribute = '约束性';
    assert.deepEqual(codes(p), [
      'entries.0.target.trend plan.target_direction_conflict',
      'entries.2.target.kind plan.target_kind_invalid',
      'entries.3.target.text plan.text_missing',
      'entries.4.nameAsWritten plan.text_missing',
      'entries.4.attribute plan.attribute_invalid',
    ]);
  });

  it('checks region, period, status and evaluation dates', () => {
    const p = clone();
    p.regionCode = '44078';
    p.status = 'final';
    p.evaluations = [
      { kind: 'mid_term', dueBy: '2026-01-01', asWritten: null },
      { kind: 'final', dueBy: '2025-12-31', asWritten: null },
      { kind: 'final', dueBy: '2027-01-01', asWritten: null },
    ];
    assert.deepEqual(codes(p), [
      'regionCode plan.region_code_invalid',
      'status plan.status_invalid',
      'evaluations.2.kind plan.evaluation_duplicate',
      'evaluations.2.dueBy plan.evaluation_outside_period',
      'evaluations plan.evaluations_out_of_order',
    ]);
    const q = clone();
    q.period = { startYear: 2025, endYear: 2021 };
    q.entries = [];
    assert.deepEqual(codes(q), ['period.endYear plan.period_invalid', 'entries plan.entries_missing']);
    assert.deepEqual(codes(null), [' plan.invalid']);
  });

  it('assertValidPlan throws validation.failed with the issues', () => {
    const p = clone();
    (p.entries[0] as Record<string, unknown>).indicatorId = 'x';
    assert.throws(() => assertValidPlan(p), (e: unknown) => e instanceof OhnetError && e.code === 'validation.failed' && JSON.stringify(e.details).includes('plan.indicator_unknown'));
    assert.doesNotThrow(() => assertValidPlan(YUNNAN_PLAN));
  });
});
