import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { OhnetError, httpStatusOf } from '../errors/errors.ts';
import { DECLARATION_KINDS } from '../surveillance/legal-clocks.ts';
import {
  DECLARATION_ACTIONS,
  DECLARATION_ACTOR_KINDS,
  DECLARATION_FILING_KINDS,
  DECLARATION_STATES,
  DECLARATION_TERMINAL_STATES,
  type DeclarationAction,
  type DeclarationActorKind,
  type DeclarationState,
  allowedDeclarationActions,
  applyDeclarationAction,
  declarationReasonIssues,
  declarationTransition,
  isDeclarationEditable,
  isDeclarationState,
} from './declaration.workflow.ts';

type Expected = DeclarationState | 403 | 409;

/**
 * The complete expected table: every state × action × actor kind (5 × 4 × 2 = 40 cases).
 * A state name is the target of an allowed step; 403 = the actor kind never takes this action;
 * 409 = the action is not allowed from this state (declaration.invalid_transition).
 */
const EXPECTED: Record<DeclarationState, Record<DeclarationAction, Record<DeclarationActorKind, Expected>>> = {
  draft: {
    submit: { employer: 'submitted', reviewer: 403 },
    accept: { employer: 403, reviewer: 409 },
    return: { employer: 403, reviewer: 409 },
    withdraw: { employer: 409, reviewer: 403 },
  },
  submitted: {
    submit: { employer: 409, reviewer: 403 },
    accept: { employer: 403, reviewer: 'accepted' },
    return: { employer: 403, reviewer: 'returned' },
    withdraw: { employer: 'withdrawn', reviewer: 403 },
  },
  accepted: {
    submit: { employer: 409, reviewer: 403 },
    accept: { employer: 403, reviewer: 409 },
    return: { employer: 403, reviewer: 409 },
    withdraw: { employer: 409, reviewer: 403 },
  },
  returned: {
    // resubmission after editing
    submit: { employer: 'submitted', reviewer: 403 },
    accept: { employer: 403, reviewer: 409 },
    return: { employer: 403, reviewer: 409 },
    withdraw: { employer: 'withdrawn', reviewer: 403 },
  },
  withdrawn: {
    submit: { employer: 409, reviewer: 403 },
    accept: { employer: 403, reviewer: 409 },
    return: { employer: 403, reviewer: 409 },
    withdraw: { employer: 409, reviewer: 403 },
  },
};

describe('declaration workflow — every (state × action × actor) combination', () => {
  let cases = 0;
  for (const state of DECLARATION_STATES) {
    for (const action of DECLARATION_ACTIONS) {
      for (const actor of DECLARATION_ACTOR_KINDS) {
        const expected = EXPECTED[state][action][actor];
        cases++;
        it(`${state} × ${action} × ${actor} → ${expected}`, () => {
          const r = declarationTransition(state, action, actor);
          if (typeof expected === 'string') {
            assert.equal(r.ok, true);
            if (r.ok) assert.equal(r.to, expected);
            return;
          }
          assert.equal(r.ok, false);
          if (r.ok) return;
          assert.ok(r.error instanceof OhnetError);
          if (expected === 409) {
            assert.equal(r.error.kind, 'conflict');
            assert.equal(httpStatusOf(r.error.kind), 409);
            assert.equal(r.error.code, 'declaration.invalid_transition');
            assert.deepEqual(r.error.details, { from: state, action });
          } else {
            assert.equal(r.error.kind, 'forbidden');
            assert.equal(httpStatusOf(r.error.kind), 403);
            assert.equal(r.error.code, 'declaration.action_forbidden');
            assert.deepEqual(r.error.details, { action, actorKind: actor });
          }
        });
      }
    }
  }

  it('covers 40 combinations, 6 of them allowed', () => {
    assert.equal(cases, 40);
    const allowed = DECLARATION_STATES.flatMap((s) => DECLARATION_ACTIONS.flatMap((a) => DECLARATION_ACTOR_KINDS.filter((k) => declarationTransition(s, a, k).ok)));
    assert.equal(allowed.length, 6);
  });

  it('allowedDeclarationActions agrees with the table (what the UI shows)', () => {
    for (const state of DECLARATION_STATES) {
      for (const actor of DECLARATION_ACTOR_KINDS) {
        const fromTable = DECLARATION_ACTIONS.filter((a) => typeof EXPECTED[state][a][actor] === 'string');
        assert.deepEqual(allowedDeclarationActions(state, actor), fromTable, `${state}/${actor}`);
      }
    }
    assert.deepEqual(allowedDeclarationActions('submitted', 'reviewer'), ['accept', 'return']);
    assert.deepEqual(allowedDeclarationActions('returned', 'employer'), ['submit', 'withdraw']);
  });

  it('accepted and withdrawn are terminal; only the employer edits, and only draft or returned', () => {
    assert.deepEqual([...DECLARATION_TERMINAL_STATES], ['accepted', 'withdrawn']);
    assert.deepEqual(
      DECLARATION_STATES.filter((s) => isDeclarationEditable(s)),
      ['draft', 'returned'],
    );
    assert.equal(isDeclarationEditable('draft', 'reviewer'), false);
  });
});

