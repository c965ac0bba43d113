import {
  contextScore,
  isOutsideCluster,
  needsCoveredBy,
  offersCovering,
  penaltiesOf,
  scoreCandidate,
  totalOf,
} from './candidateScore.ts';
import { postingsOf } from './indexColumns.ts';
import type { MatchIndex } from './matchIndex.ts';
import type { QueryContext, QueryItem } from './queryContext.ts';
import { combineDirections, RELEVANCE_TAG_SHARE, saturateText } from './score.ts';
import { tagSimilarityOf } from './taxonomy.ts';
import { TopK } from './topK.ts';

// Exact top-k without scoring everyone: a MaxScore-style search over the inverted lists.
//
// totalOf() never decreases when a, b or the context score grows, and penalties only lower it, so
// totalOf(upper bounds, no penalty) bounds a candidate's score. Per candidate the search collects,
// for each of the asker's needs and offers (a "slot"), the best tag similarity met on the tag lists
// and the sum of the largest BM25 contributions of the terms met on the term lists:
//   relevance ≤ 0.6 · tag + 0.4 · saturate(Σ term bounds), and match ≤ relevance,
// which bounds a and b and hence the total. Term lists that are long and carry little weight (units,
// common words) are skipped as "non-essential": their bounds are added to every candidate instead.
// 1. Walk the tag lists of each slot's taxonomy neighbourhood and the essential term lists.
// 2. Take the candidates met in falling order of their complementarity bound; for each, add the cheap
//    context components to the bound, then compute a exactly, then b, dropping the candidate as soon
//    as its bound falls below the k-th best score so far, and stop when the bound of the bucket does.
// 3. A candidate met on no list has tag similarity 0 and only non-essential words in common; if even
//    that could reach the top k, walk the non-essential lists too, and if a candidate sharing nothing
//    (complementarity 0) could still rank (tiny indexes), scan the rest.
// Every candidate that could enter the top k is scored with scoreCandidate's arithmetic, so the result
// equals exhaustiveRank's. Bounds carry a margin of 1e-6 for float32 rounding.

const SLOTS = 8;
const BUCKETS = 256;
const MARGIN = 1e-6;
const TEXT_SHARE = 1 - RELEVANCE_TAG_SHARE;
/** BM25 mass of the skipped term lists that one slot may carry (saturates to ≈ 0.11). */
const NON_ESSENTIAL_BUDGET = 1;

interface Scratch {
  stamp: Uint32Array;
  epoch: number;
  touched: Int32Array;
  /** 2 × SLOTS arrays: needs in 0..7, the asker's offers in 8..15. */
  tag: Float32Array[];
  raw: Float32Array[];
  aBound: Float32Array;
  bBound: Float32Array;
  compBound: Float32Array;
  order: Int32Array;
}

const scratches = new WeakMap<MatchIndex, Scratch>();

function scratchFor(index: MatchIndex): Scratch {
  let s = scratches.get(index);
  if (s === undefined || s.stamp.length < index.orgCount) {
    const size = Math.max(index.orgCount, (s?.stamp.length ?? 0) * 2, 16);
    const floats = () => new Float32Array(size);
    s = {
      stamp: new Uint32Array(size),
      epoch: 0,
      touched: new Int32Array(size),
      tag: Array.from({ length: 2 * SLOTS }, floats),
      raw: Array.from({ length: 2 * SLOTS }, floats),
      aBound: floats(),
      bBound: floats(),
      compBound: floats(),
      order: new Int32Array(size),
    };
    scratches.set(index, s);
  }
  if (s.epoch > 0xfffffff0) {
    s.stamp.fill(0);
    s.epoch = 0;
  }
  s.epoch += 2;
  return s;
}

/** One inverted list to walk and what it adds to which slot. */
interface TermList {
  list: Int32Array;
  slots: number[];
  values: number[];
}

interface Plan {
  ctx: QueryContext;
  s: Scratch;
  /** Slots in use: needs 0..n−1 (mod 8), offers 8..8+m−1 (mod 8). */
  slots: number[];
  essential: TermList[];
  nonEssential: TermList[];
  /** Per slot, the summed bounds of its non-essential terms. */
  leftover: Float64Array;
  count: number;
}

