import {
  geographyScore,
  isOutsideCluster,
  needsCoveredBy,
  offersCovering,
  otherContextScore,
  penaltiesOf,
  scoreCandidate,
  totalOf,
} from './candidateScore.ts';
import type { QueryContext, QueryItem } from './queryContext.ts';
import { combineDirections, RELEVANCE_TAG_SHARE, saturateText } from './score.ts';
import {
  EPOCH_STEP,
  makePlan,
  needSlot,
  offerSlot,
  ONLY_A,
  ONLY_B,
  scratchFor,
  walkTagLists,
  walkTermLists,
  type Plan,
} from './searchPlan.ts';
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
// 1. Walk side A's lists, then side B's. A candidate met on both sides is evaluated first: in falling
//    order of its complementarity bound, adding the cheap context to the bound, then a exactly, then
//    b, dropping it as soon as the bound falls below the k-th best score so far.
// 2. A candidate met on one side only has the other side from non-essential words alone, which keeps
//    its complementarity low: these are evaluated only when that bound could still reach the top k.
// 3. Likewise for candidates met on no list; if even those could rank, the non-essential lists are
//    walked, and if a candidate sharing nothing (complementarity 0) could rank, the rest is scanned.
// Every candidate that could enter the top k is scored with scoreCandidate's arithmetic, so the result
// equals exhaustiveRank's. Bounds carry a margin of 1e-6 for float32 rounding.

const BUCKETS = 256;
const MARGIN = 1e-6;
const TEXT_SHARE = 1 - RELEVANCE_TAG_SHARE;

/** Bounds of a and b for the `count` candidates in `batch`. */
function computeBounds(plan: Plan, batch: Int32Array, count: number, withLeftover: boolean): void {
  const { ctx, s } = plan;
  const left = plan.leftover;
  const needWeights = ctx.index.orgs.needWeight;
  for (let p = 0; p < count; p++) {
    const c = batch[p] as number;
    let a = 0;
    for (let i = 0; i < ctx.needs.length; i++) {
      const slot = needSlot(i);
      const raw = ((s.raw[slot] as Float32Array)[c] as number) + (withLeftover ? (left[slot] as number) : 0);
      const tag = (s.tag[slot] as Float32Array)[c] as number;
      a += (ctx.needs[i] as QueryItem).weight * (RELEVANCE_TAG_SHARE * tag + TEXT_SHARE * saturateText(raw));
    }
    // b: every need of theirs related to one of my offers by tag scores at most relMax, any other at
    // most textMax (words only); their needs' weights split accordingly.
    let relMax = 0;
    let textMax = 0;
    for (let j = 0; j < ctx.offers.length; j++) {
      const slot = offerSlot(j);
      const raw = ((s.raw[slot] as Float32Array)[c] as number) + (withLeftover ? (left[slot] as number) : 0);
      const text = TEXT_SHARE * saturateText(raw);
      relMax = Math.max(relMax, RELEVANCE_TAG_SHARE * ((s.tag[slot] as Float32Array)[c] as number) + text);
      textMax = Math.max(textMax, text);
    }
    const needWeight = needWeights[c] as number;
    const related = Math.min(needWeight, s.matchedWeight[c] as number);
    const b = needWeight > 0 ? (related * relMax + (needWeight - related) * textMax) / needWeight : 0;
    const aBound = ctx.needWeightSum > 0 ? Math.min(1, a / ctx.needWeightSum) : 0;
    const bBound = Math.min(1, b);
    s.aBound[p] = aBound;
    s.bBound[p] = bBound;
    s.compBound[p] = ctx.mode === 'need' ? aBound : combineDirections(aBound, bBound);
  }
}

/** Smallest complementarity that could still reach the k-th score with the best possible context. */
function neededComplementarity(ctx: QueryContext, threshold: number, outside: boolean): number {
  if (threshold === Number.NEGATIVE_INFINITY) return Number.NEGATIVE_INFINITY;
  const context = 1 - ctx.weights.complementarity;
  // With a = b = comp, combineDirections gives comp; in 'need' mode a alone counts.
  const reach = (comp: number) => totalOf(ctx, comp, comp, context, 0, outside);
  if (reach(1) < threshold) return 2;
  let lo = 0;
  let hi = 1;
  for (let step = 0; step < 30; step++) {
    const mid = (lo + hi) / 2;
    if (reach(mid) < threshold) lo = mid;
    else hi = mid;
  }
  return lo;
}

function bucketOf(bound: number): number {
  return BUCKETS - Math.min(BUCKETS, Math.max(0, Math.floor(bound * BUCKETS)));
}

/** Evaluates the batch in falling order of complementarity bound, stopping where the bound cannot rank. */
function evaluateBatch(plan: Plan, top: TopK, batch: Int32Array, count: number, withLeftover: boolean): void {
  const s = plan.s;
  computeBounds(plan, batch, count, withLeftover);
  const starts = new Int32Array(BUCKETS + 2);
  for (let p = 0; p < count; p++) {
    const bucket = bucketOf(s.compBound[p] as number) + 1;
    starts[bucket] = (starts[bucket] as number) + 1;
  }
  for (let b = 1; b <= BUCKETS + 1; b++) starts[b] = (starts[b] as number) + (starts[b - 1] as number);
  for (let p = 0; p < count; p++) {
    const bucket = bucketOf(s.compBound[p] as number);
    const at = starts[bucket] as number;
    starts[bucket] = at + 1;
    s.order[at] = p;
  }
  let seen = Number.NaN;
  let inside = 0;
  let outside = 0;
  for (let i = 0; i < count; i++) {
    const p = s.order[i] as number;
    const threshold = top.threshold() - MARGIN;
    if (threshold !== seen) {
      seen = threshold;
      inside = neededComplementarity(plan.ctx, threshold, false);
      outside = neededComplementarity(plan.ctx, threshold, true);
    }
    const bound = s.compBound[p] as number;
    const lowest = Math.min(inside, outside);
    if (bound < lowest) {
      if ((Math.floor(bound * BUCKETS) + 1) / BUCKETS < lowest) break;
      continue;
    }
    const c = batch[p] as number;
    if (bound < (isOutsideCluster(plan.ctx, c) ? outside : inside)) continue;
    offerCandidate(plan.ctx, top, c, s.aBound[p] as number, s.bBound[p] as number);
  }
}

