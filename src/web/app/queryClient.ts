import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError } from '../api/client.ts';
import { currentUserKey } from '../features/auth/useCurrentUser.ts';

const isClientError = (error: unknown) => error instanceof ApiError && error.status >= 400 && error.status < 500;

export function createQueryClient(): QueryClient {
  // When the session ends (idle timeout, sign-out elsewhere), forget the user: the router then
  // sends them to sign in and back to where they were.
  const onError = (error: unknown) => {
    if (error instanceof ApiError && error.code === 'auth.required') queryClient.setQueryData(currentUserKey, null);
  };
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        // Client errors (4xx) will not change on retry; network hiccups and 5xx may.
        retry: (failureCount, error) => failureCount < 2 && !isClientError(error),
      },
    },
  });
  return queryClient;
}
