/**
 * Declaration deadlines of one employer, from its declaration history and triggering events, using
 * the legal clocks of surveillance/legal-clocks.ts (`declarationDeadlines`) — no period is restated
 * here:
 * - 建设项目竣工验收 (new, rebuilt, expanded projects, technical transformation or import): 30 days
 *   (职业病危害项目申报办法 第八条第（一）项, clock `declaration_initial`);
 * - a major change of the hazards, of the workplace, name, legal representative or principal, or
 *   testing/evaluation results that change the declared content: 15 days (第八条第（二）至（四）项,
 *   clock `declaration_change`);
 * - annual update: more than 11 and at most 13 months after the last accepted declaration (the
 *   declaration system's rule, unverified, clock `declaration_annual`).
 * Plus the authority's side: the receipt within 5 working days of the filing (申报办法 第六条,
 * article number from memory).
 *
 * Decisions:
 * - an event is covered by any declaration filed (submitted) on or after its date that was later
 *   accepted; while such a filing awaits review the item is `filed_pending_review`, never overdue —
 *   the employer's duty is to file, the review time is the authority's;
 * - the filing kind is `initial` when no declaration was accepted before the event, else `change`
 *   (第八条 calls all of them 变更申报 once a first declaration exists);
 * - any accepted declaration, whatever its kind, restarts the annual clock from its acceptance date
 *   (the date on the receipt, which both sides see);
 * - an employer with hazards and no declaration at all, and no dated trigger, owes one now
 *   (申报办法 第二条 "及时、如实申报"): status `undeclared`, no due date.
 */
import { type FieldIssue, errors } from '../errors/errors.ts';
import { type RuleOutcome, cite, todayCst } from '../rules/rule-pack.ts';
import { type WorkingDayCalendar, addWorkingDays, daysBetween, isIsoDate } from '../surveillance/dates.ts';
import { DECLARATION_MEASURES_2012 } from '../surveillance/editions.ts';
import { type LegalClockId, declarationDeadlines } from '../surveillance/legal-clocks.ts';
import { type DeclarationFilingKind, type DeclarationState, isDeclarationFilingKind, isDeclarationState } from './declaration.workflow.ts';

/** Events that start a declaration clock (申报办法 第八条). */
export const DECLARATION_TRIGGER_EVENT_TYPES = ['project_completed', 'hazard_change', 'employer_change', 'assessment_result_change'] as const;
export type DeclarationTriggerEventType = (typeof DECLARATION_TRIGGER_EVENT_TYPES)[number];

/** Each event type with its clause and the legal clock it starts. */
export const DECLARATION_TRIGGER_EVENTS: Readonly<Record<DeclarationTriggerEventType, { label: string; clause: string; clock: 'initial' | 'change' }>> = {
  project_completed: { label: '建设项目竣工验收（新建、改建、扩建、技术改造、技术引进）', clause: '第八条第（一）项', clock: 'initial' },
  hazard_change: { label: '技术、工艺、设备或材料变化导致职业病危害因素及相关内容重大变化', clause: '第八条第（二）项', clock: 'change' },
  employer_change: { label: '工作场所、名称、法定代表人或主要负责人变化', clause: '第八条第（三）项', clock: 'change' },
  assessment_result_change: { label: '检测、评价发现原申报内容变化（自收到结果之日起）', clause: '第八条第（四）项', clock: 'change' },
};

/** A dated trigger. */
export interface DeclarationTriggerEvent {
  type: DeclarationTriggerEventType;
  /** 竣工验收 date, the date of the change, or the date the testing/evaluation results were received. */
  date: string;
  id?: string;
}

/** One declaration of the employer (any state; only submitted and accepted ones count). */
export interface DeclarationHistoryEntry {
  kind: DeclarationFilingKind;
  state: DeclarationState;
  /** Date of the (last) submission, YYYY-MM-DD; null for legacy records known only by acceptance. */
  submittedOn: string | null;
  /** Acceptance (receipt) date for accepted declarations. */
  acceptedOn: string | null;
}

export interface DeclarationClockInput {
  history: readonly DeclarationHistoryEntry[];
  events?: readonly DeclarationTriggerEvent[];
  /** Default today (CST). */
  asOf?: string;
  /** Statutory holidays for 民法典 art. 203 (a due day on a holiday moves past it). */
  holidays?: readonly string[];
  /** False for an employer without hazard factors: nothing is due. Default true. */
  hasHazards?: boolean;
}

export type DeclarationDueStatus = 'due' | 'overdue' | 'filed_pending_review' | 'undeclared';

