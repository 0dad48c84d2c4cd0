import { z } from 'zod';
import { EMPLOYER_ECONOMIC_TYPES, EMPLOYER_SIZE_CLASSES } from '@ohnet/domain';
import { PageQuerySchema, pageOf } from '../../platform/http/common.schemas.ts';

// Counts are checked by the domain validators (whole numbers ≥ 0, sub-counts within totals), so one
// 422 lists every problem of the form together rather than the type errors first.
const count = z.number().describe('whole number ≥ 0');
const nullableText = (max: number) => z.string().trim().max(max).nullable().optional();

export const PostHazardSchema = z
  .object({
    factorId: z.string().max(40).nullable().describe('Catalogue row id (职业病危害因素分类目录) when chosen from the list'),
    factorName: z.string().trim().min(1).max(120).describe('The factor as named; resolved through the catalogue and its alias table'),
    category: z.string().nullable(),
    exposedCount: count,
    dispatchedExposedCount: count.nullable(),
  })
  .meta({ id: 'PostHazard' });

export const PostSchema = z
  .object({
    id: z.string(),
    employerId: z.string(),
    name: z.string(),
    workplaceName: z.string().nullable(),
    isActive: z.boolean(),
    hazards: z.array(PostHazardSchema),
    updatedAt: z.string(),
  })
  .meta({ id: 'Post' });

export const PostInputSchema = z
  .object({
    name: z.string().trim().min(1, '请填写岗位名称').max(80),
    workplaceName: nullableText(80),
    hazards: z
      .array(
        z
          .object({
            factorId: z.string().max(40).nullable().optional(),
            factorName: z.string().trim().min(1, '请填写危害因素').max(120),
            exposedCount: count,
            dispatchedExposedCount: count.nullable().optional(),
          })
          .strict(),
      )
      .max(60),
  })
  .strict()
  .meta({ id: 'SavePost' });
export type PostInput = z.infer<typeof PostInputSchema>;

export const EmployerProfileInputSchema = z
  .object({
    registeredAddress: z.string().trim().min(1, '请填写注册地址').max(200),
    workplaceAddress: z.string().trim().min(1, '请填写工作场所地址').max(200),
    industryCode: z.string().trim().toUpperCase().min(1).max(8).describe('GB/T 4754-2017, e.g. C3311'),
    economicType: z.enum(EMPLOYER_ECONOMIC_TYPES).nullable(),
    sizeClass: z.enum(EMPLOYER_SIZE_CLASSES).nullable(),
    legalRepresentative: nullableText(40),
    legalRepresentativePhone: nullableText(32),
    ohManagerName: nullableText(40),
    ohManagerPhone: nullableText(32),
    hasOhManagementBody: z.boolean().nullable().optional(),
    fullTimeOhManagers: count.nullable().optional(),
    partTimeOhManagers: count.nullable().optional(),
    staffCount: count.nullable().optional(),
    dispatchedWorkerCount: count.nullable().optional(),
    cumulativeOccupationalDiseaseCases: count.nullable().optional(),
  })
  .strict()
  .meta({ id: 'SaveEmployerProfile' });
export type EmployerProfileInput = z.infer<typeof EmployerProfileInputSchema>;

export const EmployerSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    uscc: z.string().nullable(),
    regionCode: z.string(),
    regionName: z.string().nullable(),
    isActive: z.boolean(),
    hasProfile: z.boolean(),
    registeredAddress: z.string().nullable(),
    workplaceAddress: z.string().nullable(),
    industryCode: z.string().nullable(),
    industrySection: z.string().nullable(),
    economicType: z.string().nullable(),
    sizeClass: z.string().nullable(),
    legalRepresentative: z.string().nullable(),
    legalRepresentativePhone: z.string().nullable(),
    ohManagerName: z.string().nullable(),
    ohManagerPhone: z.string().nullable(),
    hasOhManagementBody: z.boolean().nullable(),
    fullTimeOhManagers: z.number().int().nullable(),
    partTimeOhManagers: z.number().int().nullable(),
    staffCount: z.number().int().nullable(),
    dispatchedWorkerCount: z.number().int().nullable(),
    cumulativeOccupationalDiseaseCases: z.number().int().nullable(),
    hazardClass: z.enum(['severe', 'general']).nullable().describe('建设项目职业病危害风险分类 (2021) of the industry: 严重 / 一般; null when the catalogue does not cover it'),
    hazardClassCitation: z.string().nullable(),
    exposedWorkers: z.number().int().describe('Sum over active posts of the largest exposed count per post'),
    hazardCategories: z.array(z.string()),
    latestDeclarationState: z.enum(['draft', 'submitted', 'accepted', 'returned', 'withdrawn']).nullable().describe('State of the most recently updated declaration'),
  })
  .meta({ id: 'Employer' });
export type EmployerDto = z.infer<typeof EmployerSchema>;

export const EmployerDetailSchema = EmployerSchema.extend({ posts: z.array(PostSchema) }).meta({ id: 'EmployerDetail' });

export const EmployerListQuerySchema = PageQuerySchema.extend({
  regionCode: z.string().regex(/^\d{6}(\d{3})?$/).optional(),
  industrySection: z.string().regex(/^[A-T]$/).optional(),
  sizeClass: z.enum(EMPLOYER_SIZE_CLASSES).optional(),
  hazardClass: z.enum(['severe', 'general']).optional(),
  hazardCategory: z.string().max(16).optional().describe('Only employers with a post exposed to this category (粉尘, 化学因素, …)'),
  declarationStatus: z.enum(['accepted', 'in_review', 'returned', 'none']).optional().describe('申报状态'),
  q: z.string().trim().max(60).optional().describe('Part of the name, or a USCC prefix'),
}).strict();
export type EmployerListQuery = z.infer<typeof EmployerListQuerySchema>;

export const EmployerPageSchema = pageOf(EmployerSchema).meta({ id: 'EmployerPage' });
export const PostParamsSchema = z.object({ id: z.string().uuid(), postId: z.string().uuid() });
