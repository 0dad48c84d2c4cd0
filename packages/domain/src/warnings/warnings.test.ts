import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isOhnetError } from '../errors/errors.ts';
import { isClusterCurrent, suspectedOdClusterConditions, suspectedOdClusters } from './suspected-od-cluster.ts';
import { reconcileWarnings } from './warning-dedup.ts';
import type { WarningCondition } from './warning-rules.ts';
import { WARNING_ACTIONS, WARNING_STATES, allowedWarningActions, warningTransition } from './warning.workflow.ts';

const HW = '11111111-1111-4111-8111-111111111111'; // a hardware factory (台山市海宴五金)
const STONE = '22222222-2222-4222-8222-222222222222'; // a stone works (台山市广海石材)

describe('warning lifecycle', () => {
  it('acknowledge → assign → close with a comment', () => {
    const a = warningTransition('open', 'acknowledge');
    assert.deepEqual(a, { ok: true, to: 'acknowledged', comment: null });
    const b = warningTransition('acknowledged', 'assign', { assigneeId: 'u1', comment: ' 请监督所核查 ' });
    assert.deepEqual(b, { ok: true, to: 'assigned', comment: '请监督所核查' });
    const c = warningTransition('assigned', 'close', { comment: '已现场核查，企业已整改' });
    assert.equal(c.ok && c.to, 'closed');
  });

  it('close needs a comment (422 warning.comment_required); assign needs an assignee', () => {
    const r = warningTransition('open', 'close', { comment: '   ' });
    assert.ok(!r.ok && r.error.kind === 'invalid');
    assert.deepEqual(!r.ok && (r.error.details as { issues: { code: string }[] }).issues.map((i) => i.code), ['warning.comment_required']);
    const s = warningTransition('open', 'assign', {});
    assert.deepEqual(!s.ok && (s.error.details as { issues: { code: string }[] }).issues.map((i) => i.code), ['warning.assignee_required']);
  });

  it('every step out of a terminal state, and acknowledging twice, is 409 warning.invalid_transition', () => {
    for (const state of ['closed', 'cleared'] as const) {
      assert.deepEqual(allowedWarningActions(state), []);
      for (const action of WARNING_ACTIONS) {
        const r = warningTransition(state, action, { comment: 'x', assigneeId: 'u' });
        assert.ok(!r.ok && isOhnetError(r.error) && r.error.kind === 'conflict' && r.error.code === 'warning.invalid_transition', `${state} ${action}`);
      }
    }
    const again = warningTransition('acknowledged', 'acknowledge');
    assert.ok(!again.ok && again.error.code === 'warning.invalid_transition');
  });

  it('the actions offered match the transitions', () => {
    for (const s of WARNING_STATES) for (const a of allowedWarningActions(s)) assert.ok(warningTransition(s, a, { comment: 'c', assigneeId: 'u' }).ok);
    assert.deepEqual(allowedWarningActions('open'), ['acknowledge', 'assign', 'close']);
    assert.deepEqual(allowedWarningActions('assigned'), ['assign', 'close']);
  });
});

describe('de-duplication: one warning per rule + subject while the condition persists', () => {
  const cond = (subjectKey: string, over: Partial<WarningCondition> = {}): WarningCondition => ({
    rule: 'declaration_overdue',
    subjectKey,
    regionCode: '440781111',
    employerId: HW,
    severity: 'medium',
    params: {},
    link: '/declarations',
    ...over,
  });

  it('first sight opens; seeing it again updates; a repeat within one run counts once', () => {
    const first = reconcileWarnings([], [cond('employer:a'), cond('employer:a')]);
    assert.equal(first.open.length, 1);
    const second = reconcileWarnings([{ id: 'w1', rule: 'declaration_overdue', subjectKey: 'employer:a', state: 'acknowledged', clearedAt: null }], [cond('employer:a', { severity: 'high' })]);
    assert.deepEqual(second.open, []);
    assert.deepEqual(second.update.map((u) => [u.id, u.condition.severity, u.isClosed]), [['w1', 'high', false]]);
    assert.deepEqual(second.clear, []);
  });

  it('the same subject under another rule is another warning', () => {
    const r = reconcileWarnings([{ id: 'w1', rule: 'declaration_overdue', subjectKey: 'employer:a', state: 'open', clearedAt: null }], [cond('employer:a', { rule: 'exam_overdue' })]);
    assert.equal(r.open.length, 1);
    assert.deepEqual(r.clear, [{ id: 'w1', toState: 'cleared' }]);
  });

  it('closed by a user while the condition persists: no new warning until it clears and recurs', () => {
    const closed = { id: 'w1', rule: 'declaration_overdue', subjectKey: 'employer:a', state: 'closed' as const, clearedAt: null };
    const still = reconcileWarnings([closed], [cond('employer:a')]);
    assert.deepEqual(still.open, []);
    assert.deepEqual(still.update.map((u) => [u.id, u.isClosed]), [['w1', true]]);
    // The condition clears: the closed warning keeps its state, the episode ends.
    const gone = reconcileWarnings([closed], []);
    assert.deepEqual(gone.clear, [{ id: 'w1', toState: 'closed' }]);
    // It recurs: a new warning.
    const back = reconcileWarnings([{ ...closed, clearedAt: '2026-11-20T00:00:00Z' }], [cond('employer:a')]);
    assert.equal(back.open.length, 1);
    assert.deepEqual(back.update, []);
  });

  it('a warning someone still had to act on is marked cleared when its condition goes', () => {
    const r = reconcileWarnings(
      [
        { id: 'w1', rule: 'declaration_overdue', subjectKey: 'employer:a', state: 'assigned', clearedAt: null },
        { id: 'w0', rule: 'declaration_overdue', subjectKey: 'employer:a', state: 'cleared', clearedAt: '2026-01-01T00:00:00Z' },
      ],
      [],
    );
    assert.deepEqual(r.clear, [{ id: 'w1', toState: 'cleared' }]);
  });
});

