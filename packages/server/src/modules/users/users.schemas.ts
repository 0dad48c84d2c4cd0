import { z } from 'zod';
import { ORGANISATION_TYPES, ROLES } from '@ohnet/domain';
import { PageQuerySchema, pageOf } from '../../platform/http/common.schemas.ts';
import { phoneField } from '../organisations/organisations.schemas.ts';

export const UserSchema = z
  .object({
    id: z.string(),
    username: z.string(),
    displayName: z.string(),
    organisationId: z.string(),
    organisationName: z.string(),
    organisationType: z.enum(ORGANISATION_TYPES),
    regionCode: z.string(),
    roles: z.array(z.enum(ROLES)),
    phone: z.string().nullable(),
    email: z.string().nullable(),
    isDisabled: z.boolean(),
    isLocked: z.boolean(),
    lockedUntil: z.string().nullable(),
    mustChangePassword: z.boolean(),
    lastLoginAt: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'User' });
export type UserDto = z.infer<typeof UserSchema>;

export const UserPageSchema = pageOf(UserSchema).meta({ id: 'UserPage' });

export const UserListQuerySchema = PageQuerySchema.extend({
  organisationId: z.string().uuid().optional(),
  q: z.string().trim().max(60).optional().describe('Part of the username or display name'),
  role: z.enum(ROLES).optional(),
  status: z.enum(['active', 'disabled', 'locked']).optional(),
}).strict();

const username = z
  .string()
  .trim()
  .min(3, '用户名至少3位')
  .max(64)
  .regex(/^[A-Za-z0-9_.@-]+$/, '用户名只能包含字母、数字和 _ . @ -');

export const CreateUserSchema = z
  .object({
    username,
    displayName: z.string().trim().min(1).max(40),
    organisationId: z.string().uuid(),
    roles: z.array(z.enum(ROLES)).min(1, '至少选择一个角色'),
    phone: phoneField.nullable().optional(),
    email: z.string().trim().email('邮箱格式不正确').max(120).nullable().optional(),
    password: z.string().max(128).optional().describe('Omit to generate a temporary password'),
    workerId: z.string().uuid().nullable().optional(),
  })
  .strict()
  .meta({ id: 'CreateUser' });
export type CreateUserInput = z.infer<typeof CreateUserSchema>;

export const UpdateUserSchema = z
  .object({
    displayName: z.string().trim().min(1).max(40).optional(),
    roles: z.array(z.enum(ROLES)).min(1, '至少选择一个角色').optional(),
    phone: phoneField.nullable().optional(),
    email: z.string().trim().email('邮箱格式不正确').max(120).nullable().optional(),
  })
  .strict()
  .meta({ id: 'UpdateUser' });
export type UpdateUserInput = z.infer<typeof UpdateUserSchema>;

export const CreatedUserSchema = z
  .object({ user: UserSchema, temporaryPassword: z.string().nullable().describe('Shown once when the server generated it') })
  .meta({ id: 'CreatedUser' });
export const TemporaryPasswordSchema = z.object({ temporaryPassword: z.string() }).meta({ id: 'TemporaryPassword' });
