import { type FieldIssue, errors } from '../errors/errors.ts';
import { type Edition, type Provenance, type RuleOutcome, type RulePack, cite, outcome, todayCst } from '../rules/rule-pack.ts';
import { type WorkingDayCalendar, addDays, addMonths, addWorkingDays, daysBetween, isIsoDate, rollPastHolidays } from './dates.ts';
import {
  DECLARATION_MEASURES_2012,
  DECLARATION_SYSTEM_RULE_2022,
  EXAM_MEASURES_2019,
  WORKPLACE_OH_RULES_2021,
} from './editions.ts';

/**
 * Legal clocks of occupational-health administration: hazard declarations, periodic workplace
 * testing and status evaluation, and exam report deadlines. Every period is data (LEGAL_CLOCK_RULES)
 * with its document, article, source and `verified` flag; day counting follows 民法典 arts. 201–203
 * (see dates.ts).
 */

export type LegalClockId =
  | 'declaration_initial'
  | 'declaration_change'
  | 'declaration_annual'
  | 'declaration_cancellation'
  | 'testing_severe'
  | 'status_evaluation_severe'
  | 'testing_general'
  | 'exam_report_to_employer'
  | 'exam_suspected_od_report'
  | 'exam_contraindication_notice';

export interface LegalClockRule extends Provenance {
  id: LegalClockId;
  edition: Edition;
  /** Article (and the order number), e.g. `第八条第（一）项`. */
  clause: string;
  /** The period: days, working days or months; null when the text sets no number (及时). */
  period: { unit: 'days' | 'working_days' | 'months'; value: number } | null;
  text: string;
}

const decl = DECLARATION_MEASURES_2012;
const DECL_SRC = decl.source;
const ORDER48 = '（国家安全生产监督管理总局令第48号）';
const ORDER5 = '（国家卫生健康委员会令第5号）';

/** The legal-clock rules, one row per clock. */
export const LEGAL_CLOCK_RULES: readonly LegalClockRule[] = [
  {
    id: 'declaration_initial',
    edition: decl,
    clause: `第八条第（一）项${ORDER48}`,
    period: { unit: 'days', value: 30 },
    text: '进行新建、改建、扩建、技术改造或者技术引进建设项目的，自建设项目竣工验收之日起30日内进行申报',
    verified: true,
    source: DECL_SRC,
  },
  {
    id: 'declaration_change',
    edition: decl,
    clause: `第八条第（二）至（四）项${ORDER48}`,
    period: { unit: 'days', value: 15 },
    text: '职业病危害因素及其相关内容发生重大变化，用人单位工作场所、名称、法定代表人或者主要负责人发生变化，或检测、评价发现原申报内容发生变化的，自发生变化（收到检测、评价结果）之日起15日内进行申报',
    verified: true,
    source: DECL_SRC,
  },
  {
    id: 'declaration_cancellation',
    edition: decl,
    clause: `第九条${ORDER48}`,
    period: { unit: 'days', value: 15 },
    text: '用人单位终止生产经营活动的，应当自生产经营活动终止之日起15日内向原申报机关报告并办理注销手续',
    verified: true,
    source: DECL_SRC,
  },
  {
    id: 'declaration_annual',
    edition: DECLARATION_SYSTEM_RULE_2022,
    clause: '年度更新（申报间隔>11个月，<13个月；超过13个月视为不及时更新）',
    period: { unit: 'months', value: 13 },
    text: '年度更新是指用人单位需每年对申报内容进行年度更新；申报间隔>11个月，<13个月（按照申报年度周期，不是自然年周期）；超过13个月视为不及时更新',
    // A district government's explanation of the national declaration system, not a regulation article.
    verified: false,
    source: DECLARATION_SYSTEM_RULE_2022.source,
  },
  {
    id: 'testing_severe',
    edition: WORKPLACE_OH_RULES_2021,
    clause: `第二十条第一款${ORDER5}`,
    period: { unit: 'months', value: 12 },
    text: '职业病危害严重的用人单位，应当委托具有相应资质的职业卫生技术服务机构，每年至少进行一次职业病危害因素检测',
    verified: true,
    source: WORKPLACE_OH_RULES_2021.source,
  },
  {
    id: 'status_evaluation_severe',
    edition: WORKPLACE_OH_RULES_2021,
    clause: `第二十条第一款${ORDER5}`,
    period: { unit: 'months', value: 36 },
    text: '职业病危害严重的用人单位……每三年至少进行一次职业病危害现状评价',
    verified: true,
    source: WORKPLACE_OH_RULES_2021.source,
  },
  {
    id: 'testing_general',
    edition: WORKPLACE_OH_RULES_2021,
    clause: `第二十条第二款${ORDER5}`,
    period: { unit: 'months', value: 36 },
    text: '职业病危害一般的用人单位，应当委托具有相应资质的职业卫生技术服务机构，每三年至少进行一次职业病危害因素检测',
    verified: true,
    source: WORKPLACE_OH_RULES_2021.source,
  },
  {
    id: 'exam_report_to_employer',
    edition: EXAM_MEASURES_2019,
    clause: '第十七条（条号与期限凭记忆，未见原文转录）',
    period: { unit: 'working_days', value: 30 },
    text: '职业健康检查机构应当在职业健康检查结束之日起30个工作日内将职业健康检查结果，包括劳动者个人职业健康检查报告和用人单位职业健康检查总结报告，书面告知用人单位',
    verified: false,
    source: 'memory; the repealed 职业健康监护管理办法 (卫生部令第23号) 第十五条 set 30 days (m.igat.cn quotation)',
  },
  {
    id: 'exam_suspected_od_report',
    edition: EXAM_MEASURES_2019,
    clause: '第十八条（条号凭记忆，未见原文转录）',
    period: null,
    text: '职业健康检查机构发现疑似职业病的，应当告知劳动者本人并及时通知用人单位，同时向所在地卫生健康主管部门报告（无具体天数）',
    verified: false,
    source: 'memory',
  },
  {
    id: 'exam_contraindication_notice',
    edition: EXAM_MEASURES_2019,
    clause: '第十八条（条号凭记忆，未见原文转录）',
    period: null,
    text: '发现职业禁忌的，应当及时告知用人单位和劳动者（无具体天数）',
    verified: false,
    source: 'memory',
  },
];

