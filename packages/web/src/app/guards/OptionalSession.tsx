import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { SessionProvider, useSessionQuery } from '../../features/auth/index.ts';
import { PATHS } from '../../shared/routes.ts';
import { PageLoading } from '../../shared/ui/PageLoading.tsx';

export interface OptionalSessionProps {
  /** The shell for signed-in users (rendered inside the session context). */
  signedIn: ReactNode;
  /** The shell for visitors. */
  visitor: ReactNode;
}

/**
 * Public pages (the toolbox): signed-in users see them inside the normal shell with its menu,
 * visitors inside the public shell with a sign-in button. No session, or one that cannot be loaded,
 * is never an obstacle here.
 */
export function OptionalSession({ signedIn, visitor }: OptionalSessionProps) {
  const location = useLocation();
  const { data: session, isPending } = useSessionQuery();

  if (isPending) return <PageLoading fullScreen />;
  if (!session) return visitor;
  // Same rule as the signed-in area: nowhere else until a forced password change is done.
  if (session.user.mustChangePassword && location.pathname !== PATHS.changePassword) return <Navigate to={PATHS.changePassword} replace />;
  return <SessionProvider session={session}>{signedIn}</SessionProvider>;
}
