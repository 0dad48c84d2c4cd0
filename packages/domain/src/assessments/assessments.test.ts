import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  allowedRectificationActions,
  canFile,
  crossCheckDeclaredTested,
  isRectificationOverdue,
  judgePoint,
  monitoringPassRate,
  nextPeriodicTestDue,
  qualificationIssues,
  rectificationDueDate,
  rectificationTransition,
  reportHeaderIssues,
  rollUpPoints,
  validateAndJudgeReport,
  type AssessmentReportInput,
  type MeasurementPointInput,
  type TechServiceQualification,
} from './index.ts';

const qualification: TechServiceQualification = {
  qualificationClass: 'B',
  qualificationNumber: '粤卫职技字（2024）第012号',
  validFrom: '2024-01-01',
  validTo: '2028-12-31',
  issuingProvinceCode: '44',
  categories: ['dust', 'chemical', 'physical'],
  serviceKinds: ['periodic_test', 'status_eval'],
};

describe('technical service qualification (职业卫生技术服务机构管理办法 2020)', () => {
  it('a valid 乙级 qualification covering the work in its province may file', () => {
    const r = canFile(qualification, { kind: 'periodic_test', categories: ['dust', 'physical'], date: '2026-06-01', employerRegionCode: '440781111' });
    assert.equal(r.ok, true);
    assert.equal(r.verified, false);
  });
  it('refuses an expired qualification, an uncovered kind and category, and 乙级 outside its province', () => {
    const r = canFile(qualification, { kind: 'pre_assessment', categories: ['radioactive'], date: '2029-01-02', employerRegionCode: '640302' });
    assert.equal(r.ok, false);
    assert.deepEqual(r.ok ? [] : r.issues.map((i) => i.code), ['qualification.expired', 'qualification.kind_not_covered', 'qualification.category_not_covered', 'qualification.region_not_covered']);
  });
  it('甲级 works nationwide; not yet valid and revoked are refused', () => {
    assert.equal(canFile({ ...qualification, qualificationClass: 'A' }, { kind: 'periodic_test', categories: ['dust'], date: '2026-06-01', employerRegionCode: '640302' }).ok, true);
    const r = canFile({ ...qualification, isRevoked: true }, { kind: 'periodic_test', categories: ['dust'], date: '2023-06-01', employerRegionCode: '440781' });
    assert.deepEqual(r.ok ? [] : r.issues.map((i) => i.code), ['qualification.revoked', 'qualification.not_yet_valid']);
  });
  it('checks the record itself', () => {
    assert.deepEqual(qualificationIssues(qualification), []);
    const codes = qualificationIssues({ ...qualification, validTo: '2023-01-01', categories: [], qualificationNumber: ' ' }).map((i) => i.code);
    assert.deepEqual(codes, ['qualification.number_required', 'qualification.dates_out_of_order', 'qualification.scope_empty']);
  });
});

const point = (p: Partial<MeasurementPointInput> & Pick<MeasurementPointInput, 'measurement' | 'hazardFactor'>): MeasurementPointInput => ({ postName: '打磨工', ...p });

