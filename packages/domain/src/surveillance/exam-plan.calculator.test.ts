import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { OhnetError } from '../errors/errors.ts';
import { todayCst } from '../rules/rule-pack.ts';
import { type ExamPlanFactor, type ExamPlanInput, examPlan, examPlanInputIssues } from './exam-plan.calculator.ts';

const BEFORE_2025 = '2025-06-01'; // GBZ 188-2014 in force
const AFTER_2025 = '2026-09-01'; // GBZ 188-2025 in force

function one(input: Omit<ExamPlanInput, 'hazardFactors'> & { factor: string }): ExamPlanFactor {
  const { factor, ...rest } = input;
  const r = examPlan({ ...rest, hazardFactors: [factor] });
  assert.equal(r.factors.length, 1);
  return r.factors[0]!;
}

function issuesOf(fn: () => unknown): { path: string; code: string }[] {
  try {
    fn();
  } catch (e) {
    assert.ok(e instanceof OhnetError);
    assert.equal(e.kind, 'invalid');
    assert.equal(e.code, 'validation.failed');
    return (e.details as { issues: { path: string; code: string }[] }).issues;
  }
  assert.fail('expected a validation error');
}

describe('examPlan — noise (GBZ 188 §7.1)', () => {
  it('GBZ 188-2025 §7.1.2.3 a): periodic exam with L_Aeq,8h 88 dB → every year, branch named', () => {
    const f = one({ factor: '噪声', examType: 'periodic', examDate: AFTER_2025, noiseLevel: 88 });
    assert.equal(f.ruleAvailable, true);
    assert.equal(f.standard, 'GBZ 188-2025');
    assert.equal(f.section, '7.1');
    assert.equal(f.periodMonths, 12);
    assert.equal(f.periodBranch?.id, 'noise_85_plus');
    assert.equal(f.periodBranch?.text, '噪声暴露LAeq,8h≥85 dB：1年');
    assert.equal(f.nextDueDate, '2027-09-01');
    assert.deepEqual(f.requiredItems, ['纯音听阈测试', '心电图']);
    assert.deepEqual(f.targetDiseases, ['职业性噪声聋（GBZ 49）']);
    assert.equal(f.citation, 'GBZ 188-2025 §7.1.2; GBZ 188-2025 §7.1.2.3 (健康检查周期)');
    assert.equal(f.verified, false);
  });

  it('GBZ 188-2025 §7.1.2.3 b): L_Aeq,8h 82 dB → every 2 years', () => {
    const f = one({ factor: '噪声', examType: 'periodic', examDate: AFTER_2025, noiseLevel: 82 });
    assert.equal(f.periodMonths, 24);
    assert.equal(f.periodBranch?.id, 'noise_80_85');
    assert.equal(f.nextDueDate, '2028-09-01');
  });

  it('GBZ 188-2014 §7.1 gives the same split (88 dB → 1 year, 82 dB → 2 years)', () => {
    const loud = one({ factor: '噪声', examType: 'periodic', examDate: BEFORE_2025, noiseLevel: 88 });
    const quiet = one({ factor: '噪声', examType: 'periodic', examDate: BEFORE_2025, noiseLevel: 82 });
    assert.equal(loud.standard, 'GBZ 188-2014');
    assert.equal(loud.periodMonths, 12);
    assert.equal(quiet.periodMonths, 24);
    assert.match(loud.citation, /GBZ 188-2014 §7\.1/);
  });

  it('boundaries: 85 dB is the yearly branch, 80 dB the 2-year branch, 79 dB has no branch', () => {
    assert.equal(one({ factor: '噪声', examType: 'periodic', examDate: AFTER_2025, noiseLevel: 85 }).periodMonths, 12);
    assert.equal(one({ factor: '噪声', examType: 'periodic', examDate: AFTER_2025, noiseLevel: 80 }).periodMonths, 24);
    const low = one({ factor: '噪声', examType: 'periodic', examDate: AFTER_2025, noiseLevel: 79 });
    assert.equal(low.periodMonths, null);
    assert.equal(low.nextDueDate, null);
    assert.match(low.periodNote ?? '', /No period determined/);
  });

  it('without noiseLevel the period is left open and both branches are listed', () => {
    const f = one({ factor: '噪声', examType: 'periodic', examDate: AFTER_2025 });
    assert.equal(f.ruleAvailable, true);
    assert.equal(f.periodMonths, null);
    assert.match(f.periodNote ?? '', /noiseLevel/);
    assert.deepEqual(f.periodOptions.map((o) => o.months), [12, 24]);
  });

  it('nextDueDate counts from lastExamDate (民法典 art. 202 month end)', () => {
    const f = one({ factor: '噪声', examType: 'periodic', examDate: '2025-03-01', lastExamDate: '2024-02-29', noiseLevel: 90 });
    assert.equal(f.nextDueDate, '2025-02-28');
  });
});

