import { z } from 'zod';

/** The one error body every failing request answers with. */
export const ErrorBodySchema = z
  .object({
    code: z.string().describe('Stable machine-readable code, e.g. `organisation.not_found`'),
    message: z.string(),
    details: z.unknown().optional(),
  })
  .meta({ id: 'ErrorBody' });

/** Standard error responses, spread into each route's `response`. */
export const errorResponses = {
  401: ErrorBodySchema,
  403: ErrorBodySchema,
  404: ErrorBodySchema,
  409: ErrorBodySchema,
  422: ErrorBodySchema,
} as const;

export const PageQuerySchema = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

export function pageOf<T extends z.ZodTypeAny>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });
}

export const UuidParamSchema = z.object({ id: z.string().uuid() });
export const IdResponseSchema = z.object({ id: z.string() });
export const OkSchema = z.object({ ok: z.literal(true) });
