import { z } from 'zod';

export const ValidateValueSchema = z.object({ value: z.string().max(64) }).strict().meta({ id: 'ValidateValue' });

const ValidationErrorSchema = z.object({ code: z.string(), message: z.string() });

export const IdNumberValidationSchema = z
  .object({
    valid: z.boolean(),
    errors: z.array(ValidationErrorSchema),
    birthDate: z.string().nullable(),
    sex: z.enum(['male', 'female']).nullable(),
    addressCode: z.string().nullable(),
    citation: z.string(),
  })
  .meta({ id: 'IdNumberValidation' });

export const UsccValidationSchema = z
  .object({
    valid: z.boolean(),
    errors: z.array(ValidationErrorSchema),
    authorityCode: z.string().nullable(),
    authorityName: z.string().nullable(),
    categoryCode: z.string().nullable(),
    regionCode: z.string().nullable(),
    organisationCode: z.string().nullable(),
    citation: z.string(),
  })
  .meta({ id: 'UsccValidation' });
