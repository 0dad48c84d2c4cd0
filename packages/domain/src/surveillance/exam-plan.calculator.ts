import { type FieldIssue, errors } from '../errors/errors.ts';
import { type Edition, type RuleOutcome, cite, editionOn, outcome, todayCst } from '../rules/rule-pack.ts';
import { addMonths, isIsoDate } from './dates.ts';
import {
  type Gbz188DriverClass,
  type Gbz188PeriodBranch,
  type Gbz188PeriodContext,
  type Gbz188PeriodRule,
  type Gbz188SupplementaryPeriod,
  GBZ188_FOLLOW_UP_2014,
  GBZ188_PERIODS_2014,
  GBZ188_PERIODS_2025,
  evaluateGbz188Period,
} from './gbz188-periods.ts';
import {
  type HealthExamType,
  type Gbz188Row,
  HEALTH_EXAM_TYPES,
  GBZ188_FACTOR_ALIASES,
  factorKey,
  findGbz188Factor,
  gbz188RulePack,
} from './gbz188.rule-pack.ts';

/** Input of {@link examPlan} (POST /api/v1/calc/exam-plan, plus optional exposure details). */
export interface ExamPlanInput extends Gbz188PeriodContext {
  /** Hazard factor names as in GBZ 188 (Chinese), aliases such as `矽尘`, or CAS numbers. */
  hazardFactors: string[];
  examType: HealthExamType;
  /** Exam date (YYYY-MM-DD); picks the GBZ 188 edition. Default: today in CST. */
  examDate?: string;
  /** Date of the last exam; the next due date counts from it (default: examDate). */
  lastExamDate?: string;
}

export interface ExamPlanPeriodOption {
  id: string;
  text: string;
  months: number | null;
}

/** The plan for one hazard factor. `null` fields are not in the reference data; `[]` means the source lists none. */
export interface ExamPlanFactor extends RuleOutcome {
  /** The factor as requested. */
  factor: string;
  /** The factor name in the data, when found. */
  matchedFactor: string | null;
  matchedVia: 'name' | 'alias' | 'cas' | null;
  /** e.g. `GBZ 188-2025`; null when no edition is in force on the exam date. */
  standard: string | null;
  section: string | null;
  examType: HealthExamType;
  /** True when the data has this factor's section and the part for this exam type. */
  ruleAvailable: boolean;
  /** Why the rule (or a part of it) is unavailable. */
  reason: string | null;
  requiredItems: string[] | null;
  /** 2014: 选检项目; 2025: 补充检查项目 (conditional on findings). */
  optionalItems: string[] | null;
  physicalExam: string[] | null;
  targetDiseases: string[] | null;
  contraindications: string[] | null;
  recheck: string | null;
  /** Months until the next periodic exam (pre-employment and periodic) or follow-up (post-employment). */
  periodMonths: number | null;
  /** When the standard gives a range (e.g. 2–3 years): the range; `periodMonths` is its shorter end. */
  periodRangeMonths: [number, number] | null;
  /** The period branch that applied and why. */
  periodBranch: { id: string; text: string; scope: string | null; forYears: number | null } | null;
  /** All branches of the period rule (shown when the period depends on an input that was not given). */
  periodOptions: ExamPlanPeriodOption[];
  /** Why no period was determined, or timing notes (e.g. heat: before the hot season). */
  periodNote: string | null;
  /** Periods that run alongside the main one for part of the exam (e.g. 肝功能 every 6 months). */
  supplementaryPeriods: Gbz188SupplementaryPeriod[];
  /** lastExamDate (or examDate) + periodMonths. */
  nextDueDate: string | null;
  /** Fields of this exam type's part that are missing from the data. */
  missingFields: string[];
  notes: string[];
}

export interface ExamPlanResult extends RuleOutcome {
  examDate: string;
  examType: HealthExamType;
  /** The GBZ 188 edition applied, e.g. `GBZ 188-2025`, or null when none is in force. */
  standard: string | null;
  factors: ExamPlanFactor[];
}

const EXAM_TYPE_LABEL: Record<HealthExamType, string> = {
  pre_employment: '上岗前',
  periodic: '在岗期间',
  exit: '离岗时',
  post_employment: '离岗后医学随访',
  emergency: '应急',
};

