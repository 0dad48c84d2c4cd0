import { z } from 'zod';

/**
 * Request and response shapes of the public calculators. The zod schemas check structure (types,
 * unknown fields); the domain calculators check meaning (ranges, sums, factor names) and report
 * each bad field, so web forms, the API and the modules reject the same input.
 */
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');
const num = z.number();

/** Shared by every rule-driven answer. */
const ruled = { citation: z.string(), verified: z.boolean() };

export const RuleUnavailableSchema = z
  .object({ ruleAvailable: z.literal(false), reason: z.string(), message: z.string(), ...ruled })
  .meta({ id: 'RuleUnavailable' });

export const NoiseExposureRequestSchema = z
  .object({
    segments: z.array(z.object({ laeq: num.describe('L_Aeq,Ti dB(A)'), hours: num.describe('T_i in hours') }).strict()).min(1).max(1000),
    date: isoDate.optional().describe('Event date (default today, CST): picks the edition in force'),
  })
  .strict()
  .meta({ id: 'NoiseExposureRequest' });

export const NoiseExposureResponseSchema = z.union([
  z
    .object({
      ruleAvailable: z.literal(true),
      lex8h: num.describe('L_EX,8h dB(A), rounded to 0.1'),
      limit: num,
      actionLevel: num,
      exceedsLimit: z.boolean(),
      exceedsActionLevel: z.boolean(),
      totalHours: num,
      date: z.string(),
      ...ruled,
    })
    .meta({ id: 'NoiseExposureResult' }),
  RuleUnavailableSchema,
]);

export const NoiseWeeklyRequestSchema = z
  .object({ days: z.array(z.object({ lex8h: num }).strict()).min(1).max(7), date: isoDate.optional() })
  .strict()
  .meta({ id: 'NoiseWeeklyRequest' });

export const NoiseWeeklyResponseSchema = z.union([
  z
    .object({ ruleAvailable: z.literal(true), lexw: num, limit: num, exceedsLimit: z.boolean(), workingDays: num, date: z.string(), ...ruled })
    .meta({ id: 'NoiseWeeklyResult' }),
  RuleUnavailableSchema,
]);

const sample = z.object({ concentration: num, minutes: num }).strict();
export const ChemicalExposureRequestSchema = z
  .object({
    factor: z.string().min(1).max(120).describe('Catalogue name (GBZ 2.1-2019 表1) or CAS number'),
    samples: z.array(sample).max(500).optional().describe('Full-shift samples for C_TWA (omit for MAC-only factors checked with peak samples)'),
    shortTermSamples: z.array(z.object({ concentration: num, minutes: num, startMinute: num.optional() }).strict()).max(500).optional(),
    peakSamples: z.array(z.object({ concentration: num }).strict()).max(500).optional(),
    date: isoDate.optional(),
    applyReportedAmendments: z.boolean().optional().describe('Apply reported but unconfirmed amendments (第1号/第2号修改单) from their reported dates'),
  })
  .strict()
  .meta({ id: 'ChemicalExposureRequest' });

const check = z.enum(['compliant', 'exceeds', 'not_applicable']);
export const ChemicalExposureResponseSchema = z.union([
  z
    .object({
      ruleAvailable: z.literal(true),
      factor: z.string(),
      unit: z.string(),
      ctwa: num.nullable(),
      cste: num.nullable(),
      cm: num.nullable(),
      limits: z.object({ mac: num.nullable(), pcTwa: num.nullable(), pcStel: num.nullable() }),
      checks: z.object({ twa: check, stel: check, mac: check, peak: check }),
      compliant: z.boolean(),
      complete: z.boolean().describe('Every limit the standard sets was checked'),
      notEvaluated: z.array(z.string()),
      limitsBasis: z.object({ edition: z.string(), amendment: z.string().nullable() }),
      amendmentsNotApplied: z.array(z.unknown()).describe('Reported amendments not applied, with the values they would set'),
      date: z.string(),
      ...ruled,
    })
    .meta({ id: 'ChemicalExposureResult' }),
  RuleUnavailableSchema,
]);

