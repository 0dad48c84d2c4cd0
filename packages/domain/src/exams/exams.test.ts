import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { idNumberCheckCharacter } from '../validators/id-number.validator.ts';
import { checkExamRecord, hazardCategoryOf, isRadiationExamFactor } from './exam-checks.ts';
import { contraindicationNoticeDueDate, suspectedReportActions, suspectedReportTransition, contraindicationNoticeTransition } from './exam-follow-up.workflow.ts';
import { publicInstitutionCountyShare, suspectedOdRateByCategory } from './exam-indicators.ts';
import { type ExamRecordInput, chestRadiographCode, examRecordIssues } from './exam-record.ts';
import { surveillanceDue } from './surveillance-due.ts';

const first17 = '44078119800115123';
const ID = first17 + idNumberCheckCharacter(first17); // male (17th digit odd), born 1980-01-15
const WORKER = { sex: 'male' as const, birthDate: '1980-01-15' };
const flat = (v: number) => ({ '500': v, '1000': v, '2000': v, '3000': v, '4000': v, '6000': v });
const noiseLoss = { '500': 30, '1000': 35, '2000': 40, '3000': 60, '4000': 70, '6000': 65 };

function record(over: Partial<ExamRecordInput> = {}): ExamRecordInput {
  return {
    examNumber: 'TJ-2026-0001',
    examType: 'periodic',
    examDate: '2026-09-10',
    worker: { idNumber: ID, name: '陈大文' },
    hazardFactors: ['噪声'],
    items: { audiometry: { left: flat(15), right: flat(10) }, ecg: { isAbnormal: false } },
    conclusions: [{ hazardFactor: '噪声', conclusion: 'no_abnormality' }],
    ...over,
  };
}
const TODAY = { today: '2026-11-22' };

describe('exam record validation', () => {
  it('accepts a complete noise exam', () => {
    assert.deepEqual(examRecordIssues(record(), TODAY), []);
  });
  it('names every bad field with the record prefix', () => {
    const bad = record({
      examDate: '2027-01-01',
      worker: { idNumber: '440781198001151230', name: '' },
      hazardFactors: ['噪声', '苯'],
      conclusions: [{ hazardFactor: '噪声', conclusion: 'suspected_od' }, { hazardFactor: '矽尘', conclusion: 'no_abnormality' }],
    });
    const codes = examRecordIssues(bad, { ...TODAY, prefix: 'records.3.' }).map((i) => `${i.path}:${i.code}`);
    assert.ok(codes.includes('records.3.examDate:exam.date_in_future'), codes.join());
    assert.ok(codes.includes('records.3.worker.idNumber:id_number.check_character'), codes.join());
    assert.ok(codes.includes('records.3.worker.name:exam.worker_name_required'), codes.join());
    assert.ok(codes.includes('records.3.conclusions.0.suspectedDisease:exam.suspected_disease_required'), codes.join());
    assert.ok(codes.includes('records.3.conclusions.1.hazardFactor:exam.conclusion_factor_unknown'), codes.join());
    assert.ok(codes.includes('records.3.hazardFactors.1:exam.conclusion_missing'), codes.join());
  });
  it('needs a recheck date where GBZ 188 gives no recheck interval (noise), not for benzene (§5.19.2.3: weekly)', () => {
    const noise = examRecordIssues(record({ conclusions: [{ hazardFactor: '噪声', conclusion: 'recheck' }] }), TODAY);
    assert.deepEqual(noise.map((i) => i.code), ['exam.recheck_date_required']);
    const benzene = record({ hazardFactors: ['苯'], conclusions: [{ hazardFactor: '苯', conclusion: 'recheck' }] });
    assert.deepEqual(examRecordIssues(benzene, TODAY), []);
  });
  it('maps chest radiograph results to the case-card codes C_ZYB_1.5', () => {
    assert.equal(chestRadiographCode('no_abnormality'), '1');
    assert.equal(chestRadiographCode('pneumoconiosis_like'), '2');
  });
});

