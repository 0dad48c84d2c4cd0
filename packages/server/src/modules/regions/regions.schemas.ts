import { z } from 'zod';
import { REGION_LEVELS } from '@ohnet/domain';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');
const regionCode = z.string().regex(/^\d{6}(\d{3})?$/, '6位或9位行政区划代码');

export const RegionSchema = z
  .object({
    code: z.string(),
    name: z.string(),
    fullName: z.string(),
    level: z.enum(REGION_LEVELS),
    parentCode: z.string().nullable(),
    validFrom: isoDate,
    validTo: isoDate.nullable(),
    childCount: z.number().int(),
  })
  .meta({ id: 'Region' });

export const RegionDetailSchema = RegionSchema.extend({ ancestors: z.array(RegionSchema) }).meta({ id: 'RegionDetail' });

export const AsOfQuerySchema = z.object({ asOf: isoDate.optional().describe('Effective date (default: today)') }).strict();

export const ChildrenQuerySchema = z
  .object({
    parentCode: regionCode.optional().describe('Omit for the provinces'),
    asOf: isoDate.optional(),
  })
  .strict();

export const SearchQuerySchema = z
  .object({
    q: z.string().trim().min(1).max(40).describe('Part of a name, or a code prefix'),
    within: regionCode.optional().describe('Only regions inside this one'),
    level: z.enum(REGION_LEVELS).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    asOf: isoDate.optional(),
  })
  .strict();

export const SubtreeQuerySchema = z
  .object({
    depth: z.coerce.number().int().min(1).max(3).default(1).describe('Levels below the region to include'),
    asOf: isoDate.optional(),
  })
  .strict();

export const CodeParamSchema = z.object({ code: regionCode });
export type RegionDto = z.infer<typeof RegionSchema>;
