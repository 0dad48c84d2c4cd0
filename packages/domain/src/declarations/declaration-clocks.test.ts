import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { OhnetError } from '../errors/errors.ts';
import { type DeclarationHistoryEntry, declarationClockInputIssues, declarationReviewDeadline, nextDeclarationDue } from './declaration-clocks.ts';

const INITIAL_ACCEPTED: DeclarationHistoryEntry = { kind: 'initial', state: 'accepted', submittedOn: '2025-03-10', acceptedOn: '2025-03-14' };
/** Weekday holidays (for counting working days) and the whole closed period (for 民法典 art. 203). */
const NATIONAL_DAY_2025 = ['2025-10-01', '2025-10-02', '2025-10-03', '2025-10-06', '2025-10-07', '2025-10-08'];
const NATIONAL_DAY_2025_ALL = ['2025-10-01', '2025-10-02', '2025-10-03', '2025-10-04', '2025-10-05', '2025-10-06', '2025-10-07', '2025-10-08'];

describe('nextDeclarationDue — 职业病危害项目申报办法 第八条 and the annual update', () => {
  it('第八条第（一）项: a new project accepted (竣工验收) on 2025-06-10 → initial declaration due 2025-07-10', () => {
    const events = [{ type: 'project_completed' as const, date: '2025-06-10', id: 'proj-1' }];
    const r = nextDeclarationDue({ history: [], events, asOf: '2025-07-10' });
    assert.equal(r.next?.kind, 'initial');
    assert.equal(r.next?.clock, 'declaration_initial');
    assert.equal(r.next?.dueDate, '2025-07-10');
    assert.equal(r.next?.status, 'due');
    assert.equal(r.next?.overdue, false);
    assert.deepEqual(r.next?.trigger, { type: 'project_completed', date: '2025-06-10', eventId: 'proj-1' });
    assert.match(r.next?.citation ?? '', /第八条第（一）项/);
    assert.equal(r.next?.verified, true);
    const late = nextDeclarationDue({ history: [], events, asOf: '2025-07-11' }).next;
    assert.equal(late?.status, 'overdue');
    assert.equal(late?.overdue, true);
    assert.equal(late?.daysRemaining, -1);
  });

  it('民法典 art. 203 through the legal clocks: a due day in the National Day holidays moves past them', () => {
    const r = nextDeclarationDue({ history: [], events: [{ type: 'project_completed', date: '2025-09-01' }], asOf: '2025-09-02', holidays: NATIONAL_DAY_2025_ALL });
    assert.equal(r.next?.dueDate, '2025-10-09');
  });

  it('annual update: initial accepted 2025-03-14 → window opens 2026-02-15, due 2026-04-14 (declaration-system rule, unverified)', () => {
    const r = nextDeclarationDue({ history: [INITIAL_ACCEPTED], asOf: '2026-03-01' });
    assert.equal(r.next?.kind, 'annual');
    assert.equal(r.next?.clock, 'declaration_annual');
    assert.equal(r.next?.windowOpens, '2026-02-15');
    assert.equal(r.next?.dueDate, '2026-04-14');
    assert.equal(r.next?.early, false);
    assert.equal(r.next?.overdue, false);
    assert.equal(r.next?.verified, false);
    assert.deepEqual(r.lastAccepted, { kind: 'initial', acceptedOn: '2025-03-14' });
    assert.equal(nextDeclarationDue({ history: [INITIAL_ACCEPTED], asOf: '2025-12-01' }).next?.early, true);
    assert.equal(nextDeclarationDue({ history: [INITIAL_ACCEPTED], asOf: '2026-04-15' }).next?.status, 'overdue');
  });

  it('第八条第（三）项: a new legal representative on 2025-08-01 → change declaration due 2025-08-16, before the annual update', () => {
    const events = [{ type: 'employer_change' as const, date: '2025-08-01' }];
    const r = nextDeclarationDue({ history: [INITIAL_ACCEPTED], events, asOf: '2025-08-05' });
    assert.equal(r.next?.kind, 'change');
    assert.equal(r.next?.clock, 'declaration_change');
    assert.equal(r.next?.dueDate, '2025-08-16');
    assert.deepEqual(r.items.map((i) => [i.kind, i.dueDate]), [['change', '2025-08-16'], ['annual', '2026-04-14']]);
  });

  it('a filing awaiting review is never overdue (the review time is the authority’s); acceptance closes the event and restarts the annual clock', () => {
    const events = [{ type: 'assessment_result_change' as const, date: '2025-08-01' }];
    const pending: DeclarationHistoryEntry = { kind: 'change', state: 'submitted', submittedOn: '2025-08-10', acceptedOn: null };
    const waiting = nextDeclarationDue({ history: [INITIAL_ACCEPTED, pending], events, asOf: '2025-09-30' });
    assert.deepEqual(waiting.items.map((i) => [i.kind, i.status, i.overdue]), [['change', 'filed_pending_review', false], ['annual', 'filed_pending_review', false]]);
    const accepted: DeclarationHistoryEntry = { ...pending, state: 'accepted', acceptedOn: '2025-08-14' };
    const done = nextDeclarationDue({ history: [INITIAL_ACCEPTED, accepted], events, asOf: '2025-09-30' });
    assert.deepEqual(done.items.map((i) => [i.kind, i.dueDate]), [['annual', '2026-09-14']]);
    assert.deepEqual(done.lastAccepted, { kind: 'change', acceptedOn: '2025-08-14' });
  });

  it('returned and withdrawn declarations do not count: the change stays overdue', () => {
    const events = [{ type: 'hazard_change' as const, date: '2025-08-01' }];
    const returned: DeclarationHistoryEntry = { kind: 'change', state: 'returned', submittedOn: '2025-08-10', acceptedOn: null };
    const withdrawn: DeclarationHistoryEntry = { kind: 'change', state: 'withdrawn', submittedOn: '2025-08-11', acceptedOn: null };
    const r = nextDeclarationDue({ history: [INITIAL_ACCEPTED, returned, withdrawn], events, asOf: '2025-08-20' });
    assert.equal(r.next?.status, 'overdue');
    assert.equal(r.next?.dueDate, '2025-08-16');
  });

  it('申报办法 第二条: an employer with hazards and no declaration owes one now (undeclared, no due date)', () => {
    const r = nextDeclarationDue({ history: [], asOf: '2025-06-10' });
    assert.equal(r.next?.status, 'undeclared');
    assert.equal(r.next?.kind, 'initial');
    assert.equal(r.next?.dueDate, null);
    assert.match(r.next?.citation ?? '', /第二条/);
    const filed = nextDeclarationDue({ history: [{ kind: 'initial', state: 'submitted', submittedOn: '2025-06-01', acceptedOn: null }], asOf: '2025-06-10' });
    assert.equal(filed.next?.status, 'filed_pending_review');
  });

  it('an employer without hazard factors owes nothing', () => {
    assert.equal(nextDeclarationDue({ history: [], hasHazards: false, asOf: '2025-06-10' }).next, null);
  });

  it('invalid history: bad dates, missing acceptance date, acceptance before submission, unknown event type', () => {
    assert.deepEqual(
      declarationClockInputIssues({
        asOf: '2025-13-01',
        history: [
          { kind: 'initial', state: 'accepted', submittedOn: '2025-03-10', acceptedOn: null },
          { kind: 'change', state: 'accepted', submittedOn: '2025-05-10', acceptedOn: '2025-05-01' },
        ],
        events: [{ type: 'moved' as never, date: '2025-02-30' }],
      }).map((i) => [i.path, i.code]),
      [
        ['asOf', 'declaration.date_invalid'],
        ['history.0.acceptedOn', 'declaration.required'],
        ['history.1.acceptedOn', 'declaration.dates_out_of_order'],
        ['events.0.type', 'declaration.event_type_invalid'],
        ['events.0.date', 'declaration.date_invalid'],
      ],
    );
    assert.throws(() => nextDeclarationDue({ history: [], asOf: 'today' }), (e: unknown) => e instanceof OhnetError && e.kind === 'invalid');
  });
});