/** Factors GBZ 188 does not govern: the reason the plan is unavailable for them. */
const GOVERNED_ELSEWHERE: Readonly<Record<string, string>> = {
  电离辐射:
    'Radiation workers are governed by GBZ 98-2020 (放射工作人员健康要求及监护规范) and 放射工作人员职业健康管理办法 (卫生部令第55号), not GBZ 188; their items and periods are not in the reference data',
};

const WORK_GRADES: readonly number[] = [0, 1, 2, 3];
const DRIVER_CLASSES: readonly string[] = ['large_or_commercial', 'small_non_commercial'] satisfies Gbz188DriverClass[];

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function finite(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

/**
 * Field-level problems with an exam-plan request (empty when valid). Used by {@link examPlan} and
 * by forms that validate as the user types.
 */
export function examPlanInputIssues(input: unknown): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const add = (path: string, code: string, message: string) => issues.push({ path, code, message });
  if (!isRecord(input)) {
    add('', 'exam_plan.body_invalid', 'The request must be an object');
    return issues;
  }
  const { hazardFactors, examType, examDate, lastExamDate, noiseLevel, dustGrade, toxicGrade } = input;
  if (!Array.isArray(hazardFactors) || hazardFactors.length === 0) {
    add('hazardFactors', 'exam_plan.hazard_factors_required', 'List at least one hazard factor');
  } else {
    hazardFactors.forEach((f, i) => {
      if (typeof f !== 'string' || f.trim() === '') add(`hazardFactors.${i}`, 'exam_plan.hazard_factor_invalid', 'A hazard factor must be a non-empty name or CAS number');
    });
  }
  if (typeof examType !== 'string' || !(HEALTH_EXAM_TYPES as readonly string[]).includes(examType)) {
    add('examType', 'exam_plan.exam_type_invalid', `examType must be one of ${HEALTH_EXAM_TYPES.join(', ')}`);
  }
  if (examDate !== undefined && !isIsoDate(examDate)) add('examDate', 'exam_plan.date_invalid', 'examDate must be a date YYYY-MM-DD');
  if (lastExamDate !== undefined && !isIsoDate(lastExamDate)) {
    add('lastExamDate', 'exam_plan.date_invalid', 'lastExamDate must be a date YYYY-MM-DD');
  } else if (lastExamDate !== undefined && isIsoDate(examDate) && lastExamDate > examDate) {
    add('lastExamDate', 'exam_plan.last_exam_after_exam_date', 'lastExamDate cannot be after examDate');
  }
  if (noiseLevel !== undefined && (!finite(noiseLevel) || noiseLevel < 0 || noiseLevel > 200)) {
    add('noiseLevel', 'exam_plan.noise_level_out_of_range', 'noiseLevel is an L_EX,8h in dB(A) between 0 and 200');
  }
  for (const [name, v] of [['dustGrade', dustGrade], ['toxicGrade', toxicGrade]] as const) {
    if (v !== undefined && !(typeof v === 'number' && WORK_GRADES.includes(v))) add(name, 'exam_plan.grade_invalid', `${name} is a GBZ/T 229 grade 0–3`);
  }
  if (input.smallOpacityObservation !== undefined && typeof input.smallOpacityObservation !== 'boolean') {
    add('smallOpacityObservation', 'exam_plan.flag_invalid', 'smallOpacityObservation must be true or false');
  }
  for (const name of ['bloodLeadUgPerL', 'urineLeadUgPerL', 'yearsSinceFirstExposure'] as const) {
    const v = input[name];
    if (v !== undefined && (!finite(v) || v < 0)) add(name, 'exam_plan.value_out_of_range', `${name} must be a number ≥ 0`);
  }
  if (input.driverClass !== undefined && !(typeof input.driverClass === 'string' && DRIVER_CLASSES.includes(input.driverClass))) {
    add('driverClass', 'exam_plan.driver_class_invalid', `driverClass must be one of ${DRIVER_CLASSES.join(', ')}`);
  }
  return issues;
}

/** GBZ 188-2025 sub-clause of an exam type's part: X.Y.1 上岗前, X.Y.2 在岗期间, X.Y.3 离岗时 (§9.4 shifts by one: 9.4.1 is the driver classes). */
function clause2025(section: string, examType: HealthExamType): string | null {
  const shift = section === '9.4' ? 1 : 0;
  const sub: Partial<Record<HealthExamType, number>> = { pre_employment: 1, periodic: 2, exit: 3 };
  const n = sub[examType];
  return n === undefined ? null : `${section}.${n + shift}`;
}

