import { useMutation, useQueryClient } from '@tanstack/react-query';
import { signIn, signOut, signUp, type SignInInput, type SignUpInput } from '../../api/auth.ts';
import { currentUserKey } from './useCurrentUser.ts';

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SignInInput) => signIn(input),
    onSuccess: ({ user }) => {
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== 'reference' });
      queryClient.setQueryData(currentUserKey, user);
    },
  });
}

export function useSignUp() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SignUpInput) => signUp(input),
    onSuccess: ({ user }) => {
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== 'reference' });
      queryClient.setQueryData(currentUserKey, user);
    },
  });
}

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signOut,
    onSettled: () => {
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== 'reference' });
      queryClient.setQueryData(currentUserKey, null);
    },
  });
}