const needSlot = (i: number) => i % SLOTS;
const offerSlot = (j: number) => SLOTS + (j % SLOTS);

function termLists(ctx: QueryContext): TermList[] {
  const byKey = new Map<string, TermList>();
  const add = (key: string, list: () => Int32Array, slot: number, value: number) => {
    let entry = byKey.get(key);
    if (entry === undefined) byKey.set(key, (entry = { list: list(), slots: [], values: [] }));
    const at = entry.slots.indexOf(slot);
    if (at === -1) {
      entry.slots.push(slot);
      entry.values.push(value);
    } else entry.values[at] = (entry.values[at] as number) + value;
  };
  const ix = ctx.index;
  ctx.needs.forEach((need, i) =>
    need.terms.forEach((term, t) =>
      add(`n${term}`, () => postingsOf(ix.termOffers, term), needSlot(i), need.termBounds[t] as number),
    ),
  );
  ctx.offers.forEach((offer, j) =>
    offer.terms.forEach((term, t) =>
      add(`o${term}`, () => postingsOf(ix.termNeeds, term), offerSlot(j), offer.termBounds[t] as number),
    ),
  );
  return [...byKey.values()];
}

function makePlan(ctx: QueryContext, s: Scratch): Plan {
  const slots = [...new Set([...ctx.needs.map((_, i) => needSlot(i)), ...ctx.offers.map((_, j) => offerSlot(j))])];
  const leftover = new Float64Array(2 * SLOTS);
  const essential: TermList[] = [];
  const nonEssential: TermList[] = [];
  // Longest lists first: skipping them saves the most, and long lists are the common, low-idf words.
  for (const entry of termLists(ctx).sort((x, y) => y.list.length - x.list.length)) {
    const fits = entry.slots.every(
      (slot, n) => (leftover[slot] as number) + (entry.values[n] as number) <= NON_ESSENTIAL_BUDGET,
    );
    if (!fits) {
      essential.push(entry);
      continue;
    }
    entry.slots.forEach((slot, n) => (leftover[slot] = (leftover[slot] as number) + (entry.values[n] as number)));
    nonEssential.push(entry);
  }
  return { ctx, s, slots, essential, nonEssential, leftover, count: 0 };
}

/** Marks c as met in this stage (clearing its slots the first time); false for the asker and earlier stages. */
function meet(plan: Plan, c: number, stage: number): boolean {
  const s = plan.s;
  if (c === plan.ctx.org) return false;
  const stamp = s.stamp[c] as number;
  if (stamp === s.epoch + stage) return true;
  if (stamp >= s.epoch) return false;
  s.stamp[c] = s.epoch + stage;
  s.touched[plan.count++] = c;
  for (const slot of plan.slots) {
    (s.tag[slot] as Float32Array)[c] = 0;
    (s.raw[slot] as Float32Array)[c] = 0;
  }
  return true;
}

/** The list reaching a tag's exact, sibling, parent and child items: its parent's (its own for a root). */
function neighbourhoodKey(index: MatchIndex, tag: number): number {
  const parent = index.taxonomy.parent[tag] ?? -1;
  return parent === -1 ? tag : parent;
}

function walkTagLists(plan: Plan): void {
  const ix = plan.ctx.index;
  const parent = ix.taxonomy.parent;
  const walk = (item: QueryItem, slot: number, isNeed: boolean) => {
    const best = plan.s.tag[slot] as Float32Array;
    const list = postingsOf(isNeed ? ix.tagOffers : ix.tagNeeds, neighbourhoodKey(ix, item.tag));
    for (let p = 0; p < list.length; p += 2) {
      const other = list[p + 1] as number;
      const sim = isNeed ? tagSimilarityOf(parent, item.tag, other) : tagSimilarityOf(parent, other, item.tag);
      if (sim === 0) continue;
      const c = list[p] as number;
      if (meet(plan, c, 0) && sim > (best[c] as number)) best[c] = sim;
    }
  };
  plan.ctx.needs.forEach((need, i) => walk(need, needSlot(i), true));
  plan.ctx.offers.forEach((offer, j) => walk(offer, offerSlot(j), false));
}

