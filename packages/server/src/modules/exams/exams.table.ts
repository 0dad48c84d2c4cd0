import { sql } from 'drizzle-orm';
import { boolean, date, index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid, varchar } from 'drizzle-orm/pg-core';
import type {
  ContraindicationNoticeState,
  ExamCheckResult,
  ExamConclusion,
  ExamItems,
  HazardFactorCategory,
  HealthExamType,
  SuspectedReportOutcome,
  SuspectedReportState,
} from '@ohnet/domain';
import { organisations } from '../organisations/organisations.table.ts';
import { workers } from '../workers/workers.table.ts';

/**
 * Exam institutions' filing (备案) with the health authority: number, hazard categories covered,
 * public ownership. One row per exam-institution organisation; an institution without a filing, or
 * whose filing does not cover a factor's category, cannot file exams for it.
 */
export const examInstitutionFilings = pgTable('exam_institution_filings', {
  institutionId: uuid('institution_id')
    .primaryKey()
    .references(() => organisations.id),
  regionCode: varchar('region_code', { length: 12 }).notNull(),
  filingNumber: varchar('filing_number', { length: 40 }).notNull(),
  /** Hazard-factor categories of the 2015 catalogue the institution may examine for. */
  hazardCategories: jsonb('hazard_categories').notNull().$type<HazardFactorCategory[]>(),
  isPublic: boolean('is_public').notNull(),
  filedOn: date('filed_on').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * One occupational health exam (职业健康检查) of a worker for an employer, as filed by an exam
 * institution. The natural key is institution + exam number (re-sending a batch duplicates
 * nothing). Items are stored as filed; the automatic checks are stored with their rule edition and
 * citations so the judgement is reproducible. `region_code` is the employer's, fixed at filing.
 */
export const healthExams = pgTable(
  'health_exams',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    institutionId: uuid('institution_id')
      .notNull()
      .references(() => organisations.id),
    employerId: uuid('employer_id')
      .notNull()
      .references(() => organisations.id),
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    workerId: uuid('worker_id')
      .notNull()
      .references(() => workers.id),
    examNumber: varchar('exam_number', { length: 40 }).notNull(),
    examType: varchar('exam_type', { length: 16 }).notNull().$type<HealthExamType>(),
    examDate: date('exam_date').notNull(),
    hazardFactors: jsonb('hazard_factors').notNull().$type<string[]>(),
    items: jsonb('items').notNull().$type<ExamItems>(),
    checks: jsonb('checks').notNull().$type<ExamCheckResult>(),
    isComplete: boolean('is_complete').notNull(),
    /** Flag codes of the checks, for filtering (`incomplete`, `audiometry_inconsistent`, …). */
    flagCodes: jsonb('flag_codes').notNull().$type<string[]>(),
    ruleEdition: varchar('rule_edition', { length: 24 }),
    /** sha256 of the filed record, to tell an identical re-send from a different record under the same number. */
    contentHash: varchar('content_hash', { length: 64 }).notNull(),
    filedBy: uuid('filed_by'),
    jobId: uuid('job_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('health_exams_institution_number_uq').on(t.institutionId, t.examNumber),
    index('health_exams_worker_idx').on(t.workerId),
    index('health_exams_employer_idx').on(t.employerId, t.examDate),
    index('health_exams_region_idx').using('btree', t.regionCode.op('varchar_pattern_ops')),
  ],
);

/** The conclusion per hazard factor (GBZ 188 体检结论), with the factor's catalogue category for indicators. */
export const healthExamConclusions = pgTable(
  'health_exam_conclusions',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    examId: uuid('exam_id')
      .notNull()
      .references(() => healthExams.id, { onDelete: 'cascade' }),
    hazardFactor: text('hazard_factor').notNull(),
    category: varchar('category', { length: 16 }).$type<HazardFactorCategory>(),
    conclusion: varchar('conclusion', { length: 20 }).notNull().$type<ExamConclusion>(),
    advice: text('advice'),
    suspectedDisease: text('suspected_disease'),
    contraindication: text('contraindication'),
    recheckDueDate: date('recheck_due_date'),
  },
  (t) => [index('health_exam_conclusions_exam_idx').on(t.examId), index('health_exam_conclusions_recheck_idx').on(t.recheckDueDate)],
);

/** 疑似职业病报告: routed to the employer, the authority of its region and optionally a diagnosis institution. */
export const suspectedOdReports = pgTable(
  'suspected_od_reports',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    examId: uuid('exam_id')
      .notNull()
      .references(() => healthExams.id),
    workerId: uuid('worker_id').notNull(),
    employerId: uuid('employer_id').notNull(),
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    institutionId: uuid('institution_id').notNull(),
    diagnosisInstitutionId: uuid('diagnosis_institution_id'),
    hazardFactor: text('hazard_factor').notNull(),
    category: varchar('category', { length: 16 }).$type<HazardFactorCategory>(),
    suspectedDisease: text('suspected_disease').notNull(),
    state: varchar('state', { length: 20 }).notNull().$type<SuspectedReportState>(),
    outcome: varchar('outcome', { length: 32 }).$type<SuspectedReportOutcome>(),
    outcomeDisease: text('outcome_disease'),
    /** Every step: action, from, to, actor, note, at. */
    history: jsonb('history').notNull().$type<{ action: string; from: string | null; to: string; actorName: string; organisationName: string; note: string | null; at: string }[]>(),
    reportedOn: date('reported_on').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('suspected_od_reports_region_idx').using('btree', t.regionCode.op('varchar_pattern_ops'), t.state), index('suspected_od_reports_worker_idx').on(t.workerId)],
);

/** 职业禁忌证告知: the employer must move the worker off the hazard by the due date and confirm. */
export const contraindicationNotices = pgTable(
  'contraindication_notices',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    examId: uuid('exam_id')
      .notNull()
      .references(() => healthExams.id),
    workerId: uuid('worker_id').notNull(),
    employerId: uuid('employer_id').notNull(),
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    institutionId: uuid('institution_id').notNull(),
    hazardFactor: text('hazard_factor').notNull(),
    contraindication: text('contraindication').notNull(),
    state: varchar('state', { length: 20 }).notNull().$type<ContraindicationNoticeState>(),
    issuedOn: date('issued_on').notNull(),
    dueDate: date('due_date').notNull(),
    movedOn: date('moved_on'),
    newPost: text('new_post'),
    confirmedBy: uuid('confirmed_by'),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
  },
  (t) => [index('contraindication_notices_region_idx').using('btree', t.regionCode.op('varchar_pattern_ops'), t.state), index('contraindication_notices_employer_idx').on(t.employerId, t.state)],
);
