import {
  geographyScore,
  isOutsideCluster,
  otherContextScore,
  needsCoveredBy,
  offersCovering,
  penaltiesOf,
  scoreCandidate,
  totalOf,
} from './candidateScore.ts';
import { postingsOf, type PostingStore } from './indexColumns.ts';
import type { MatchIndex } from './matchIndex.ts';
import type { QueryContext, QueryItem } from './queryContext.ts';
import { combineDirections, RELEVANCE_TAG_SHARE, saturateText } from './score.ts';
import { tagSimilarityOf } from './taxonomy.ts';
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

const SLOTS = 8;
const BUCKETS = 256;
const MARGIN = 1e-6;
const TEXT_SHARE = 1 - RELEVANCE_TAG_SHARE;
/** BM25 mass of skipped term lists one slot may carry: saturates to 0.2, i.e. relevance ≤ 0.08. */
const NON_ESSENTIAL_BUDGET = 2;

// Stamps, relative to the query's epoch.
const ONLY_A = 0;
const BOTH = 1;
const ONLY_B = 2;
const LATE = 3;
const EPOCH_STEP = 4;

interface Scratch {
  stamp: Uint32Array;
  epoch: number;
  metA: Int32Array;
  both: Int32Array;
  metB: Int32Array;
  late: Int32Array;
  batch: Int32Array;
  /** 2 × SLOTS arrays: needs in 0..7, the asker's offers in 8..15. */
  tag: Float32Array[];
  raw: Float32Array[];
  /** Priority weight of the candidate's needs met on side B's tag lists (may count a need twice). */
  matchedWeight: Float32Array;
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
    const ints = () => new Int32Array(size);
    s = {
      stamp: new Uint32Array(size),
      epoch: 0,
      metA: ints(),
      both: ints(),
      metB: ints(),
      late: ints(),
      batch: ints(),
      tag: Array.from({ length: 2 * SLOTS }, floats),
      raw: Array.from({ length: 2 * SLOTS }, floats),
      matchedWeight: floats(),
      aBound: floats(),
      bBound: floats(),
      compBound: floats(),
      order: ints(),
    };
    scratches.set(index, s);
  }
  if (s.epoch > 0xfffffff0) {
    s.stamp.fill(0);
    s.epoch = 0;
  }
  s.epoch += EPOCH_STEP;
  return s;
}

/** A term list to walk and what it adds to which slots. */
interface TermList {
  side: 0 | 1;
  list: Int32Array;
  slots: number[];
  values: number[];
}

interface Plan {
  ctx: QueryContext;
  s: Scratch;
  slots: number[];
  essential: TermList[];
  nonEssential: TermList[];
  /** Per slot, the summed bounds of its non-essential terms. */
  leftover: Float64Array;
  counts: { metA: number; both: number; metB: number; late: number };
}

const needSlot = (i: number) => i % SLOTS;
const offerSlot = (j: number) => SLOTS + (j % SLOTS);

function termLists(ctx: QueryContext): TermList[] {
  const byKey = new Map<string, TermList>();
  const add = (key: string, side: 0 | 1, store: PostingStore, term: number, slot: number, value: number) => {
    if (value <= 0) return;
    let entry = byKey.get(key);
    if (entry === undefined) byKey.set(key, (entry = { side, list: postingsOf(store, term), slots: [], values: [] }));
    const at = entry.slots.indexOf(slot);
    if (at === -1) {
      entry.slots.push(slot);
      entry.values.push(value);
    } else entry.values[at] = Math.max(entry.values[at] as number, value);
  };
  const ix = ctx.index;
  const addItem = (item: QueryItem, side: 0 | 1, slot: number) => {
    item.terms.forEach((term, t) => {
      const titles = side === 0 ? ix.termOffersTitle : ix.termNeedsTitle;
      const texts = side === 0 ? ix.termOffersText : ix.termNeedsText;
      add(`${side}t${term}`, side, titles, term, slot, item.titleBounds[t] as number);
      add(`${side}d${term}`, side, texts, term, slot, item.textBounds[t] as number);
    });
  };
  ctx.needs.forEach((need, i) => addItem(need, 0, needSlot(i)));
  ctx.offers.forEach((offer, j) => addItem(offer, 1, offerSlot(j)));
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
  return { ctx, s, slots, essential, nonEssential, leftover, counts: { metA: 0, both: 0, metB: 0, late: 0 } };
}