function walkTermLists(plan: Plan, lists: readonly TermList[], stage: number): void {
  for (const { list, slots, values } of lists) {
    for (let p = 0; p < list.length; p++) {
      const c = list[p] as number;
      if (!meet(plan, c, stage)) continue;
      for (let n = 0; n < slots.length; n++) {
        const raw = plan.s.raw[slots[n] as number] as Float32Array;
        raw[c] = (raw[c] as number) + (values[n] as number);
      }
    }
  }
}

/** Bounds of a and b for the candidates met in touched[from, to). */
function computeBounds(plan: Plan, from: number, to: number, withLeftover: boolean): void {
  const { ctx, s } = plan;
  const extra = (slot: number) => (withLeftover ? (plan.leftover[slot] as number) : 0);
  for (let p = from; p < to; p++) {
    const c = s.touched[p] as number;
    let a = 0;
    for (let i = 0; i < ctx.needs.length; i++) {
      const slot = needSlot(i);
      const text = saturateText(((s.raw[slot] as Float32Array)[c] as number) + extra(slot));
      a += (ctx.needs[i] as QueryItem).weight * (RELEVANCE_TAG_SHARE * ((s.tag[slot] as Float32Array)[c] as number) + TEXT_SHARE * text);
    }
    let b = 0;
    for (let j = 0; j < ctx.offers.length; j++) {
      const slot = offerSlot(j);
      const text = saturateText(((s.raw[slot] as Float32Array)[c] as number) + extra(slot));
      b = Math.max(b, RELEVANCE_TAG_SHARE * ((s.tag[slot] as Float32Array)[c] as number) + TEXT_SHARE * text);
    }
    s.aBound[p] = ctx.needWeightSum > 0 ? Math.min(1, a / ctx.needWeightSum) : 0;
    s.bBound[p] = Math.min(1, b);
    s.compBound[p] = ctx.mode === 'need' ? (s.aBound[p] as number) : combineDirections(s.aBound[p] as number, s.bBound[p] as number);
  }
}

/** Smallest complementarity bound that could still reach the k-th score, with the best possible context. */
function neededComplementarity(ctx: QueryContext, top: TopK, outside: boolean): number {
  const threshold = top.threshold() - MARGIN;
  if (threshold === Number.NEGATIVE_INFINITY) return Number.NEGATIVE_INFINITY;
  // Bisection on the monotone totalOf: robust for any weights and both modes.
  let lo = 0;
  let hi = 1;
  const context = 1 - ctx.weights.complementarity;
  const reach = (comp: number) => (ctx.mode === 'need' ? totalOf(ctx, comp, 0, context, 0, outside) : boundOfComp(ctx, comp, outside));
  if (reach(1) < threshold) return 2;
  for (let step = 0; step < 40; step++) {
    const mid = (lo + hi) / 2;
    if (reach(mid) < threshold) lo = mid;
    else hi = mid;
  }
  return lo;
}

/** totalOf with complementarity given directly (a = b = comp gives combineDirections = comp). */
function boundOfComp(ctx: QueryContext, comp: number, outside: boolean): number {
  return totalOf(ctx, comp, comp, 1 - ctx.weights.complementarity, 0, outside);
}

