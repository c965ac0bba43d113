import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getStrategicProfile, putStrategicProfile, type StrategicProfileInput } from '../../api/orgs.ts';
import { orgKeys } from './orgQueryKeys.ts';

export function useStrategicProfile(orgId: string) {
  return useQuery({ queryKey: orgKeys.strategicProfile(orgId), queryFn: () => getStrategicProfile(orgId) });
}

export function useSaveStrategicProfile(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: StrategicProfileInput) => putStrategicProfile(orgId, input),
    onSuccess: (profile) => queryClient.setQueryData(orgKeys.strategicProfile(orgId), profile),
  });
}
