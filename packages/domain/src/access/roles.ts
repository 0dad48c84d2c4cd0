import type { OrganisationType } from '../organisations/organisation-types.ts';
import type { Permission } from './permissions.ts';

export const ROLES = [
  'regulator', // 卫生健康行政部门工作人员 (province / city / county / township by organisation)
  'inspector', // 卫生监督员
  'cdc_analyst', // 疾控 / 职防院 分析人员
  'employer_manager', // 用人单位职业卫生管理人员
  'tech_service_staff', // 技术服务机构人员
  'exam_staff', // 职业健康检查机构人员
  'diagnosis_staff', // 职业病诊断机构人员
  'worker', // 劳动者
  'department_viewer', // 其他部门查看人员
  'system_admin', // 系统管理员: accounts, not health data
] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** Role → permissions. The only place permissions are granted. */
export const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  regulator: ['region:read', 'organisation:read', 'organisation:create', 'organisation:update', 'employer:read', 'employer:update', 'worker:read', 'worker:write', 'declaration:read', 'declaration:review', 'indicator:read', 'dose:read'],
  inspector: ['region:read', 'organisation:read', 'employer:read', 'worker:read', 'declaration:read', 'indicator:read', 'dose:read'],
  cdc_analyst: ['region:read', 'organisation:read', 'employer:read', 'worker:read', 'declaration:read', 'indicator:read', 'dose:read'],
  employer_manager: ['region:read', 'organisation:read', 'employer:read', 'employer:update', 'worker:read', 'worker:write', 'declaration:read', 'declaration:write', 'dose:read'],
  tech_service_staff: ['region:read', 'organisation:read', 'dose:read', 'dose:write'],
  exam_staff: ['region:read', 'organisation:read'],
  diagnosis_staff: ['region:read', 'organisation:read'],
  worker: ['region:read', 'worker:read', 'dose:read'],
  department_viewer: ['region:read', 'organisation:read', 'employer:read', 'declaration:read', 'indicator:read'],
  system_admin: [
    'region:read',
    'organisation:read',
    'organisation:create',
    'organisation:update',
    'user:read',
    'user:create',
    'user:update',
    'audit:read',
    'audit:verify',
  ],
};

/** Which organisation types a role may be held in (a regulator works for a health authority, …). */
export const ROLE_ORGANISATION_TYPES: Readonly<Record<Role, readonly OrganisationType[]>> = {
  regulator: ['health_authority'],
  inspector: ['supervision_institute'],
  cdc_analyst: ['cdc'],
  employer_manager: ['employer'],
  tech_service_staff: ['tech_service_institution'],
  exam_staff: ['exam_institution'],
  diagnosis_staff: ['diagnosis_institution'],
  worker: ['employer'],
  department_viewer: ['other_department'],
  system_admin: ['platform_operator', 'health_authority'],
};

export function permissionsOf(roles: readonly Role[]): Set<Permission> {
  const out = new Set<Permission>();
  for (const r of roles) for (const p of ROLE_PERMISSIONS[r]) out.add(p);
  return out;
}

export function hasPermission(roles: readonly Role[], permission: Permission): boolean {
  return roles.some((r) => ROLE_PERMISSIONS[r].includes(permission));
}

/** Problems with a role set for an organisation type, as stable codes (empty when fine). */
export function roleAssignmentIssues(input: readonly Role[], orgType: OrganisationType): string[] {
  const roles = [...new Set(input)];
  const issues: string[] = [];
  if (roles.length === 0) issues.push('user.roles_empty');
  for (const r of roles) {
    if (!ROLE_ORGANISATION_TYPES[r].includes(orgType)) issues.push(`user.role_not_allowed_for_organisation:${r}`);
  }
  if (roles.includes('worker') && roles.length > 1) issues.push('user.worker_role_exclusive');
  if (roles.includes('system_admin') && roles.length > 1) issues.push('user.system_admin_role_exclusive');
  return issues;
}
