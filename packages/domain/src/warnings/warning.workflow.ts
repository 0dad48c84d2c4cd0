/**
 * The warning lifecycle (预警处置), as a state machine:
 *
 * | from                         | action      | to           | needs            |
 * |------------------------------|-------------|--------------|------------------|
 * | open                         | acknowledge | acknowledged | —                |
 * | open, acknowledged, assigned | assign      | assigned     | an assignee      |
 * | open, acknowledged, assigned | close       | closed       | a comment        |
 * | open, acknowledged, assigned | (system)    | cleared      | condition cleared |
 *
 * `closed` and `cleared` are terminal. Every action carries its actor and an optional comment
 * (required to close: the record says why the warning needs no more attention). A wrong state is
 * 409 `warning.invalid_transition`; a missing comment or assignee is 422.
 */
import { type FieldIssue, type OhnetError, errors } from '../errors/errors.ts';

export const WARNING_STATES = ['open', 'acknowledged', 'assigned', 'closed', 'cleared'] as const;
export type WarningState = (typeof WARNING_STATES)[number];
/** States in which someone still has to act. */
export const WARNING_ACTIVE_STATES = ['open', 'acknowledged', 'assigned'] as const satisfies readonly WarningState[];
export const WARNING_ACTIONS = ['acknowledge', 'assign', 'close'] as const;
export type WarningAction = (typeof WARNING_ACTIONS)[number];

/** The longest comment kept with an action. */
export const WARNING_COMMENT_MAX = 2000;

export interface WarningTransitionRule {
  from: WarningState;
  action: WarningAction;
  to: WarningState;
  requiresComment: boolean;
  requiresAssignee: boolean;
}

export const WARNING_TRANSITIONS: readonly WarningTransitionRule[] = [
  { from: 'open', action: 'acknowledge', to: 'acknowledged', requiresComment: false, requiresAssignee: false },
  ...(['open', 'acknowledged', 'assigned'] as const).flatMap((from) => [
    { from, action: 'assign' as const, to: 'assigned' as const, requiresComment: false, requiresAssignee: true },
    { from, action: 'close' as const, to: 'closed' as const, requiresComment: true, requiresAssignee: false },
  ]),
];

export function isWarningState(v: unknown): v is WarningState {
  return typeof v === 'string' && (WARNING_STATES as readonly string[]).includes(v);
}

export function isWarningActive(state: WarningState): boolean {
  return (WARNING_ACTIVE_STATES as readonly string[]).includes(state);
}

/** Decides one step: 409 `warning.invalid_transition`, 422 `warning.comment_required` / `warning.assignee_required` / `warning.comment_too_long`. */
export function warningTransition(
  state: WarningState,
  action: WarningAction,
  input: { comment?: string | null; assigneeId?: string | null } = {},
): { ok: true; to: WarningState; comment: string | null } | { ok: false; error: OhnetError } {
  const rule = WARNING_TRANSITIONS.find((t) => t.from === state && t.action === action);
  if (!rule) return { ok: false, error: errors.conflict('warning.invalid_transition', `Cannot ${action} a warning that is ${state}`, { from: state, action }) };
  const comment = (input.comment ?? '').trim();
  const issues: FieldIssue[] = [];
  if (rule.requiresComment && comment === '') issues.push({ path: 'comment', code: 'warning.comment_required', message: '关闭预警时必须填写处置说明' });
  if (comment.length > WARNING_COMMENT_MAX) issues.push({ path: 'comment', code: 'warning.comment_too_long', message: `处置说明不能超过${WARNING_COMMENT_MAX}字` });
  if (rule.requiresAssignee && !input.assigneeId) issues.push({ path: 'assigneeId', code: 'warning.assignee_required', message: '请选择指派给谁' });
  if (issues.length > 0) return { ok: false, error: errors.invalid(issues) };
  return { ok: true, to: rule.to, comment: comment === '' ? null : comment };
}

/** Actions open in `state`, for buttons. */
export function allowedWarningActions(state: WarningState): WarningAction[] {
  return [...new Set(WARNING_TRANSITIONS.filter((t) => t.from === state).map((t) => t.action))];
}