describe('automatic checks', () => {
  it('a noise periodic exam with audiometry and ECG is complete under GBZ 188-2025 §7.1.2', () => {
    const r = checkExamRecord(record(), WORKER);
    assert.equal(r.ruleEdition, 'GBZ 188-2025');
    assert.equal(r.isComplete, true);
    assert.deepEqual(r.flags, []);
    assert.equal(r.factors[0]!.category, 'physical');
  });
  it('flags a missing ECG as incomplete, with the clause and edition', () => {
    const r = checkExamRecord(record({ items: { audiometry: { left: flat(15), right: flat(10) } } }), WORKER);
    assert.equal(r.isComplete, false);
    const f = r.flags.find((x) => x.code === 'incomplete')!;
    assert.deepEqual(f.missingItems, ['心电图']);
    assert.equal(f.ruleEdition, 'GBZ 188-2025');
    assert.match(f.citation, /GBZ 188-2025 §7\.1\.2/);
  });
  it('uses the 2014 edition before 2026-08-01 and lists inquiry items as not checked', () => {
    const r = checkExamRecord(record({ examType: 'pre_employment', examDate: '2025-05-06', items: { audiometry: { left: flat(10), right: flat(10) }, ecg: { isAbnormal: false }, bloodCount: { isAbnormal: false }, liverFunction: { alt: 20, isAbnormal: false }, others: [{ code: 'URINE', name: '尿常规', value: '阴性' }] } }), WORKER);
    assert.equal(r.ruleEdition, 'GBZ 188-2014');
    assert.equal(r.isComplete, true, JSON.stringify(r.flags));
    assert.deepEqual(r.factors[0]!.notCheckedItems, ['症状询问（耳鸣、耳聋等）', '内科常规检查', '耳科常规检查']);
  });
  it('benzene recheck opens a due date 7 days after the exam (GBZ 188-2025 §5.19 复查)', () => {
    const r = checkExamRecord(
      record({
        hazardFactors: ['苯'],
        items: { bloodCount: { wbc: 3.1, isAbnormal: true }, liverFunction: { isAbnormal: false }, ecg: { isAbnormal: false }, others: [{ code: 'U', name: '尿常规', value: '正常' }, { code: 'B', name: '肝脾B超', value: '未见异常' }] },
        conclusions: [{ hazardFactor: '苯', conclusion: 'recheck' }],
      }),
      WORKER,
    );
    assert.equal(r.isComplete, true, JSON.stringify(r.flags));
    assert.equal(r.recheckDueDate, '2026-09-17');
    const f = r.flags.find((x) => x.code === 'recheck_due')!;
    assert.match(f.citation, /GBZ 188-2025 §5\.19/);
  });
  it('flags a suspected noise deafness the audiogram does not support (GBZ 49)', () => {
    const r = checkExamRecord(record({ conclusions: [{ hazardFactor: '噪声', conclusion: 'suspected_od', suspectedDisease: '职业性噪声聋' }] }), WORKER);
    assert.ok(r.flags.some((f) => f.code === 'audiometry_inconsistent' && /GBZ 49-2014/.test(f.citation)));
    assert.ok(r.flags.some((f) => f.code === 'suspected_od'));
  });
  it('flags “no abnormality” over a screening-positive audiogram (binaural high-frequency average ≥ 40 dB)', () => {
    const r = checkExamRecord(record({ items: { audiometry: { left: noiseLoss, right: noiseLoss }, ecg: { isAbnormal: false } } }), WORKER);
    assert.equal(r.hearing?.screeningPositive, true);
    assert.ok(r.flags.some((f) => f.code === 'audiometry_inconsistent' && /§7\.1\.2\.2/.test(f.citation)));
    const ok = checkExamRecord(record({ items: { audiometry: { left: noiseLoss, right: noiseLoss }, ecg: { isAbnormal: false } }, conclusions: [{ hazardFactor: '噪声', conclusion: 'suspected_od', suspectedDisease: '职业性噪声聋' }] }), WORKER);
    assert.equal(ok.hearing?.grade !== 'none', true);
    assert.ok(!ok.flags.some((f) => f.code === 'audiometry_inconsistent'));
  });
  it('flags a pre-employment “no abnormality” with a speech-frequency threshold > 25 dB (§7.1.1.1 a)', () => {
    const a = { ...flat(10), '1000': 35 };
    const r = checkExamRecord(record({ examType: 'pre_employment', items: { audiometry: { left: a, right: flat(10) }, ecg: { isAbnormal: false }, bloodCount: { isAbnormal: false }, liverFunction: { isAbnormal: false }, others: [{ code: 'U', name: '尿常规', value: '-' }] } }), WORKER);
    const f = r.flags.find((x) => x.code === 'audiometry_inconsistent')!;
    assert.match(f.message, /左耳1000 Hz/);
    assert.match(f.citation, /§7\.1\.1\.1 a\)/);
  });
  it('says so when GBZ 188 does not govern the factor (radiation: GBZ 98)', () => {
    const r = checkExamRecord(record({ hazardFactors: ['电离辐射'], conclusions: [{ hazardFactor: '电离辐射', conclusion: 'no_abnormality' }] }), WORKER);
    assert.ok(r.flags.some((f) => f.code === 'rule_unavailable'));
    assert.equal(r.isComplete, true);
  });
});

