import { z } from 'zod';
import {
  ASSESSMENT_KINDS,
  DUST_FRACTIONS,
  HAZARD_FACTOR_CATEGORIES,
  type HazardFactorCategory,
  POINT_VERDICTS,
  RECTIFICATION_STATES,
  TECH_SERVICE_CLASSES,
  TECH_SERVICE_KINDS,
} from '@ohnet/domain';
import { PageQuerySchema, pageOf } from '../../platform/http/common.schemas.ts';

/**
 * Request and response schemas. Request schemas check the shape (types, enums, unknown fields
 * rejected); value rules (ranges, date order, factor names, qualification) are the domain's, so
 * the form, the batch API and the Excel import answer with the same issue codes and paths.
 */
const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');
const CATEGORY_IDS = HAZARD_FACTOR_CATEGORIES.map((c) => c.id) as [HazardFactorCategory, ...HazardFactorCategory[]];

export const QualificationInputSchema = z
  .object({
    qualificationClass: z.enum(TECH_SERVICE_CLASSES),
    qualificationNumber: z.string().max(64),
    validFrom: Day,
    validTo: Day,
    issuingProvinceCode: z.string().max(6),
    categories: z.array(z.enum(CATEGORY_IDS)).max(6),
    serviceKinds: z.array(z.enum(TECH_SERVICE_KINDS)).max(5),
    isRevoked: z.boolean().optional(),
  })
  .strict();
export const CreateQualificationSchema = QualificationInputSchema.extend({ organisationId: z.string().uuid() }).strict().meta({ id: 'CreateQualification' });
export const UpdateQualificationSchema = QualificationInputSchema.meta({ id: 'UpdateQualification' });
export const QualificationSchema = z
  .object({
    id: z.string(),
    organisationId: z.string(),
    organisationName: z.string(),
    regionCode: z.string(),
    qualificationClass: z.enum(TECH_SERVICE_CLASSES),
    qualificationNumber: z.string(),
    validFrom: z.string(),
    validTo: z.string(),
    issuingProvinceCode: z.string(),
    categories: z.array(z.string()),
    serviceKinds: z.array(z.string()),
    isRevoked: z.boolean(),
    isValidToday: z.boolean(),
    citation: z.string(),
    verified: z.boolean(),
  })
  .meta({ id: 'TechServiceQualification' });
export const QualificationListQuerySchema = z.object({ organisationId: z.string().uuid().optional() }).strict();

const Sample = z.object({ concentration: z.number(), minutes: z.number() }).strict();
const Peak = z.object({ concentration: z.number() }).strict();
export const MeasurementSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('chemical'), twaSamples: z.array(Sample).max(1000).optional(), stelSamples: z.array(Sample).max(1000).optional(), ceilingSamples: z.array(Peak).max(1000).optional() }).strict(),
  z
    .object({
      type: z.literal('dust'),
      fraction: z.enum(DUST_FRACTIONS),
      twaSamples: z.array(Sample).max(1000),
      stelSamples: z.array(Sample).max(1000).optional(),
      ceilingSamples: z.array(Peak).max(1000).optional(),
      freeSilicaPercent: z.number().nullable().optional(),
    })
    .strict(),
  z.object({ type: z.literal('noise'), segments: z.array(z.object({ laeq: z.number(), hours: z.number() }).strict()).max(1000).optional(), lex8h: z.number().nullable().optional() }).strict(),
  z.object({ type: z.literal('heat'), wbgt: z.number(), labourIntensityClass: z.enum(['I', 'II', 'III', 'IV']), exposureTimeRatePercent: z.number(), hotRegion: z.boolean().optional() }).strict(),
]);

export const PointInputSchema = z
  .object({
    postName: z.string().max(200),
    postId: z.string().uuid().nullable().optional(),
    hazardFactor: z.string().max(200),
    samplingDate: Day.nullable().optional(),
    location: z.string().max(200).nullable().optional(),
    measurement: MeasurementSchema,
  })
  .strict();

export const ReportBodySchema = z
  .object({
    employerId: z.string().uuid(),
    kind: z.enum(ASSESSMENT_KINDS),
    reportNumber: z.string().max(64),
    samplingStartDate: Day,
    samplingEndDate: Day,
    reportDate: Day,
    conclusion: z.string().max(5000),
    points: z.array(PointInputSchema).max(2000),
  })
  .strict()
  .meta({ id: 'AssessmentReportInput' });
export const BatchBodySchema = z.object({ reports: z.array(ReportBodySchema).min(1).max(100) }).strict().meta({ id: 'AssessmentReportBatch' });
export const CorrectionBodySchema = ReportBodySchema.omit({ employerId: true, reportNumber: true })
  .extend({ correctionReason: z.string().min(1).max(1000) })
  .strict()
  .meta({ id: 'AssessmentReportCorrection' });

