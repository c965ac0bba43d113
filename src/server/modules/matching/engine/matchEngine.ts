import { buildTeam, type Team, type TeamOptions } from './buildTeam.ts';
import type { RankedCandidate } from './explain.ts';
import { createMatchIndex, removeProfile, updateProfile, type MatchIndex } from './matchIndex.ts';
import type { MatchProfile } from './matchProfile.ts';
import type { MatchQuery } from './queryContext.ts';
import { needFirst, rankPartners } from './rankPartners.ts';

// What the server asks of the matching index, as calls on plain data. The server runs one engine per
// database on its own worker thread (matchEngineThread.ts), so that indexing and searching never hold
// up the HTTP thread; tests may call it in-process. Organizations are named by profile id throughout.

export type TeamAnswer =
  | { unknownNeedIds: string[] }
  | {
      team: Team;
      /** The asking organization's need ids by position, to read Team's positions back as ids. */
      needIdAt: string[];
    };

export interface MatchEngine {
  /** Adds or replaces profiles, and forgets organizations that left matching (deleted or made private). */
  index(profiles: MatchProfile[], removedIds: string[]): number;
  /** Top-k partners with reasons; null when the organization is not in the index (private or unknown). */
  rank(query: MatchQuery & { org: string }): RankedCandidate[] | null;
  /** Who can fill one need; 'unknown_need' unless it is one of the organization's needs. */
  rankForNeed(query: MatchQuery & { org: string }, needId: string): RankedCandidate[] | 'unknown_need' | null;
  /** The smallest team covering the needs, or the ids that are not needs of the organization. */
  team(org: string, needIds: string[], maxSize: number, options: TeamOptions): TeamAnswer;
  /** Organizations indexed (live). */
  size(): number;
}

/** The organization's need ids in index order, so that need positions map back to ids. */
function needIdsOf(index: MatchIndex, org: number): string[] {
  const first = (index.orgs.itemStart[org] as number) + (index.orgs.offerCount[org] as number);
  return Array.from({ length: index.orgs.needCount[org] as number }, (_, i) => index.itemIds[first + i] ?? '');
}

export function createMatchEngine(index: MatchIndex = createMatchIndex()): MatchEngine {
  return {
    index(profiles, removedIds) {
      for (const profile of profiles) updateProfile(index, profile);
      for (const id of removedIds) removeProfile(index, id);
      return index.aliveCount;
    },
    rank(query) {
      return index.orgById.has(query.org) ? rankPartners(index, query) : null;
    },
    rankForNeed(query, needId) {
      const org = index.orgById.get(query.org);
      if (org === undefined) return null;
      if (!needIdsOf(index, org).includes(needId)) return 'unknown_need';
      const { k, ...rest } = query;
      return needFirst(index, org, needId, k, rest);
    },
    team(orgId, needIds, maxSize, options) {
      const org = index.orgById.get(orgId);
      const needIdAt = org === undefined ? [] : needIdsOf(index, org);
      const unknownNeedIds = needIds.filter((id) => !needIdAt.includes(id));
      if (org === undefined || unknownNeedIds.length > 0) return { unknownNeedIds };
      return { team: buildTeam(index, org, needIds, maxSize, options), needIdAt };
    },
    size() {
      return index.aliveCount;
    },
  };
}
