import { z } from 'zod';
import { DEPARTMENT_KINDS, ORGANISATION_TYPES, validatePhone, validateUscc } from '@ohnet/domain';
import { PageQuerySchema, pageOf } from '../../platform/http/common.schemas.ts';

/** Wraps a domain validator as a zod refinement so the same rule (and message) runs everywhere. */
function checked<T>(validate: (v: string) => { ok: true; value: T } | { ok: false; issues: { code: string; message: string }[] }) {
  return (value: string, ctx: z.RefinementCtx) => {
    const r = validate(value);
    if (!r.ok) for (const i of r.issues) ctx.addIssue({ code: 'custom', message: i.message, params: { code: i.code } });
  };
}

export const usccField = z.string().trim().toUpperCase().superRefine(checked(validateUscc));
export const phoneField = z.string().trim().max(32).superRefine(checked(validatePhone));
const regionCodeField = z.string().regex(/^\d{6}(\d{3})?$/, '6位或9位行政区划代码');

export const OrganisationSchema = z
  .object({
    id: z.string(),
    type: z.enum(ORGANISATION_TYPES),
    name: z.string(),
    uscc: z.string().nullable(),
    regionCode: z.string(),
    regionName: z.string().nullable().describe('Full name of the region, e.g. 广东省江门市台山市'),
    departmentKind: z.enum(DEPARTMENT_KINDS).nullable(),
    address: z.string().nullable(),
    contactName: z.string().nullable(),
    contactPhone: z.string().nullable(),
    contactEmail: z.string().nullable(),
    isActive: z.boolean(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Organisation' });
export type OrganisationDto = z.infer<typeof OrganisationSchema>;

export const OrganisationPageSchema = pageOf(OrganisationSchema).meta({ id: 'OrganisationPage' });

export const OrganisationListQuerySchema = PageQuerySchema.extend({
  type: z.enum(ORGANISATION_TYPES).optional(),
  regionCode: regionCodeField.optional().describe('Only organisations inside this region'),
  q: z.string().trim().max(60).optional().describe('Part of the name, or a USCC prefix'),
  isActive: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
}).strict();

const editable = {
  name: z.string().trim().min(2, '名称至少2个字').max(120),
  regionCode: regionCodeField,
  departmentKind: z.enum(DEPARTMENT_KINDS).nullable().optional(),
  address: z.string().trim().max(200).nullable().optional(),
  contactName: z.string().trim().max(40).nullable().optional(),
  contactPhone: phoneField.nullable().optional(),
  contactEmail: z.string().trim().email('邮箱格式不正确').max(120).nullable().optional(),
};

export const CreateOrganisationSchema = z
  .object({ type: z.enum(ORGANISATION_TYPES), uscc: usccField.nullable().optional(), ...editable })
  .strict()
  .meta({ id: 'CreateOrganisation' });
export type CreateOrganisationInput = z.infer<typeof CreateOrganisationSchema>;

export const UpdateOrganisationSchema = z
  .object({
    name: editable.name.optional(),
    regionCode: editable.regionCode.optional(),
    uscc: usccField.nullable().optional(),
    departmentKind: editable.departmentKind,
    address: editable.address,
    contactName: editable.contactName,
    contactPhone: editable.contactPhone,
    contactEmail: editable.contactEmail,
    isActive: z.boolean().optional(),
  })
  .strict()
  .meta({ id: 'UpdateOrganisation' });
export type UpdateOrganisationInput = z.infer<typeof UpdateOrganisationSchema>;