const CheckSchema = z.object({ name: z.string(), value: z.number().nullable(), limit: z.number().nullable(), unit: z.string(), status: z.string() });
export const JudgementSchema = z
  .object({
    verdict: z.enum(POINT_VERDICTS),
    reason: z.string().nullable(),
    reasonText: z.string().nullable(),
    factor: z.string(),
    category: z.string(),
    checks: z.array(CheckSchema),
    worstRatio: z.number().nullable(),
    citation: z.string(),
    ruleEdition: z.string(),
    verified: z.boolean(),
    date: z.string(),
  })
  .meta({ id: 'PointJudgement' });
export const PointSchema = z
  .object({
    id: z.string(),
    seq: z.number().int(),
    postName: z.string(),
    postId: z.string().nullable(),
    hazardFactor: z.string(),
    factor: z.string(),
    category: z.string(),
    measurementType: z.string(),
    samplingDate: z.string(),
    location: z.string().nullable(),
    measurement: z.record(z.string(), z.unknown()),
    judgement: JudgementSchema,
  })
  .meta({ id: 'AssessmentPoint' });

const GroupSchema = z.object({
  points: z.number().int(),
  compliant: z.number().int(),
  exceeding: z.number().int(),
  notJudgeable: z.number().int(),
  compliantShare: z.number().nullable(),
  worstFactor: z.object({ factor: z.string(), postName: z.string(), ratio: z.number().nullable() }).nullable(),
});
export const RollUpSchema = GroupSchema.extend({ posts: z.array(GroupSchema.extend({ postName: z.string() })) }).meta({ id: 'AssessmentRollUp' });

export const ReportSummarySchema = z
  .object({
    id: z.string(),
    employerId: z.string(),
    employerName: z.string(),
    regionCode: z.string(),
    institutionId: z.string(),
    institutionName: z.string(),
    kind: z.enum(ASSESSMENT_KINDS),
    reportNumber: z.string(),
    version: z.number().int(),
    isCurrent: z.boolean(),
    samplingStartDate: z.string(),
    samplingEndDate: z.string(),
    reportDate: z.string(),
    pointCount: z.number().int(),
    exceedingCount: z.number().int(),
    compliantCount: z.number().int(),
    source: z.string(),
    createdAt: z.string(),
  })
  .meta({ id: 'AssessmentReportSummary' });
export const ReportPageSchema = pageOf(ReportSummarySchema).meta({ id: 'AssessmentReportPage' });
export const ReportDetailSchema = ReportSummarySchema.extend({
  conclusion: z.string(),
  correctionReason: z.string().nullable(),
  filedByName: z.string().nullable(),
  qualificationNumber: z.string().nullable(),
  points: z.array(PointSchema),
  rollUp: RollUpSchema,
  versions: z.array(z.object({ id: z.string(), version: z.number().int(), isCurrent: z.boolean(), createdAt: z.string(), correctionReason: z.string().nullable() })),
  attachment: z.object({ fileName: z.string(), sizeBytes: z.number().int(), sha256: z.string(), uploadedAt: z.string() }).nullable(),
  consequences: z.object({ taskId: z.string().nullable(), alertId: z.string().nullable(), flaggedWorkers: z.number().int() }),
}).meta({ id: 'AssessmentReportDetail' });
export const ReportListQuerySchema = PageQuerySchema.extend({
  regionCode: z.string().regex(/^\d{2,12}$/).optional(),
  employerId: z.string().uuid().optional(),
  kind: z.enum(ASSESSMENT_KINDS).optional(),
  verdict: z.enum(['exceeding', 'compliant']).optional().describe('exceeding: reports with at least one exceeding point; compliant: none'),
  includeSuperseded: z.enum(['true', 'false']).optional(),
  q: z.string().max(64).optional(),
}).strict();
export const BatchResultSchema = z.object({ ids: z.array(z.string()) }).meta({ id: 'AssessmentBatchResult' });
export const AttachmentMetaSchema = z.object({ fileName: z.string(), sizeBytes: z.number().int(), sha256: z.string(), uploadedAt: z.string() }).meta({ id: 'AssessmentAttachment' });

export const EmployerLookupQuerySchema = z.object({ uscc: z.string().min(18).max(18) }).strict();
export const EmployerLookupSchema = z
  .object({ id: z.string(), name: z.string(), regionCode: z.string(), posts: z.array(z.object({ id: z.string(), name: z.string(), factors: z.array(z.string()) })) })
  .meta({ id: 'AssessmentEmployerLookup' });

