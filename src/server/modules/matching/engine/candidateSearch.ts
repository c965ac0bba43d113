import {
  complementarityNeeded,
  contextNeeded,
  coversAnything,
  isOutsideCluster,
  needsCoveredBy,
  offersCovering,
  penaltiesOf,
  scoreCandidate,
  totalOf,
} from './candidateScore.ts';
import { geographyScore, otherContextBound, otherContextScore } from './candidateContext.ts';
import type { QueryContext } from './queryContext.ts';
import { combineDirections } from './score.ts';
import {
  BOTH,
  LATE,
  makePlan,
  ONLY_A,
  ONLY_B,
  scratchFor,
  type Candidates,
  type Plan,
  type TagList,
  type TermList,
} from './searchPlan.ts';
import { markerLists } from './markerLists.ts';
import { walkTiled, type WalkKind } from './tiledWalk.ts';
import { TopK } from './topK.ts';

// Exact top-k without scoring everyone: a MaxScore-style search over the inverted lists.
//
// totalOf() never decreases when a, b or the context score grows, and penalties only lower it, so
// totalOf(upper bounds, no penalty) bounds a candidate's score. For each of the asker's needs and
// offers (a "slot") the search collects the best tag similarity met on the tag lists and the summed
// largest BM25 contributions of the terms met on the term lists (split by field: a word in an item
// title can add far more than one only in a description):
//   relevance ≤ 0.6 · tag + 0.4 · saturate(Σ term bounds), match ≤ relevance,
// which bounds a (side A: my needs, their offers) and b (side B: their needs, my offers). Long term
// lists that can add little (units, places, common words) are "non-essential": not walked, their
// bounds added to every candidate instead.
// 1. Walk side A's and side B's lists (tile by tile, tiledWalk.ts) for the candidates on both. They
//    are evaluated in falling order of their complementarity bound, adding the cheap context to the
//    bound, then a exactly, then b, dropping each as soon as its bound falls below the k-th score.
// 2. A candidate on one side's lists only has the other side from non-essential words alone, which
//    keeps its complementarity low: each side's lists are walked again for these only when that
//    bound could still reach the top k, and then only from the lists a candidate must be on to reach
//    it (markerLists.ts); the other lists are accumulated for those alone, and so are the other side's
//    non-essential lists, which bound that side by the words a candidate really shares (mostly none).
// 3. Likewise for candidates met on no list; if even those could rank, the non-essential lists are
//    walked. A candidate on none of the lists shares no related tag and no word with the asker: it
//    covers nothing either way, so it is no suggestion (coversAnything) and is never scored.
// Every candidate that could enter the top k is scored with scoreCandidate's arithmetic, so the result
// equals exhaustiveRank's. Bounds carry a margin of 1e-6 for float32 rounding.

const BUCKETS = 256;
const MARGIN = 1e-6;

function bucketOf(bound: number): number {
  return BUCKETS - Math.min(BUCKETS, Math.max(0, Math.floor(bound * BUCKETS)));
}

/**
 * Evaluates candidates `from` onwards in falling order of complementarity bound, stopping where the
 * bound cannot rank.
 */
function evaluate(plan: Plan, top: TopK, met: Candidates, from = 0): void {
  const order = plan.s.order;
  const starts = new Int32Array(BUCKETS + 2);
  for (let p = from; p < met.count; p++) {
    const bucket = bucketOf(met.comp[p] as number) + 1;
    starts[bucket] = (starts[bucket] as number) + 1;
  }
  for (let b = 1; b <= BUCKETS + 1; b++) starts[b] = (starts[b] as number) + (starts[b - 1] as number);
  for (let p = from; p < met.count; p++) {
    const bucket = bucketOf(met.comp[p] as number);
    const at = starts[bucket] as number;
    starts[bucket] = at + 1;
    order[at] = p;
  }
  let seen = Number.NaN;
  let inside = 0;
  let outside = 0;
  // Per bucket and cluster side, the context needed at the bucket's top bound: a floor for every
  // candidate in the bucket, computed once per threshold instead of once per candidate.
  const floors = new Float64Array(2 * (BUCKETS + 1));
  const floorOf = (bound: number, threshold: number, isOutside: boolean) => {
    const slot = 2 * bucketOf(bound) + (isOutside ? 1 : 0);
    let floor = floors[slot] as number;
    if (Number.isNaN(floor)) {
      floor = contextNeeded(plan.ctx, (Math.floor(bound * BUCKETS) + 1) / BUCKETS, threshold, isOutside);
      floors[slot] = floor;
    }
    return floor;
  };
  // Outside the asker's cluster a candidate needs the least context (the diversity share), if it has one.
  const hasCluster = askerHasCluster(plan.ctx);
  const geography = plan.ctx.weights.geography;
  for (let i = 0; i < met.count - from; i++) {
    const p = order[i] as number;
    const threshold = top.threshold() - MARGIN;
    if (threshold !== seen) {
      seen = threshold;
      inside = complementarityNeeded(plan.ctx, threshold, false);
      outside = complementarityNeeded(plan.ctx, threshold, true);
      floors.fill(Number.NaN);
    }
    const bound = met.comp[p] as number;
    const lowest = Math.min(inside, outside);
    if (bound < lowest) {
      if ((Math.floor(bound * BUCKETS) + 1) / BUCKETS < lowest) break;
      continue;
    }
    const c = met.ids[p] as number;
    // The context keys first: most candidates that cannot rank go without reading their row.
    const keyFloor = floorOf(bound, threshold, hasCluster);
    if (otherContextBound(plan.ctx, c) + geography < keyFloor - MARGIN) continue;
    const isOutside = isOutsideCluster(plan.ctx, c);
    if (bound < (isOutside ? outside : inside)) continue;
    offerCandidate(plan.ctx, top, c, met.a[p] as number, met.b[p] as number, floorOf(bound, threshold, isOutside));
  }
}