describe('examPlan — dusts (GBZ 188 §6)', () => {
  it('GBZ 188-2014 §6.1 矽尘 pre-employment items, contraindications and no target disease', () => {
    const f = one({ factor: '矽尘', examType: 'pre_employment', examDate: BEFORE_2025 });
    assert.equal(f.matchedFactor, '游离二氧化硅粉尘（矽尘）');
    assert.equal(f.matchedVia, 'alias');
    assert.deepEqual(f.requiredItems, [
      '症状询问（呼吸、心血管系统病史，吸烟史，咳嗽、咳痰、喘息、胸痛、呼吸困难、气短等）',
      '内科常规检查（重点呼吸、心血管系统）',
      '血常规',
      '尿常规',
      '血清ALT',
      '心电图',
      '后前位X射线高千伏胸片（或数字化摄影胸片DR）',
      '肺功能',
    ]);
    assert.deepEqual(f.contraindications, ['活动性肺结核病', '慢性阻塞性肺病', '慢性间质性肺病', '伴肺功能损害的疾病']);
    assert.deepEqual(f.targetDiseases, []);
    assert.equal(f.optionalItems, null);
    assert.ok(f.missingFields.includes('optionalItems'));
  });

  it('GBZ 188-2025 §6.1.1 矽尘 pre-employment: required lab items, physical exam, contraindications', () => {
    const f = one({ factor: '矽尘', examType: 'pre_employment', examDate: AFTER_2025, dustGrade: 1 });
    assert.equal(f.section, '6.1');
    assert.deepEqual(f.requiredItems, ['血常规', '尿常规', '肝功能', '心电图', '后前位X射线高千伏胸片或数字化摄影胸片（DR胸片）', '肺功能']);
    assert.deepEqual(f.physicalExam, ['内科常规检查（重点呼吸系统和心血管系统）']);
    assert.deepEqual(f.optionalItems, []);
    assert.deepEqual(f.contraindications, ['活动性肺结核病', '慢性阻塞性肺疾病', '慢性间质性肺疾病', '伴肺功能损害的疾病']);
    // The first periodic exam falls due one on-duty period later (grade Ⅰ → 2 years).
    assert.equal(f.periodMonths, 24);
    assert.equal(f.nextDueDate, '2028-09-01');
    assert.match(f.citation, /^GBZ 188-2025 §6\.1\.1; GBZ 188-2025 §6\.1\.2\.3/);
  });

  it('GBZ 188-2025 §6.1.2.3 a): dust grade Ⅱ+ → 1 year, grade 0/Ⅰ → 2 years', () => {
    assert.equal(one({ factor: '矽尘', examType: 'periodic', examDate: AFTER_2025, dustGrade: 2 }).periodMonths, 12);
    assert.equal(one({ factor: '矽尘', examType: 'periodic', examDate: AFTER_2025, dustGrade: 3 }).periodMonths, 12);
    assert.equal(one({ factor: '矽尘', examType: 'periodic', examDate: AFTER_2025, dustGrade: 1 }).periodMonths, 24);
    assert.equal(one({ factor: '矽尘', examType: 'periodic', examDate: AFTER_2025, dustGrade: 0 }).periodMonths, 24);
  });

  it('GBZ 188-2025 §6.1.2.3 b): small-opacity observation → yearly for 5 years, whatever the grade', () => {
    const f = one({ factor: '矽尘', examType: 'periodic', examDate: AFTER_2025, dustGrade: 1, smallOpacityObservation: true });
    assert.equal(f.periodMonths, 12);
    assert.equal(f.periodBranch?.id, 'small_opacity_observation');
    assert.equal(f.periodBranch?.forYears, 5);
  });

  it('without a dust grade the period is open (never assumed)', () => {
    const f = one({ factor: '矽尘', examType: 'periodic', examDate: AFTER_2025 });
    assert.equal(f.periodMonths, null);
    assert.match(f.periodNote ?? '', /dustGrade/);
  });

  it('GBZ 188-2025 §6.2.2.3 煤尘: grade Ⅰ → 3 years, Ⅱ+ → 2 years', () => {
    assert.equal(one({ factor: '煤尘', examType: 'periodic', examDate: AFTER_2025, dustGrade: 1 }).periodMonths, 36);
    assert.equal(one({ factor: '煤尘', examType: 'periodic', examDate: AFTER_2025, dustGrade: 2 }).periodMonths, 24);
  });

  it('GBZ 188-2025 §6.4.2.3: a range (2–3 years) uses its shorter end and reports the range', () => {
    const f = one({ factor: '水泥粉尘', examType: 'periodic', examDate: AFTER_2025, dustGrade: 2 });
    assert.equal(f.section, '6.4');
    assert.equal(f.periodMonths, 24);
    assert.deepEqual(f.periodRangeMonths, [24, 36]);
    assert.match(f.periodNote ?? '', /shorter end/);
  });
});