/** The legal clocks as a rule pack (rows span several documents; each row carries its own edition). */
export const legalClockRulePack: RulePack<LegalClockRule> = {
  id: 'legal-clocks',
  name: '职业卫生法定时限 (申报、检测评价、职业健康检查报告)',
  editions: [
    { edition: DECLARATION_MEASURES_2012, rows: LEGAL_CLOCK_RULES.filter((r) => r.edition === DECLARATION_MEASURES_2012), officialRowCount: 3 },
    { edition: DECLARATION_SYSTEM_RULE_2022, rows: LEGAL_CLOCK_RULES.filter((r) => r.edition === DECLARATION_SYSTEM_RULE_2022), officialRowCount: 1 },
    { edition: WORKPLACE_OH_RULES_2021, rows: LEGAL_CLOCK_RULES.filter((r) => r.edition === WORKPLACE_OH_RULES_2021), officialRowCount: 3 },
    { edition: EXAM_MEASURES_2019, rows: LEGAL_CLOCK_RULES.filter((r) => r.edition === EXAM_MEASURES_2019), officialRowCount: null },
  ],
};

function rule(id: LegalClockId): LegalClockRule {
  const r = LEGAL_CLOCK_RULES.find((x) => x.id === id);
  if (!r) throw new Error(`No legal clock ${id}`);
  return r;
}

const citeRule = (r: LegalClockRule) => cite(r.edition, r.clause);

/** A due date and how `asOf` stands against it. */
export interface LegalDeadline extends RuleOutcome {
  clock: LegalClockId;
  /** Last on-time day (inclusive), ISO date; null when the rule sets no number of days. */
  dueDate: string | null;
  /** Earliest on-time day when the rule also sets one (annual declaration update). */
  windowOpens: string | null;
  asOf: string;
  /** asOf is after dueDate. */
  overdue: boolean;
  /** asOf is before windowOpens (too early to count as the annual update). */
  early: boolean;
  /** dueDate − asOf in days (negative when overdue); null without a due date. */
  daysRemaining: number | null;
  rule: string;
}

function deadline(r: LegalClockRule, dueDate: string | null, asOf: string, windowOpens: string | null = null): LegalDeadline {
  return {
    clock: r.id,
    dueDate,
    windowOpens,
    asOf,
    overdue: dueDate !== null && asOf > dueDate,
    early: windowOpens !== null && asOf < windowOpens,
    daysRemaining: dueDate === null ? null : daysBetween(asOf, dueDate),
    rule: r.text,
    ...outcome([citeRule(r)], [r]),
  };
}