/**
 * Scores c exactly unless a bound shows it cannot beat the k-th score; same arithmetic as scoreCandidate.
 * `floor` is a context no greater than the one c needs (its bucket's), checked before the exact one.
 */
function offerCandidate(
  ctx: QueryContext,
  top: TopK,
  c: number,
  aBound: number,
  bBound: number,
  floor = Number.NEGATIVE_INFINITY,
): void {
  if (!ctx.passes(c)) return;
  // The six table-read components first: geography (a haversine and an exp) only when they pass.
  const other = otherContextScore(ctx, c);
  if (other + ctx.weights.geography < floor) return;
  const context = geographyScore(ctx, c) + other;
  if (context < floor) return;
  const outside = isOutsideCluster(ctx, c);
  const threshold = top.threshold() - MARGIN;
  const compBound = ctx.mode === 'need' ? aBound : combineDirections(aBound, bBound);
  if (context < contextNeeded(ctx, compBound, threshold, outside)) return;
  const a = needsCoveredBy(ctx, c);
  if (totalOf(ctx, a, bBound, context, 0, outside) < threshold) return;
  const b = ctx.mode === 'need' ? 0 : offersCovering(ctx, c);
  if (!coversAnything(ctx, a, b)) return;
  const penalties = ctx.mode === 'need' ? 0 : penaltiesOf(ctx, c);
  top.offer(c, totalOf(ctx, a, b, context, penalties, outside));
}

/** Whether the asker belongs to a cluster, so that candidates outside it earn the diversity share. */
function askerHasCluster(ctx: QueryContext): boolean {
  return (ctx.index.orgs.cluster[ctx.org] as number) >= 0;
}

/** The least complementarity bound that can still rank, inside the asker's cluster or outside it. */
function minComplementarity(plan: Plan, top: TopK): number {
  const threshold = top.threshold() - MARGIN;
  return Math.min(complementarityNeeded(plan.ctx, threshold, false), complementarityNeeded(plan.ctx, threshold, true));
}

function canReach(plan: Plan, top: TopK, a: number, b: number): boolean {
  const best = totalOf(plan.ctx, a, b, 1 - plan.ctx.weights.complementarity, 0, askerHasCluster(plan.ctx));
  return best >= top.threshold() - MARGIN;
}

/**
 * Walks one class of candidates and evaluates what it files at checkpoints (after 1/128, 1/64, … 1/2
 * of the organizations) and at the end, so that the k-th score found so far keeps hopeless candidates
 * from being filed at all in the rest of the walk. (Checkpoints twice as dense as 1/64, 1/16, 1/4 cut
 * the mean query by about 9 % at 300k; denser still was slower.)
 */
function walkClass(
  plan: Plan,
  top: TopK,
  kind: WalkKind,
  tagLists: readonly TagList[],
  termLists: readonly TermList[],
) {
  const orgCount = plan.ctx.index.orgCount;
  const met = plan.s.met[{ both: BOTH, onlyA: ONLY_A, onlyB: ONLY_B, late: LATE }[kind]] as Candidates;
  let checkpoint = Math.ceil(orgCount / 128);
  let evaluated = 0;
  const evaluateFiled = () => {
    evaluate(plan, top, met, evaluated);
    evaluated = met.count;
    plan.minComp = minComplementarity(plan, top);
  };
  const side = kind === 'onlyA' ? 0 : kind === 'onlyB' ? 1 : null;
  const markers = side === null ? null : markerLists(plan, side, tagLists, termLists);
  const otherSide = side === null ? [] : onSide(plan.nonEssential, side === 0 ? 1 : 0);
  const afterTile = (done: number) => {
    if (done < checkpoint || done >= orgCount) return;
    checkpoint *= 2;
    evaluateFiled();
  };
  walkTiled(plan, kind, tagLists, termLists, markers, afterTile, otherSide);
  evaluateFiled();
}

const onSide = <T extends { side: 0 | 1 }>(lists: readonly T[], side: 0 | 1) => lists.filter((l) => l.side === side);

/** The exact top k of the context's ranking, found through the inverted lists. */
export function searchTopK(ctx: QueryContext): TopK {
  const top = new TopK(ctx.k);
  const plan = makePlan(ctx, scratchFor(ctx.index));
  const { unmet } = plan;
  walkClass(plan, top, 'both', plan.tagLists, plan.essential);
  // Met on one side only: the other side has the non-essential words at most.
  if (canReach(plan, top, 1, unmet.b)) {
    walkClass(plan, top, 'onlyA', onSide(plan.tagLists, 0), onSide(plan.essential, 0));
  }
  if (canReach(plan, top, unmet.a, 1)) {
    walkClass(plan, top, 'onlyB', onSide(plan.tagLists, 1), onSide(plan.essential, 1));
  }
  if (!canReach(plan, top, unmet.a, unmet.b)) return top;
  walkClass(plan, top, 'late', [], plan.nonEssential);
  return top;
}

/** Scores every organization: the baseline the search must equal. */
export function scanTopK(ctx: QueryContext): TopK {
  const top = new TopK(ctx.k);
  for (let c = 0; c < ctx.index.orgCount; c++) {
    if (!ctx.passes(c)) continue;
    const score = scoreCandidate(ctx, c);
    if (score !== null) top.offer(c, score);
  }
  return top;
}
