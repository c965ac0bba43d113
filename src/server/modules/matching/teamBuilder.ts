import type { MatchIndex } from './engine/matchIndex.ts';
import type { MatchQuery } from './engine/queryContext.ts';
import { needFirst } from './engine/rankPartners.ts';

// Team building: the smallest set of organizations that together cover a bundle of needs, and among
// teams of that size the one whose members fill the needs best. Candidates per need come from the
// need-first ranking; the search then branches on the need with the fewest candidates (exact set
// cover by branch and bound), so a greedy trap — one broad candidate that forces two more — is avoided.

export interface TeamCover {
  needId: string;
  needTitle: string;
  offerTitle: string;
  score: number;
}

export interface TeamMember {
  id: string;
  covers: TeamCover[];
  fit: number;
}

export interface Team {
  members: TeamMember[];
  uncoveredNeedIds: string[];
  score: number;
}

const candidatesPerNeed = 15;

type Coverage = Map<string, Map<string, TeamCover>>; // candidate → need → cover

function coverageOf(
  index: MatchIndex,
  orgId: string,
  needIds: string[],
  query: Omit<MatchQuery, 'org' | 'k'>,
): Coverage {
  const coverage: Coverage = new Map();
  for (const needId of needIds) {
    for (const candidate of needFirst(index, orgId, needId, candidatesPerNeed, query)) {
      const pair = candidate.matches.find((m) => m.needId === needId) ?? candidate.matches[0];
      if (!pair) continue;
      const covers = coverage.get(candidate.id) ?? new Map<string, TeamCover>();
      covers.set(needId, { needId, needTitle: pair.needTitle, offerTitle: pair.offerTitle, score: candidate.total });
      coverage.set(candidate.id, covers);
    }
  }
  return coverage;
}

// Sum over needs of the best score any member brings for it.
function quality(team: string[], coverage: Coverage, needIds: string[]): number {
  let total = 0;
  for (const needId of needIds) {
    total += Math.max(0, ...team.map((id) => coverage.get(id)?.get(needId)?.score ?? 0));
  }
  return total;
}

export function searchTeam(coverage: Coverage, needIds: string[], maxSize: number): string[] {
  const coverable = needIds.filter((n) => [...coverage.values()].some((c) => c.has(n)));
  const best: { team: string[] | null; quality: number } = { team: null, quality: 0 };
  const branch = (team: string[], uncovered: string[]) => {
    if (uncovered.length === 0) {
      const q = quality(team, coverage, coverable);
      if (!best.team || team.length < best.team.length || (team.length === best.team.length && q > best.quality)) {
        best.team = [...team];
        best.quality = q;
      }
      return;
    }
    // A team already as large as the best one found cannot become better by growing.
    if (team.length >= maxSize || (best.team && team.length >= best.team.length)) return;
    const scarcest = uncovered
      .map((need) => ({ need, options: [...coverage].filter(([, covers]) => covers.has(need)).map(([id]) => id) }))
      .sort((a, b) => a.options.length - b.options.length)[0]!;
    for (const candidate of scarcest.options) {
      if (team.includes(candidate)) continue;
      const covers = coverage.get(candidate)!;
      branch(
        [...team, candidate],
        uncovered.filter((n) => !covers.has(n)),
      );
    }
  };
  branch([], coverable);
  return best.team ?? [];
}

export function buildTeam(
  index: MatchIndex,
  orgId: string,
  needIds: string[],
  maxSize: number,
  query: Omit<MatchQuery, 'org' | 'k'> = {},
): Team {
  const coverage = coverageOf(index, orgId, needIds, query);
  const team = searchTeam(coverage, needIds, maxSize);
  const members = team.map((id) => {
    const covers = [...coverage.get(id)!.values()].filter((cover) => {
      // Each need is credited to the member that fills it best.
      const bestForNeed = Math.max(...team.map((other) => coverage.get(other)?.get(cover.needId)?.score ?? 0));
      return cover.score === bestForNeed;
    });
    const fit = covers.reduce((sum, c) => sum + c.score, 0) / Math.max(1, covers.length);
    return { id, covers, fit };
  });
  const covered = new Set(members.flatMap((m) => m.covers.map((c) => c.needId)));
  return {
    members,
    uncoveredNeedIds: needIds.filter((n) => !covered.has(n)),
    score: quality(team, coverage, needIds) / needIds.length,
  };
}