const frequencies = ['500', '1000', '2000', '3000', '4000', '6000'] as const;
const ear = z.object(Object.fromEntries(frequencies.map((f) => [f, num.describe(`${f} Hz threshold, dB HL`)])) as Record<(typeof frequencies)[number], z.ZodNumber>).strict();

export const HearingRequestSchema = z
  .object({ age: num.describe('Age in years'), sex: z.enum(['male', 'female']), left: ear, right: ear })
  .strict()
  .meta({ id: 'HearingRequest' });

export const HearingResponseSchema = z
  .looseObject({
    corrected: z.object({ left: z.record(z.string(), num), right: z.record(z.string(), num) }),
    ageCorrectionApplied: z.boolean(),
    binauralHighFrequencyAverage: num,
    betterEar: z.enum(['left', 'right', 'equal']),
    weightedSpeechFrequency: num,
    grade: z.enum(['none', 'mild', 'moderate', 'severe']),
    screeningPositive: z.boolean(),
    ...ruled,
  })
  .meta({ id: 'HearingResult' });

export const DoseCheckRequestSchema = z
  .object({
    annualDoses: z
      .array(z.object({ year: z.number().int(), effectiveMsv: num, lensMsv: num.optional(), skinMsv: num.optional() }).strict())
      .min(1)
      .max(60),
  })
  .strict()
  .meta({ id: 'DoseCheckRequest' });

export const DoseCheckResponseSchema = z
  .looseObject({
    fiveYearSum: num,
    flags: z.array(
      z.object({
        code: z.enum(['five_year_average_exceeded', 'annual_effective_exceeded', 'lens_annual_exceeded', 'skin_annual_exceeded']),
        year: z.number().int(),
        valueMsv: num,
        limitMsv: num,
        window: z.object({ fromYear: z.number().int(), toYear: z.number().int() }).optional(),
        citation: z.string(),
      }),
    ),
    ...ruled,
  })
  .meta({ id: 'DoseCheckResult' });

export const ExamPlanRequestSchema = z
  .object({
    hazardFactors: z.array(z.string().min(1).max(120)).min(1).max(50),
    examType: z.enum(['pre_employment', 'periodic', 'exit', 'post_employment', 'emergency']),
    examDate: isoDate.optional(),
    lastExamDate: isoDate.optional(),
    noiseLevel: num.optional().describe('L_EX,8h dB(A) at the post'),
    dustGrade: z.number().int().min(0).max(3).optional().describe('GBZ/T 229.1 dust work grade 0–3'),
    toxicGrade: z.number().int().min(0).max(3).optional(),
    smallOpacityObservation: z.boolean().optional(),
    bloodLeadUgPerL: num.optional(),
    urineLeadUgPerL: num.optional(),
    yearsSinceFirstExposure: num.optional(),
    driverClass: z.enum(['large_or_commercial', 'small_non_commercial']).optional(),
  })
  .strict()
  .meta({ id: 'ExamPlanRequest' });

export const ExamPlanResponseSchema = z
  .looseObject({
    factors: z.array(
      z.looseObject({
        factor: z.string(),
        ruleAvailable: z.boolean(),
        requiredItems: z.array(z.string()).nullable(),
        optionalItems: z.array(z.string()).nullable(),
        targetDiseases: z.array(z.string()).nullable(),
        contraindications: z.array(z.string()).nullable(),
        periodMonths: num.nullable(),
        nextDueDate: z.string().nullable(),
        ...ruled,
      }),
    ),
    ...ruled,
  })
  .meta({ id: 'ExamPlanResult' });

const fraction = z
  .object({
    samples: z.array(sample).min(1).max(500),
    shortTermSamples: z.array(z.object({ concentration: num, minutes: num, startMinute: num.optional() }).strict()).max(500).optional(),
    peakSamples: z.array(z.object({ concentration: num }).strict()).max(500).optional(),
  })
  .strict();

