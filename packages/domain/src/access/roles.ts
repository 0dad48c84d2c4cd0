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

/** Role → permissions. The only place permissions are granted (areas append their grants in `areaGrants` below). */
export const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = withAreaGrants({
  regulator: ['region:read', 'organisation:read', 'organisation:create', 'organisation:update', 'employer:read', 'employer:update', 'worker:read', 'worker:write', 'declaration:read', 'declaration:review', 'indicator:read'],
  inspector: ['region:read', 'organisation:read', 'employer:read', 'worker:read', 'declaration:read', 'indicator:read'],
  cdc_analyst: ['region:read', 'organisation:read', 'employer:read', 'worker:read', 'declaration:read', 'indicator:read'],
  employer_manager: ['region:read', 'organisation:read', 'employer:read', 'employer:update', 'worker:read', 'worker:write', 'declaration:read', 'declaration:write'],
  tech_service_staff: ['region:read', 'organisation:read'],
  exam_staff: ['region:read', 'organisation:read'],
  diagnosis_staff: ['region:read', 'organisation:read'],
  worker: ['region:read', 'worker:read'],
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
});

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

/** Adds each area's grants to the base table (one block per area in `areaGrants`). */
function withAreaGrants(base: Record<Role, readonly Permission[]>): Record<Role, readonly Permission[]> {
  const out = { ...base };
  for (const grants of areaGrants()) {
    for (const [role, perms] of Object.entries(grants) as [Role, readonly Permission[]][]) out[role] = [...out[role], ...perms.filter((p) => !out[role].includes(p))];
  }
  return out;
}

/** Grants of the domain areas added after the foundation, one block each. */
function areaGrants(): Partial<Record<Role, readonly Permission[]>>[] {
  return [
    // plans and indicators (issue 7): regulators keep their region's plan
    {
      regulator: ['plan:write'],
    },
    // assessments (issue 5a): qualifications, reports, rectification
    {
      regulator: ['qualification:read', 'qualification:write', 'assessment:read', 'rectification:read', 'rectification:review'],
      inspector: ['qualification:read', 'assessment:read', 'rectification:read'],
      cdc_analyst: ['qualification:read', 'assessment:read', 'rectification:read'],
      employer_manager: ['assessment:read', 'rectification:read', 'rectification:evidence'],
      tech_service_staff: ['qualification:read', 'assessment:read', 'assessment:write'],
    },
    // online monitoring (issue 5M)
    {
      regulator: ['monitoring:read', 'monitoring:manage'],
      inspector: ['monitoring:read'],
      cdc_analyst: ['monitoring:read'],
      employer_manager: ['monitoring:read', 'monitoring:manage'],
    },
    // radiation dose monitoring (issue 6R)
    {
      regulator: ['dose:read'],
      inspector: ['dose:read'],
      cdc_analyst: ['dose:read'],
      employer_manager: ['dose:read'],
      tech_service_staff: ['dose:read', 'dose:write'],
      worker: ['dose:read'],
    },
    // issue 6e: occupational health exams
    {
      regulator: ['exam_institution:read', 'exam_institution:write', 'exam:read', 'suspected_report:read', 'suspected_report:diagnose', 'suspected_report:close', 'contraindication_notice:read', 'health_archive:read', 'surveillance:read'],
      inspector: ['exam_institution:read', 'exam:read', 'suspected_report:read', 'contraindication_notice:read', 'surveillance:read'],
      cdc_analyst: ['exam_institution:read', 'exam:read', 'suspected_report:read', 'contraindication_notice:read', 'surveillance:read'],
      employer_manager: ['exam:read', 'suspected_report:read', 'suspected_report:handle', 'contraindication_notice:read', 'contraindication_notice:confirm', 'health_archive:read', 'surveillance:read'],
      exam_staff: ['exam_institution:read', 'exam_institution:write', 'exam:read', 'exam:write', 'suspected_report:read', 'contraindication_notice:read'],
      diagnosis_staff: ['suspected_report:read', 'suspected_report:diagnose'],
      worker: ['health_archive:read_own'],
      department_viewer: ['exam_institution:read'],
    },
  ];
}
