import { z } from 'zod';
import { IMPORT_MODES, MAX_IMPORT_ROWS } from '../../platform/imports/xlsx-template.ts';
import { PageQuerySchema, pageOf } from '../../platform/http/common.schemas.ts';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');
const dose = z.number().describe('mSv');

/** One record as an institution sends it (the worker by resident ID number and name). */
export const DoseRecordBodySchema = z
  .object({
    idNumber: z.string().trim().max(18).describe('Resident ID number (GB 11643) of a worker registered by the employer'),
    name: z.string().trim().min(1, '请填写姓名').max(40),
    periodStart: isoDate.describe('First day of the monitoring period'),
    periodEnd: isoDate.describe('Last day of the monitoring period (at most 3 months after the start, GBZ 128-2019)'),
    hp10Msv: dose.describe('Hp(10), mSv'),
    hp3Msv: dose.nullable().optional().describe('Hp(3), mSv (lens of the eye)'),
    hp007Msv: dose.nullable().optional().describe('Hp(0.07), mSv (skin, extremities)'),
    occupationCategory: z.string().trim().max(4).nullable().optional().describe('GBZ 128-2019 occupational category, e.g. 3B 工业探伤'),
    postId: z.string().uuid().nullable().optional(),
    reportNumber: z.string().trim().max(64).nullable().optional(),
  })
  .strict();

export const DoseRecordCreateSchema = DoseRecordBodySchema.extend({
  employerId: z.string().uuid().optional().describe('The employer; or give employerUscc'),
  employerUscc: z.string().trim().toUpperCase().length(18).optional().describe('The employer by unified social credit code (a dosimetry service cannot browse employers)'),
})
  .strict()
  .meta({ id: 'DoseRecordCreate' });

export const DoseCorrectionSchema = z
  .object({
    hp10Msv: dose.describe('Corrected Hp(10), mSv'),
    hp3Msv: dose.nullable().optional(),
    hp007Msv: dose.nullable().optional(),
    reason: z.string().trim().min(2, '请说明更正原因').max(500),
  })
  .strict()
  .meta({ id: 'DoseCorrection' });

export const DoseBatchSchema = z
  .object({
    employerId: z.string().uuid(),
    batchNumber: z.string().trim().max(64).nullable().optional(),
    mode: z.enum(IMPORT_MODES).default('all_or_nothing').describe('all_or_nothing: any error writes nothing (422); valid_rows: writes the valid records, reports the rest'),
    records: z.array(DoseRecordBodySchema).min(1).max(MAX_IMPORT_ROWS),
  })
  .strict()
  .meta({ id: 'DoseBatch' });

export const FilingIssueSchema = z.object({ index: z.number().int(), path: z.string(), code: z.string(), message: z.string() });
export const DoseBatchResultSchema = z
  .object({
    total: z.number().int(),
    imported: z.number().int(),
    alreadyPresent: z.number().int(),
    rejected: z.number().int(),
    overInvestigationLevel: z.number().int(),
    errors: z.array(FilingIssueSchema),
  })
  .meta({ id: 'DoseBatchResult' });

export const DoseRecordCreatedSchema = z
  .object({
    id: z.string(),
    created: z.boolean().describe('false when the identical record was already on file'),
    overInvestigationLevel: z.boolean(),
    warnings: z.array(z.object({ code: z.string(), message: z.string() })),
  })
  .meta({ id: 'DoseRecordCreated' });

export const DoseRecordSchema = z
  .object({
    id: z.string(),
    workerId: z.string(),
    workerName: z.string(),
    idNumberMasked: z.string(),
    employerId: z.string(),
    employerName: z.string(),
    institutionId: z.string(),
    institutionName: z.string(),
    postName: z.string().nullable(),
    occupationCategory: z.string().nullable(),
    periodStart: z.string(),
    periodEnd: z.string(),
    hp10Msv: z.number(),
    hp3Msv: z.number().nullable(),
    hp007Msv: z.number().nullable(),
    reportNumber: z.string().nullable(),
    batchNumber: z.string().nullable(),
    overInvestigationLevel: z.boolean(),
    investigationLevelMsv: z.number(),
    warnings: z.array(z.object({ code: z.string(), message: z.string() })),
    supersedesId: z.string().nullable().describe('The record this version corrects'),
    correctionReason: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'DoseRecord' });