export const AlertSchema = z
  .object({
    id: z.string(),
    employerId: z.string(),
    employerName: z.string(),
    regionCode: z.string(),
    reportId: z.string(),
    reportNumber: z.string(),
    taskId: z.string(),
    exceedingCount: z.number().int(),
    summary: z.string(),
    state: z.enum(['open', 'closed']),
    raisedAt: z.string(),
    closedAt: z.string().nullable(),
  })
  .meta({ id: 'ExceedanceAlert' });
export const AlertListQuerySchema = z.object({ state: z.enum(['open', 'closed']).optional(), employerId: z.string().uuid().optional() }).strict();

export const TaskSummarySchema = z
  .object({
    id: z.string(),
    employerId: z.string(),
    employerName: z.string(),
    regionCode: z.string(),
    reportId: z.string(),
    reportNumber: z.string(),
    state: z.enum(RECTIFICATION_STATES),
    dueDate: z.string(),
    overdue: z.boolean(),
    summary: z.string(),
    createdAt: z.string(),
    closedAt: z.string().nullable(),
  })
  .meta({ id: 'RectificationTaskSummary' });
export const TaskDetailSchema = TaskSummarySchema.extend({
  events: z.array(z.object({ action: z.string(), fromState: z.string().nullable(), toState: z.string(), note: z.string().nullable(), actorName: z.string().nullable(), actorOrganisationName: z.string().nullable(), at: z.string() })),
  evidence: z.array(z.object({ id: z.string(), fileName: z.string(), contentType: z.string(), sizeBytes: z.number().int(), note: z.string().nullable(), uploadedAt: z.string() })),
  allowedActions: z.array(z.string()),
}).meta({ id: 'RectificationTaskDetail' });
export const TaskListQuerySchema = PageQuerySchema.extend({ state: z.enum(RECTIFICATION_STATES).optional(), employerId: z.string().uuid().optional(), overdue: z.enum(['true', 'false']).optional() }).strict();
export const TaskPageSchema = pageOf(TaskSummarySchema).meta({ id: 'RectificationTaskPage' });
export const TaskReasonSchema = z.object({ reason: z.string().max(1000).optional() }).strict().meta({ id: 'RectificationReason' });
export const EvidenceParamSchema = z.object({ id: z.string().uuid(), evidenceId: z.string().uuid() });

export const OverdueTestingSchema = z
  .object({
    employerId: z.string(),
    name: z.string(),
    regionCode: z.string(),
    hazardClass: z.string().nullable(),
    status: z.enum(['never_tested', 'overdue']),
    intervalYears: z.number().int(),
    lastTestedOn: z.string().nullable(),
    dueDate: z.string().nullable(),
    daysOverdue: z.number().int(),
    citation: z.string(),
    verified: z.boolean(),
  })
  .meta({ id: 'OverdueTestingEmployer' });
export const PeriodicTestingSchema = z
  .object({
    status: z.enum(['never_tested', 'due', 'overdue']),
    intervalYears: z.number().int(),
    lastTestedOn: z.string().nullable(),
    dueDate: z.string().nullable(),
    overdue: z.boolean(),
    daysOverdue: z.number().int(),
    citation: z.string(),
    verified: z.boolean(),
    crossCheck: z.object({
      measuredNotDeclared: z.array(z.object({ postName: z.string(), factorName: z.string() })),
      declaredNotTested: z.array(z.object({ postName: z.string(), factorName: z.string() })),
    }),
  })
  .meta({ id: 'PeriodicTesting' });
export const CrossCheckRowSchema = z
  .object({
    employerId: z.string(),
    name: z.string(),
    regionCode: z.string(),
    measuredNotDeclared: z.array(z.object({ postName: z.string(), factorName: z.string() })),
    declaredNotTested: z.array(z.object({ postName: z.string(), factorName: z.string() })),
  })
  .meta({ id: 'CrossCheckRow' });

export const PassRateQuerySchema = z.object({ regionCode: z.string().regex(/^\d{6}(\d{3})?$/), year: z.coerce.number().int().min(2000).max(2100) }).strict();
const PassCell = z.object({ numerator: z.number().int(), denominator: z.number().int(), notJudgeable: z.number().int(), value: z.number().nullable() });
export const PassRateSchema = PassCell.extend({
  indicator: z.literal('monitoring_pass_rate'),
  regionCode: z.string(),
  year: z.number().int(),
  byCategory: z.record(z.string(), PassCell),
  definition: z.record(z.string(), z.unknown()),
}).meta({ id: 'MonitoringPassRate' });