describe('examPlan — editions and availability', () => {
  it('picks GBZ 188-2014 on 2026-07-31 and GBZ 188-2025 on 2026-08-01 (benzene contraindications differ)', () => {
    const old = one({ factor: '苯', examType: 'pre_employment', examDate: '2026-07-31' });
    const neu = one({ factor: '苯', examType: 'pre_employment', examDate: '2026-08-01' });
    assert.equal(old.standard, 'GBZ 188-2014');
    assert.equal(neu.standard, 'GBZ 188-2025');
    assert.match(old.contraindications!.join(), /4\.0×10\^9\/L/);
    assert.match(neu.contraindications!.join(), /3\.5×10⁹\/L/);
    assert.match(neu.citation, /GBZ 188-2025 §5\.19\.1/);
  });

  it('GBZ 188-2025 §5.19.2.4: the benzene period clause follows the recheck clause 5.19.2.3', () => {
    const f = one({ factor: '苯', examType: 'periodic', examDate: AFTER_2025 });
    assert.equal(f.periodMonths, 12);
    assert.equal(f.recheck, '血常规异常者每周复查1次，连续2次');
    assert.match(f.citation, /§5\.19\.2\.4/);
  });

  it('an unknown factor gets ruleAvailable false with the reason; the other factors are still planned', () => {
    const r = examPlan({ hazardFactors: ['不存在的因素', '噪声'], examType: 'periodic', examDate: AFTER_2025, noiseLevel: 90 });
    const [unknown, noise] = r.factors;
    assert.equal(unknown!.ruleAvailable, false);
    assert.match(unknown!.reason ?? '', /not a GBZ 188 factor in the GBZ 188-2025 reference data/);
    assert.equal(unknown!.requiredItems, null);
    assert.equal(unknown!.periodMonths, null);
    assert.equal(unknown!.verified, false);
    assert.equal(noise!.ruleAvailable, true);
    assert.equal(r.verified, false);
    assert.match(r.citation, /GBZ 188-2025 §7\.1\.2/);
  });

  it('a section known by number but absent from the data names the section (GBZ 188-2025 §5.56)', () => {
    const f = one({ factor: '致喘物', examType: 'periodic', examDate: AFTER_2025 });
    assert.equal(f.ruleAvailable, false);
    assert.equal(f.section, '5.56');
    assert.match(f.reason ?? '', /GBZ 188-2025 §5\.56 .*not in the reference data/);
    assert.equal(f.citation, 'GBZ 188-2025 §5.56');
  });

  it('GBZ 188-2025 §5.22 甲醇 has no 在岗期间 part in the data → unavailable; 2014 has only a period', () => {
    const neu = one({ factor: '甲醇', examType: 'periodic', examDate: AFTER_2025 });
    assert.equal(neu.ruleAvailable, false);
    assert.match(neu.reason ?? '', /在岗期间 part is not in the reference data/);
    const old = one({ factor: '甲醇', examType: 'periodic', examDate: BEFORE_2025 });
    assert.equal(old.ruleAvailable, true);
    assert.equal(old.periodMonths, 36);
    assert.equal(old.requiredItems, null);
    assert.deepEqual(old.missingFields, ['requiredItems', 'optionalItems', 'targetDiseases', 'contraindications']);
  });

  it('accepts a CAS number from the 2025 section titles (71-43-2 → 苯)', () => {
    const f = one({ factor: '71-43-2', examType: 'periodic', examDate: AFTER_2025 });
    assert.equal(f.matchedFactor, '苯');
    assert.equal(f.matchedVia, 'cas');
  });

  it('radiation workers are governed by GBZ 98, not GBZ 188 → unavailable in both editions', () => {
    for (const examDate of [BEFORE_2025, AFTER_2025]) {
      const f = one({ factor: '电离辐射', examType: 'periodic', examDate });
      assert.equal(f.ruleAvailable, false);
      assert.match(f.reason ?? '', /GBZ 98-2020/);
      assert.equal(f.periodMonths, null);
    }
  });

  it('before GBZ 188-2014 took effect (2014-10-01) no edition is loaded', () => {
    const r = examPlan({ hazardFactors: ['噪声'], examType: 'periodic', examDate: '2014-09-30', noiseLevel: 90 });
    assert.equal(r.standard, null);
    assert.equal(r.factors[0]!.ruleAvailable, false);
    assert.match(r.factors[0]!.reason ?? '', /No GBZ 188 edition/);
  });

  it('defaults the exam date to today (CST)', () => {
    const r = examPlan({ hazardFactors: ['噪声'], examType: 'periodic', noiseLevel: 90 });
    assert.equal(r.examDate, todayCst());
  });
});