describe('judging measurement points with the GBZ 2.1 / 2.2 calculators', () => {
  it('矽尘 total dust, free SiO₂ 35 %: C_TWA 1.2 mg/m³ exceeds PC-TWA 1 (GBZ 2.1-2019 表2, 10–50 % band)', () => {
    // 3 samples: 1.5 mg/m³ × 160 min, 1.2 × 160, 0.9 × 160 → C_TWA = (240+192+144)/480 = 1.2
    const r = judgePoint(point({ hazardFactor: '矽尘', measurement: { type: 'dust', fraction: 'total', freeSilicaPercent: 35, twaSamples: [{ concentration: 1.5, minutes: 160 }, { concentration: 1.2, minutes: 160 }, { concentration: 0.9, minutes: 160 }] } }), 0, '2026-05-10');
    assert.ok(r.ok);
    assert.equal(r.judgement.verdict, 'exceeding');
    assert.equal(r.judgement.category, 'dust');
    const twa = r.judgement.checks.find((c) => c.name === 'twa')!;
    assert.ok(Math.abs(twa.value! - 1.2) < 1e-9);
    assert.equal(twa.limit, 1);
    assert.match(r.judgement.factor, /矽尘/);
    assert.match(r.judgement.citation, /GBZ 2\.1-2019/);
    assert.equal(r.judgement.ruleEdition, 'GBZ 2.1-2019');
  });
  it('矽尘 at 60 % free SiO₂ uses the stricter band (PC-TWA 0.7): C_TWA 0.6 complies', () => {
    const r = judgePoint(point({ hazardFactor: '矽尘', measurement: { type: 'dust', fraction: 'total', freeSilicaPercent: 60, twaSamples: [{ concentration: 0.6, minutes: 480 }] } }), 0, '2026-05-10');
    assert.ok(r.ok);
    assert.equal(r.judgement.verdict, 'compliant');
    assert.equal(r.judgement.checks[0]!.limit, 0.7);
  });
  it('苯 (printed 2019 values): C_TWA 4 complies with PC-TWA 6, C_STE 12 exceeds PC-STEL 10', () => {
    const r = judgePoint(
      point({ postName: '喷漆工', hazardFactor: '苯', measurement: { type: 'chemical', twaSamples: [{ concentration: 4, minutes: 480 }], stelSamples: [{ concentration: 12, minutes: 15 }] } }),
      1,
      '2026-05-10',
    );
    assert.ok(r.ok);
    const byName = Object.fromEntries(r.judgement.checks.map((c) => [c.name, c]));
    assert.equal(byName.twa!.limit, 6);
    assert.equal(byName.twa!.status, 'compliant');
    assert.equal(byName.stel!.limit, 10);
    assert.equal(byName.stel!.status, 'exceeds');
    assert.equal(r.judgement.verdict, 'exceeding');
    assert.equal(r.judgement.worstRatio, 1.2);
  });
  it('噪声: L_Aeq 90 dB(A) for 4 h and 80 for 4 h → L_EX,8h 87.4 > 85 (GBZ 2.2-2007 §11.2.1)', () => {
    const r = judgePoint(point({ hazardFactor: '噪声', measurement: { type: 'noise', segments: [{ laeq: 90, hours: 4 }, { laeq: 80, hours: 4 }] } }), 2, '2026-05-10');
    assert.ok(r.ok);
    assert.equal(r.judgement.checks[0]!.value, 87.4);
    assert.equal(r.judgement.verdict, 'exceeding');
    assert.equal(r.judgement.ruleEdition, 'GBZ 2.2-2007');
  });
  it('噪声 given as L_EX,8h 85.0 is compliant (limit is exceeded only above 85)', () => {
    const r = judgePoint(point({ hazardFactor: '噪声', measurement: { type: 'noise', lex8h: 85 } }), 0, '2026-05-10');
    assert.ok(r.ok);
    assert.equal(r.judgement.verdict, 'compliant');
  });
  it('高温: WBGT 30 ℃, class III, 100 % exposure: limit 26 (表8) → exceeding', () => {
    const r = judgePoint(point({ hazardFactor: '高温', measurement: { type: 'heat', wbgt: 30, labourIntensityClass: 'III', exposureTimeRatePercent: 100 } }), 0, '2026-07-10');
    assert.ok(r.ok);
    assert.equal(r.judgement.checks[0]!.limit, 26);
    assert.equal(r.judgement.verdict, 'exceeding');
  });
  it('an unknown factor is an issue naming the point; a date before GBZ 2.1-2019 is not judgeable', () => {
    const bad = judgePoint(point({ hazardFactor: '不存在的物质', measurement: { type: 'chemical', twaSamples: [{ concentration: 1, minutes: 480 }] } }), 3, '2026-05-10');
    assert.equal(bad.ok, false);
    assert.equal(bad.ok ? '' : bad.issues[0]!.path, 'points.3.hazardFactor');
    assert.equal(bad.ok ? '' : bad.issues[0]!.code, 'assessment.unknown_factor');
    const old = judgePoint(point({ hazardFactor: '苯', measurement: { type: 'chemical', twaSamples: [{ concentration: 1, minutes: 480 }] } }), 0, '2019-06-01');
    assert.ok(old.ok);
    assert.equal(old.judgement.verdict, 'not_judgeable');
    assert.equal(old.judgement.reason, 'no_edition_in_force');
  });
});

