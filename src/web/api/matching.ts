import type { z } from 'zod';
import type {
  GeoScope,
  MatchComponent,
  MatchDecision,
  matchCandidateView,
  matchDecisionView,
  matchPreferencesBody,
  matchResultView,
  MatchWeights,
  networkMatchDefaultsView,
  teamBody,
  teamView,
} from '../../common/matching.ts';
import type { SizeClass } from '../../common/vocabulary.ts';
import { api } from './client.ts';

export type MatchResult = z.infer<typeof matchResultView>;
export type MatchCandidate = z.infer<typeof matchCandidateView>;
export type MatchDecisionEntry = z.infer<typeof matchDecisionView>;
export type MatchedPair = MatchCandidate['pairs'][number];
export type MatchWarning = MatchCandidate['warnings'][number];
export type MatchPreferencesInput = z.input<typeof matchPreferencesBody>;
export type NetworkMatchDefaults = z.infer<typeof networkMatchDefaultsView>;
export type Team = z.infer<typeof teamView>;
export type TeamMember = Team['members'][number];
export type TeamInput = z.input<typeof teamBody>;

export interface MatchPreferences {
  weights: MatchWeights;
  scope: GeoScope | null;
}

/** What the suggestions are asked for; every field is optional and the server fills in the defaults. */
export interface MatchSearch {
  top?: number;
  network?: string;
  need?: string;
  radiusKm?: number;
  country?: string;
  sector?: string;
  sizeClass?: SizeClass;
  scope?: GeoScope;
  weights?: Partial<Record<MatchComponent, number>>;
}

/** "complementarity:0.5,geography:0.2", the form the query string takes. */
export function weightsParam(weights: MatchSearch['weights']): string | undefined {
  const parts = Object.entries(weights ?? {}).map(([name, value]) => `${name}:${Number(value.toFixed(3))}`);
  return parts.length > 0 ? parts.join(',') : undefined;
}

export const findMatches = (orgId: string, { weights, ...search }: MatchSearch) =>
  api.get<MatchResult>(`orgs/${orgId}/matches`, { ...search, weights: weightsParam(weights) });
export const decideOnCandidate = (orgId: string, candidateOrgId: string, decision: MatchDecision | null) =>
  api.put<void>(`orgs/${orgId}/matches/${candidateOrgId}/decision`, { decision });

export const listMatchDecisions = (orgId: string, decision: MatchDecision) =>
  api.get<{ items: MatchDecisionEntry[] }>(`orgs/${orgId}/match-decisions`, { decision });

export const getMatchPreferences = () => api.get<MatchPreferences>('me/match-preferences');
export const saveMatchPreferences = (input: MatchPreferencesInput) =>
  api.put<MatchPreferences>('me/match-preferences', input);

export const getNetworkMatchDefaults = (networkId: string) =>
  api.get<NetworkMatchDefaults>(`networks/${networkId}/match-defaults`);
export const saveNetworkMatchDefaults = (networkId: string, weights: MatchWeights) =>
  api.put<NetworkMatchDefaults>(`networks/${networkId}/match-defaults`, { weights });
export const clearNetworkMatchDefaults = (networkId: string) =>
  api.delete<NetworkMatchDefaults>(`networks/${networkId}/match-defaults`);

export const buildTeam = (orgId: string, input: TeamInput) => api.post<Team>(`orgs/${orgId}/matches/team`, input);
