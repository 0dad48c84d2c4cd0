import type { Permission } from '../access/permissions.ts';
import { errors } from '../errors/errors.ts';
import { addDays } from '../surveillance/dates.ts';

/**
 * The two follow-ups an exam conclusion opens, as state machines.
 *
 * **Suspected occupational disease report (疑似职业病报告).** The exam institution must tell the
 * worker, notify the employer and report to the health authority without delay (职业健康检查管理办法
 * 第十八条, number from memory; 职业病防治法 第五十条 for the employer's duty to arrange diagnosis).
 * OHNet creates the report when the exam is filed, routed to the employer, the authority of the
 * employer's region and, when chosen, a diagnosis institution. The full diagnosis module comes later,
 * so the lifecycle is open-ended: `diagnosed` records an outcome and new states can be appended.
 *
 * | from                                   | action            | to                 | actor                         |
 * |----------------------------------------|-------------------|--------------------|-------------------------------|
 * | reported                               | acknowledge       | employer_notified  | employer                      |
 * | reported, employer_notified            | arrange_diagnosis | diagnosis_arranged | employer                      |
 * | diagnosis_arranged                     | record_outcome    | diagnosed          | diagnosis institution, regulator |
 * | reported, employer_notified, diagnosis_arranged | close    | closed             | regulator (reason required)   |
 *
 * **Contraindication notice (职业禁忌证告知).** The employer must not keep a worker with a
 * contraindication on the hazard (职业病防治法 第三十五条: 不得安排有职业禁忌的劳动者从事其所禁忌的作业).
 * The notice is `issued` with a due date and the employer confirms the move: `confirm_moved` →
 * `confirmed_moved`. The law says 及时 and sets no number of days; the due date is OHNet's default of
 * {@link CONTRAINDICATION_NOTICE_DAYS} days (a policy value, not a legal one).
 */

export const SUSPECTED_REPORT_STATES = ['reported', 'employer_notified', 'diagnosis_arranged', 'diagnosed', 'closed'] as const;
export type SuspectedReportState = (typeof SUSPECTED_REPORT_STATES)[number];
export const SUSPECTED_REPORT_ACTIONS = ['acknowledge', 'arrange_diagnosis', 'record_outcome', 'close'] as const;
export type SuspectedReportAction = (typeof SUSPECTED_REPORT_ACTIONS)[number];
/** The permission each action needs (the route declares it; the actor kind is checked by the transition table). */
export const SUSPECTED_REPORT_ACTION_PERMISSIONS: Readonly<Record<SuspectedReportAction, Permission>> = {
  acknowledge: 'suspected_report:handle',
  arrange_diagnosis: 'suspected_report:handle',
  record_outcome: 'suspected_report:diagnose',
  close: 'suspected_report:close',
};
export const SUSPECTED_REPORT_OUTCOMES = ['occupational_disease', 'not_occupational_disease'] as const;
export type SuspectedReportOutcome = (typeof SUSPECTED_REPORT_OUTCOMES)[number];

/** Who acts on a report: the employer it concerns, the diagnosis institution chosen, or a regulator of the region. */
export type FollowUpActor = 'employer' | 'diagnosis_institution' | 'regulator' | 'exam_institution' | 'other';

interface Transition<S extends string, A extends string> {
  from: readonly S[];
  action: A;
  to: S;
  actors: readonly FollowUpActor[];
}

export const SUSPECTED_REPORT_TRANSITIONS: readonly Transition<SuspectedReportState, SuspectedReportAction>[] = [
  { from: ['reported'], action: 'acknowledge', to: 'employer_notified', actors: ['employer'] },
  { from: ['reported', 'employer_notified'], action: 'arrange_diagnosis', to: 'diagnosis_arranged', actors: ['employer'] },
  { from: ['diagnosis_arranged'], action: 'record_outcome', to: 'diagnosed', actors: ['diagnosis_institution', 'regulator'] },
  { from: ['reported', 'employer_notified', 'diagnosis_arranged'], action: 'close', to: 'closed', actors: ['regulator'] },
];

export const CONTRAINDICATION_NOTICE_STATES = ['issued', 'confirmed_moved'] as const;
export type ContraindicationNoticeState = (typeof CONTRAINDICATION_NOTICE_STATES)[number];
export const CONTRAINDICATION_NOTICE_TRANSITIONS: readonly Transition<ContraindicationNoticeState, 'confirm_moved'>[] = [
  { from: ['issued'], action: 'confirm_moved', to: 'confirmed_moved', actors: ['employer'] },
];

/** OHNet's default time for the employer to move the worker (policy; the law says 及时). */
export const CONTRAINDICATION_NOTICE_DAYS = 30;

export function contraindicationNoticeDueDate(examDate: string): string {
  return addDays(examDate, CONTRAINDICATION_NOTICE_DAYS);
}

function next<S extends string, A extends string>(
  table: readonly Transition<S, A>[],
  entity: string,
  state: S,
  action: A,
  actor: FollowUpActor,
): S {
  const byAction = table.filter((t) => t.action === action);
  if (!byAction.some((t) => t.actors.includes(actor))) {
    throw errors.forbidden(`${entity}.action_not_allowed`, `此操作（${action}）不属于您的职责`);
  }
  const t = byAction.find((x) => x.from.includes(state) && x.actors.includes(actor));
  if (!t) throw errors.conflict(`${entity}.invalid_transition`, `当前状态（${state}）不能执行“${action}”`, { state, action });
  return t.to;
}

/**
 * The state after `action`; throws 403 `suspected_report.action_not_allowed` for an actor who can
 * never take it and 409 `suspected_report.invalid_transition` from a wrong state.
 */
export function suspectedReportTransition(state: SuspectedReportState, action: SuspectedReportAction, actor: FollowUpActor): SuspectedReportState {
  return next(SUSPECTED_REPORT_TRANSITIONS, 'suspected_report', state, action, actor);
}

export function contraindicationNoticeTransition(state: ContraindicationNoticeState, action: 'confirm_moved', actor: FollowUpActor): ContraindicationNoticeState {
  return next(CONTRAINDICATION_NOTICE_TRANSITIONS, 'contraindication_notice', state, action, actor);
}

/** Actions the actor may take now (for buttons). */
export function suspectedReportActions(state: SuspectedReportState, actor: FollowUpActor): SuspectedReportAction[] {
  return SUSPECTED_REPORT_TRANSITIONS.filter((t) => t.from.includes(state) && t.actors.includes(actor)).map((t) => t.action);
}

