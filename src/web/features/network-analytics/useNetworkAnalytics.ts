import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  getMemberPosition,
  getMemberVulnerability,
  getNetworkAnalytics,
  runWhatIf,
  startAnalysis,
  type NetworkAnalytics,
} from '../../api/networkAnalytics.ts';
import { networkAnalyticsKeys } from './networkAnalyticsQueryKeys.ts';

export function analysisInProgress(data: NetworkAnalytics | undefined): boolean {
  return data?.run?.status === 'queued' || data?.run?.status === 'running';
}

/** The latest snapshot and history; polls while an analysis is queued or running. */
export function useNetworkAnalytics(networkId: string) {
  return useQuery({
    queryKey: networkAnalyticsKeys.network(networkId),
    queryFn: () => getNetworkAnalytics(networkId),
    refetchInterval: (query) => (analysisInProgress(query.state.data) ? 1500 : false),
  });
}

export function useStartAnalysis(networkId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => startAnalysis(networkId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: networkAnalyticsKeys.network(networkId) }),
  });
}

export function useMemberVulnerability(networkId: string, orgId: string | null, enabled = true) {
  return useQuery({
    queryKey: networkAnalyticsKeys.vulnerability(networkId, orgId ?? ''),
    queryFn: () => getMemberVulnerability(networkId, orgId ?? ''),
    enabled: enabled && orgId !== null,
  });
}

export function useMemberPosition(networkId: string, orgId: string | null) {
  return useQuery({
    queryKey: networkAnalyticsKeys.position(networkId, orgId ?? ''),
    queryFn: () => getMemberPosition(networkId, orgId ?? ''),
    enabled: orgId !== null && networkId !== '',
  });
}

export function useWhatIf(networkId: string) {
  return useMutation({ mutationFn: (remove: string[]) => runWhatIf(networkId, remove) });
}