describe('overdue surveillance', () => {
  const exp = { workerId: 'w1', employerId: 'e1', hazardFactor: '噪声', from: '2025-01-01', to: null };
  it('no pre-employment exam for a started exposure', () => {
    const d = surveillanceDue({ asOf: '2026-11-22', exposures: [exp], exams: [] });
    assert.deepEqual(d.map((x) => x.kind), ['no_pre_employment']);
    assert.equal(d[0]!.dueDate, '2025-01-01');
  });
  it('periodic overdue: noise without a known level uses the shortest GBZ 188 period (12 months) and says so', () => {
    const d = surveillanceDue({ asOf: '2026-11-22', exposures: [exp], exams: [{ workerId: 'w1', employerId: 'e1', examType: 'pre_employment', examDate: '2024-12-20', hazardFactors: ['噪声'] }] });
    assert.equal(d.length, 1);
    assert.equal(d[0]!.kind, 'periodic_overdue');
    assert.equal(d[0]!.dueDate, '2025-12-20');
    assert.equal(d[0]!.periodAssumed, true);
    assert.match(d[0]!.citation, /GBZ 188-2014/);
  });
  it('an exam at another employer does not count; an exam at this one within the period clears it', () => {
    const other = surveillanceDue({ asOf: '2026-11-22', exposures: [exp], exams: [{ workerId: 'w1', employerId: 'e2', examType: 'pre_employment', examDate: '2025-01-01', hazardFactors: ['噪声'] }] });
    assert.equal(other[0]!.kind, 'no_pre_employment');
    const fine = surveillanceDue({
      asOf: '2026-11-22',
      exposures: [exp],
      exams: [
        { workerId: 'w1', employerId: 'e1', examType: 'pre_employment', examDate: '2024-12-20', hazardFactors: ['噪声'] },
        { workerId: 'w1', employerId: 'e1', examType: 'periodic', examDate: '2026-03-01', hazardFactors: ['噪声', '矽尘'] },
      ],
    });
    assert.deepEqual(fine, []);
  });
  it('missing exit exam after the exposure ended, and assessment flags plug in', () => {
    const d = surveillanceDue({
      asOf: '2026-11-22',
      exposures: [{ ...exp, to: '2026-06-30' }],
      exams: [{ workerId: 'w1', employerId: 'e1', examType: 'pre_employment', examDate: '2024-12-20', hazardFactors: ['噪声'] }],
      flags: [{ workerId: 'w2', employerId: 'e1', hazardFactor: '矽尘', flaggedOn: '2026-10-01', reason: '岗位粉尘超标', citation: 'GBZ 2.1-2019' }],
    });
    assert.deepEqual(d.map((x) => x.kind).sort(), ['exit_missing', 'flagged']);
  });
});

