/**
 * Permissions are `'resource:action'` strings. Each module adds its own here, next to the others,
 * so the whole table can be read (and tested) in one place. `ROLE_PERMISSIONS` in roles.ts grants them.
 */
export const PERMISSIONS = [
  // reference data
  'region:read',
  // organisation registry
  'organisation:read',
  'organisation:create',
  'organisation:update',
  // employer base records and posts
  'employer:read',
  'employer:update',
  // hazard declarations: employers file, health authorities review
  'declaration:read',
  'declaration:write',
  'declaration:review',
  // plan indicators (aggregates over a region)
  'indicator:read',
  // plans (issue 7): edit a region's plan entries and enter values by hand
  'plan:write',
  // workers (personal data: encrypted at rest, reads audited)
  'worker:read',
  'worker:write',
  // accounts (administration)
  'user:read',
  'user:create',
  'user:update',
  // audit trail
  'audit:read',
  'audit:verify',
  // assessments (issue 5a): technical service qualifications, assessment reports, rectification tasks
  'qualification:read',
  'qualification:write',
  'assessment:read',
  'assessment:write',
  'rectification:read',
  'rectification:evidence',
  'rectification:review',
  // online monitoring (issue 5M): devices, live values, alerts; manage = register devices, issue/revoke keys
  'monitoring:read',
  'monitoring:manage',
  // issue 6e: occupational health exams, suspected-OD reports, contraindication notices, archives
  'exam_institution:read',
  'exam_institution:write',
  'exam:read',
  'exam:write',
  'suspected_report:read',
  'suspected_report:handle',
  'suspected_report:diagnose',
  'suspected_report:close',
  'contraindication_notice:read',
  'contraindication_notice:confirm',
  'health_archive:read',
  'health_archive:read_own',
  'surveillance:read',
  // radiation (issue 6R): personal dose records — dosimetry services file, others read in scope
  'dose:read',
  'dose:write',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export function isPermission(value: string): value is Permission {
  return (PERMISSIONS as readonly string[]).includes(value);
}
