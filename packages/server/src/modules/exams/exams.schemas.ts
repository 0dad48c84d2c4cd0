import { z } from 'zod';
import {
  AUDIOMETRIC_FREQUENCIES,
  CHEST_RADIOGRAPH_RESULTS,
  CONTRAINDICATION_NOTICE_STATES,
  EXAM_CONCLUSIONS,
  HAZARD_FACTOR_CATEGORIES,
  HEALTH_EXAM_TYPES,
  LEAD_UNITS,
  SURVEILLANCE_DUE_KINDS,
  SUSPECTED_REPORT_ACTIONS,
  SUSPECTED_REPORT_OUTCOMES,
  SUSPECTED_REPORT_STATES,
} from '@ohnet/domain';
import { PageQuerySchema, pageOf } from '../../platform/http/common.schemas.ts';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');
const num = z.number().finite();
const opt = <T extends z.ZodTypeAny>(s: T) => s.nullable().optional();
const CATEGORY_IDS = HAZARD_FACTOR_CATEGORIES.map((c) => c.id) as [string, ...string[]];

const Ear = z.object(Object.fromEntries(AUDIOMETRIC_FREQUENCIES.map((f) => [f, num])) as Record<(typeof AUDIOMETRIC_FREQUENCIES)[number], typeof num>).strict();
const Lead = z.object({ value: num, unit: z.enum(LEAD_UNITS) }).strict();

export const ExamItemsSchema = z
  .object({
    audiometry: opt(z.object({ left: Ear, right: Ear }).strict()).describe('纯音听阈 dB HL per ear and frequency'),
    chestRadiograph: opt(z.object({ result: z.enum(CHEST_RADIOGRAPH_RESULTS), description: opt(z.string().max(500)) }).strict()),
    lungFunction: opt(z.object({ fvcPercentPredicted: opt(num), fev1PercentPredicted: opt(num), fev1FvcPercent: opt(num), isAbnormal: z.boolean() }).strict()),
    bloodCount: opt(z.object({ wbc: opt(num), hgb: opt(num), plt: opt(num), isAbnormal: z.boolean() }).strict()),
    bloodLead: opt(Lead),
    urineLead: opt(Lead),
    liverFunction: opt(z.object({ alt: opt(num), isAbnormal: z.boolean() }).strict()),
    ecg: opt(z.object({ isAbnormal: z.boolean(), description: opt(z.string().max(500)) }).strict()),
    bloodPressure: opt(z.object({ systolic: num, diastolic: num }).strict()),
    others: z
      .array(z.object({ code: z.string().max(40), name: z.string().max(80), value: z.string().max(200), unit: opt(z.string().max(20)), referenceRange: opt(z.string().max(60)), isAbnormal: opt(z.boolean()) }).strict())
      .max(100)
      .optional(),
  })
  .strict()
  .meta({ id: 'ExamItems' });

export const ExamConclusionInputSchema = z
  .object({
    hazardFactor: z.string().max(80),
    conclusion: z.enum(EXAM_CONCLUSIONS),
    advice: opt(z.string().max(1000)),
    suspectedDisease: opt(z.string().max(100)),
    contraindication: opt(z.string().max(200)),
    recheckDueDate: opt(isoDate),
  })
  .strict()
  .meta({ id: 'ExamConclusionInput' });

/** One exam as filed (JSON batch, form and — after parsing — Excel rows all use this shape). */
export const ExamRecordSchema = z
  .object({
    examNumber: z.string().max(60).describe('体检编号: with the institution, the natural key (re-sending duplicates nothing)'),
    employerUscc: z.string().max(18).describe('The employer\'s unified social credit code'),
    examType: z.enum(HEALTH_EXAM_TYPES),
    examDate: isoDate,
    worker: z.object({ idNumber: z.string().max(18), name: z.string().max(40) }).strict(),
    hazardFactors: z.array(z.string().max(80)).max(20),
    items: ExamItemsSchema,
    conclusions: z.array(ExamConclusionInputSchema).max(20),
    diagnosisInstitutionId: opt(z.string().uuid()).describe('A diagnosis institution chosen for suspected cases'),
  })
  .strict()
  .meta({ id: 'ExamRecordInput' });
export type ExamRecordBody = z.infer<typeof ExamRecordSchema>;

