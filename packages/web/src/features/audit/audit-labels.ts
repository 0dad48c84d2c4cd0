import { translateDynamic } from '../../shared/i18n/index.ts';

/** Actions the platform records today; the filter offers them one by one and by category prefix (`auth.`). */
export const KNOWN_AUDIT_ACTIONS = [
  'auth.login',
  'auth.login_failed',
  'auth.account_locked',
  'auth.logout',
  'user.create',
  'user.update',
  'user.disable',
  'user.enable',
  'user.unlock',
  'user.reset_password',
  'user.change_password',
  'organisation.create',
  'organisation.update',
  'system.seed_demo',
] as const;

export const KNOWN_ENTITY_TYPES = ['user', 'organisation'] as const;

export function auditActionLabel(action: string): string {
  return translateDynamic(`auditActions.${action}`, action);
}

export function entityTypeLabel(entityType: string): string {
  return translateDynamic(`entityTypes.${entityType}`, entityType);
}

/** The category of an action code: `auth.login` → `auth`. */
export function auditActionGroup(action: string): string {
  return action.split('.')[0] ?? action;
}

export function auditActionGroupLabel(group: string): string {
  return translateDynamic(`audit.actionGroups.${group}`, group);
}
