import { sql } from 'drizzle-orm';
import { boolean, customType, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';
import type {
  AssessmentKind,
  HazardFactorCategory,
  MeasurementType,
  PointJudgement,
  PointVerdict,
  RectificationState,
  TechServiceClass,
  TechServiceKind,
} from '@ohnet/domain';
import { organisations } from '../organisations/organisations.table.ts';

/** Binary file content (PDF, images): kept in the database so a report and its file commit together. */
export const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (v) => (Buffer.isBuffer(v) ? v : Buffer.from(v)),
});

/**
 * Qualifications of technical service institutions (职业卫生技术服务机构资质). The region code is
 * the institution's, so the regulators of its region see and maintain it.
 */
export const techServiceQualifications = pgTable(
  'tech_service_qualifications',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    qualificationClass: varchar('qualification_class', { length: 1 }).notNull().$type<TechServiceClass>(),
    qualificationNumber: varchar('qualification_number', { length: 64 }).notNull().unique('tech_service_qualifications_number_uq'),
    validFrom: date('valid_from').notNull(),
    validTo: date('valid_to').notNull(),
    issuingProvinceCode: varchar('issuing_province_code', { length: 6 }).notNull(),
    categories: jsonb('categories').notNull().$type<HazardFactorCategory[]>(),
    serviceKinds: jsonb('service_kinds').notNull().$type<TechServiceKind[]>(),
    isRevoked: boolean('is_revoked').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('tech_service_qualifications_org_idx').on(t.organisationId), index('tech_service_qualifications_region_idx').using('btree', t.regionCode.op('varchar_pattern_ops'))],
);

/**
 * Assessment reports (检测评价报告), one row per version: a correction is a new row with the next
 * version; the previous one keeps its content and gets `is_current = false`. Placed by the
 * employer's region code (fixed at filing) and visible to the employer and the filing institution.
 */
export const assessmentReports = pgTable(
  'assessment_reports',
  {
    id: uuid('id').notNull().default(sql`gen_random_uuid()`),
    employerId: uuid('employer_id')
      .notNull()
      .references(() => organisations.id),
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    institutionId: uuid('institution_id')
      .notNull()
      .references(() => organisations.id),
    qualificationId: uuid('qualification_id').notNull(),
    kind: varchar('kind', { length: 24 }).notNull().$type<AssessmentKind>(),
    reportNumber: varchar('report_number', { length: 64 }).notNull(),
    version: integer('version').notNull(),
    isCurrent: boolean('is_current').notNull().default(true),
    previousVersionId: uuid('previous_version_id'),
    correctionReason: text('correction_reason'),
    samplingStartDate: date('sampling_start_date').notNull(),
    samplingEndDate: date('sampling_end_date').notNull(),
    reportDate: date('report_date').notNull(),
    conclusion: text('conclusion').notNull(),
    pointCount: integer('point_count').notNull(),
    exceedingCount: integer('exceeding_count').notNull(),
    compliantCount: integer('compliant_count').notNull(),
    /** How the report came in: form, batch API or Excel import (job id). */
    source: varchar('source', { length: 16 }).notNull().$type<'form' | 'batch' | 'import'>(),
    filedByUserId: uuid('filed_by_user_id'),
    filedByName: text('filed_by_name'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.employerId, t.id] }),
    index('assessment_reports_id_idx').on(t.id),
    index('assessment_reports_institution_idx').on(t.institutionId, t.reportNumber),
    index('assessment_reports_region_idx').using('btree', t.regionCode.op('varchar_pattern_ops'), t.kind),
  ],
);

/** Report numbers are unique per institution over all versions; keyed by the number itself. */
export const assessmentReportNumbers = pgTable(
  'assessment_report_numbers',
  {
    institutionId: uuid('institution_id').notNull(),
    reportNumber: varchar('report_number', { length: 64 }).notNull(),
    employerId: uuid('employer_id').notNull(),
    currentReportId: uuid('current_report_id').notNull(),
    lastVersion: integer('last_version').notNull(),
  },
  (t) => [primaryKey({ columns: [t.institutionId, t.reportNumber] })],
);

/** Measurement points with their inputs and the stored judgement (reproducible: inputs + edition). */
export const assessmentPoints = pgTable(
  'assessment_points',
  {
    id: uuid('id').notNull().default(sql`gen_random_uuid()`),
    employerId: uuid('employer_id').notNull(),
    reportId: uuid('report_id').notNull(),
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    institutionId: uuid('institution_id').notNull(),
    seq: integer('seq').notNull(),
    postName: text('post_name').notNull(),
    postId: uuid('post_id'),
    hazardFactor: text('hazard_factor').notNull(),
    factor: text('factor').notNull(),
    category: varchar('category', { length: 16 }).notNull().$type<HazardFactorCategory>(),
    measurementType: varchar('measurement_type', { length: 16 }).notNull().$type<MeasurementType>(),
    samplingDate: date('sampling_date').notNull(),
    location: text('location'),
    measurement: jsonb('measurement').notNull().$type<Record<string, unknown>>(),
    verdict: varchar('verdict', { length: 16 }).notNull().$type<PointVerdict>(),
    judgement: jsonb('judgement').notNull().$type<PointJudgement>(),
    citation: text('citation').notNull(),
    ruleEdition: text('rule_edition').notNull(),
    verified: boolean('verified').notNull(),
  },
  (t) => [primaryKey({ columns: [t.employerId, t.id] }), index('assessment_points_report_idx').on(t.reportId), index('assessment_points_region_idx').using('btree', t.regionCode.op('varchar_pattern_ops'), t.samplingDate)],
);