describe('suspected-disease cluster: two or more suspected-OD reports at one employer within 90 days', () => {
  // The hardware factory's noise post: two 职业性噪声聋 suspicions 71 days apart (one window), a
  // 尘肺 suspicion in September (a new window, alone); the stone works has two 105 days apart.
  const reports = [
    { id: 'r1', employerId: HW, regionCode: '440781111', reportedOn: '2026-03-10', suspectedDisease: '职业性噪声聋' },
    { id: 'r2', employerId: HW, regionCode: '440781111', reportedOn: '2026-05-20', suspectedDisease: '职业性噪声聋' },
    { id: 'r3', employerId: HW, regionCode: '440781111', reportedOn: '2026-09-01', suspectedDisease: '矽肺' },
    { id: 's1', employerId: STONE, regionCode: '440781110', reportedOn: '2026-01-05', suspectedDisease: '矽肺' },
    { id: 's2', employerId: STONE, regionCode: '440781110', reportedOn: '2026-04-20', suspectedDisease: '矽肺' },
  ];

  it('finds the one cluster, anchored at its first report', () => {
    const c = suspectedOdClusters(reports);
    assert.equal(c.length, 1);
    assert.deepEqual({ employer: c[0]!.employerId, start: c[0]!.windowStart, end: c[0]!.windowEnd, ids: c[0]!.reportIds }, { employer: HW, start: '2026-03-10', end: '2026-06-07', ids: ['r1', 'r2'] });
  });

  it('the 90th day is inside the window, the 91st is not', () => {
    const two = (d: string) => suspectedOdClusters([reports[0]!, { ...reports[1]!, reportedOn: d }]).length;
    assert.equal(two('2026-06-07'), 1);
    assert.equal(two('2026-06-08'), 0);
  });

  it('is a condition while recent (same disease twice: high), and clears 90 days after its last report', () => {
    const now = suspectedOdClusterConditions(reports, '2026-06-01');
    assert.deepEqual(
      now.map((c) => [c.subjectKey, c.severity, c.params.count, c.regionCode]),
      [[`employer:${HW}:2026-03-10`, 'high', 2, '440781111']],
    );
    assert.equal(isClusterCurrent({ lastReportedOn: '2026-05-20' }, '2026-08-17'), true);
    assert.deepEqual(suspectedOdClusterConditions(reports, '2026-08-18'), []);
  });

  it('keeps its key when a third report joins the window; reports after asOf are ignored', () => {
    const more = [...reports, { id: 'r4', employerId: HW, regionCode: '440781111', reportedOn: '2026-06-01', suspectedDisease: '职业性噪声聋' }];
    assert.deepEqual(suspectedOdClusterConditions(more, '2026-05-25').map((c) => [c.subjectKey, c.params.count]), [[`employer:${HW}:2026-03-10`, 2]]);
    assert.deepEqual(suspectedOdClusterConditions(more, '2026-06-02').map((c) => [c.subjectKey, c.params.count]), [[`employer:${HW}:2026-03-10`, 3]]);
  });

  it('two different diseases in a window are medium', () => {
    const c = suspectedOdClusterConditions([reports[0]!, { ...reports[1]!, suspectedDisease: '苯中毒' }], '2026-05-21');
    assert.equal(c[0]!.severity, 'medium');
  });
});
