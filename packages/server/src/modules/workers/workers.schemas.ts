import { z } from 'zod';
import { PageQuerySchema, pageOf } from '../../platform/http/common.schemas.ts';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');

export const HireWorkerSchema = z
  .object({
    idNumber: z.string().trim().max(18).describe('Resident ID number (GB 11643); stored encrypted'),
    name: z.string().trim().min(1, '请填写姓名').max(40),
    phone: z.string().trim().max(32).nullable().optional(),
    postId: z.string().uuid().nullable().optional(),
    jobType: z.string().trim().max(40).nullable().optional(),
    startDate: isoDate,
    isDispatched: z.boolean().optional(),
    hostEmployerId: z.string().uuid().nullable().optional().describe('用工单位, for dispatched labour'),
  })
  .strict()
  .meta({ id: 'HireWorker' });
export type HireWorkerInput = z.infer<typeof HireWorkerSchema>;

export const EndEmploymentSchema = z.object({ endDate: isoDate }).strict().meta({ id: 'EndEmployment' });

export const EmploymentSchema = z
  .object({
    id: z.string(),
    employerId: z.string(),
    employerName: z.string(),
    hostEmployerId: z.string().nullable(),
    isDispatched: z.boolean(),
    postId: z.string().nullable(),
    postName: z.string().nullable(),
    jobType: z.string().nullable(),
    startDate: z.string(),
    endDate: z.string().nullable(),
  })
  .meta({ id: 'Employment' });

export const WorkerListItemSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    idNumberMasked: z.string(),
    sex: z.enum(['male', 'female']),
    birthDate: z.string(),
    employmentId: z.string(),
    postName: z.string().nullable(),
    isDispatched: z.boolean(),
    startDate: z.string(),
    endDate: z.string().nullable(),
  })
  .meta({ id: 'WorkerListItem' });

export const WorkerDetailSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    /** The full number only for accounts that maintain worker records; masked otherwise. */
    idNumber: z.string(),
    idNumberMasked: z.string(),
    sex: z.enum(['male', 'female']),
    birthDate: z.string(),
    phone: z.string().nullable(),
    employments: z.array(EmploymentSchema),
    exposureYears: z.object({
      asOf: z.string(),
      rule: z.string(),
      byFactor: z.array(z.object({ factor: z.string(), factorName: z.string(), years: z.number(), days: z.number() })),
    }),
  })
  .meta({ id: 'WorkerDetail' });

export const WorkerListQuerySchema = PageQuerySchema.extend({
  status: z.enum(['active', 'ended', 'all']).default('active'),
  q: z.string().trim().max(40).optional().describe('Part of the name, or a full ID number (exact match through the blind index)'),
}).strict();

export const WorkerPageSchema = pageOf(WorkerListItemSchema).meta({ id: 'WorkerPage' });
export const EmploymentParamsSchema = z.object({ id: z.string().uuid(), employmentId: z.string().uuid() });