/** Evaluates touched[from, to) in falling order of their complementarity bound. */
function evaluateMet(plan: Plan, top: TopK, from: number, to: number): void {
  const s = plan.s;
  const counts = new Int32Array(BUCKETS + 1);
  const bucketOf = (bound: number) => BUCKETS - Math.min(BUCKETS, Math.max(0, Math.floor(bound * BUCKETS)));
  for (let p = from; p < to; p++) {
    const bucket = bucketOf(s.compBound[p] as number);
    counts[bucket] = (counts[bucket] as number) + 1;
  }
  for (let b = 1; b <= BUCKETS; b++) counts[b] = (counts[b] as number) + (counts[b - 1] as number);
  for (let p = to - 1; p >= from; p--) {
    const bucket = bucketOf(s.compBound[p] as number);
    const at = (counts[bucket] as number) - 1;
    counts[bucket] = at;
    s.order[from + at] = p;
  }
  let version = Number.NaN;
  let inside = 0;
  let outside = 0;
  for (let i = from; i < to; i++) {
    const p = s.order[i] as number;
    const threshold = top.threshold();
    if (threshold !== version) {
      version = threshold;
      inside = neededComplementarity(plan.ctx, top, false);
      outside = neededComplementarity(plan.ctx, top, true);
    }
    const bound = s.compBound[p] as number;
    if (bound < Math.min(inside, outside)) {
      if ((Math.floor(bound * BUCKETS) + 1) / BUCKETS < Math.min(inside, outside)) break;
      continue;
    }
    const c = s.touched[p] as number;
    if (bound < (isOutsideCluster(plan.ctx, c) ? outside : inside)) continue;
    offerCandidate(plan.ctx, top, c, s.aBound[p] as number, s.bBound[p] as number);
  }
}

/** Scores c exactly unless a bound shows it cannot beat the k-th score; same arithmetic as scoreCandidate. */
function offerCandidate(ctx: QueryContext, top: TopK, c: number, aBound: number, bBound: number): void {
  if (!ctx.passes(c)) return;
  const outside = isOutsideCluster(ctx, c);
  const context = contextScore(ctx, c);
  if (totalOf(ctx, aBound, bBound, context, 0, outside) < top.threshold() - MARGIN) return;
  const a = needsCoveredBy(ctx, c);
  if (totalOf(ctx, a, bBound, context, 0, outside) < top.threshold() - MARGIN) return;
  const b = ctx.mode === 'need' ? 0 : offersCovering(ctx, c);
  const penalties = ctx.mode === 'need' ? 0 : penaltiesOf(ctx, c);
  top.offer(c, totalOf(ctx, a, b, context, penalties, outside));
}

/** The best score a candidate met on no list could reach (only non-essential words in common). */
function unmetBound(plan: Plan, withLeftover: boolean): number {
  const { ctx } = plan;
  let a = 0;
  ctx.needs.forEach((need, i) => {
    a += need.weight * TEXT_SHARE * saturateText(withLeftover ? (plan.leftover[needSlot(i)] as number) : 0);
  });
  a = ctx.needWeightSum > 0 ? a / ctx.needWeightSum : 0;
  let b = 0;
  ctx.offers.forEach((_, j) => {
    b = Math.max(b, TEXT_SHARE * saturateText(withLeftover ? (plan.leftover[offerSlot(j)] as number) : 0));
  });
  const hasCluster = (ctx.index.orgs.cluster[ctx.org] as number) >= 0;
  return totalOf(ctx, a, b, 1 - ctx.weights.complementarity, 0, hasCluster);
}

/** The exact top k of the context's ranking, found through the inverted lists. */
export function searchTopK(ctx: QueryContext): TopK {
  const top = new TopK(ctx.k);
  const plan = makePlan(ctx, scratchFor(ctx.index));
  walkTagLists(plan);
  walkTermLists(plan, plan.essential, 0);
  const firstStage = plan.count;
  computeBounds(plan, 0, firstStage, true);
  evaluateMet(plan, top, 0, firstStage);
  if (unmetBound(plan, true) < top.threshold() - MARGIN) return top;
  walkTermLists(plan, plan.nonEssential, 1);
  computeBounds(plan, firstStage, plan.count, false);
  evaluateMet(plan, top, firstStage, plan.count);
  if (unmetBound(plan, false) < top.threshold() - MARGIN) return top;
  const s = plan.s;
  for (let c = 0; c < ctx.index.orgCount; c++) {
    if ((s.stamp[c] as number) < s.epoch) offerCandidate(ctx, top, c, 0, 0);
  }
  return top;
}

/** Scores every organization: the baseline the search must equal. */
export function scanTopK(ctx: QueryContext): TopK {
  const top = new TopK(ctx.k);
  for (let c = 0; c < ctx.index.orgCount; c++) if (ctx.passes(c)) top.offer(c, scoreCandidate(ctx, c));
  return top;
}