/** Scores c exactly unless a bound shows it cannot beat the k-th score; same arithmetic as scoreCandidate. */
function offerCandidate(ctx: QueryContext, top: TopK, c: number, aBound: number, bBound: number): void {
  if (!ctx.passes(c)) return;
  const outside = isOutsideCluster(ctx, c);
  // Geography first: it varies most between candidates, and the other six are at most 1 each.
  const geography = geographyScore(ctx, c);
  const others = 1 - ctx.weights.complementarity - ctx.weights.geography;
  if (totalOf(ctx, aBound, bBound, geography + others, 0, outside) < top.threshold() - MARGIN) return;
  const context = geography + otherContextScore(ctx, c);
  if (totalOf(ctx, aBound, bBound, context, 0, outside) < top.threshold() - MARGIN) return;
  const a = needsCoveredBy(ctx, c);
  if (totalOf(ctx, a, bBound, context, 0, outside) < top.threshold() - MARGIN) return;
  const b = ctx.mode === 'need' ? 0 : offersCovering(ctx, c);
  const penalties = ctx.mode === 'need' ? 0 : penaltiesOf(ctx, c);
  top.offer(c, totalOf(ctx, a, b, context, penalties, outside));
}

/** Bounds of a and b for a side nobody was met on: non-essential words only, or nothing at all. */
function sideBounds(plan: Plan, withLeftover: boolean): { a: number; b: number } {
  const { ctx } = plan;
  const text = (slot: number) => TEXT_SHARE * saturateText(withLeftover ? (plan.leftover[slot] as number) : 0);
  let a = 0;
  ctx.needs.forEach((need, i) => (a += need.weight * text(needSlot(i))));
  let b = 0;
  ctx.offers.forEach((_, j) => (b = Math.max(b, text(offerSlot(j)))));
  return { a: ctx.needWeightSum > 0 ? a / ctx.needWeightSum : 0, b };
}

function canReach(plan: Plan, top: TopK, a: number, b: number): boolean {
  const hasCluster = (plan.ctx.index.orgs.cluster[plan.ctx.org] as number) >= 0;
  return totalOf(plan.ctx, a, b, 1 - plan.ctx.weights.complementarity, 0, hasCluster) >= top.threshold() - MARGIN;
}

/** Candidates of `list` still carrying `stamp`, copied into the batch buffer. */
function stillStamped(plan: Plan, list: Int32Array, count: number, stamp: number): number {
  let n = 0;
  for (let p = 0; p < count; p++) {
    const c = list[p] as number;
    if (plan.s.stamp[c] === plan.s.epoch + stamp) plan.s.batch[n++] = c;
  }
  return n;
}

/** The exact top k of the context's ranking, found through the inverted lists. */
export function searchTopK(ctx: QueryContext): TopK {
  const top = new TopK(ctx.k);
  const plan = makePlan(ctx, scratchFor(ctx.index));
  const s = plan.s;
  walkTagLists(plan, 0);
  walkTermLists(plan, plan.essential, 0, false);
  walkTagLists(plan, 1);
  walkTermLists(plan, plan.essential, 1, false);
  evaluateBatch(plan, top, s.both, plan.counts.both, true);
  const unmet = sideBounds(plan, true);
  if (canReach(plan, top, 1, unmet.b)) {
    evaluateBatch(plan, top, s.batch, stillStamped(plan, s.metA, plan.counts.metA, ONLY_A), true);
  }
  if (canReach(plan, top, unmet.a, 1)) {
    evaluateBatch(plan, top, s.batch, stillStamped(plan, s.metB, plan.counts.metB, ONLY_B), true);
  }
  if (!canReach(plan, top, unmet.a, unmet.b)) return top;
  walkTermLists(plan, plan.nonEssential, 0, true);
  walkTermLists(plan, plan.nonEssential, 1, true);
  evaluateBatch(plan, top, s.late, plan.counts.late, false);
  const nothing = sideBounds(plan, false);
  if (!canReach(plan, top, nothing.a, nothing.b)) return top;
  for (let c = 0; c < ctx.index.orgCount; c++) {
    const stamp = (s.stamp[c] as number) - s.epoch;
    if (stamp < 0 || stamp >= EPOCH_STEP) offerCandidate(ctx, top, c, 0, 0);
  }
  return top;
}

/** Scores every organization: the baseline the search must equal. */
export function scanTopK(ctx: QueryContext): TopK {
  const top = new TopK(ctx.k);
  for (let c = 0; c < ctx.index.orgCount; c++) if (ctx.passes(c)) top.offer(c, scoreCandidate(ctx, c));
  return top;
}
