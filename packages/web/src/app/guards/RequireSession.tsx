import { Navigate, Outlet, useLocation } from 'react-router-dom';
import { SessionProvider, useSessionQuery } from '../../features/auth/index.ts';
import { type LoginRedirectState, PATHS } from '../../shared/routes.ts';
import { ErrorDisplay } from '../../shared/ui/ErrorDisplay.tsx';
import { PageLoading } from '../../shared/ui/PageLoading.tsx';

/**
 * The signed-in area. No session → login (remembering where the user was going); a password that
 * must be changed → the change-password page, and nowhere else until it is changed.
 */
export function RequireSession() {
  const location = useLocation();
  const { data: session, isPending, error, refetch } = useSessionQuery();

  if (isPending) return <PageLoading fullScreen />;
  if (error) {
    return (
      <div style={{ maxWidth: 560, margin: '120px auto' }}>
        <ErrorDisplay error={error} onRetry={() => void refetch()} />
      </div>
    );
  }
  if (!session) {
    const state: LoginRedirectState = { from: location.pathname + location.search };
    return <Navigate to={PATHS.login} replace state={state} />;
  }
  if (session.user.mustChangePassword && location.pathname !== PATHS.changePassword) {
    return <Navigate to={PATHS.changePassword} replace />;
  }
  return (
    <SessionProvider session={session}>
      <Outlet />
    </SessionProvider>
  );
}
