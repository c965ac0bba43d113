import { contextScore } from './candidateContext.ts';
import { bestOfferFor } from './candidateScore.ts';
import type { MatchIndex } from './matchIndex.ts';
import {
  createQueryContext,
  resolveOrg,
  type MatchFilters,
  type MatchQuery,
  type QueryContext,
  type QueryItem,
} from './queryContext.ts';
import { needFirst, needPosition } from './rankPartners.ts';

// Team building: the smallest set of organizations (at most maxSize) that jointly covers a bundle of
// needs, and among sets of that size the one with the best fit.
//
// Candidates are the need-first top `perNeed` for each need, plus organizations that offer the
// exact tags of two or more needs of the bundle (the natural multi-coverers). Candidate c covers need
// n when its best offer matches with at least `coverThreshold`; its value for n is
//   value(n, c) = match(n, c) · (0.5 + 0.5 · fit(c)),  fit = the context mean (the seven non-
//   complementarity components, weighted as the asker's suggestions are), and a team's score is Σ_n max_{c ∈ team} value(n, c) / |bundle|.
// Up to EXACT_LIMIT needs the search is exact over the candidates (branch and bound: branch on the
// uncovered need with the fewest coverers, bound by size, then by the score still reachable); above
// that, greedy weighted set cover (most newly covered needs, then most value).

export const EXACT_LIMIT = 10;

export interface TeamCover {
  needPosition: number;
  needTitle: string;
  offerPosition: number;
  offerTitle: string;
  match: number;
}

export interface TeamMember {
  org: number;
  id: string;
  /** Context fit in [0, 1]. */
  fit: number;
  covers: TeamCover[];
}

export interface Team {
  members: TeamMember[];
  /** Positions of the bundle's needs the team covers, and those nobody among the candidates covers. */
  covered: number[];
  uncovered: number[];
  score: number;
  method: 'exact' | 'greedy';
}

export interface TeamOptions {
  /** Need-first candidates taken per need (default 12). */
  perNeed?: number;
  /** Smallest match that counts as covering a need (default 0.5). */
  coverThreshold?: number;
  filters?: MatchFilters;
  /** The asker's component weights and geographic scope, as in its suggestions (default: Synergia's). */
  ranking?: Pick<MatchQuery, 'weights' | 'scope'>;
  /** Default: exact up to EXACT_LIMIT needs, greedy above. */
  method?: 'exact' | 'greedy';
}

interface Candidate {
  org: number;
  fit: number;
  /** Per bundle need: value when covering, else 0. */
  values: number[];
  mask: number;
}

function candidatePool(index: MatchIndex, org: number, positions: number[], options: Required<TeamOptions>): number[] {
  const pool = new Set<number>();
  for (const position of positions) {
    for (const ranked of needFirst(index, org, position, options.perNeed, {
      filters: options.filters,
      ...options.ranking,
    })) {
      pool.add(ranked.org);
    }
  }
  // Organizations offering the exact tags of several needs of the bundle.
  const start = (index.orgs.itemStart[org] as number) + (index.orgs.offerCount[org] as number);
  const wanted = new Set(positions.map((position) => index.items.tag[start + position] as number));
  const counts = new Map<number, number>();
  for (const tag of wanted) {
    const parent = index.taxonomy.parent[tag] ?? -1;
    const list = index.tagOffers.lists[parent === -1 ? tag : parent]?.subarray(
      0,
      index.tagOffers.lengths[parent === -1 ? tag : parent],
    );
    if (list === undefined) continue;
    const seen = new Set<number>();
    for (let p = 0; p < list.length; p += 2) {
      const c = list[p] as number;
      if (list[p + 1] !== tag || seen.has(c) || c === org) continue;
      seen.add(c);
      counts.set(c, (counts.get(c) ?? 0) + 1);
    }
  }
  const multi = [...counts].filter(([, n]) => n >= 2).sort((x, y) => y[1] - x[1] || x[0] - y[0]);
  for (const [c] of multi.slice(0, 4 * options.perNeed)) pool.add(c);
  return [...pool].sort((x, y) => x - y);
}

function describe(index: MatchIndex, ctxs: QueryContext[], positions: number[], candidate: Candidate): TeamMember {
  const covers: TeamCover[] = [];
  positions.forEach((position, n) => {
    if ((candidate.mask & (1 << n)) === 0) return;
    const ctx = ctxs[n] as QueryContext;
    const need = ctx.needs[0] as QueryItem;
    const best = bestOfferFor(ctx, need, candidate.org);
    covers.push({
      needPosition: position,
      needTitle: index.itemTitles[need.row] ?? '',
      offerPosition: best.row - (index.orgs.itemStart[candidate.org] as number),
      offerTitle: index.itemTitles[best.row] ?? '',
      match: best.score,
    });
  });
  return { org: candidate.org, id: index.orgIds[candidate.org] ?? String(candidate.org), fit: candidate.fit, covers };
}

function bitCount(mask: number): number {
  let n = 0;
  for (let m = mask; m !== 0; m &= m - 1) n++;
  return n;
}

/**
 * Exact over the candidates: most needs covered, then fewest members, then highest score. Branches on
 * the open need with the fewest coverers (each coverer, or giving the need up), pruned by what can
 * still be covered, by size once a full cover is known, and by the best reachable score.
 */