describe('follow-up workflows', () => {
  it('suspected report: employer acknowledges and arranges diagnosis; the diagnosis institution records the outcome', () => {
    let s = suspectedReportTransition('reported', 'acknowledge', 'employer');
    assert.equal(s, 'employer_notified');
    s = suspectedReportTransition(s, 'arrange_diagnosis', 'employer');
    assert.equal(s, 'diagnosis_arranged');
    assert.deepEqual(suspectedReportActions(s, 'regulator'), ['record_outcome', 'close']);
    assert.equal(suspectedReportTransition(s, 'record_outcome', 'diagnosis_institution'), 'diagnosed');
  });
  it('a wrong actor is 403, a wrong state 409', () => {
    assert.throws(() => suspectedReportTransition('reported', 'acknowledge', 'regulator'), (e: { code: string }) => e.code === 'suspected_report.action_not_allowed');
    assert.throws(() => suspectedReportTransition('diagnosed', 'close', 'regulator'), (e: { code: string }) => e.code === 'suspected_report.invalid_transition');
    assert.throws(() => contraindicationNoticeTransition('confirmed_moved', 'confirm_moved', 'employer'), (e: { code: string }) => e.code === 'contraindication_notice.invalid_transition');
  });
  it('contraindication notice is due 30 days after the exam (OHNet default)', () => {
    assert.equal(contraindicationNoticeDueDate('2026-09-10'), '2026-10-10');
  });
});

describe('exam indicators', () => {
  it('county share counts counties with a public institution', () => {
    const r = publicInstitutionCountyShare(['440781', '440783', '440700'], [{ regionCode: '440781001', isPublic: true }, { regionCode: '440783117', isPublic: false }]);
    assert.deepEqual({ n: r.numerator, d: r.denominator, v: r.value, w: r.countiesWithout }, { n: 1, d: 2, v: 0.5, w: ['440783'] });
  });
  it('suspected OD per 1,000 examined by category counts distinct workers', () => {
    const rows = [
      { workerId: 'a', category: 'physical' as const, isSuspected: true },
      { workerId: 'a', category: 'physical' as const, isSuspected: false },
      { workerId: 'b', category: 'physical' as const, isSuspected: false },
      { workerId: 'c', category: 'dust' as const, isSuspected: false },
    ];
    assert.deepEqual(suspectedOdRateByCategory(rows), [
      { category: 'dust', suspectedCount: 0, examinedCount: 1, ratePer1000: 0 },
      { category: 'physical', suspectedCount: 1, examinedCount: 2, ratePer1000: 500 },
    ]);
  });
});

describe('radiation-worker exams (GBZ 98-2020)', () => {
  it('accepts 电离辐射 and the catalogue\'s 放射性因素 items as category radioactive; other factors are not radiation', () => {
    for (const f of ['电离辐射', '电离辐射（放射工作人员）', 'X射线', 'X射线装置（含CT机）产生的电离辐射（X射线）']) {
      assert.equal(isRadiationExamFactor(f), true, f);
      assert.equal(hazardCategoryOf(f, '2026-09-10'), 'radioactive', f);
    }
    for (const f of ['噪声', '矽尘', '苯']) assert.equal(isRadiationExamFactor(f), false, f);
  });

  it('checks a radiation exam without inventing GBZ 98 items: rule_unavailable citing GBZ 98-2020, complete, category kept', () => {
    const r = checkExamRecord(
      record({ hazardFactors: ['电离辐射'], items: { bloodCount: { wbc: 6.1, hgb: 145, plt: 210, isAbnormal: false } }, conclusions: [{ hazardFactor: '电离辐射', conclusion: 'no_abnormality' }] }),
      WORKER,
    );
    assert.deepEqual(r.flags.map((f) => f.code), ['rule_unavailable']);
    assert.match(r.flags[0]!.citation, /GBZ 98-2020/);
    assert.equal(r.isComplete, true);
    assert.equal(r.factors[0]!.category, 'radioactive');
    assert.equal(r.factors[0]!.standard, 'GBZ 98-2020');
  });
});
