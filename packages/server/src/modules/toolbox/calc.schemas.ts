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
    samples: z.array(sample).max(500).describe('Full-shift samples for C_TWA'),
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
