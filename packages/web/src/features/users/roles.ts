import { ROLES, ROLE_ORGANISATION_TYPES, type OrganisationType, type Role, roleAssignmentIssues } from '@ohnet/domain';
import { translateDynamic } from '../../shared/i18n/index.ts';

/** The roles a user of this type of organisation may hold (a regulator works for a health authority, …). */
export function rolesAllowedFor(type: OrganisationType | undefined): Role[] {
  return type ? ROLES.filter((role) => ROLE_ORGANISATION_TYPES[role].includes(type)) : [];
}

/** The domain's role-assignment rules, as translated messages (empty when the roles are fine). */
export function roleIssueMessages(roles: readonly Role[], type: OrganisationType): string[] {
  return [
    ...new Set(
      roleAssignmentIssues(roles, type).map((issue) => {
        const code = issue.split(':')[0] ?? issue;
        return translateDynamic(`issues.${code}`, code);
      }),
    ),
  ];
}