describe('declarationReviewDeadline — receipt within 5 working days (申报办法 第六条, from memory)', () => {
  it('filed Friday 2025-09-26: with the 2025 National Day calendar (make-up days 9-28, 10-11) the receipt is due 2025-10-10', () => {
    const r = declarationReviewDeadline({ submittedOn: '2025-09-26', asOf: '2025-10-09', holidays: NATIONAL_DAY_2025, makeUpWorkdays: ['2025-09-28', '2025-10-11'] });
    assert.equal(r.dueDate, '2025-10-10');
    assert.equal(r.overdue, false);
    assert.equal(r.daysRemaining, 1);
    assert.equal(r.holidaysIgnored, false);
    assert.equal(r.verified, false);
  });

  it('without a holiday calendar only weekends are skipped: due 2025-10-03', () => {
    const r = declarationReviewDeadline({ submittedOn: '2025-09-26', asOf: '2025-10-06' });
    assert.equal(r.dueDate, '2025-10-03');
    assert.equal(r.overdue, true);
    assert.equal(r.holidaysIgnored, true);
  });

  it('rejects bad dates', () => {
    assert.throws(() => declarationReviewDeadline({ submittedOn: '2025-09-31' }), (e: unknown) => e instanceof OhnetError && e.code === 'validation.failed');
  });
});