export const DoseRecordListQuerySchema = PageQuerySchema.extend({
  employerId: z.string().uuid().optional(),
  workerId: z.string().uuid().optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional().describe('Records whose period ends in this year'),
  overLevel: z.enum(['true', 'false']).optional().describe('Only records above the investigation level'),
  q: z.string().trim().max(40).optional().describe('Part of the name, or a full ID number (exact match through the blind index)'),
}).strict();
export const DoseRecordPageSchema = pageOf(DoseRecordSchema).meta({ id: 'DoseRecordPage' });

const FlagSchema = z.object({
  level: z.enum(['investigation', 'limit']),
  code: z.string(),
  year: z.number().int(),
  recordId: z.string().optional(),
  valueMsv: z.number(),
  thresholdMsv: z.number(),
  citation: z.string(),
  verified: z.boolean(),
});

export const DoseHistorySchema = z
  .object({
    worker: z.object({ id: z.string(), name: z.string(), idNumberMasked: z.string(), sex: z.enum(['male', 'female']), birthDate: z.string() }),
    classification: z.object({ isMedical: z.boolean(), categoryCode: z.string().nullable(), basis: z.enum(['category', 'industry']), citation: z.string(), verified: z.boolean() }),
    records: z.array(DoseRecordSchema).describe('The records inside your scope'),
    recordsOutsideScope: z.number().int().describe('Records of the worker filed for other employers or by other institutions: counted in the sums, not shown'),
    annual: z.array(
      z.object({
        year: z.number().int(),
        hp10Msv: z.number(),
        hp3Msv: z.number().nullable(),
        hp007Msv: z.number().nullable(),
        records: z.number().int(),
        coveredDays: z.number().int(),
        fiveYearHp10Msv: z.number(),
      }),
    ),
    limits: z.array(z.object({ code: z.string(), limitMsv: z.number(), text: z.string(), citation: z.string(), verified: z.boolean() })),
    flags: z.array(FlagSchema),
    citation: z.string(),
    verified: z.boolean(),
  })
  .meta({ id: 'DoseHistory' });

export const OverLevelQuerySchema = z.object({ year: z.coerce.number().int().min(2000).max(2100), employerId: z.string().uuid().optional() }).strict();
export const OverLevelWorkerSchema = z
  .object({
    workerId: z.string(),
    workerName: z.string(),
    idNumberMasked: z.string(),
    employers: z.array(z.object({ id: z.string(), name: z.string() })),
    regionCode: z.string(),
    yearHp10Msv: z.number(),
    fiveYearHp10Msv: z.number(),
    level: z.enum(['investigation', 'limit']),
    flags: z.array(FlagSchema),
  })
  .meta({ id: 'OverLevelWorker' });

export const DoseRateQuerySchema = z
  .object({
    regionCode: z.string().regex(/^\d{6}(\d{3})?$/),
    year: z.coerce.number().int(),
    asOf: isoDate.optional().describe('Evaluation date for the current year (default today, CST)'),
  })
  .strict();
export const DoseRateSchema = z
  .object({
    indicator: z.literal('non_medical_radiation_worker_dose_monitoring_rate'),
    regionCode: z.string(),
    year: z.number().int(),
    evaluatedOn: z.string(),
    numerator: z.number().int(),
    denominator: z.number().int(),
    value: z.number().nullable().describe('numerator ÷ denominator (0–1); null when the denominator is 0'),
    numeratorIds: z.array(z.string()).describe('worker ids'),
    denominatorIds: z.array(z.string()).describe('worker ids'),
    definition: z.record(z.string(), z.unknown()),
  })
  .meta({ id: 'DoseMonitoringRate' });

export const RadiationExamRateSchema = DoseRateSchema.extend({ indicator: z.literal('radiation_worker_exam_rate') }).meta({ id: 'RadiationWorkerExamRate' });
