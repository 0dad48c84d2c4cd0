import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TAISHAN_PLAN, WUZHONG_PLAN } from './demo-plans.ts';
import { indicatorDefinition } from './indicator-catalogue.ts';
import { type IndicatorValue, evaluatePlan, indicatorRegionCode, indicatorValueIssues } from './plan-evaluation.ts';

const computed = (indicatorId: string, value: number, asOf: string, regionCode = '440781'): IndicatorValue => ({ indicatorId, regionCode, value, source: 'computed', sourceNote: null, asOf });
const manual = (indicatorId: string, value: number, asOf: string, sourceNote = '台山市卫生健康局 2023 年度职业健康工作总结', regionCode = '440781'): IndicatorValue => ({ indicatorId, regionCode, value, source: 'manual', sourceNote, asOf });

describe('evaluatePlan', () => {
  it('shows every Taishan indicator as not yet computed when no value exists', () => {
    const rows = evaluatePlan(TAISHAN_PLAN, [], '2023-12-31');
    assert.equal(rows.length, 10);
    assert.ok(rows.every((r) => r.value === null && r.assessment.status === 'not_computed'));
  });

  it('uses the latest computed declaration rate up to the date and judges it pro rata', () => {
    const rows = evaluatePlan(TAISHAN_PLAN, [
      computed('industrial_employer_declaration_rate', 0.3, '2022-12-31'),
      computed('industrial_employer_declaration_rate', 0.62, '2023-12-31'),
      computed('industrial_employer_declaration_rate', 0.95, '2024-12-31'), // after the date: ignored
      computed('industrial_employer_declaration_rate', 0.99, '2023-12-31', '440783'), // 开平: another region
      manual('industrial_employer_declaration_rate', 0.99, '2023-12-31'), // computed indicator: hand values ignored
    ], '2023-12-31');
    const decl = rows.find((r) => r.entry.indicatorId === 'industrial_employer_declaration_rate');
    assert.ok(decl);
    assert.equal(decl.value?.value, 0.62);
    // f = 1094 / 1825 on 2023-12-31: expected 0.2006 + 0.6994 × 0.5995 ≈ 0.6199 → 0.62 on track.
    assert.ok(Math.abs((decl.assessment.expected ?? 0) - (0.2006 + 0.6994 * (1094 / 1825))) < 1e-12);
    assert.equal(decl.assessment.status, 'on_track');
  });

  it('takes a manual value for an indicator no module computes, with its source', () => {
    const rows = evaluatePlan(WUZHONG_PLAN, [manual('key_population_oh_knowledge_awareness_rate', 0.7, '2023-06-30', '吴忠市 2023 年重点人群职业健康素养监测', '640300')], '2023-12-31');
    const awareness = rows.find((r) => r.entry.indicatorId === 'key_population_oh_knowledge_awareness_rate');
    assert.equal(awareness?.value?.sourceNote, '吴忠市 2023 年重点人群职业健康素养监测');
    assert.equal(awareness?.assessment.basis, 'final_target'); // no baseline in 吴忠's table
    assert.equal(awareness?.assessment.status, 'off_track'); // 70 % against ≥ 85 %, tolerance 1.7 points
  });
});

describe('indicatorRegionCode', () => {
  it('reads provincial duties quoted by a city plan at the province, the rest at the plan region', () => {
    const rows = evaluatePlan(WUZHONG_PLAN, [manual('provincial_od_prevention_institute_established', 1, '2023-06-30', '宁夏卫健委通报', '640000')], '2023-12-31');
    assert.deepEqual(rows.map((r) => r.regionCode), ['640300', '640300', '640300', '640300', '640300', '640300', '640300', '640000', '640000', '640300', '640300']);
    assert.equal(rows[7]?.value?.value, 1);
    assert.equal(rows[7]?.assessment.basis, 'text_target'); // “1 家” stays text
    assert.equal(indicatorRegionCode('440781', indicatorDefinition('county_public_exam_institution_coverage')), '440781');
    assert.equal(indicatorRegionCode('440781', indicatorDefinition('city_public_diagnosis_institution_coverage')), '440700');
    assert.equal(indicatorRegionCode('530000', indicatorDefinition('county_capable_exam_institution_coverage')), '530000');
    assert.equal(indicatorRegionCode('530000', null), '530000');
  });
});

describe('indicatorValueIssues', () => {
  it('accepts a sourced manual value and a computed value', () => {
    assert.deepEqual(indicatorValueIssues(manual('key_population_oh_knowledge_awareness_rate', 0.7, '2023-06-30')), []);
    assert.deepEqual(indicatorValueIssues(computed('industrial_employer_declaration_rate', 0.7, '2023-06-30')), []);
  });

  it('names each problem', () => {
    const codes = (v: IndicatorValue) => indicatorValueIssues(v, 'values.0').map((i) => `${i.path} ${i.code}`);
    assert.deepEqual(codes(manual('key_population_oh_knowledge_awareness_rate', 85, '2023-06-31', ' ')), [
      'values.0.value plan.value_out_of_range',
      'values.0.asOf plan.date_invalid',
      'values.0.sourceNote plan.value_source_missing',
    ]);
    assert.deepEqual(codes(manual('industrial_employer_declaration_rate', 0.5, '2023-06-30')), ['values.0.source plan.value_computed_indicator']);
    assert.deepEqual(codes(computed('work_injury_insurance_insured', -1, '2023-06-30')), ['values.0.value plan.value_out_of_range']);
    assert.deepEqual(codes(computed('nope', Number.NaN, '2023-06-30', '4407')), [
      'values.0.indicatorId plan.indicator_unknown',
      'values.0.regionCode plan.region_code_invalid',
      'values.0.value plan.value_invalid',
    ]);
  });
});