export const ExamBatchSchema = z
  .object({
    mode: z.enum(['all_or_nothing', 'valid_rows']).default('all_or_nothing'),
    records: z.array(ExamRecordSchema).min(1).max(20_000),
    fileName: z.string().trim().max(200).nullable().optional().describe('The uploaded file\'s name, kept in the batch history (the web sends it for a JSON file)'),
  })
  .strict()
  .meta({ id: 'ExamBatch' });

export const ExamRecordProblemSchema = z.object({ index: z.number().int(), examNumber: z.string(), path: z.string(), code: z.string(), message: z.string() });
export const ExamBatchResultSchema = z
  .object({
    total: z.number().int(),
    imported: z.number().int(),
    alreadyPresent: z.number().int(),
    rejected: z.number().int(),
    incomplete: z.number().int(),
    suspectedReports: z.number().int(),
    contraindicationNotices: z.number().int(),
    problems: z.array(ExamRecordProblemSchema),
  })
  .meta({ id: 'ExamBatchResult' });

export const FilingSchema = z
  .object({
    filingNumber: z.string().trim().min(1).max(40),
    hazardCategories: z.array(z.enum(CATEGORY_IDS)).min(1),
    isPublic: z.boolean(),
    filedOn: isoDate,
  })
  .strict()
  .meta({ id: 'ExamInstitutionFilingInput' });

export const ExamInstitutionSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    regionCode: z.string(),
    filing: z.object({ filingNumber: z.string(), hazardCategories: z.array(z.string()), isPublic: z.boolean(), filedOn: z.string() }).nullable(),
  })
  .meta({ id: 'ExamInstitution' });

const FlagSchema = z.object({
  code: z.string(),
  hazardFactor: z.string().nullable(),
  message: z.string(),
  ruleEdition: z.string().nullable(),
  citation: z.string(),
  verified: z.boolean(),
  missingItems: z.array(z.string()).optional(),
});

export const ExamListItemSchema = z
  .object({
    id: z.string(),
    examNumber: z.string(),
    examType: z.enum(HEALTH_EXAM_TYPES),
    examDate: z.string(),
    workerId: z.string(),
    workerName: z.string(),
    idNumberMasked: z.string(),
    employerId: z.string(),
    employerName: z.string(),
    institutionId: z.string(),
    institutionName: z.string(),
    hazardFactors: z.array(z.string()),
    conclusions: z.array(z.enum(EXAM_CONCLUSIONS)),
    isComplete: z.boolean(),
    flagCodes: z.array(z.string()),
  })
  .meta({ id: 'ExamListItem' });
export const ExamPageSchema = pageOf(ExamListItemSchema).meta({ id: 'ExamPage' });

export const ExamListQuerySchema = PageQuerySchema.extend({
  employerId: z.string().uuid().optional(),
  workerId: z.string().uuid().optional(),
  examType: z.enum(HEALTH_EXAM_TYPES).optional(),
  conclusion: z.enum(EXAM_CONCLUSIONS).optional(),
  flag: z.enum(['incomplete', 'audiometry_inconsistent', 'rule_unavailable', 'recheck_due', 'suspected_od', 'contraindication']).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  q: z.string().trim().max(60).optional().describe('Exam number, part of the worker\'s name, or a full ID number'),
}).strict();

export const ExamConclusionSchema = z.object({
  hazardFactor: z.string(),
  category: z.string().nullable(),
  conclusion: z.enum(EXAM_CONCLUSIONS),
  advice: z.string().nullable(),
  suspectedDisease: z.string().nullable(),
  contraindication: z.string().nullable(),
  recheckDueDate: z.string().nullable(),
});

