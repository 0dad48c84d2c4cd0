import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { OhnetError } from '../errors/errors.ts';
import { todayCst } from '../rules/rule-pack.ts';
import {
  LEGAL_CLOCK_RULES,
  declarationDeadlineInputIssues,
  declarationDeadlines,
  examReportDeadlineInputIssues,
  examReportDeadlines,
  periodicTestingDeadlines,
  periodicTestingInputIssues,
} from './legal-clocks.ts';

const NATIONAL_DAY_2025 = ['2025-10-01', '2025-10-02', '2025-10-03', '2025-10-04', '2025-10-05', '2025-10-06', '2025-10-07', '2025-10-08'];

describe('declarationDeadlines — 职业病危害项目申报办法 (安监总局令第48号)', () => {
  it('第八条第（一）项: initial declaration 30 days after 竣工验收; the due day itself is on time', () => {
    const d = declarationDeadlines({ kind: 'initial', eventDate: '2025-06-10', asOf: '2025-07-10' });
    assert.equal(d.dueDate, '2025-07-10');
    assert.equal(d.overdue, false);
    assert.equal(d.daysRemaining, 0);
    assert.equal(d.citation, '职业病危害项目申报办法-2012 第八条第（一）项（国家安全生产监督管理总局令第48号）');
    assert.equal(d.verified, true);
    assert.equal(declarationDeadlines({ kind: 'initial', eventDate: '2025-06-10', asOf: '2025-07-11' }).overdue, true);
  });

  it('第八条第（二）至（四）项: change declaration 15 days after the change', () => {
    const d = declarationDeadlines({ kind: 'change', eventDate: '2025-06-10', asOf: '2025-06-20' });
    assert.equal(d.dueDate, '2025-06-25');
    assert.equal(d.overdue, false);
    assert.equal(d.daysRemaining, 5);
  });

  it('第九条: cancellation 15 days after operations end', () => {
    assert.equal(declarationDeadlines({ kind: 'cancellation', eventDate: '2025-12-20', asOf: '2025-12-20' }).dueDate, '2026-01-04');
  });

  it('民法典 art. 203: a due date on a holiday moves past the holiday when the calendar is given', () => {
    // 2025-09-01 + 30 days = 2025-10-01, National Day → 2025-10-09
    assert.equal(declarationDeadlines({ kind: 'initial', eventDate: '2025-09-01', asOf: '2025-09-02' }).dueDate, '2025-10-01');
    assert.equal(declarationDeadlines({ kind: 'initial', eventDate: '2025-09-01', asOf: '2025-09-02', holidays: NATIONAL_DAY_2025 }).dueDate, '2025-10-09');
  });

  it('annual update: interval > 11 and ≤ 13 months (declaration-system rule, unverified)', () => {
    const at = (asOf: string) => declarationDeadlines({ kind: 'annual', eventDate: '2025-03-15', asOf });
    const d = at('2026-03-01');
    assert.equal(d.windowOpens, '2026-02-16');
    assert.equal(d.dueDate, '2026-04-15');
    assert.equal(d.early, false);
    assert.equal(d.overdue, false);
    assert.equal(d.verified, false);
    assert.match(d.citation, /职业病危害项目申报系统年度更新规则-2022/);
    assert.equal(at('2026-02-15').early, true); // exactly 11 months: not yet "> 11 months"
    assert.equal(at('2026-04-15').overdue, false); // exactly 13 months: not "超过13个月"
    assert.equal(at('2026-04-16').overdue, true);
  });

  it('annual update from a month end clamps to the month end (民法典 art. 202)', () => {
    const d = declarationDeadlines({ kind: 'annual', eventDate: '2025-01-31', asOf: '2026-01-15' });
    assert.equal(d.windowOpens, '2026-01-01');
    assert.equal(d.dueDate, '2026-02-28');
  });

  it('defaults asOf to today (CST)', () => {
    assert.equal(declarationDeadlines({ kind: 'change', eventDate: '2025-01-01' }).asOf, todayCst());
  });

  it('invalid input: unknown kind and bad dates', () => {
    assert.deepEqual(
      declarationDeadlineInputIssues({ kind: 'yearly', eventDate: '2025-13-01', asOf: 'now', holidays: ['2025-10-01', 'x'] }).map((i) => [i.path, i.code]),
      [
        ['eventDate', 'declaration.date_invalid'],
        ['asOf', 'declaration.date_invalid'],
        ['holidays.1', 'declaration.date_invalid'],
        ['kind', 'declaration.kind_invalid'],
      ],
    );
    assert.throws(() => declarationDeadlines({ kind: 'initial', eventDate: '' }), (e: unknown) => e instanceof OhnetError && e.kind === 'invalid');
  });
});

