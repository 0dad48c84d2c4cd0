export { type SessionInfo, useSessionQuery, sessionQueryKey } from './api.ts';
export { SessionProvider, useSession } from './session-context.tsx';
export { LoginForm } from './components/LoginForm.tsx';
export { ChangePasswordForm } from './components/ChangePasswordForm.tsx';
export { ScopeLabel } from './components/ScopeLabel.tsx';
export { UserMenu } from './components/UserMenu.tsx';