/** The report's PDF (one per version), stored in the database (see the module README). */
export const assessmentAttachments = pgTable(
  'assessment_attachments',
  {
    reportId: uuid('report_id').notNull(),
    employerId: uuid('employer_id').notNull(),
    fileName: text('file_name').notNull(),
    contentType: varchar('content_type', { length: 64 }).notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: varchar('sha256', { length: 64 }).notNull(),
    content: bytea('content').notNull(),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.employerId, t.reportId] })],
);

/** An exceedance alert: a report with exceeding points, seen by the employer and its regulators. */
export const exceedanceAlerts = pgTable(
  'exceedance_alerts',
  {
    id: uuid('id').notNull().default(sql`gen_random_uuid()`),
    employerId: uuid('employer_id').notNull(),
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    reportId: uuid('report_id').notNull(),
    reportNumber: varchar('report_number', { length: 64 }).notNull(),
    institutionId: uuid('institution_id').notNull(),
    taskId: uuid('task_id').notNull(),
    exceedingCount: integer('exceeding_count').notNull(),
    /** Short text: the exceeding post × factor pairs. */
    summary: text('summary').notNull(),
    state: varchar('state', { length: 8 }).notNull().$type<'open' | 'closed'>(),
    raisedAt: timestamp('raised_at', { withTimezone: true }).notNull().defaultNow(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.employerId, t.id] }), index('exceedance_alerts_region_idx').using('btree', t.regionCode.op('varchar_pattern_ops'), t.state)],
);

/** Rectification tasks (整改) raised by an exceedance; state only through the domain workflow. */
export const rectificationTasks = pgTable(
  'rectification_tasks',
  {
    id: uuid('id').notNull().default(sql`gen_random_uuid()`),
    employerId: uuid('employer_id').notNull(),
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    reportId: uuid('report_id').notNull(),
    reportNumber: varchar('report_number', { length: 64 }).notNull(),
    institutionId: uuid('institution_id').notNull(),
    state: varchar('state', { length: 20 }).notNull().$type<RectificationState>(),
    dueDate: date('due_date').notNull(),
    summary: text('summary').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.employerId, t.id] }), index('rectification_tasks_id_idx').on(t.id), index('rectification_tasks_region_idx').using('btree', t.regionCode.op('varchar_pattern_ops'), t.state)],
);

/** Every step of a task with its actor and note. */
export const rectificationEvents = pgTable(
  'rectification_events',
  {
    id: uuid('id').notNull().default(sql`gen_random_uuid()`),
    employerId: uuid('employer_id').notNull(),
    taskId: uuid('task_id').notNull(),
    action: varchar('action', { length: 20 }).notNull(),
    fromState: varchar('from_state', { length: 20 }),
    toState: varchar('to_state', { length: 20 }).notNull(),
    note: text('note'),
    actorName: text('actor_name'),
    actorOrganisationName: text('actor_organisation_name'),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.employerId, t.id] }), index('rectification_events_task_idx').on(t.taskId)],
);

/** Evidence files uploaded by the employer (PDF, JPEG or PNG). */
export const rectificationEvidence = pgTable(
  'rectification_evidence',
  {
    id: uuid('id').notNull().default(sql`gen_random_uuid()`),
    employerId: uuid('employer_id').notNull(),
    taskId: uuid('task_id').notNull(),
    fileName: text('file_name').notNull(),
    contentType: varchar('content_type', { length: 64 }).notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: varchar('sha256', { length: 64 }).notNull(),
    content: bytea('content').notNull(),
    note: text('note'),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.employerId, t.id] }), index('rectification_evidence_task_idx').on(t.taskId)],
);

/**
 * Workers employed on an exceeding post, flagged for a surveillance exam (the exams module consumes
 * them through `openSurveillanceFlags`). One open flag per worker × post × factor; cleared when a
 * later version of the report no longer exceeds there.
 */
export const surveillanceFlags = pgTable(
  'surveillance_flags',
  {
    id: uuid('id').notNull().default(sql`gen_random_uuid()`),
    employerId: uuid('employer_id').notNull(),
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    workerId: uuid('worker_id').notNull(),
    postId: uuid('post_id').notNull(),
    /** Catalogue id (职业病危害因素分类目录 2015, e.g. `dust-1`) when the factor resolves, else its printed name. */
    hazardFactorCode: varchar('hazard_factor_code', { length: 120 }).notNull(),
    reason: varchar('reason', { length: 16 }).notNull().$type<'exceedance'>(),
    sourceReportId: uuid('source_report_id').notNull(),
    sourcePointId: uuid('source_point_id').notNull(),
    raisedAt: timestamp('raised_at', { withTimezone: true }).notNull().defaultNow(),
    clearedAt: timestamp('cleared_at', { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.employerId, t.id] }), index('surveillance_flags_worker_idx').on(t.workerId), index('surveillance_flags_region_idx').using('btree', t.regionCode.op('varchar_pattern_ops'))],
);
