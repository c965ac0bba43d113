import { scanTopK, searchTopK } from './candidateSearch.ts';
import { explainCandidate, type RankedCandidate } from './explain.ts';
import type { MatchIndex } from './matchIndex.ts';
import { createQueryContext, resolveOrg, type MatchQuery } from './queryContext.ts';
import type { TopK } from './topK.ts';

// The ranking entry points. rankPartners prunes through the inverted lists and is exact;
// exhaustiveRank scores every organization with the same function and is the baseline it must equal.

export type { MatchFilters, MatchQuery } from './queryContext.ts';
export type { MatchedPair, MatchWarning, RankedCandidate } from './explain.ts';

function explained(index: MatchIndex, query: MatchQuery, top: TopK, needOnly?: number): RankedCandidate[] {
  const ctx = createQueryContext(index, query, needOnly);
  return top.sorted().map(({ org, score }) => explainCandidate(ctx, org, score));
}

/** Top-k partners by the composite score, with reasons and warnings; exact (equals exhaustiveRank). */
export function rankPartners(index: MatchIndex, query: MatchQuery): RankedCandidate[] {
  return explained(index, query, searchTopK(createQueryContext(index, query)));
}

/** Scores every organization with the identical function: the baseline. */
export function exhaustiveRank(index: MatchIndex, query: MatchQuery): RankedCandidate[] {
  return explained(index, query, scanTopK(createQueryContext(index, query)));
}

/** Top-k ids and scores only, for batch use (no explanation objects). */
export function rankTopIds(index: MatchIndex, query: MatchQuery): Array<{ org: number; score: number }> {
  return searchTopK(createQueryContext(index, query)).sorted();
}

/**
 * Who can fill one need: candidates ranked by 0.7 · how well their best offer fills it + 0.3 · the
 * context fit (the seven other components, weighted). `need` is a position in the organization's
 * needs or a need id.
 */
export function needFirst(
  index: MatchIndex,
  org: string | number,
  need: number | string,
  k = 10,
  query: Omit<MatchQuery, 'org' | 'k'> = {},
): RankedCandidate[] {
  const position = needPosition(index, resolveOrg(index, org), need);
  const full = { ...query, org, k };
  return explained(index, full, searchTopK(createQueryContext(index, full, position)), position);
}

/** Exhaustive twin of needFirst, for tests and benchmarks. */
export function exhaustiveNeedFirst(index: MatchIndex, org: string | number, need: number | string, k = 10) {
  const position = needPosition(index, resolveOrg(index, org), need);
  const full = { org, k };
  return explained(index, full, scanTopK(createQueryContext(index, full, position)), position);
}

export function needPosition(index: MatchIndex, org: number, need: number | string): number {
  const count = index.orgs.needCount[org] as number;
  if (typeof need === 'number') {
    if (!Number.isInteger(need) || need < 0 || need >= count) throw new Error(`no need #${need} on this organization`);
    return need;
  }
  const first = (index.orgs.itemStart[org] as number) + (index.orgs.offerCount[org] as number);
  for (let i = 0; i < count; i++) if (index.itemIds[first + i] === need) return i;
  throw new Error(`unknown need: ${need}`);
}