const report = (over: Partial<AssessmentReportInput> = {}): AssessmentReportInput => ({
  kind: 'periodic_test',
  reportNumber: 'AK-2026-001',
  samplingStartDate: '2026-05-10',
  samplingEndDate: '2026-05-11',
  reportDate: '2026-05-20',
  conclusion: '打磨岗位矽尘超标',
  points: [point({ hazardFactor: '噪声', measurement: { type: 'noise', lex8h: 82 } })],
  ...over,
});

describe('report validation (same for form, batch and Excel)', () => {
  it('accepts a good report and judges every point', () => {
    const r = validateAndJudgeReport(report(), '2026-06-01');
    assert.ok(r.ok);
    assert.equal(r.value.judgements[0]!.verdict, 'compliant');
    assert.deepEqual(r.value.categories, ['physical']);
  });
  it('names dates out of order and in the future', () => {
    const codes = reportHeaderIssues(report({ samplingStartDate: '2026-05-12', samplingEndDate: '2026-05-11', reportDate: '2026-07-01' }), '2026-06-01').map((i) => `${i.path}:${i.code}`);
    assert.deepEqual(codes, ['samplingEndDate:assessment.dates_out_of_order', 'reportDate:assessment.date_in_future']);
    const late = reportHeaderIssues(report({ samplingEndDate: '2026-05-21' }), '2026-06-01').map((i) => `${i.path}:${i.code}`);
    assert.deepEqual(late, ['reportDate:assessment.dates_out_of_order']);
  });
  it('names the point index and field of bad samples', () => {
    const r = validateAndJudgeReport(
      report({
        points: [
          point({ hazardFactor: '苯', measurement: { type: 'chemical', stelSamples: [{ concentration: -1, minutes: 30 }] } }),
          point({ hazardFactor: '噪声', samplingDate: '2026-04-01', measurement: { type: 'noise', segments: [{ laeq: 90, hours: 4 }], lex8h: 90 } }),
        ],
      }),
      '2026-06-01',
    );
    assert.equal(r.ok, false);
    assert.deepEqual(r.ok ? [] : r.issues.map((i) => `${i.path}:${i.code}`), [
      'points.0.measurement.stelSamples.0.concentration:assessment.concentration_invalid',
      'points.0.measurement.stelSamples.0.minutes:assessment.minutes_invalid',
      'points.1.samplingDate:assessment.date_outside_sampling',
      'points.1.measurement.segments:assessment.noise_input',
    ]);
  });
});

describe('roll-up point → post → employer', () => {
  it('counts exceeding points, compliant share and the worst factor', () => {
    const r = rollUpPoints([
      { postName: '打磨工', factor: '矽尘', verdict: 'exceeding', worstRatio: 1.2 },
      { postName: '打磨工', factor: '噪声', verdict: 'exceeding', worstRatio: 1.74 },
      { postName: '喷漆工', factor: '苯', verdict: 'compliant', worstRatio: 0.5 },
      { postName: '喷漆工', factor: '甲苯', verdict: 'not_judgeable', worstRatio: null },
    ]);
    assert.equal(r.exceeding, 2);
    assert.equal(r.compliantShare, 0.3333);
    assert.deepEqual(r.worstFactor, { factor: '噪声', postName: '打磨工', ratio: 1.74 });
    assert.deepEqual(r.posts.map((p) => [p.postName, p.exceeding, p.compliantShare]), [['打磨工', 2, 0], ['喷漆工', 0, 1]]);
  });
});

