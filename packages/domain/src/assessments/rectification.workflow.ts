/**
 * Rectification tasks (整改) raised by an exceedance, as a state machine:
 *
 * | from               | action          | to                 | actor     | reason   |
 * |--------------------|-----------------|--------------------|-----------|----------|
 * | open               | submit_evidence | evidence_submitted | employer  | —        |
 * | reopened           | submit_evidence | evidence_submitted | employer  | —        |
 * | evidence_submitted | close           | closed             | regulator | —        |
 * | evidence_submitted | reopen          | reopened           | regulator | required |
 *
 * `closed` is terminal. The due date is set when the task is raised (OHNet policy: 30 days after
 * the report date unless the regulator sets another; no legal period was found — 职业病防治法
 * 第二十六条 only requires the employer to take measures "立即"). Overdue is derived, not a state.
 * Check order as in the declaration workflow: a wrong actor → 403, a wrong state → 409.
 */
import { type FieldIssue, type OhnetError, errors } from '../errors/errors.ts';

export const RECTIFICATION_STATES = ['open', 'evidence_submitted', 'closed', 'reopened'] as const;
export type RectificationState = (typeof RECTIFICATION_STATES)[number];
export const RECTIFICATION_ACTIONS = ['submit_evidence', 'close', 'reopen'] as const;
export type RectificationAction = (typeof RECTIFICATION_ACTIONS)[number];
export type RectificationActorKind = 'employer' | 'regulator';

export const RECTIFICATION_DEFAULT_DAYS = 30;

export interface RectificationTransitionRule {
  from: RectificationState;
  action: RectificationAction;
  to: RectificationState;
  actor: RectificationActorKind;
  requiresReason: boolean;
}

export const RECTIFICATION_TRANSITIONS: readonly RectificationTransitionRule[] = [
  { from: 'open', action: 'submit_evidence', to: 'evidence_submitted', actor: 'employer', requiresReason: false },
  { from: 'reopened', action: 'submit_evidence', to: 'evidence_submitted', actor: 'employer', requiresReason: false },
  { from: 'evidence_submitted', action: 'close', to: 'closed', actor: 'regulator', requiresReason: false },
  { from: 'evidence_submitted', action: 'reopen', to: 'reopened', actor: 'regulator', requiresReason: true },
];

export function isRectificationState(v: unknown): v is RectificationState {
  return typeof v === 'string' && (RECTIFICATION_STATES as readonly string[]).includes(v);
}

/** Decides one step: 403 `rectification.action_forbidden`, 409 `rectification.invalid_transition`, 422 for a missing reason. */
export function rectificationTransition(
  state: RectificationState,
  action: RectificationAction,
  actor: RectificationActorKind,
  reason?: string | null,
): { ok: true; to: RectificationState } | { ok: false; error: OhnetError } {
  const forAction = RECTIFICATION_TRANSITIONS.filter((t) => t.action === action);
  if (!forAction.some((t) => t.actor === actor)) {
    return { ok: false, error: errors.forbidden('rectification.action_forbidden', `A ${actor} cannot ${action} a rectification task`, { action, actor }) };
  }
  const rule = forAction.find((t) => t.from === state && t.actor === actor);
  if (!rule) return { ok: false, error: errors.conflict('rectification.invalid_transition', `Cannot ${action} a task that is ${state}`, { from: state, action }) };
  if (rule.requiresReason && (reason ?? '').trim() === '') {
    const issue: FieldIssue = { path: 'reason', code: 'rectification.reason_required', message: '退回整改时必须填写原因' };
    return { ok: false, error: errors.invalid([issue]) };
  }
  return { ok: true, to: rule.to };
}

/** Actions open to `actor` in `state`, for buttons. */
export function allowedRectificationActions(state: RectificationState, actor: RectificationActorKind): RectificationAction[] {
  return RECTIFICATION_TRANSITIONS.filter((t) => t.from === state && t.actor === actor).map((t) => t.action);
}

/** Default due date: `days` after the report date. */
export function rectificationDueDate(reportDate: string, days = RECTIFICATION_DEFAULT_DAYS): string {
  return new Date(Date.parse(`${reportDate}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Overdue: not closed and past its due date on `asOf`. */
export function isRectificationOverdue(task: { state: RectificationState; dueDate: string }, asOf: string): boolean {
  return task.state !== 'closed' && asOf > task.dueDate;
}