function partCitation(edition: Edition, row: Gbz188Row, examType: HealthExamType): string {
  if (row.section === null) return cite(edition, `${EXAM_TYPE_LABEL[examType]} (section number not in the reference data)`);
  if (edition.edition === '2025') {
    const c = clause2025(row.section, examType);
    return cite(edition, c ? `§${c}` : `§${row.section} (${EXAM_TYPE_LABEL[examType]})`);
  }
  return cite(edition, `§${row.section} (${EXAM_TYPE_LABEL[examType]})`);
}

function periodCitation(edition: Edition, row: Gbz188Row, examType: HealthExamType): string {
  if (edition.edition === '2025' && row.section !== null && examType !== 'post_employment') {
    const onDuty = clause2025(row.section, 'periodic');
    // The period is X.Y.2.3, or X.Y.2.4 where X.Y.2.3 is a recheck clause (苯 §5.19.2.3 复查).
    const idx = row.parts.periodic?.recheck ? 4 : 3;
    return cite(edition, `§${onDuty}.${idx} (健康检查周期)`);
  }
  const label = examType === 'post_employment' ? '离岗后医学随访周期' : '健康检查周期';
  return row.section === null ? cite(edition, `${label} (section number not in the reference data)`) : cite(edition, `§${row.section} (${label})`);
}

function periodRuleFor(edition: Edition, row: Gbz188Row, examType: HealthExamType): Gbz188PeriodRule | null {
  if (examType === 'post_employment') return edition.edition === '2014' ? (GBZ188_FOLLOW_UP_2014[row.key] ?? null) : null;
  if (examType !== 'periodic' && examType !== 'pre_employment') return null;
  if (!row.parts.periodic) return null;
  return (edition.edition === '2025' ? GBZ188_PERIODS_2025 : GBZ188_PERIODS_2014)[row.key] ?? null;
}

const option = (b: Gbz188PeriodBranch): ExamPlanPeriodOption => ({ id: b.id, text: b.text, months: b.months });

function blank(factor: string, examType: HealthExamType): ExamPlanFactor {
  return {
    factor,
    matchedFactor: null,
    matchedVia: null,
    standard: null,
    section: null,
    examType,
    ruleAvailable: false,
    reason: null,
    requiredItems: null,
    optionalItems: null,
    physicalExam: null,
    targetDiseases: null,
    contraindications: null,
    recheck: null,
    periodMonths: null,
    periodRangeMonths: null,
    periodBranch: null,
    periodOptions: [],
    periodNote: null,
    supplementaryPeriods: [],
    nextDueDate: null,
    missingFields: [],
    notes: [],
    citation: '',
    verified: false,
  };
}