describe('periodic testing frequency (工作场所职业卫生管理规定 2020 第二十条)', () => {
  it('严重: yearly; 一般: every three years; never tested is overdue', () => {
    assert.deepEqual(
      [nextPeriodicTestDue({ hazardClass: 'severe', lastTestedOn: '2025-03-01', asOf: '2026-03-02' })].map((r) => [r.dueDate, r.overdue, r.daysOverdue]),
      [['2026-03-01', true, 1]],
    );
    const general = nextPeriodicTestDue({ hazardClass: 'general', lastTestedOn: '2024-02-29', asOf: '2026-03-02' });
    assert.equal(general.dueDate, '2027-02-28');
    assert.equal(general.overdue, false);
    assert.equal(nextPeriodicTestDue({ hazardClass: null, lastTestedOn: null, asOf: '2026-03-02' }).status, 'never_tested');
  });
  it('cross-checks measured vs declared factors per post through the catalogue', () => {
    const r = crossCheckDeclaredTested(
      [{ postName: '打磨工', factorName: '矽尘' }, { postName: '打磨工', factorName: '噪声' }, { postName: '喷漆工', factorName: '苯' }],
      [{ postName: '打磨工', factorName: '矽尘（10%≤游离SiO2含量≤50%）' }, { postName: '打磨工', factorName: '噪声' }, { postName: '打磨工', factorName: '甲苯' }],
    );
    assert.deepEqual(r.measuredNotDeclared, [{ postName: '打磨工', factorName: '甲苯' }]);
    assert.deepEqual(r.declaredNotTested, [{ postName: '喷漆工', factorName: '苯' }]);
  });
});

describe('rectification workflow', () => {
  it('open → evidence_submitted → reopened → evidence_submitted → closed', () => {
    const step1 = rectificationTransition('open', 'submit_evidence', 'employer');
    assert.deepEqual(step1, { ok: true, to: 'evidence_submitted' });
    const noReason = rectificationTransition('evidence_submitted', 'reopen', 'regulator', ' ');
    assert.equal(noReason.ok ? 0 : noReason.error.kind, 'invalid');
    assert.deepEqual(rectificationTransition('evidence_submitted', 'reopen', 'regulator', '证据不足'), { ok: true, to: 'reopened' });
    assert.deepEqual(rectificationTransition('reopened', 'submit_evidence', 'employer'), { ok: true, to: 'evidence_submitted' });
    assert.deepEqual(rectificationTransition('evidence_submitted', 'close', 'regulator'), { ok: true, to: 'closed' });
  });
  it('403 for the wrong actor, 409 for the wrong state', () => {
    const wrongActor = rectificationTransition('evidence_submitted', 'close', 'employer');
    assert.equal(wrongActor.ok ? '' : wrongActor.error.code, 'rectification.action_forbidden');
    const wrongState = rectificationTransition('closed', 'close', 'regulator');
    assert.equal(wrongState.ok ? '' : wrongState.error.code, 'rectification.invalid_transition');
    assert.deepEqual(allowedRectificationActions('open', 'regulator'), []);
  });
  it('due 30 days after the report; overdue when open past it', () => {
    assert.equal(rectificationDueDate('2026-05-20'), '2026-06-19');
    assert.equal(isRectificationOverdue({ state: 'open', dueDate: '2026-06-19' }, '2026-06-20'), true);
    assert.equal(isRectificationOverdue({ state: 'closed', dueDate: '2026-06-19' }, '2026-06-20'), false);
  });
});

describe('工作场所职业病危害因素监测合格率', () => {
  it('counts compliant ÷ judged points of current periodic tests in the region and year (hand count)', () => {
    const base = { regionCode: '440781111', reportKind: 'periodic_test' as const, isCurrentVersion: true, samplingDate: '2026-05-10' };
    const r = monitoringPassRate({
      regionPrefix: '440781',
      year: 2026,
      points: [
        { ...base, pointId: '1', category: 'dust', verdict: 'exceeding' },
        { ...base, pointId: '2', category: 'dust', verdict: 'compliant' },
        { ...base, pointId: '3', category: 'physical', verdict: 'compliant' },
        { ...base, pointId: '4', category: 'chemical', verdict: 'not_judgeable' },
        { ...base, pointId: '5', category: 'dust', verdict: 'compliant', isCurrentVersion: false },
        { ...base, pointId: '6', category: 'dust', verdict: 'compliant', reportKind: 'status_eval' },
        { ...base, pointId: '7', category: 'dust', verdict: 'compliant', regionCode: '440783' },
        { ...base, pointId: '8', category: 'dust', verdict: 'compliant', samplingDate: '2025-12-31' },
      ],
    });
    // In scope: 1, 2, 3, 4 → judged 3, compliant 2.
    assert.deepEqual([r.numerator, r.denominator, r.notJudgeable, r.value], [2, 3, 1, 0.6667]);
    assert.deepEqual([r.byCategory.dust.numerator, r.byCategory.dust.denominator], [1, 2]);
    assert.equal(r.byCategory.chemical.value, null);
  });
});
