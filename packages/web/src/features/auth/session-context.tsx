import type { Permission } from '@ohnet/domain';
import { type ReactNode, createContext, useContext, useMemo } from 'react';
import type { SessionInfo } from './api.ts';

export interface SessionContextValue {
  session: SessionInfo;
  /** Whether the signed-in user holds the permission (the server still decides every request). */
  can: (permission: Permission) => boolean;
}

const SessionContext = createContext<SessionContextValue | null>(null);

export interface SessionProviderProps {
  session: SessionInfo;
  children: ReactNode;
}

export function SessionProvider({ session, children }: SessionProviderProps) {
  const value = useMemo<SessionContextValue>(() => {
    const granted = new Set<string>(session.permissions);
    return { session, can: (permission) => granted.has(permission) };
  }, [session]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

/** The session of the signed-in user; only usable below the session guard. */
export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession() used outside a signed-in area');
  return value;
}
