import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MatchDecision, MatchWeights } from '../../../common/matching.ts';
import {
  buildTeam,
  clearNetworkMatchDefaults,
  decideOnCandidate,
  findMatches,
  getMatchPreferences,
  getNetworkMatchDefaults,
  listMatchDecisions,
  saveMatchPreferences,
  saveNetworkMatchDefaults,
  type MatchPreferencesInput,
  type MatchSearch,
  type TeamInput,
} from '../../api/matching.ts';
import { partnerKeys } from './partnerQueryKeys.ts';

/**
 * Ranked candidates. While filters or weights change, the previous ranking stays on screen; a different
 * question (another need, or the longer list behind Saved) starts empty rather than show the wrong answer.
 */
export function useMatches(orgId: string, search: MatchSearch, enabled = true) {
  return useQuery({
    queryKey: partnerKeys.search(orgId, search),
    queryFn: () => findMatches(orgId, search),
    placeholderData: (previous, previousQuery) => {
      const before = previousQuery?.queryKey[2];
      return before && before.need === search.need && before.top === search.top ? previous : undefined;
    },
    enabled,
  });
}

export function useDecideOnCandidate(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ candidateOrgId, decision }: { candidateOrgId: string; decision: MatchDecision | null }) =>
      decideOnCandidate(orgId, candidateOrgId, decision),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: partnerKeys.matches(orgId) }),
  });
}

export function useMatchDecisions(orgId: string, decision: MatchDecision) {
  return useQuery({
    queryKey: partnerKeys.decisions(orgId, decision),
    queryFn: () => listMatchDecisions(orgId, decision),
  });
}

export function useMatchPreferences() {
  return useQuery({ queryKey: partnerKeys.preferences, queryFn: getMatchPreferences });
}

export function useSaveMatchPreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: MatchPreferencesInput) => saveMatchPreferences(input),
    onSuccess: (saved) => {
      queryClient.setQueryData(partnerKeys.preferences, saved);
      void queryClient.invalidateQueries({ queryKey: ['matches'] });
    },
  });
}

export function useNetworkMatchDefaults(networkId: string) {
  return useQuery({
    queryKey: partnerKeys.networkDefaults(networkId),
    queryFn: () => getNetworkMatchDefaults(networkId),
  });
}

/** Saves a network's default weights, or clears them with null; every ranking is asked again. */
export function useSaveNetworkMatchDefaults(networkId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (weights: MatchWeights | null) =>
      weights ? saveNetworkMatchDefaults(networkId, weights) : clearNetworkMatchDefaults(networkId),
    onSuccess: (saved) => {
      queryClient.setQueryData(partnerKeys.networkDefaults(networkId), saved);
      void queryClient.invalidateQueries({ queryKey: ['matches'] });
    },
  });
}

export function useBuildTeam(orgId: string) {
  return useMutation({ mutationFn: (input: TeamInput) => buildTeam(orgId, input) });
}