export const ExamDetailSchema = ExamListItemSchema.extend({
  items: z.record(z.string(), z.unknown()),
  conclusionDetails: z.array(ExamConclusionSchema),
  checks: z.object({
    ruleEdition: z.string().nullable(),
    isComplete: z.boolean(),
    recheckDueDate: z.string().nullable(),
    citation: z.string(),
    verified: z.boolean(),
    flags: z.array(FlagSchema),
    factors: z.array(
      z.object({
        hazardFactor: z.string(),
        matchedFactor: z.string().nullable(),
        category: z.string().nullable(),
        standard: z.string().nullable(),
        section: z.string().nullable(),
        ruleAvailable: z.boolean(),
        requiredItems: z.array(z.string()).nullable(),
        missingItems: z.array(z.string()),
        notCheckedItems: z.array(z.string()),
        citation: z.string(),
        verified: z.boolean(),
      }),
    ),
    hearing: z
      .object({
        binauralHighFrequencyAverage: z.number(),
        weightedSpeechFrequency: z.number(),
        betterEar: z.string(),
        grade: z.string(),
        screeningPositive: z.boolean(),
        ageBand: z.string().nullable(),
        citation: z.string(),
        verified: z.boolean(),
      })
      .nullable(),
  }),
  chestRadiographCode: z.string().nullable(),
}).meta({ id: 'ExamDetail' });

export const HistoryEntrySchema = z.object({ action: z.string(), from: z.string().nullable(), to: z.string(), actorName: z.string(), organisationName: z.string(), note: z.string().nullable(), at: z.string() });

export const SuspectedReportSchema = z
  .object({
    id: z.string(),
    examId: z.string(),
    examNumber: z.string(),
    examDate: z.string(),
    workerId: z.string(),
    workerName: z.string(),
    idNumberMasked: z.string(),
    employerId: z.string(),
    employerName: z.string(),
    regionCode: z.string(),
    institutionName: z.string(),
    diagnosisInstitutionId: z.string().nullable(),
    diagnosisInstitutionName: z.string().nullable(),
    hazardFactor: z.string(),
    category: z.string().nullable(),
    suspectedDisease: z.string(),
    state: z.enum(SUSPECTED_REPORT_STATES),
    outcome: z.enum(SUSPECTED_REPORT_OUTCOMES).nullable(),
    outcomeDisease: z.string().nullable(),
    reportedOn: z.string(),
    history: z.array(HistoryEntrySchema),
    /** What the caller may do now. */
    actions: z.array(z.enum(SUSPECTED_REPORT_ACTIONS)),
  })
  .meta({ id: 'SuspectedReport' });
export const SuspectedReportPageSchema = pageOf(SuspectedReportSchema).meta({ id: 'SuspectedReportPage' });
export const SuspectedReportQuerySchema = PageQuerySchema.extend({ state: z.enum(SUSPECTED_REPORT_STATES).optional(), employerId: z.string().uuid().optional() }).strict();

export const SuspectedReportActionBodySchemas = {
  acknowledge: z.object({ note: opt(z.string().max(500)) }).strict().meta({ id: 'SuspectedReportAcknowledge' }),
  arrange_diagnosis: z.object({ diagnosisInstitutionId: opt(z.string().uuid()), note: opt(z.string().max(500)) }).strict().meta({ id: 'SuspectedReportArrange' }),
  record_outcome: z.object({ outcome: z.enum(SUSPECTED_REPORT_OUTCOMES), outcomeDisease: opt(z.string().max(100)), note: opt(z.string().max(500)) }).strict().meta({ id: 'SuspectedReportOutcome' }),
  close: z.object({ note: z.string().trim().min(1, '请填写结案原因').max(500) }).strict().meta({ id: 'SuspectedReportClose' }),
} as const;

export const ContraindicationNoticeSchema = z
  .object({
    id: z.string(),
    examId: z.string(),
    examNumber: z.string(),
    workerId: z.string(),
    workerName: z.string(),
    idNumberMasked: z.string(),
    employerId: z.string(),
    employerName: z.string(),
    institutionName: z.string(),
    hazardFactor: z.string(),
    contraindication: z.string(),
    state: z.enum(CONTRAINDICATION_NOTICE_STATES),
    issuedOn: z.string(),
    dueDate: z.string(),
    isOverdue: z.boolean(),
    movedOn: z.string().nullable(),
    newPost: z.string().nullable(),
    citation: z.string(),
  })
  .meta({ id: 'ContraindicationNotice' });
export const ContraindicationNoticePageSchema = pageOf(ContraindicationNoticeSchema).meta({ id: 'ContraindicationNoticePage' });
export const NoticeQuerySchema = PageQuerySchema.extend({ state: z.enum(CONTRAINDICATION_NOTICE_STATES).optional(), employerId: z.string().uuid().optional() }).strict();
export const ConfirmMovedSchema = z.object({ movedOn: isoDate, newPost: z.string().trim().min(1, '请填写调离后的岗位').max(80) }).strict().meta({ id: 'ConfirmMoved' });

