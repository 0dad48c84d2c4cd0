import { z } from 'zod';
import { ORGANISATION_TYPES, PERMISSIONS, REGION_LEVELS, ROLES } from '@ohnet/domain';

export const LoginSchema = z
  .object({ username: z.string().trim().min(1, '请输入用户名').max(64), password: z.string().min(1, '请输入密码').max(128) })
  .strict()
  .meta({ id: 'Login' });

export const ChangePasswordSchema = z
  .object({ currentPassword: z.string().min(1).max(128), newPassword: z.string().min(1).max(128) })
  .strict()
  .meta({ id: 'ChangePassword' });

export const SessionInfoSchema = z
  .object({
    user: z.object({
      id: z.string(),
      username: z.string(),
      displayName: z.string(),
      roles: z.array(z.enum(ROLES)),
      mustChangePassword: z.boolean(),
    }),
    organisation: z.object({
      id: z.string(),
      name: z.string(),
      type: z.enum(ORGANISATION_TYPES),
      regionCode: z.string(),
      regionName: z.string().nullable(),
      regionLevel: z.enum(REGION_LEVELS),
    }),
    permissions: z.array(z.enum(PERMISSIONS)),
    scope: z.object({
      kind: z.enum(['all', 'region', 'organisation', 'worker']),
      /** Where region pickers start; null = the whole country. */
      rootRegionCode: z.string().nullable(),
      rootRegionName: z.string().nullable(),
    }),
    csrfToken: z.string().describe('Send back in the x-csrf-token header on every POST/PUT/PATCH/DELETE'),
  })
  .meta({ id: 'SessionInfo' });
export type SessionInfo = z.infer<typeof SessionInfoSchema>;