function clearSlots(plan: Plan, c: number): void {
  plan.s.matchedWeight[c] = 0;
  for (const slot of plan.slots) {
    (plan.s.tag[slot] as Float32Array)[c] = 0;
    (plan.s.raw[slot] as Float32Array)[c] = 0;
  }
}

/** Records that c is on one of `side`'s lists; false when c must not be accumulated (the asker, or late walk of a met one). */
function meet(plan: Plan, c: number, side: 0 | 1, late: boolean): boolean {
  if (c === plan.ctx.org) return false;
  const s = plan.s;
  const stamp = (s.stamp[c] as number) - s.epoch;
  if (late) {
    if (stamp === LATE) return true;
    if (stamp >= 0 && stamp < EPOCH_STEP) return false;
    s.stamp[c] = s.epoch + LATE;
    s.late[plan.counts.late++] = c;
    clearSlots(plan, c);
    return true;
  }
  if (side === 0) {
    if (stamp === ONLY_A) return true;
    s.stamp[c] = s.epoch + ONLY_A;
    s.metA[plan.counts.metA++] = c;
    clearSlots(plan, c);
    return true;
  }
  if (stamp === BOTH || stamp === ONLY_B) return true;
  if (stamp === ONLY_A) {
    s.stamp[c] = s.epoch + BOTH;
    s.both[plan.counts.both++] = c;
    return true;
  }
  s.stamp[c] = s.epoch + ONLY_B;
  s.metB[plan.counts.metB++] = c;
  clearSlots(plan, c);
  return true;
}

/** The list reaching a tag's exact, sibling, parent and child items: its parent's (its own for a root). */
function neighbourhoodKey(index: MatchIndex, tag: number): number {
  const parent = index.taxonomy.parent[tag] ?? -1;
  return parent === -1 ? tag : parent;
}

const levelWeights = [1, 2, 3, 4];

function walkTagLists(plan: Plan, side: 0 | 1): void {
  const ix = plan.ctx.index;
  const parent = ix.taxonomy.parent;
  const matched = plan.s.matchedWeight;
  if (side === 0) {
    plan.ctx.needs.forEach((need, i) => {
      const best = plan.s.tag[needSlot(i)] as Float32Array;
      const list = postingsOf(ix.tagOffers, neighbourhoodKey(ix, need.tag));
      for (let p = 0; p < list.length; p += 2) {
        const sim = tagSimilarityOf(parent, need.tag, list[p + 1] as number);
        if (sim === 0) continue;
        const c = list[p] as number;
        if (meet(plan, c, 0, false) && sim > (best[c] as number)) best[c] = sim;
      }
    });
    return;
  }
  plan.ctx.offers.forEach((offer, j) => {
    const best = plan.s.tag[offerSlot(j)] as Float32Array;
    const list = postingsOf(ix.tagNeeds, neighbourhoodKey(ix, offer.tag));
    for (let p = 0; p < list.length; p += 2) {
      const code = list[p + 1] as number;
      const sim = tagSimilarityOf(parent, code >> 2, offer.tag);
      if (sim === 0) continue;
      const c = list[p] as number;
      if (!meet(plan, c, 1, false)) continue;
      if (sim > (best[c] as number)) best[c] = sim;
      matched[c] = (matched[c] as number) + (levelWeights[code & 3] as number);
    }
  });
}

function walkTermLists(plan: Plan, lists: readonly TermList[], side: 0 | 1, late: boolean): void {
  for (const { list, slots, values, side: listSide } of lists) {
    if (listSide !== side) continue;
    for (let p = 0; p < list.length; p++) {
      const c = list[p] as number;
      if (!meet(plan, c, side, late)) continue;
      for (let n = 0; n < slots.length; n++) {
        const raw = plan.s.raw[slots[n] as number] as Float32Array;
        raw[c] = (raw[c] as number) + (values[n] as number);
      }
    }
  }
}

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
