import { type Schemas, unwrap } from '@ohnet/api-client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, setCsrfToken } from '../../shared/api/client.ts';

export type SessionInfo = Schemas['SessionInfo'];
type LoginInput = Schemas['LoginInput'];
type ChangePasswordInput = Schemas['ChangePasswordInput'];

export const sessionQueryKey = ['session'] as const;

/** The signed-in session, or null when there is none (401). */
async function fetchSession(): Promise<SessionInfo | null> {
  const result = await api.GET('/api/v1/auth/session');
  if (result.response.status === 401) {
    setCsrfToken(null);
    return null;
  }
  const session = unwrap(result);
  setCsrfToken(session.csrfToken);
  return session;
}

export function useSessionQuery() {
  return useQuery({ queryKey: sessionQueryKey, queryFn: fetchSession, staleTime: Infinity, retry: false });
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: LoginInput) => unwrap(await api.POST('/api/v1/auth/login', { body: input })),
    onSuccess: (session) => {
      setCsrfToken(session.csrfToken);
      // Nothing cached for a previous user may leak into this session.
      queryClient.clear();
      queryClient.setQueryData(sessionQueryKey, session);
    },
  });
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => unwrap(await api.POST('/api/v1/auth/logout')),
    onSettled: () => {
      setCsrfToken(null);
      queryClient.clear();
      queryClient.setQueryData(sessionQueryKey, null);
    },
  });
}

export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: ChangePasswordInput) => unwrap(await api.POST('/api/v1/auth/password', { body: input })),
    // The server clears mustChangePassword: reload the session so the guard lets the user through.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionQueryKey }),
  });
}