export const DustExposureRequestSchema = z
  .object({
    factor: z.string().min(1).max(120).describe('Dust name as in GBZ 2.1-2019 表2 (e.g. 矽尘, 煤尘, 电焊烟尘) or CAS'),
    freeSilicaPercent: num.optional().describe('Free SiO₂ content, % (chooses the 矽尘 band)'),
    totalDust: fraction.optional(),
    respirableDust: fraction.optional(),
    date: isoDate.optional(),
  })
  .strict()
  .meta({ id: 'DustExposureRequest' });

export const DustExposureResponseSchema = z.union([
  z
    .looseObject({
      ruleAvailable: z.literal(true),
      factor: z.string(),
      silicaBand: z.string().nullable(),
      limits: z.object({ pcTwaTotalDust: num.nullable(), pcTwaRespirableDust: num.nullable() }),
      compliant: z.boolean().nullable(),
      complete: z.boolean(),
      date: z.string(),
      ...ruled,
    })
    .meta({ id: 'DustExposureResult' }),
  RuleUnavailableSchema,
]);

export const HeatStressRequestSchema = z
  .object({
    labourIntensityClass: z.enum(['I', 'II', 'III', 'IV']).optional().describe('体力劳动强度分级 (GBZ 2.2-2007 表13)'),
    labourIntensityIndex: num.optional().describe('体力劳动强度指数, when the class is not known'),
    exposureTimeRatePercent: num.describe('接触时间率, %'),
    wbgt: num.optional().describe('Measured WBGT, ℃'),
    hotRegion: z.boolean().optional().describe('夏季通风室外计算温度 ≥ 30 ℃ (§10.2.2: +1 ℃)'),
    date: isoDate.optional(),
  })
  .strict()
  .meta({ id: 'HeatStressRequest' });

export const HeatStressResponseSchema = z.union([
  z
    .object({
      ruleAvailable: z.literal(true),
      labourIntensityClass: z.string(),
      exposureTimeRateBand: num,
      exposureTimeRatePercent: num,
      baseLimit: num,
      adjustment: num,
      limit: num,
      wbgt: num.nullable(),
      exceedsLimit: z.boolean().nullable(),
      date: z.string(),
      ...ruled,
    })
    .meta({ id: 'HeatStressResult' }),
  RuleUnavailableSchema,
]);

const profusion = z.enum(['0/-', '0/0', '0/1', '1/0', '1/1', '1/2', '2/1', '2/2', '2/3', '3/2', '3/3', '3/+']);
export const StagingRequestSchema = z
  .object({
    zones: z
      .object({ rightUpper: profusion, rightMiddle: profusion, rightLower: profusion, leftUpper: profusion, leftMiddle: profusion, leftLower: profusion })
      .strict()
      .describe('Small-opacity profusion per lung zone (ILO-style subcategories)'),
    largeOpacities: z.array(z.object({ longMm: num, shortMm: num }).strict()).max(20).optional(),
    smallOpacityAggregation: z.boolean().optional(),
    asbestosExposure: z.boolean().optional(),
    pleuralPlaques: z
      .object({ present: z.boolean(), involvesCardiacBorderOrDiaphragm: z.boolean().optional(), extensiveOrShaggyCardiacBorder: z.boolean().optional() })
      .strict()
      .optional(),
  })
  .strict()
  .meta({ id: 'StagingRequest' });

export const StagingResponseSchema = z
  .looseObject({
    stage: z.number().int().min(0).max(3),
    stageLabel: z.string(),
    overallProfusion: z.number().int(),
    distributionZones: z.number().int(),
    rulePath: z.array(z.string()),
    surveillanceObservation: z.boolean(),
    decisionSupportOnly: z.literal(true),
    ...ruled,
  })
  .meta({ id: 'StagingResult' });
