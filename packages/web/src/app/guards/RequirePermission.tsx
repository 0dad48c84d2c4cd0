import type { Permission } from '@ohnet/domain';
import { lazy } from 'react';
import { Outlet } from 'react-router-dom';
import { useSession } from '../../features/auth/index.ts';

// The 403 illustration is sizeable and rarely shown: it loads only when needed.
const ForbiddenResult = lazy(async () => ({ default: (await import('../../shared/ui/ForbiddenResult.tsx')).ForbiddenResult }));

export interface RequirePermissionProps {
  permission: Permission;
}

/** Pages the role may not open answer with a 403 page (the menu does not even show them). */
export function RequirePermission({ permission }: RequirePermissionProps) {
  const { can } = useSession();
  return can(permission) ? <Outlet /> : <ForbiddenResult />;
}
