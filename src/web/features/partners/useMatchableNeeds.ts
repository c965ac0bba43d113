import { useListings } from '../orgs/useListings.ts';

/**
 * The organization's needs that partner matching sees. A private need never leaves the organization,
 * so nobody is matched to it; `privateCount` says how many were left out, for the pickers to explain.
 */
export function useMatchableNeeds(orgId: string) {
  const needs = useListings(orgId, 'need');
  const all = needs.data ?? [];
  const matchable = all.filter((need) => need.visibility !== 'private');
  return { query: needs, matchable, privateCount: all.length - matchable.length };
}