describe('examPlan — period rules by exposure (GBZ 188-2025 §5.1, §5.11, §9.4)', () => {
  it('§5.1.2.3 lead: blood lead 500 μg/L → recheck lead every 3 months; 300 → 1 year; 700 → no branch', () => {
    const mid = one({ factor: '铅', examType: 'periodic', examDate: AFTER_2025, bloodLeadUgPerL: 500 });
    assert.equal(mid.periodMonths, 3);
    assert.equal(mid.periodBranch?.scope, '复查血铅或尿铅');
    assert.equal(one({ factor: '铅', examType: 'periodic', examDate: AFTER_2025, bloodLeadUgPerL: 300 }).periodMonths, 12);
    assert.equal(one({ factor: '铅', examType: 'periodic', examDate: AFTER_2025, urineLeadUgPerL: 80 }).periodMonths, 3);
    assert.equal(one({ factor: '铅', examType: 'periodic', examDate: AFTER_2025, bloodLeadUgPerL: 700 }).periodMonths, null);
  });

  it('§5.11.2.3 phosphorus: full exam yearly, liver function every 6 months (supplementary period)', () => {
    const f = one({ factor: '黄磷', examType: 'periodic', examDate: AFTER_2025 });
    assert.equal(f.periodMonths, 12);
    assert.deepEqual(f.supplementaryPeriods.map((s) => [s.scope, s.months]), [['肝功能', 6]]);
  });

  it('§9.4.3.3 drivers: the period depends on the driver class; the part is cited as §9.4.3', () => {
    const f = one({ factor: '职业机动车驾驶作业', examType: 'periodic', examDate: AFTER_2025, driverClass: 'small_non_commercial' });
    assert.equal(f.periodMonths, 24);
    assert.match(f.citation, /§9\.4\.3; GBZ 188-2025 §9\.4\.3\.3/);
  });

  it('GBZ 188-2014 汞: the source lost the grading levels → period shown, not evaluated', () => {
    const f = one({ factor: '汞', examType: 'periodic', examDate: BEFORE_2025, toxicGrade: 2 });
    assert.equal(f.ruleAvailable, true);
    assert.equal(f.periodMonths, null);
    assert.match(f.periodNote ?? '', /grading levels are missing/);
  });
});