describe('periodicTestingDeadlines — 工作场所职业卫生管理规定 (国家卫生健康委员会令第5号) 第二十条', () => {
  it('第一款: a severe-hazard employer last tested 2025-03-10 → next test due 2026-03-10', () => {
    const r = periodicTestingDeadlines({ hazardClass: 'severe', lastTestDate: '2025-03-10', lastStatusEvaluationDate: '2024-05-20', asOf: '2026-03-10' });
    assert.equal(r.testing.dueDate, '2026-03-10');
    assert.equal(r.testing.intervalMonths, 12);
    assert.equal(r.testing.overdue, false);
    assert.equal(r.statusEvaluation?.dueDate, '2027-05-20');
    assert.equal(r.statusEvaluation?.intervalMonths, 36);
    assert.equal(r.citation, '工作场所职业卫生管理规定-2021 第二十条第一款（国家卫生健康委员会令第5号）');
    assert.equal(r.verified, true);
    assert.equal(periodicTestingDeadlines({ hazardClass: 'severe', lastTestDate: '2025-03-10', asOf: '2026-03-11' }).testing.overdue, true);
  });

  it('第一款: without a previous status evaluation date the evaluation due date is open', () => {
    const r = periodicTestingDeadlines({ hazardClass: 'severe', lastTestDate: '2025-03-10', asOf: '2025-04-01' });
    assert.equal(r.statusEvaluation?.dueDate, null);
    assert.equal(r.statusEvaluation?.overdue, false);
  });

  it('第二款: a general-hazard employer tests every 3 years and has no status-evaluation clock', () => {
    const r = periodicTestingDeadlines({ hazardClass: 'general', lastTestDate: '2025-03-10', asOf: '2025-04-01' });
    assert.equal(r.testing.dueDate, '2028-03-10');
    assert.equal(r.testing.intervalMonths, 36);
    assert.equal(r.statusEvaluation, null);
    assert.match(r.citation, /第二十条第二款/);
  });

  it('invalid input: hazard class and dates', () => {
    assert.deepEqual(periodicTestingInputIssues({ hazardClass: 'high', lastTestDate: '2025/03/10' }).map((i) => i.path), ['lastTestDate', 'hazardClass']);
  });
});

describe('examReportDeadlines — 职业健康检查管理办法 (2015, amended 2019)', () => {
  it('results to the employer within 30 working days (weekends skipped; unverified article)', () => {
    const r = examReportDeadlines({ examEndDate: '2025-06-30', asOf: '2025-08-12' });
    assert.equal(r.employerReport.dueDate, '2025-08-11');
    assert.equal(r.employerReport.overdue, true);
    assert.equal(r.holidaysIgnored, true);
    assert.equal(r.verified, false);
    assert.match(r.employerReport.citation, /职业健康检查管理办法-2019 第十七条/);
  });

  it('with the 2025 National Day holidays and make-up workdays (9-28, 10-11)', () => {
    const r = examReportDeadlines({ examEndDate: '2025-09-30', asOf: '2025-11-01', holidays: ['2025-10-01', '2025-10-02', '2025-10-03', '2025-10-06', '2025-10-07', '2025-10-08'], makeUpWorkdays: ['2025-09-28', '2025-10-11'] });
    assert.equal(r.employerReport.dueDate, '2025-11-18');
    assert.equal(r.holidaysIgnored, false);
  });

  it('suspected occupational disease and contraindications: 及时 — no number of days, so no due date', () => {
    const r = examReportDeadlines({ examEndDate: '2025-06-30', asOf: '2025-07-01' });
    assert.equal(r.suspectedOccupationalDisease.dueDate, null);
    assert.equal(r.suspectedOccupationalDisease.overdue, false);
    assert.match(r.suspectedOccupationalDisease.rule, /及时/);
    assert.equal(r.contraindication.dueDate, null);
  });

  it('invalid input', () => {
    assert.deepEqual(examReportDeadlineInputIssues({ examEndDate: null, makeUpWorkdays: 'x' }).map((i) => i.path), ['examEndDate', 'makeUpWorkdays']);
  });
});

describe('legal clock rules (data)', () => {
  it('every clock names its document, article and source; only transcribed articles are verified', () => {
    for (const r of LEGAL_CLOCK_RULES) {
      assert.ok(r.clause.length > 0 && (r.source ?? '').length > 0, r.id);
    }
    assert.deepEqual(
      LEGAL_CLOCK_RULES.filter((r) => r.verified).map((r) => r.id),
      ['declaration_initial', 'declaration_change', 'declaration_cancellation', 'testing_severe', 'status_evaluation_severe', 'testing_general'],
    );
  });
});