export const OverdueItemSchema = z
  .object({
    workerId: z.string(),
    workerName: z.string(),
    idNumberMasked: z.string(),
    employerId: z.string(),
    employerName: z.string(),
    regionCode: z.string(),
    hazardFactor: z.string(),
    kind: z.enum(SURVEILLANCE_DUE_KINDS),
    dueDate: z.string(),
    lastExamDate: z.string().nullable(),
    periodMonths: z.number().nullable(),
    periodAssumed: z.boolean(),
    note: z.string().nullable(),
    citation: z.string(),
    verified: z.boolean(),
  })
  .meta({ id: 'OverdueSurveillanceItem' });
export const OverdueQuerySchema = z
  .object({ employerId: z.string().uuid().optional(), regionCode: z.string().regex(/^\d{6}(\d{3})?$/).optional(), kind: z.enum(SURVEILLANCE_DUE_KINDS).optional() })
  .strict();
export const OverdueListSchema = z.object({ asOf: z.string(), items: z.array(OverdueItemSchema), total: z.number().int() }).meta({ id: 'OverdueSurveillance' });

export const ArchiveEventSchema = z.object({
  date: z.string(),
  kind: z.enum(['employment_start', 'employment_end', 'exposure', 'exam', 'suspected_report', 'contraindication_notice']),
  employerId: z.string(),
  employerName: z.string(),
  title: z.string(),
  detail: z.record(z.string(), z.unknown()),
});
export const HealthArchiveSchema = z
  .object({
    worker: z.object({ id: z.string(), name: z.string(), idNumberMasked: z.string(), sex: z.enum(['male', 'female']), birthDate: z.string() }),
    employments: z.array(z.object({ employerId: z.string(), employerName: z.string(), postName: z.string().nullable(), startDate: z.string(), endDate: z.string().nullable() })),
    exposures: z.array(z.object({ employerId: z.string(), hazardFactor: z.string(), from: z.string(), to: z.string().nullable() })),
    exams: z.array(ExamDetailSchema.pick({ id: true, examNumber: true, examType: true, examDate: true, employerId: true, employerName: true, institutionName: true, hazardFactors: true, isComplete: true, flagCodes: true }).extend({ conclusionDetails: z.array(ExamConclusionSchema) })),
    suspectedReports: z.array(SuspectedReportSchema.pick({ id: true, hazardFactor: true, suspectedDisease: true, state: true, reportedOn: true, employerId: true, outcome: true })),
    notices: z.array(ContraindicationNoticeSchema.pick({ id: true, hazardFactor: true, contraindication: true, state: true, dueDate: true, issuedOn: true, employerId: true })),
    timeline: z.array(ArchiveEventSchema),
  })
  .meta({ id: 'HealthArchive' });

export const IndicatorQuerySchema = z.object({ regionCode: z.string().regex(/^\d{6}(\d{3})?$/), year: z.coerce.number().int().min(2000).max(2100).optional() }).strict();
export const RatioIndicatorSchema = z
  .object({
    regionCode: z.string(),
    year: z.number().int().nullable(),
    asOf: z.string(),
    numerator: z.number().int(),
    denominator: z.number().int(),
    value: z.number().nullable(),
    definition: z.record(z.string(), z.unknown()),
    detail: z.unknown().optional(),
  })
  .meta({ id: 'ExamRatioIndicator' });
export const SuspectedRateIndicatorSchema = z
  .object({
    regionCode: z.string(),
    year: z.number().int(),
    byCategory: z.array(z.object({ category: z.string(), suspectedCount: z.number().int(), examinedCount: z.number().int(), ratePer1000: z.number().nullable() })),
    definition: z.record(z.string(), z.unknown()),
  })
  .meta({ id: 'SuspectedOdRateIndicator' });

/** The worker's own archive: `worker` is null for an account linked to no worker record. */
export const MyHealthArchiveSchema = HealthArchiveSchema.extend({ worker: HealthArchiveSchema.shape.worker.nullable() }).meta({ id: 'MyHealthArchive' });
