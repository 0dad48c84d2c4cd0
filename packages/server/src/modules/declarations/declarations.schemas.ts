import { z } from 'zod';
import { DECLARATION_ACTIONS, DECLARATION_FILING_KINDS, DECLARATION_STATES } from '@ohnet/domain';
import { PageQuerySchema, pageOf } from '../../platform/http/common.schemas.ts';

/**
 * The form content travels as one JSON object shaped like the domain's `DeclarationContent`
 * (basic, change, products, hazards, factors, testing, surveillance). Drafts may be incomplete;
 * the domain validator checks every field when the employer submits.
 */
export const DeclarationContentSchema = z
  .looseObject({
    basic: z.record(z.string(), z.unknown()),
    change: z.record(z.string(), z.unknown()).nullable(),
    products: z.array(z.record(z.string(), z.unknown())),
    hazards: z.record(z.string(), z.unknown()),
    factors: z.array(z.record(z.string(), z.unknown())),
    testing: z.record(z.string(), z.unknown()),
    surveillance: z.record(z.string(), z.unknown()).nullable(),
  })
  .meta({ id: 'DeclarationContent' });

export const CreateDeclarationSchema = z
  .object({ employerId: z.string().uuid(), kind: z.enum(DECLARATION_FILING_KINDS), content: DeclarationContentSchema })
  .strict()
  .meta({ id: 'CreateDeclaration' });

export const SaveDeclarationSchema = z.object({ content: DeclarationContentSchema }).strict().meta({ id: 'SaveDeclaration' });
export const ReasonSchema = z.object({ reason: z.string().max(1000).optional() }).strict().meta({ id: 'DeclarationReason' });

export const DeclarationEventSchema = z.object({
  action: z.string(),
  fromState: z.string().nullable(),
  toState: z.string(),
  reason: z.string().nullable(),
  actorName: z.string().nullable(),
  actorOrganisationName: z.string().nullable(),
  at: z.string(),
});

export const DeclarationSummarySchema = z
  .object({
    id: z.string(),
    employerId: z.string(),
    employerName: z.string(),
    uscc: z.string().nullable(),
    regionCode: z.string(),
    regionName: z.string().nullable(),
    kind: z.enum(DECLARATION_FILING_KINDS),
    state: z.enum(DECLARATION_STATES),
    year: z.number().int(),
    submittedAt: z.string().nullable(),
    acceptedAt: z.string().nullable(),
    receiptNumber: z.string().nullable(),
    updatedAt: z.string(),
  })
  .meta({ id: 'DeclarationSummary' });

export const DeclarationDetailSchema = DeclarationSummarySchema.extend({
  content: DeclarationContentSchema,
  receiptCode: z.string().nullable(),
  events: z.array(DeclarationEventSchema),
  allowedActions: z.array(z.enum(DECLARATION_ACTIONS)).describe('What the signed-in user may do next'),
  editable: z.boolean(),
}).meta({ id: 'DeclarationDetail' });

export const DeclarationListQuerySchema = PageQuerySchema.extend({
  state: z.enum(DECLARATION_STATES).optional(),
  kind: z.enum(DECLARATION_FILING_KINDS).optional(),
  employerId: z.string().uuid().optional(),
  q: z.string().trim().max(60).optional(),
}).strict();

export const DeclarationPageSchema = pageOf(DeclarationSummarySchema).meta({ id: 'DeclarationPage' });

export const PrefillQuerySchema = z.object({ kind: z.enum(DECLARATION_FILING_KINDS).default('initial') }).strict();
export const PrefillSchema = z
  .object({ content: DeclarationContentSchema, unresolved: z.array(z.record(z.string(), z.unknown())) })
  .meta({ id: 'DeclarationPrefill' });

export const ReceiptVerifyQuerySchema = z.object({ number: z.string().trim().min(1).max(40), code: z.string().trim().min(4).max(16) }).strict();
export const ReceiptVerificationSchema = z
  .object({
    valid: z.boolean(),
    receiptNumber: z.string().nullable(),
    employerName: z.string().nullable(),
    usccMasked: z.string().nullable(),
    kind: z.enum(DECLARATION_FILING_KINDS).nullable(),
    acceptedAt: z.string().nullable(),
  })
  .meta({ id: 'ReceiptVerification' });
