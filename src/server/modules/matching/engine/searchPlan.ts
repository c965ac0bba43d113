import { postingsOf, type PostingStore } from './indexColumns.ts';
import type { MatchIndex } from './matchIndex.ts';
import type { QueryContext, QueryItem } from './queryContext.ts';
import { tagSimilarityOf } from './taxonomy.ts';

// The list-walking half of candidateSearch: per-query scratch arrays, the plan of which inverted
// lists to walk (tag neighbourhoods, essential term lists) and what each adds to which slot, and the
// walk itself, which records for every candidate met the best tag similarity and the summed term
// bounds per slot (needs in slots 0–7, the asker's offers in 8–15).

export const SLOTS = 8;
/** BM25 mass of skipped term lists one slot may carry: saturates to 0.2, i.e. relevance ≤ 0.08. */
const NON_ESSENTIAL_BUDGET = 2;

// Stamps, relative to the query's epoch.
export const ONLY_A = 0;
export const BOTH = 1;
export const ONLY_B = 2;
export const LATE = 3;
export const EPOCH_STEP = 4;

export interface Scratch {
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

export function scratchFor(index: MatchIndex): Scratch {
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
export interface TermList {
  side: 0 | 1;
  list: Int32Array;
  slots: number[];
  values: number[];
}

export interface Plan {
  ctx: QueryContext;
  s: Scratch;
  slots: number[];
  essential: TermList[];
  nonEssential: TermList[];
  /** Per slot, the summed bounds of its non-essential terms. */
  leftover: Float64Array;
  counts: { metA: number; both: number; metB: number; late: number };
}

export const needSlot = (i: number) => i % SLOTS;
export const offerSlot = (j: number) => SLOTS + (j % SLOTS);

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

export function makePlan(ctx: QueryContext, s: Scratch): Plan {
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

export function walkTagLists(plan: Plan, side: 0 | 1): void {
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

export function walkTermLists(plan: Plan, lists: readonly TermList[], side: 0 | 1, late: boolean): void {
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
