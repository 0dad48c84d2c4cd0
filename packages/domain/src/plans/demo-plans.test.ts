import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEMO_PLANS, JINNAN_PLAN, KAIPING_PLAN, TAISHAN_PLAN, WUZHONG_PLAN, YUNNAN_PLAN } from './demo-plans.ts';
import { INDICATOR_CATALOGUE, isIndicatorId } from './indicator-catalogue.ts';
import { type Plan, type PlanEntry, planEvaluation, validatePlan } from './plan.ts';

function byName(plan: Plan, name: string): PlanEntry {
  const e = plan.entries.find((x) => x.nameAsWritten === name);
  assert.ok(e, `${plan.regionName}: no entry named ${name}`);
  return e;
}

describe('demo plans (shared/seeds 000–004)', () => {
  it('hold every row of each table: 台山 10, 吴忠 11, 开平 8 (quoted in the drafting note), 津南 7, 云南 14', () => {
    assert.deepEqual(
      DEMO_PLANS.map((p) => [p.regionCode, p.entries.length]),
      [['440781', 10], ['640300', 11], ['440783', 8], ['120112', 7], ['530000', 14]],
    );
  });

  it('pass validatePlan and refer only to catalogue ids, once per plan', () => {
    for (const plan of DEMO_PLANS) {
      assert.deepEqual(validatePlan(plan), [], plan.name);
      for (const e of plan.entries) assert.ok(isIndicatorId(e.indicatorId), `${plan.regionName}: ${e.indicatorId}`);
    }
  });

  it('use every plan indicator of the catalogue (only the two OHNet exam indicators are in no plan table)', () => {
    const used = new Set(DEMO_PLANS.flatMap((p) => p.entries.map((e) => e.indicatorId)));
    const unused = INDICATOR_CATALOGUE.map((d) => d.id).filter((id) => !used.has(id));
    assert.deepEqual(unused, ['periodic_exam_coverage', 'suspected_od_rate_per_1000_examined']);
  });

  it('span 2021–2025 with their status and evaluation dates', () => {
    for (const p of DEMO_PLANS) assert.deepEqual(p.period, { startYear: 2021, endYear: 2025 });
    assert.deepEqual(DEMO_PLANS.map((p) => p.status), ['not_stated', 'draft_for_comment', 'drafting_note', 'not_stated', 'draft_for_comment']);
    assert.equal(planEvaluation(TAISHAN_PLAN, 'mid_term')?.dueBy, '2024-02-15');
    assert.match(planEvaluation(TAISHAN_PLAN, 'mid_term')?.asWritten ?? '', /2024年2月中旬前/);
    assert.equal(planEvaluation(WUZHONG_PLAN, 'mid_term')?.dueBy, '2023-12-31');
    assert.equal(planEvaluation(YUNNAN_PLAN, 'final')?.dueBy, '2025-12-31');
    assert.equal(planEvaluation(JINNAN_PLAN, 'mid_term')?.asWritten, null);
    assert.equal(planEvaluation(KAIPING_PLAN, 'final')?.asWritten, null);
  });

  it('台山: the 2020 values are the baselines, “/” and the other-indicator cell are none', () => {
    const decl = byName(TAISHAN_PLAN, '工业企业职业病危害项目申报率');
    assert.deepEqual(decl.baseline, { value: 0.2006, year: 2020, asWritten: '20.06%' });
    assert.deepEqual(decl.target, { kind: 'value', operator: '>=', value: 0.9, asWritten: '≥90%' });
    const insured = byName(TAISHAN_PLAN, '工伤保险参保人员');
    assert.equal(insured.baseline?.asWritten, '11.29');
    assert.equal(insured.baseline?.value, 112_900);
    assert.deepEqual(insured.target, { kind: 'trend', trend: 'increase', asWritten: '稳步提升' });
    const monitoring = byName(TAISHAN_PLAN, '工作场所职业病危害因素监测合格率');
    assert.equal(monitoring.baseline, null);
    assert.match(monitoring.note ?? '', /定期检测率为99%/);
    assert.equal(byName(TAISHAN_PLAN, '非医疗放射工作人员个人剂量监测率').baseline, null);
    const hearing = byName(TAISHAN_PLAN, '重点行业用人单位劳动者防噪音耳塞或耳罩正确佩戴率');
    assert.equal(hearing.baseline, null);
    assert.match(hearing.note ?? '', /70\.13%/);
    assert.equal(byName(TAISHAN_PLAN, '至少确定1家公立医疗卫生机构承担职业健康检查工作').indicatorId, 'county_public_exam_institution_coverage');
    const exam = byName(TAISHAN_PLAN, '放射诊疗单位放射工作人员职业健康体检率');
    assert.equal(exam.baseline?.value, 1);
    assert.equal(exam.target.kind === 'value' && exam.target.value, 0.95);
    assert.match(exam.note ?? '', /（市）/);
    assert.equal(TAISHAN_PLAN.entries.filter((e) => e.baseline !== null).length, 6);
  });

  it('吴忠: no baselines, “1 家” kept as text, 95% for county exam institutions', () => {
    assert.ok(WUZHONG_PLAN.entries.every((e) => e.baseline === null));
    assert.deepEqual(byName(WUZHONG_PLAN, '依托现有医疗资源，自治区设立职业病防治院所').target, { kind: 'text', text: '1 家' });
    assert.equal(byName(WUZHONG_PLAN, '尘肺病患者集中乡镇康复服务覆盖率').indicatorId, 'pneumoconiosis_township_rehabilitation_coverage');
    const exam = byName(WUZHONG_PLAN, '县区至少确定1家公立医疗卫生机构承担职业健康检查工作');
    assert.deepEqual(exam.target, { kind: 'value', operator: '>=', value: 0.95, asWritten: '95%' });
    assert.equal(byName(WUZHONG_PLAN, '设区的市至少确定1家公立医疗卫生机构承担职业病诊断工作').indicatorId, 'city_public_diagnosis_institution_coverage');
    assert.deepEqual(WUZHONG_PLAN.entries.map((e) => e.number), ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11']);
  });

  it('开平: the targets the drafting note quotes, in its words', () => {
    assert.ok(KAIPING_PLAN.entries.every((e) => e.number === null && e.baseline === null));
    assert.deepEqual(byName(KAIPING_PLAN, '工业企业职业病危害项目申报率').target, { kind: 'value', operator: '>=', value: 0.9, asWritten: '达到90%以上' });
    assert.equal(byName(KAIPING_PLAN, '重点行业用人单位劳动者防噪声耳塞或耳罩正确佩戴率').indicatorId, 'key_industry_hearing_protector_correct_use_rate');
    assert.equal(byName(KAIPING_PLAN, '放射诊疗机构放射卫生防护监督检查覆盖率').indicatorId, 'radiology_unit_radiation_protection_inspection_coverage');
    assert.equal(KAIPING_PLAN.entries.some((e) => e.indicatorId === 'occupational_health_violation_case_handling_rate'), false);
  });

  it('津南: seven rows, the 街镇(社区) wording of the rehabilitation indicator', () => {
    const rehab = byName(JINNAN_PLAN, '尘肺病患者集中街镇(社区)康复服务覆盖率');
    assert.equal(rehab.indicatorId, 'pneumoconiosis_township_rehabilitation_coverage');
    assert.equal(rehab.number, '(6)');
    assert.deepEqual(byName(JINNAN_PLAN, '职业卫生违法案件查处率').target, { kind: 'value', operator: '>=', value: 1, asWritten: '100%' });
  });

  it('云南: 基础值 20% and 0, trends, capability-based institution indicators', () => {
    const share = byName(YUNNAN_PLAN, '接尘工龄不足5年的劳动者新发尘肺病报告例数占年度报告总例数的比例');
    assert.deepEqual(share.baseline, { value: 0.2, year: 2020, asWritten: '20%' });
    assert.deepEqual(share.target, { kind: 'trend', trend: 'decrease', asWritten: '持续下降' });
    const institute = byName(YUNNAN_PLAN, '依托现有医疗资源，省级设立职业病防治院所');
    assert.deepEqual(institute.baseline, { value: 0, year: 2020, asWritten: '0' });
    assert.equal(byName(YUNNAN_PLAN, '劳动安全卫生专项集体合同签订率').number, '（4）');
    assert.equal(byName(YUNNAN_PLAN, '县区至少有1家具备常见职业病危害因素相应的职业健康检查能力的职业健康检查机构').indicatorId, 'county_capable_exam_institution_coverage');
    assert.equal(YUNNAN_PLAN.entries.filter((e) => e.baseline !== null).length, 2);
    assert.equal(YUNNAN_PLAN.entries.filter((e) => e.target.kind === 'trend').length, 4);
  });
});
