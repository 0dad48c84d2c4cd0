import { ApiError } from '@ohnet/api-client';
import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { sessionQueryKey } from '../features/auth/index.ts';
import { setCsrfToken } from '../shared/api/client.ts';

const MAX_RETRIES = 2;

/**
 * One client for the app. A 401 from any request means the session ended (expired, or ended by a
 * password change elsewhere): forget it, and the session guard sends the user to the login page.
 */
export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: handleError }),
    mutationCache: new MutationCache({ onError: handleError }),
    defaultOptions: {
      queries: {
        // 4xx answers are final; only network trouble and 5xx are worth another try.
        retry: (failures, error) => !(error instanceof ApiError && error.status < 500) && failures < MAX_RETRIES,
        refetchOnWindowFocus: false,
        staleTime: 30_000,
      },
    },
  });

  function handleError(error: Error): void {
    if (error instanceof ApiError && error.status === 401 && client.getQueryData(sessionQueryKey)) {
      setCsrfToken(null);
      client.setQueryData(sessionQueryKey, null);
    }
  }

  return client;
}