function add(date: string, r: LegalClockRule): string {
  if (!r.period) throw new Error(`${r.id} has no period`);
  switch (r.period.unit) {
    case 'days':
      return addDays(date, r.period.value);
    case 'months':
      return addMonths(date, r.period.value);
    case 'working_days':
      return addWorkingDays(date, r.period.value);
  }
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function dateIssues(input: Record<string, unknown>, required: string[], optional: string[], area: string): FieldIssue[] {
  const issues: FieldIssue[] = [];
  for (const f of required) {
    if (!isIsoDate(input[f])) issues.push({ path: f, code: `${area}.date_invalid`, message: `${f} must be a date YYYY-MM-DD` });
  }
  for (const f of optional) {
    if (input[f] !== undefined && !isIsoDate(input[f])) issues.push({ path: f, code: `${area}.date_invalid`, message: `${f} must be a date YYYY-MM-DD` });
  }
  for (const f of ['holidays', 'makeUpWorkdays']) {
    const v = input[f];
    if (v === undefined) continue;
    if (!Array.isArray(v)) issues.push({ path: f, code: `${area}.dates_invalid`, message: `${f} must be a list of dates` });
    else v.forEach((d, i) => isIsoDate(d) || issues.push({ path: `${f}.${i}`, code: `${area}.date_invalid`, message: 'Dates are YYYY-MM-DD' }));
  }
  return issues;
}

// ---------------------------------------------------------------------------------------------
// Declarations

export const DECLARATION_KINDS = ['initial', 'change', 'annual', 'cancellation'] as const;
export type DeclarationKind = (typeof DECLARATION_KINDS)[number];

export interface DeclarationDeadlineInput {
  kind: DeclarationKind;
  /**
   * initial: 建设项目竣工验收 date; change: the date of the change (or of receiving the testing /
   * evaluation results); annual: the date of the previous declaration; cancellation: the date
   * operations ended.
   */
  eventDate: string;
  /** The date to judge (e.g. the filing date); default today in CST. */
  asOf?: string;
  /** Statutory holidays: a due date falling on one moves to the next non-holiday (民法典 art. 203). */
  holidays?: string[];
}

/** Field-level problems with a declaration-deadline request. */
export function declarationDeadlineInputIssues(input: unknown): FieldIssue[] {
  if (!isRecord(input)) return [{ path: '', code: 'declaration.body_invalid', message: 'The request must be an object' }];
  const issues = dateIssues(input, ['eventDate'], ['asOf'], 'declaration');
  if (typeof input.kind !== 'string' || !(DECLARATION_KINDS as readonly string[]).includes(input.kind)) {
    issues.push({ path: 'kind', code: 'declaration.kind_invalid', message: `kind must be one of ${DECLARATION_KINDS.join(', ')}` });
  }
  return issues;
}

/**
 * Due date of a hazard declaration (职业病危害项目申报):
 * - initial (new, rebuilt or expanded projects): 30 days after 竣工验收 — 职业病危害项目申报办法
 *   (国家安全生产监督管理总局令第48号, 2012) 第八条第（一）项;
 * - change: 15 days after the change or after receiving the testing/evaluation results — 第八条第（二）–（四）项;
 * - cancellation: 15 days after operations end — 第九条;
 * - annual update: more than 11 and at most 13 months after the previous declaration (the national
 *   declaration system's rule, as explained by tjjh.gov.cn 2022; not a regulation article, so
 *   `verified: false`). `windowOpens` is the first day after 11 months, `dueDate` the day 13 months
 *   on (only "超过13个月" is late).
 *
 * @throws OhnetError `validation.failed` (422) listing every bad field.
 */
export function declarationDeadlines(input: DeclarationDeadlineInput): LegalDeadline {
  const issues = declarationDeadlineInputIssues(input);
  if (issues.length > 0) throw errors.invalid(issues, 'Invalid declaration-deadline request');
  const asOf = input.asOf ?? todayCst();
  switch (input.kind) {
    case 'initial':
    case 'change':
    case 'cancellation': {
      const r = rule(`declaration_${input.kind}`);
      return deadline(r, rollPastHolidays(add(input.eventDate, r), input.holidays), asOf);
    }
    case 'annual': {
      const r = rule('declaration_annual');
      return deadline(r, addMonths(input.eventDate, 13), asOf, addDays(addMonths(input.eventDate, 11), 1));
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Periodic testing and status evaluation

/** Hazard class of the employer (职业病危害严重 / 一般, per 建设项目职业病危害风险分类管理目录 2021). */
export type EmployerHazardClass = 'severe' | 'general';

export interface PeriodicTestingInput {
  hazardClass: EmployerHazardClass;
  /** Date of the last 职业病危害因素检测. */
  lastTestDate: string;
  /** Date of the last 职业病危害现状评价 (severe-hazard employers). */
  lastStatusEvaluationDate?: string;
  asOf?: string;
}

export interface PeriodicTestingResult extends RuleOutcome {
  hazardClass: EmployerHazardClass;
  testing: LegalDeadline & { intervalMonths: number };
  /** Severe-hazard employers only; dueDate null when no previous evaluation date was given. */
  statusEvaluation: (LegalDeadline & { intervalMonths: number }) | null;
}

/** Field-level problems with a periodic-testing request. */
export function periodicTestingInputIssues(input: unknown): FieldIssue[] {
  if (!isRecord(input)) return [{ path: '', code: 'testing.body_invalid', message: 'The request must be an object' }];
  const issues = dateIssues(input, ['lastTestDate'], ['lastStatusEvaluationDate', 'asOf'], 'testing');
  if (input.hazardClass !== 'severe' && input.hazardClass !== 'general') {
    issues.push({ path: 'hazardClass', code: 'testing.hazard_class_invalid', message: 'hazardClass must be "severe" or "general"' });
  }
  return issues;
}

/**
 * Periodic workplace testing and status evaluation (工作场所职业卫生管理规定, 国家卫生健康委员会令
 * 第5号, 2021, 第二十条): severe-hazard employers test at least once a year and have a status
 * evaluation at least every 3 years; other employers test at least every 3 years. Due dates fall on
 * the corresponding day (民法典 art. 202), e.g. last test 2025-03-10 → due 2026-03-10.
 *
 * @throws OhnetError `validation.failed` (422) listing every bad field.
 */
export function periodicTestingDeadlines(input: PeriodicTestingInput): PeriodicTestingResult {
  const issues = periodicTestingInputIssues(input);
  if (issues.length > 0) throw errors.invalid(issues, 'Invalid periodic-testing request');
  const asOf = input.asOf ?? todayCst();
  const testRule = rule(input.hazardClass === 'severe' ? 'testing_severe' : 'testing_general');
  const testing = { ...deadline(testRule, add(input.lastTestDate, testRule), asOf), intervalMonths: testRule.period?.value ?? 0 };
  let statusEvaluation: PeriodicTestingResult['statusEvaluation'] = null;
  if (input.hazardClass === 'severe') {
    const r = rule('status_evaluation_severe');
    const due = input.lastStatusEvaluationDate ? add(input.lastStatusEvaluationDate, r) : null;
    statusEvaluation = { ...deadline(r, due, asOf), intervalMonths: r.period?.value ?? 0 };
  }
  const used = statusEvaluation ? [testRule, rule('status_evaluation_severe')] : [testRule];
  return { hazardClass: input.hazardClass, testing, statusEvaluation, ...outcome(used.map(citeRule), used) };
}

// ---------------------------------------------------------------------------------------------
// Exam reports

export interface ExamReportDeadlineInput extends WorkingDayCalendar {
  /** The day the health examination ended (体检工作结束之日). */
  examEndDate: string;
  asOf?: string;
}

export interface ExamReportDeadlineResult extends RuleOutcome {
  /** Results to the employer in writing within 30 working days (weekends skipped; holidays/make-up days as given). */
  employerReport: LegalDeadline;
  /** Suspected occupational disease: tell the worker and the employer and report to the health authority without delay (no number of days). */
  suspectedOccupationalDisease: LegalDeadline;
  /** Contraindication: tell the employer and the worker without delay (no number of days). */
  contraindication: LegalDeadline;
  /** True when no holiday calendar was given (only weekends were skipped). */
  holidaysIgnored: boolean;
}

/** Field-level problems with an exam-report-deadline request. */
export function examReportDeadlineInputIssues(input: unknown): FieldIssue[] {
  if (!isRecord(input)) return [{ path: '', code: 'exam_report.body_invalid', message: 'The request must be an object' }];
  return dateIssues(input, ['examEndDate'], ['asOf'], 'exam_report');
}

/**
 * Exam report deadlines (职业健康检查管理办法, 2015, amended 2019): the exam institution reports the
 * results to the employer within 30 working days after the exam ends (第十七条); suspected
 * occupational disease and contraindications are notified without delay (及时, 第十八条) — no
 * number of days, so those due dates are null. The article numbers and the 30 working days are from
 * memory (no transcription found): `verified: false`.
 *
 * Working days skip weekends; pass `holidays` (法定节假日 on weekdays) and `makeUpWorkdays` (调休上班日)
 * from the State Council calendar for an exact count.
 *
 * @throws OhnetError `validation.failed` (422) listing every bad field.
 */
export function examReportDeadlines(input: ExamReportDeadlineInput): ExamReportDeadlineResult {
  const issues = examReportDeadlineInputIssues(input);
  if (issues.length > 0) throw errors.invalid(issues, 'Invalid exam-report-deadline request');
  const asOf = input.asOf ?? todayCst();
  const r = rule('exam_report_to_employer');
  const calendar: WorkingDayCalendar = { holidays: input.holidays ?? [], makeUpWorkdays: input.makeUpWorkdays ?? [] };
  const due = r.period ? addWorkingDays(input.examEndDate, r.period.value, calendar) : null;
  const od = rule('exam_suspected_od_report');
  const ci = rule('exam_contraindication_notice');
  return {
    employerReport: deadline(r, due, asOf),
    suspectedOccupationalDisease: deadline(od, null, asOf),
    contraindication: deadline(ci, null, asOf),
    holidaysIgnored: (input.holidays ?? []).length === 0,
    ...outcome([citeRule(r), citeRule(od)], [r, od, ci]),
  };
}
