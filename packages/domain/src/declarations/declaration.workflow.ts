/**
 * The review workflow of a hazard declaration (职业病危害项目申报) as data.
 *
 * Law: the employer declares (职业病防治法 第十六条; 职业病危害项目申报办法, 国家安全生产监督管理总局令
 * 第48号, 2012, 第二条) and the authority that receives it issues a 《职业病危害项目申报回执》 within
 * 5 working days (申报办法 第六条 — article number from memory; the 5 working days are confirmed by
 * secondary summaries, e.g. m.aqrzj.com/doc/32384.html). The law knows no "return"; OHNet adds the
 * review step of issue 4: the authority either accepts (and the receipt is issued) or returns the
 * declaration with reasons, and the employer resubmits.
 *
 * States and transitions (`DECLARATION_TRANSITIONS`):
 *
 * | from      | action   | to        | actor    | reason   |
 * |-----------|----------|-----------|----------|----------|
 * | draft     | submit   | submitted | employer | —        |
 * | returned  | submit   | submitted | employer | —        | (resubmission, after editing)
 * | submitted | accept   | accepted  | reviewer | —        |
 * | submitted | return   | returned  | reviewer | required |
 * | submitted | withdraw | withdrawn | employer | optional |
 * | returned  | withdraw | withdrawn | employer | optional |
 *
 * - Editing is not a transition: the employer edits content while the declaration is `draft` or
 *   `returned` (`isDeclarationEditable`); `submit` from `returned` is the resubmission. The server
 *   keeps a content snapshot per submission, so what the reviewer saw is never overwritten
 *   (DOMAIN-MODEL: corrections are new versions).
 * - `withdrawn` exists because an employer who filed the wrong kind or a duplicate must be able to
 *   take it back before review without asking the reviewer to return it; it is terminal (a
 *   submission the regulator has seen is closed, not reopened — a new draft copies its content).
 *   Unsubmitted drafts are simply deleted: they are no workflow state.
 * - `accepted` is terminal: later changes are a new `change` or `annual` declaration (申报办法 第八条).
 * - Check order: an actor kind that can never take the action gets `forbidden` (403); an action that
 *   is not allowed from the current state gets `conflict` `declaration.invalid_transition` (409)
 *   — STYLE.md "a wrong role on a visible object 403, a bad workflow step 409".
 */
import { type FieldIssue, type OhnetError, errors } from '../errors/errors.ts';
import { type DeclarationKind } from '../surveillance/legal-clocks.ts';

/**
 * Kinds of declaration filed with the form (GLOSSARY: initial | change | annual). The legal clocks'
 * `DeclarationKind` also has `cancellation` (注销, 申报办法 第九条), which is a report to the authority,
 * not a declaration of the form, so it is no filing kind.
 */
export const DECLARATION_FILING_KINDS = ['initial', 'change', 'annual'] as const satisfies readonly DeclarationKind[];
export type DeclarationFilingKind = (typeof DECLARATION_FILING_KINDS)[number];

/** Chinese labels (申报类别): 初次申报 / 变更申报 / 年度更新. */
export const DECLARATION_FILING_KIND_LABELS: Readonly<Record<DeclarationFilingKind, string>> = {
  initial: '初次申报',
  change: '变更申报',
  annual: '年度更新',
};

/** Workflow states; see the table at the top of this file. */
export const DECLARATION_STATES = ['draft', 'submitted', 'accepted', 'returned', 'withdrawn'] as const;
export type DeclarationState = (typeof DECLARATION_STATES)[number];

/** Chinese labels of the states (UI text also goes through i18n). */
export const DECLARATION_STATE_LABELS: Readonly<Record<DeclarationState, string>> = {
  draft: '草稿',
  submitted: '已提交待审核',
  accepted: '已通过（已出具回执）',
  returned: '已退回',
  withdrawn: '已撤回',
};

/** Workflow actions; each is a sub-resource (`POST /declarations/:id/submit`, STYLE.md). */
export const DECLARATION_ACTIONS = ['submit', 'accept', 'return', 'withdraw'] as const;
export type DeclarationAction = (typeof DECLARATION_ACTIONS)[number];

/** Chinese labels of the actions. */
export const DECLARATION_ACTION_LABELS: Readonly<Record<DeclarationAction, string>> = {
  submit: '提交申报',
  accept: '审核通过',
  return: '退回',
  withdraw: '撤回',
};

/**
 * Who acts: the declaring employer's users, or a reviewer of a health authority whose region
 * contains the employer (the region check is the server's scope check, not part of this table).
 */
export const DECLARATION_ACTOR_KINDS = ['employer', 'reviewer'] as const;
export type DeclarationActorKind = (typeof DECLARATION_ACTOR_KINDS)[number];

/** One allowed transition. */
export interface DeclarationTransitionRule {
  from: DeclarationState;
  action: DeclarationAction;
  to: DeclarationState;
  actor: DeclarationActorKind;
  /** The action must carry a non-empty reason (退回原因). */
  requiresReason: boolean;
}