function planFactor(factor: string, input: Required<Pick<ExamPlanInput, 'examType' | 'examDate'>> & ExamPlanInput): ExamPlanFactor {
  const { examType, examDate } = input;
  const out = blank(factor, examType);
  const found = findGbz188Factor(factor, examDate);
  if (!found.found) {
    out.standard = found.edition ? `${found.edition.standard}-${found.edition.edition}` : null;
    out.section = found.knownSection?.section ?? null;
    const key = factorKey(factor);
    const elsewhere = GOVERNED_ELSEWHERE[GBZ188_FACTOR_ALIASES[key] ?? key];
    out.reason = elsewhere ?? found.reason;
    Object.assign(out, outcome([found.edition ? cite(found.edition, found.knownSection ? `§${found.knownSection.section}` : undefined) : 'GBZ 188'], []));
    return out;
  }
  const { edition, row } = found;
  out.matchedFactor = row.factor;
  out.matchedVia = found.via;
  out.standard = `${edition.standard}-${edition.edition}`;
  out.section = row.section;
  out.notes = [...row.notes];
  const citations: string[] = [];
  const elsewhere = GOVERNED_ELSEWHERE[row.key];
  if (row.governedBy.length > 0 || elsewhere) {
    out.reason = elsewhere ?? `Governed by ${row.governedBy.join('; ')}`;
    Object.assign(out, outcome([cite(edition)], [row]));
    return out;
  }
  const part = row.parts[examType];
  if (!part) {
    out.reason = `${out.standard} ${row.section ? `§${row.section}` : row.factor}: the ${EXAM_TYPE_LABEL[examType]} part is not in the reference data`;
    Object.assign(out, outcome([partCitation(edition, row, examType)], [row]));
    return out;
  }
  out.ruleAvailable = true;
  citations.push(partCitation(edition, row, examType));
  out.requiredItems = part.requiredItems;
  out.optionalItems = part.optionalItems;
  out.physicalExam = part.physicalExam;
  out.targetDiseases = part.targetDiseases;
  out.contraindications = part.contraindications;
  out.recheck = part.recheck;
  const fields = ['requiredItems', 'optionalItems', 'targetDiseases', 'contraindications'] as const;
  out.missingFields = fields.filter((f) => part[f] === null);
  if (edition.edition === '2025' && part.physicalExam === null) out.missingFields.push('physicalExam');
  if (part.source) out.notes.push(`source: ${part.source}`);
  if (examType === 'pre_employment') out.notes.push('The period is that of the first periodic (在岗期间) exam after this one.');

  // Period
  const rule = periodRuleFor(edition, row, examType);
  if (examType === 'exit' || examType === 'emergency') {
    out.periodNote = `A ${EXAM_TYPE_LABEL[examType]} exam has no period.`;
  } else if (!rule) {
    out.periodNote = `The period for ${row.factor} (${EXAM_TYPE_LABEL[examType === 'pre_employment' ? 'periodic' : examType]}) is not in the reference data`;
    out.missingFields.push('period');
  } else {
    citations.push(periodCitation(edition, row, examType));
    out.periodOptions = rule.branches.map(option);
    out.supplementaryPeriods = rule.supplementary ? [...rule.supplementary] : [];
    const ev = evaluateGbz188Period(rule, input);
    if (ev.status === 'determined') {
      const b = ev.branch;
      out.periodMonths = b.months;
      out.periodRangeMonths = b.rangeMonths ?? null;
      out.periodBranch = { id: b.id, text: b.text, scope: b.scope ?? null, forYears: b.forYears ?? null };
      out.periodNote = rule.note ?? (b.rangeMonths ? `The standard gives ${b.rangeMonths[0]}–${b.rangeMonths[1]} months; the shorter end is used for the due date.` : null);
    } else if (ev.status === 'undetermined') {
      out.periodNote = `The period depends on ${ev.missing}, which was not given; see periodOptions.`;
    } else {
      out.periodNote = `No period determined: ${ev.reason}.`;
    }
    if (out.periodMonths !== null) out.nextDueDate = addMonths(input.lastExamDate ?? examDate, out.periodMonths);
  }
  Object.assign(out, outcome(citations, [row]));
  return out;
}

/**
 * Exam plan per hazard factor (GBZ 188-2014 / GBZ 188-2025 chapters 5–7 and 9): required and
 * optional items, target diseases, contraindications, the period with the branch that applied
 * (e.g. noise §7.1.2.3: L_Aeq,8h ≥ 85 dB → 1 year, 80–85 dB → 2 years; dust §6.x.2.3 by GBZ/T 229.1
 * grade) and the next due date (lastExamDate, or examDate, + period; 民法典 art. 202 month ends).
 *
 * The edition is the one in force on `examDate` (GBZ 188-2014 from 2014-10-01, GBZ 188-2025 from
 * 2026-08-01). A factor not in the data, or an exam type whose part is not in the data, gets
 * `ruleAvailable: false` with the reason — items and periods are never invented.
 *
 * @throws OhnetError `validation.failed` (422) listing every bad field.
 */
export function examPlan(input: ExamPlanInput): ExamPlanResult {
  const issues = examPlanInputIssues(input);
  if (issues.length > 0) throw errors.invalid(issues, 'Invalid exam-plan request');
  const examDate = input.examDate ?? todayCst();
  const full = { ...input, examDate };
  const factors = input.hazardFactors.map((f) => planFactor(f, full));
  const pack = editionOn(gbz188RulePack, examDate);
  return {
    examDate,
    examType: input.examType,
    standard: pack ? `${pack.edition.standard}-${pack.edition.edition}` : null,
    factors,
    citation: [...new Set(factors.map((f) => f.citation))].join('; '),
    verified: factors.every((f) => f.verified),
  };
}
