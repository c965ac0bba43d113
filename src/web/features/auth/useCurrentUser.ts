import { useQuery } from '@tanstack/react-query';
import { fetchCurrentUser } from '../../api/auth.ts';

export const currentUserKey = ['auth', 'me'] as const;

/** The signed-in user; `data` is null when nobody is signed in. */
export function useCurrentUser() {
  return useQuery({ queryKey: currentUserKey, queryFn: fetchCurrentUser, staleTime: 5 * 60 * 1000, retry: false });
}