/** One declaration the employer owes (or has filed and awaits). */
export interface DeclarationDueItem extends RuleOutcome {
  kind: DeclarationFilingKind;
  /** The legal clock; null for `undeclared` (no number of days in 第二条). */
  clock: LegalClockId | null;
  status: DeclarationDueStatus;
  trigger: { type: DeclarationTriggerEventType | 'last_accepted_declaration'; date: string; eventId: string | null } | null;
  /** Last on-time day (inclusive). */
  dueDate: string | null;
  /** First day an annual update counts as one (more than 11 months on). */
  windowOpens: string | null;
  /** asOf is before `windowOpens`. */
  early: boolean;
  overdue: boolean;
  daysRemaining: number | null;
}

export interface NextDeclarationDueResult {
  asOf: string;
  /** What to show as "your next deadline": undeclared first, then the earliest due date, then filings awaiting review. */
  next: DeclarationDueItem | null;
  /** Every open item, in the same order. */
  items: readonly DeclarationDueItem[];
  lastAccepted: { kind: DeclarationFilingKind; acceptedOn: string } | null;
}

/** 申报办法 第二条: the duty to declare, without a number of days. */
const DUTY_CITATION = cite(DECLARATION_MEASURES_2012, '第二条（国家安全生产监督管理总局令第48号）');

/** Field problems of a clock request (paths `history.<i>.<field>`, `events.<i>.<field>`, `asOf`, `holidays.<i>`). */
export function declarationClockInputIssues(input: DeclarationClockInput): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const date = (path: string, v: unknown, required: boolean) => {
    if (v === null || v === undefined) {
      if (required) issues.push({ path, code: 'declaration.required', message: `${path} is required` });
    } else if (!isIsoDate(v)) issues.push({ path, code: 'declaration.date_invalid', message: `${path} must be YYYY-MM-DD` });
  };
  date('asOf', input.asOf, false);
  input.holidays?.forEach((h, i) => date(`holidays.${i}`, h, true));
  input.history.forEach((h, i) => {
    if (!isDeclarationFilingKind(h.kind)) issues.push({ path: `history.${i}.kind`, code: 'declaration.kind_invalid', message: 'kind must be initial, change or annual' });
    if (!isDeclarationState(h.state)) issues.push({ path: `history.${i}.state`, code: 'declaration.state_invalid', message: 'Unknown state' });
    date(`history.${i}.submittedOn`, h.submittedOn, h.state === 'submitted');
    date(`history.${i}.acceptedOn`, h.acceptedOn, h.state === 'accepted');
    if (isIsoDate(h.submittedOn) && isIsoDate(h.acceptedOn) && h.acceptedOn < h.submittedOn) {
      issues.push({ path: `history.${i}.acceptedOn`, code: 'declaration.dates_out_of_order', message: 'acceptedOn is before submittedOn' });
    }
  });
  input.events?.forEach((e, i) => {
    if (!(DECLARATION_TRIGGER_EVENT_TYPES as readonly string[]).includes(e.type)) {
      issues.push({ path: `events.${i}.type`, code: 'declaration.event_type_invalid', message: `type must be one of ${DECLARATION_TRIGGER_EVENT_TYPES.join(', ')}` });
    }
    date(`events.${i}.date`, e.date, true);
  });
  return issues;
}

function statusOrder(item: DeclarationDueItem): number {
  return item.status === 'undeclared' ? 0 : item.status === 'filed_pending_review' ? 2 : 1;
}

/**
 * The declarations an employer owes as of `asOf`, and the next one — by the rules and decisions at
 * the top of this file.
 *
 * @example nextDeclarationDue({ history: [{ kind: 'initial', state: 'accepted', submittedOn: '2025-03-10', acceptedOn: '2025-03-14' }], asOf: '2026-03-01' }).next
 *   // { kind: 'annual', windowOpens: '2026-02-15', dueDate: '2026-04-14', overdue: false, … }
 * @throws OhnetError `validation.failed` listing every bad field.
 */