function searchExact(candidates: Candidate[], target: number, needs: number, maxSize: number): Candidate[] {
  const best = { team: [] as Candidate[], covered: 0, size: 0, score: 0 };
  const bestValue = Array.from({ length: needs }, (_, n) => Math.max(0, ...candidates.map((c) => c.values[n] ?? 0)));
  const scoreOf = (team: Candidate[]) =>
    Array.from({ length: needs }, (_, n) => Math.max(0, ...team.map((c) => c.values[n] ?? 0))).reduce(
      (a, b) => a + b,
      0,
    );
  const full = bitCount(target);
  const visit = (team: Candidate[], mask: number, givenUp: number) => {
    const covered = bitCount(mask & target);
    const score = scoreOf(team);
    const better =
      covered > best.covered ||
      (covered === best.covered && (team.length < best.size || (team.length === best.size && score > best.score)));
    if (better) Object.assign(best, { team: [...team], covered, size: team.length, score });
    const open = target & ~mask & ~givenUp;
    if (open === 0 || team.length >= maxSize) return;
    if (covered + bitCount(open) < best.covered) return;
    if (best.covered === full && team.length + 1 > best.size) return;
    if (best.covered === full && team.length + 1 === best.size) {
      const reachable = bestValue.reduce((a, b) => a + b, 0);
      if (reachable <= best.score) return;
    }
    let branchNeed = -1;
    let fewest = Number.POSITIVE_INFINITY;
    for (let n = 0; n < needs; n++) {
      if ((open & (1 << n)) === 0) continue;
      const coverers = candidates.filter((c) => (c.mask & (1 << n)) !== 0).length;
      if (coverers < fewest) [branchNeed, fewest] = [n, coverers];
    }
    const coverers = candidates
      .filter((c) => (c.mask & (1 << branchNeed)) !== 0 && !team.includes(c))
      .sort((x, y) => (y.values[branchNeed] ?? 0) - (x.values[branchNeed] ?? 0) || x.org - y.org);
    for (const c of coverers) visit([...team, c], mask | c.mask, givenUp);
    visit(team, mask, givenUp | (1 << branchNeed));
  };
  visit([], 0, 0);
  return best.team;
}

/** Greedy weighted set cover: most newly covered needs, then most added value. */
function searchGreedy(candidates: Candidate[], target: number, needs: number, maxSize: number): Candidate[] {
  const team: Candidate[] = [];
  let mask = 0;
  const current = new Array<number>(needs).fill(0);
  while ((mask & target) !== target && team.length < maxSize) {
    let pick: Candidate | null = null;
    let pickGain = [0, 0];
    for (const c of candidates) {
      if (team.includes(c)) continue;
      let newly = 0;
      let value = 0;
      for (let n = 0; n < needs; n++) {
        if ((c.mask & ~mask & target & (1 << n)) !== 0) newly++;
        value += Math.max(0, (c.values[n] ?? 0) - (current[n] ?? 0));
      }
      if (newly > (pickGain[0] as number) || (newly === pickGain[0] && value > (pickGain[1] as number))) {
        pick = c;
        pickGain = [newly, value];
      }
    }
    if (pick === null || pickGain[0] === 0) break;
    team.push(pick);
    mask |= pick.mask;
    for (let n = 0; n < needs; n++) current[n] = Math.max(current[n] ?? 0, pick.values[n] ?? 0);
  }
  return team;
}

function teamCandidates(index: MatchIndex, asker: number, positions: number[], settings: Required<TeamOptions>) {
  const ctxs = positions.map((position) =>
    createQueryContext(index, { org: asker, filters: settings.filters }, position),
  );
  const partner = createQueryContext(index, { org: asker, ...settings.ranking });
  const share = 1 - partner.weights.complementarity;
  const candidates: Candidate[] = candidatePool(index, asker, positions, settings)
    .filter((c) => (ctxs[0] as QueryContext).passes(c))
    .map((c) => {
      const fit = share > 0 ? contextScore(partner, c) / share : 1;
      const values = ctxs.map((ctx) => {
        const match = bestOfferFor(ctx, ctx.needs[0] as QueryItem, c).score;
        return match >= settings.coverThreshold ? match * (0.5 + 0.5 * fit) : 0;
      });
      const mask = values.reduce((m, value, n) => (value > 0 ? m | (1 << n) : m), 0);
      return { org: c, fit, values, mask };
    })
    .filter((c) => c.mask !== 0);
  return { ctxs, candidates };
}

/**
 * The smallest team (≤ maxSize) covering the bundle with the best fit, and what each member covers.
 * `needIds` are positions in the organization's needs or need ids.
 */
export function buildTeam(
  index: MatchIndex,
  org: string | number,
  needIds: ReadonlyArray<number | string>,
  maxSize = 4,
  options: TeamOptions = {},
): Team {
  const asker = resolveOrg(index, org);
  const positions = [...new Set(needIds.map((need) => needPosition(index, asker, need)))];
  if (positions.length > 30) throw new Error('a team request covers at most 30 needs');
  const settings: Required<TeamOptions> = {
    perNeed: options.perNeed ?? 12,
    coverThreshold: options.coverThreshold ?? 0.5,
    filters: options.filters ?? {},
    ranking: options.ranking ?? {},
    method: options.method ?? (positions.length <= EXACT_LIMIT ? 'exact' : 'greedy'),
  };
  const { ctxs, candidates } = teamCandidates(index, asker, positions, settings);
  const coverable = candidates.reduce((m, c) => m | c.mask, 0);
  const search = settings.method === 'exact' ? searchExact : searchGreedy;
  const team = search(candidates, coverable, positions.length, maxSize);
  const covered = positions.filter((_, n) => team.some((c) => (c.mask & (1 << n)) !== 0));
  const score =
    positions.reduce((sum, _, n) => sum + Math.max(0, ...team.map((c) => c.values[n] ?? 0)), 0) / positions.length;
  return {
    members: team.map((c) => describe(index, ctxs, positions, c)),
    covered,
    uncovered: positions.filter((position) => !covered.includes(position)),
    score,
    method: settings.method,
  };
}
