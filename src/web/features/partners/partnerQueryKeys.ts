import type { MatchSearch } from '../../api/matching.ts';

export const partnerKeys = {
  matches: (orgId: string) => ['matches', orgId] as const,
  search: (orgId: string, search: MatchSearch) => ['matches', orgId, search] as const,
  decisions: (orgId: string, decision: string) => ['matches', orgId, 'decisions', decision] as const,
  preferences: ['me', 'match-preferences'] as const,
  networkDefaults: (networkId: string) => ['network-match-defaults', networkId] as const,
};