/** Every allowed transition; anything else is refused. */
export const DECLARATION_TRANSITIONS: readonly DeclarationTransitionRule[] = [
  { from: 'draft', action: 'submit', to: 'submitted', actor: 'employer', requiresReason: false },
  { from: 'returned', action: 'submit', to: 'submitted', actor: 'employer', requiresReason: false },
  { from: 'submitted', action: 'accept', to: 'accepted', actor: 'reviewer', requiresReason: false },
  { from: 'submitted', action: 'return', to: 'returned', actor: 'reviewer', requiresReason: true },
  { from: 'submitted', action: 'withdraw', to: 'withdrawn', actor: 'employer', requiresReason: false },
  { from: 'returned', action: 'withdraw', to: 'withdrawn', actor: 'employer', requiresReason: false },
];

/** States no action leaves. */
export const DECLARATION_TERMINAL_STATES: readonly DeclarationState[] = DECLARATION_STATES.filter(
  (s) => !DECLARATION_TRANSITIONS.some((t) => t.from === s),
);

/** Longest reason accepted (characters, after trimming). */
export const DECLARATION_REASON_MAX_LENGTH = 500;

/** Type guard for states read from storage, URLs or request bodies. */
export function isDeclarationState(value: unknown): value is DeclarationState {
  return typeof value === 'string' && (DECLARATION_STATES as readonly string[]).includes(value);
}

/** Type guard for actions read from URLs or request bodies. */
export function isDeclarationAction(value: unknown): value is DeclarationAction {
  return typeof value === 'string' && (DECLARATION_ACTIONS as readonly string[]).includes(value);
}

/** Type guard for filing kinds (initial, change, annual). */
export function isDeclarationFilingKind(value: unknown): value is DeclarationFilingKind {
  return typeof value === 'string' && (DECLARATION_FILING_KINDS as readonly string[]).includes(value);
}

/** Result of {@link declarationTransition}. */
export type DeclarationTransitionResult =
  | { ok: true; to: DeclarationState; rule: DeclarationTransitionRule }
  | { ok: false; error: OhnetError };

/**
 * Decides one workflow step from the table above.
 *
 * - actor kind that never takes `action` → `forbidden` `declaration.action_forbidden`
 *   (details `{ action, actorKind }`);
 * - no transition for `action` from `state` → `conflict` `declaration.invalid_transition`
 *   (details `{ from, action }`);
 * - otherwise `{ ok: true, to }`. The reason is checked separately ({@link declarationReasonIssues}).
 */
export function declarationTransition(state: DeclarationState, action: DeclarationAction, actorKind: DeclarationActorKind): DeclarationTransitionResult {
  const forAction = DECLARATION_TRANSITIONS.filter((t) => t.action === action);
  if (!forAction.some((t) => t.actor === actorKind)) {
    return {
      ok: false,
      error: errors.forbidden('declaration.action_forbidden', `A ${actorKind} cannot ${action} a declaration`, { action, actorKind }),
    };
  }
  const rule = forAction.find((t) => t.from === state && t.actor === actorKind);
  if (!rule) {
    return {
      ok: false,
      error: errors.conflict('declaration.invalid_transition', `Cannot ${action} a declaration that is ${state}`, { from: state, action }),
    };
  }
  return { ok: true, to: rule.to, rule };
}

/** Actions `actorKind` may take on a declaration in `state`, in table order — for buttons. */
export function allowedDeclarationActions(state: DeclarationState, actorKind: DeclarationActorKind): DeclarationAction[] {
  return DECLARATION_TRANSITIONS.filter((t) => t.from === state && t.actor === actorKind).map((t) => t.action);
}

/** True when the employer may edit the content: a draft, or a returned declaration before resubmission. */
export function isDeclarationEditable(state: DeclarationState, actorKind: DeclarationActorKind = 'employer'): boolean {
  return actorKind === 'employer' && (state === 'draft' || state === 'returned');
}

/**
 * Problems with the reason of an action (path `reason`): `return` needs a non-empty reason
 * (`declaration.reason_required`); any reason given is at most 500 characters after trimming
 * (`declaration.reason_too_long`).
 */
export function declarationReasonIssues(action: DeclarationAction, reason: string | null | undefined): FieldIssue[] {
  const text = (reason ?? '').trim();
  const requires = DECLARATION_TRANSITIONS.some((t) => t.action === action && t.requiresReason);
  if (requires && text === '') return [{ path: 'reason', code: 'declaration.reason_required', message: '退回时必须填写原因' }];
  if ([...text].length > DECLARATION_REASON_MAX_LENGTH) {
    return [{ path: 'reason', code: 'declaration.reason_too_long', message: `原因不超过${DECLARATION_REASON_MAX_LENGTH}字` }];
  }
  return [];
}

/**
 * The whole check for one step: transition, then reason. Throws the transition's `OhnetError`
 * (403/409) or `validation.failed` (422) for the reason; returns the new state.
 */
export function applyDeclarationAction(input: {
  state: DeclarationState;
  action: DeclarationAction;
  actorKind: DeclarationActorKind;
  reason?: string | null;
}): { to: DeclarationState; reason: string | null } {
  const t = declarationTransition(input.state, input.action, input.actorKind);
  if (!t.ok) throw t.error;
  const issues = declarationReasonIssues(input.action, input.reason);
  if (issues.length > 0) throw errors.invalid(issues, 'Invalid reason');
  const reason = (input.reason ?? '').trim();
  return { to: t.to, reason: reason === '' ? null : reason };
}