export function nextDeclarationDue(input: DeclarationClockInput): NextDeclarationDueResult {
  const issues = declarationClockInputIssues(input);
  if (issues.length > 0) throw errors.invalid(issues, 'Invalid declaration history');
  const asOf = input.asOf ?? todayCst();
  const holidays = input.holidays ? [...input.holidays] : undefined;

  const filedOn = (h: DeclarationHistoryEntry): string => h.submittedOn ?? h.acceptedOn ?? '';
  const accepted = input.history
    .filter((h) => h.state === 'accepted' && h.acceptedOn !== null)
    .sort((a, b) => ((a.acceptedOn ?? '') < (b.acceptedOn ?? '') ? -1 : 1));
  const pending = input.history.filter((h) => h.state === 'submitted');
  const last = accepted.at(-1) ?? null;
  const items: DeclarationDueItem[] = [];

  if (input.hasHazards === false) return { asOf, next: null, items: [], lastAccepted: last ? { kind: last.kind, acceptedOn: last.acceptedOn ?? '' } : null };

  for (const e of input.events ?? []) {
    if (accepted.some((h) => filedOn(h) >= e.date)) continue;
    const kind: DeclarationFilingKind = accepted.some((h) => (h.acceptedOn ?? '') < e.date) ? 'change' : 'initial';
    const clockKind = DECLARATION_TRIGGER_EVENTS[e.type].clock;
    const d = declarationDeadlines({ kind: clockKind, eventDate: e.date, asOf, ...(holidays ? { holidays } : {}) });
    const filed = pending.some((h) => filedOn(h) >= e.date);
    items.push({
      kind,
      clock: d.clock,
      status: filed ? 'filed_pending_review' : d.overdue ? 'overdue' : 'due',
      trigger: { type: e.type, date: e.date, eventId: e.id ?? null },
      dueDate: d.dueDate,
      windowOpens: d.windowOpens,
      early: d.early,
      overdue: !filed && d.overdue,
      daysRemaining: d.daysRemaining,
      citation: d.citation,
      verified: d.verified,
    });
  }

  if (last?.acceptedOn) {
    const d = declarationDeadlines({ kind: 'annual', eventDate: last.acceptedOn, asOf });
    const filed = pending.some((h) => filedOn(h) >= (last.acceptedOn ?? ''));
    items.push({
      kind: 'annual',
      clock: d.clock,
      status: filed ? 'filed_pending_review' : d.overdue ? 'overdue' : 'due',
      trigger: { type: 'last_accepted_declaration', date: last.acceptedOn, eventId: null },
      dueDate: d.dueDate,
      windowOpens: d.windowOpens,
      early: d.early,
      overdue: !filed && d.overdue,
      daysRemaining: d.daysRemaining,
      citation: d.citation,
      verified: d.verified,
    });
  } else if (items.length === 0) {
    items.push({
      kind: 'initial',
      clock: null,
      status: pending.length > 0 ? 'filed_pending_review' : 'undeclared',
      trigger: null,
      dueDate: null,
      windowOpens: null,
      early: false,
      overdue: false,
      daysRemaining: null,
      citation: DUTY_CITATION,
      // 第二条 as transcribed at guoqi.org/listing/lawsshow_pi.php?id=8676 ("应当及时、如实…申报").
      verified: true,
    });
  }

  items.sort((a, b) => statusOrder(a) - statusOrder(b) || (a.dueDate ?? '').localeCompare(b.dueDate ?? ''));
  return { asOf, next: items[0] ?? null, items, lastAccepted: last ? { kind: last.kind, acceptedOn: last.acceptedOn ?? '' } : null };
}

/** The authority's deadline to issue the receipt. */
export interface DeclarationReviewDeadline extends RuleOutcome {
  submittedOn: string;
  /** 5th working day after the filing. */
  dueDate: string;
  asOf: string;
  overdue: boolean;
  daysRemaining: number;
  /** True when no holiday calendar was given (only weekends were skipped). */
  holidaysIgnored: boolean;
}

/** Working days the authority has to issue the receipt (申报办法 第六条, from memory). */
export const DECLARATION_REVIEW_WORKING_DAYS = 5;

/**
 * When the receipt is due: the 5th working day after the filing (职业病危害项目申报办法 第六条 —
 * "自收到申报文件、资料之日起5个工作日内，出具《职业病危害项目申报回执》"; article number and wording
 * from memory, the 5 working days confirmed by secondary summaries, so `verified: false`). Working
 * days skip weekends and the given holidays, and count make-up workdays (dates.ts).
 *
 * @throws OhnetError `validation.failed` for bad dates.
 */
export function declarationReviewDeadline(input: { submittedOn: string; asOf?: string } & WorkingDayCalendar): DeclarationReviewDeadline {
  const issues: FieldIssue[] = [];
  if (!isIsoDate(input.submittedOn)) issues.push({ path: 'submittedOn', code: 'declaration.date_invalid', message: 'submittedOn must be YYYY-MM-DD' });
  if (input.asOf !== undefined && !isIsoDate(input.asOf)) issues.push({ path: 'asOf', code: 'declaration.date_invalid', message: 'asOf must be YYYY-MM-DD' });
  if (issues.length > 0) throw errors.invalid(issues, 'Invalid review-deadline request');
  const asOf = input.asOf ?? todayCst();
  const dueDate = addWorkingDays(input.submittedOn, DECLARATION_REVIEW_WORKING_DAYS, { holidays: input.holidays ?? [], makeUpWorkdays: input.makeUpWorkdays ?? [] });
  return {
    submittedOn: input.submittedOn,
    dueDate,
    asOf,
    overdue: asOf > dueDate,
    daysRemaining: daysBetween(asOf, dueDate),
    holidaysIgnored: (input.holidays ?? []).length === 0,
    citation: cite(DECLARATION_MEASURES_2012, '第六条（国家安全生产监督管理总局令第48号；条号凭记忆）'),
    verified: false,
  };
}