describe('reasons (退回原因)', () => {
  it('return requires a non-empty reason', () => {
    assert.deepEqual(declarationReasonIssues('return', '   ').map((i) => [i.path, i.code]), [['reason', 'declaration.reason_required']]);
    assert.deepEqual(declarationReasonIssues('return', null).map((i) => i.code), ['declaration.reason_required']);
    assert.deepEqual(declarationReasonIssues('return', '接触人数超过劳动者总人数，请核实'), []);
  });

  it('a reason is at most 500 characters (counted as characters, not UTF-16 units)', () => {
    assert.deepEqual(declarationReasonIssues('return', '退'.repeat(500)), []);
    assert.deepEqual(declarationReasonIssues('return', '退'.repeat(501)).map((i) => i.code), ['declaration.reason_too_long']);
    assert.deepEqual(declarationReasonIssues('withdraw', 'x'.repeat(501)).map((i) => i.code), ['declaration.reason_too_long']);
  });

  it('other actions need no reason', () => {
    for (const a of ['submit', 'accept', 'withdraw'] as const) assert.deepEqual(declarationReasonIssues(a, undefined), []);
  });
});

describe('applyDeclarationAction — the issue-4 journey', () => {
  it('draft → submitted → returned (with reason) → submitted (resubmission) → accepted', () => {
    let state: DeclarationState = 'draft';
    state = applyDeclarationAction({ state, action: 'submit', actorKind: 'employer' }).to;
    const returned = applyDeclarationAction({ state, action: 'return', actorKind: 'reviewer', reason: ' 未填写检测报告编号 ' });
    assert.deepEqual(returned, { to: 'returned', reason: '未填写检测报告编号' });
    state = returned.to;
    assert.equal(isDeclarationEditable(state), true);
    state = applyDeclarationAction({ state, action: 'submit', actorKind: 'employer' }).to;
    assert.deepEqual(applyDeclarationAction({ state, action: 'accept', actorKind: 'reviewer' }), { to: 'accepted', reason: null });
  });

  it('throws 409 for a bad step, 403 for the wrong actor, 422 for a missing reason', () => {
    const kindOf = (fn: () => unknown) => {
      try {
        fn();
      } catch (e) {
        assert.ok(e instanceof OhnetError);
        return [e.kind, e.code];
      }
      assert.fail('expected an error');
    };
    assert.deepEqual(kindOf(() => applyDeclarationAction({ state: 'accepted', action: 'submit', actorKind: 'employer' })), ['conflict', 'declaration.invalid_transition']);
    assert.deepEqual(kindOf(() => applyDeclarationAction({ state: 'submitted', action: 'accept', actorKind: 'employer' })), ['forbidden', 'declaration.action_forbidden']);
    assert.deepEqual(kindOf(() => applyDeclarationAction({ state: 'submitted', action: 'return', actorKind: 'reviewer' })), ['invalid', 'validation.failed']);
  });
});

describe('kinds and guards', () => {
  it('filing kinds are the GLOSSARY kinds; the legal clocks also know cancellation (第九条), which is no filing', () => {
    assert.deepEqual([...DECLARATION_FILING_KINDS], ['initial', 'change', 'annual']);
    assert.deepEqual(
      DECLARATION_KINDS.filter((k) => !(DECLARATION_FILING_KINDS as readonly string[]).includes(k)),
      ['cancellation'],
    );
  });

  it('isDeclarationState rejects unknown values from storage or URLs', () => {
    assert.equal(isDeclarationState('returned'), true);
    assert.equal(isDeclarationState('rejected'), false);
    assert.equal(isDeclarationState(3), false);
  });
});