describe('examPlan — other exam types', () => {
  it('exit (离岗时) exams have no period and list no contraindications', () => {
    const f = one({ factor: '噪声', examType: 'exit', examDate: AFTER_2025, noiseLevel: 90 });
    assert.equal(f.ruleAvailable, true);
    assert.deepEqual(f.contraindications, []);
    assert.deepEqual(f.requiredItems, ['纯音听阈测试', '心电图']);
    assert.equal(f.periodMonths, null);
    assert.equal(f.nextDueDate, null);
    assert.match(f.citation, /§7\.1\.3$/);
  });

  it('post-employment follow-up: GBZ 188-2014 矽尘 every 3 years; not in the 2025 data', () => {
    const old = one({ factor: '矽尘', examType: 'post_employment', examDate: BEFORE_2025 });
    assert.equal(old.periodMonths, 36);
    assert.equal(old.nextDueDate, '2028-06-01');
    const neu = one({ factor: '矽尘', examType: 'post_employment', examDate: AFTER_2025 });
    assert.equal(neu.ruleAvailable, false);
  });

  it('emergency: GBZ 188-2014 苯 lists acute poisoning; the 2025 data has no emergency parts', () => {
    const old = one({ factor: '苯', examType: 'emergency', examDate: BEFORE_2025 });
    assert.deepEqual(old.targetDiseases, ['职业性急性苯中毒']);
    assert.equal(old.periodMonths, null);
    assert.equal(one({ factor: '苯', examType: 'emergency', examDate: AFTER_2025 }).ruleAvailable, false);
  });
});

describe('examPlan — invalid input (422 validation.failed)', () => {
  it('an empty factor list', () => {
    const issues = issuesOf(() => examPlan({ hazardFactors: [], examType: 'periodic' }));
    assert.deepEqual(issues.map((i) => [i.path, i.code]), [['hazardFactors', 'exam_plan.hazard_factors_required']]);
  });

  it('an unknown exam type', () => {
    const issues = issuesOf(() => examPlan({ hazardFactors: ['噪声'], examType: 'annual' as never }));
    assert.deepEqual(issues.map((i) => [i.path, i.code]), [['examType', 'exam_plan.exam_type_invalid']]);
  });

  it('names every bad field at once', () => {
    const issues = examPlanInputIssues({
      hazardFactors: ['噪声', ''],
      examType: 'periodic',
      examDate: '2025-02-30',
      lastExamDate: 'yesterday',
      noiseLevel: -3,
      dustGrade: 5,
      smallOpacityObservation: 'yes',
      bloodLeadUgPerL: -1,
      driverClass: 'truck',
    });
    assert.deepEqual(
      issues.map((i) => i.path),
      ['hazardFactors.1', 'examDate', 'lastExamDate', 'noiseLevel', 'dustGrade', 'smallOpacityObservation', 'bloodLeadUgPerL', 'driverClass'],
    );
  });

  it('a last exam after the exam date', () => {
    const issues = issuesOf(() => examPlan({ hazardFactors: ['噪声'], examType: 'periodic', examDate: '2025-01-01', lastExamDate: '2025-02-01' }));
    assert.deepEqual(issues.map((i) => i.code), ['exam_plan.last_exam_after_exam_date']);
  });

  it('a body that is not an object', () => {
    assert.deepEqual(examPlanInputIssues(null).map((i) => i.code), ['exam_plan.body_invalid']);
  });
});
