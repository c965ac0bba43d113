import { postingsOf, type PostingStore } from './indexColumns.ts';
import type { MatchIndex } from './matchIndex.ts';
import type { QueryContext, QueryItem } from './queryContext.ts';
import { RELEVANCE_TAG_SHARE, saturateText } from './score.ts';
import { tagSimilarityOf } from './taxonomy.ts';

// The plan of a search: which inverted lists to walk (tag neighbourhoods, essential term lists), what
// each adds to which slot (the asker's needs first, then its offers), and the per-index scratch
// the walk (tiledWalk.ts) fills: the candidates met, by class, with the bounds of their a and b.

export const SLOTS = 8;
/** BM25 mass of skipped term lists one slot may carry: saturates to 0.16, i.e. relevance ≤ 0.063. */
const NON_ESSENTIAL_BUDGET = 1.5;
/** Organizations per tile of the walk: their cells (tiledWalk.ts) stay in the core's L2 cache. */
export const BLOCK = 4096;
/** 32-bit words of a bit per organization of a tile. */
export const WORDS = BLOCK / 32;
/** Most floats a candidate's cell can take (see Plan.cell). */
const MAX_CELL = 4 * SLOTS;

// Classes of candidates met, also their stamps relative to the query's epoch.
export const ONLY_A = 0;
export const BOTH = 1;
export const ONLY_B = 2;
export const LATE = 3;
const EPOCH_STEP = 4;

/** Candidates of one class with the bounds of a, b and complementarity. */
export interface Candidates {
  ids: Int32Array;
  a: Float32Array;
  b: Float32Array;
  comp: Float32Array;
  count: number;
}

export interface Scratch {
  /** Per organization: epoch + class once met by this query. */
  stamp: Uint32Array;
  epoch: number;
  /** Indexed by class. */
  met: Candidates[];
  order: Int32Array;
  /** One tile's cells, priority weight matched on side B, and whether the tile met each candidate. */
  cells: Float32Array;
  matchedWeight: Float32Array;
  seen: Uint8Array;
  touched: Int32Array;
  /** A tile's organizations on one side's lists, a bit each. */
  marked: Uint32Array;
}

const scratches = new WeakMap<MatchIndex, Scratch>();

function candidates(size: number): Candidates {
  return {
    ids: new Int32Array(size),
    a: new Float32Array(size),
    b: new Float32Array(size),
    comp: new Float32Array(size),
    count: 0,
  };
}

export function scratchFor(index: MatchIndex): Scratch {
  let s = scratches.get(index);
  if (s === undefined || s.stamp.length < index.orgCount) {
    const size = Math.max(index.orgCount, (s?.stamp.length ?? 0) * 2, 16);
    s = {
      stamp: new Uint32Array(size),
      epoch: 0,
      met: [candidates(size), candidates(size), candidates(size), candidates(size)],
      order: new Int32Array(size),
      cells: new Float32Array(BLOCK * MAX_CELL),
      matchedWeight: new Float32Array(BLOCK),
      seen: new Uint8Array(BLOCK),
      touched: new Int32Array(BLOCK),
      marked: new Uint32Array(WORDS),
    };
    scratches.set(index, s);
  }
  if (s.epoch > 0xfffffff0) {
    s.stamp.fill(0);
    s.epoch = 0;
  }
  s.epoch += EPOCH_STEP;
  for (const met of s.met) met.count = 0;
  return s;
}

/** A term list to walk and what it adds to which slots. */
export interface TermList {
  side: 0 | 1;
  list: Int32Array;
  slots: number[];
  values: number[];
}

/**
 * A tag neighbourhood list to walk once for every slot whose item's tag lies in it (several of the
 * asker's items often share a parent), with each slot's similarity of every tag to its item, and
 * their maximum per tag (zero: no slot gains from that posting).
 */
export interface TagList {
  side: 0 | 1;
  list: Int32Array;
  slots: number[];
  similarities: Float32Array[];
  anySimilarity: Float32Array;
}

export interface Plan {
  ctx: QueryContext;
  s: Scratch;
  /** Slot of each of the asker's needs and offers (slotLayout). */
  needSlots: Int32Array;
  offerSlots: Int32Array;
  /** Floats per candidate cell: best tag similarity per slot, then summed term bounds from `raw` on. */
  cell: number;
  raw: number;
  tagLists: TagList[];
  essential: TermList[];
  nonEssential: TermList[];
  /** Per slot, the summed bounds of its non-essential terms; noLeftover is all zeros. */
  leftover: Float64Array;
  noLeftover: Float64Array;
  /** Priority weight of each of the asker's needs. */
  needWeights: Float64Array;
  /** Bounds of a and b for a side nobody was met on: non-essential words only. */
  unmet: { a: number; b: number };
  /** The least complementarity bound worth filing, raised as the k-th score rises. */
  minComp: number;
}

/**
 * Slots of the asker's needs (the first min(needs, 8)) and offers (the next min(offers, 8)); items past
 * the eighth share a slot, which only merges their bounds.
 */
function slotLayout(ctx: QueryContext) {
  const needSlots = Int32Array.from(ctx.needs, (_, i) => i % SLOTS);
  const first = Math.min(SLOTS, ctx.needs.length);
  const offerSlots = Int32Array.from(ctx.offers, (_, j) => first + (j % SLOTS));
  return { needSlots, offerSlots, count: first + Math.min(SLOTS, ctx.offers.length) };
}

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
  const { needSlots, offerSlots } = slotLayout(ctx);
  ctx.needs.forEach((need, i) => addItem(need, 0, needSlots[i] as number));
  ctx.offers.forEach((offer, j) => addItem(offer, 1, offerSlots[j] as number));
  return [...byKey.values()];
}

export function makePlan(ctx: QueryContext, s: Scratch): Plan {
  const layout = slotLayout(ctx);
  const leftover = new Float64Array(layout.count);
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
  return {
    ctx,
    s,
    essential,
    nonEssential,
    tagLists: tagLists(ctx),
    leftover,
    noLeftover: new Float64Array(layout.count),
    needSlots: layout.needSlots,
    offerSlots: layout.offerSlots,
    cell: 2 * layout.count,
    raw: layout.count,
    needWeights: Float64Array.from(ctx.needs, (need) => need.weight),
    unmet: sideBounds(ctx, leftover),
    minComp: Number.NEGATIVE_INFINITY,
  };
}

const TEXT_SHARE = 1 - RELEVANCE_TAG_SHARE;

/** Bounds of a and b for a side with no tag in common and only the terms summed in `terms`. */
function sideBounds(ctx: QueryContext, terms: Float64Array): { a: number; b: number } {
  const text = (slot: number) => TEXT_SHARE * saturateText(terms[slot] as number);
  let a = 0;
  const { needSlots, offerSlots } = slotLayout(ctx);
  ctx.needs.forEach((need, i) => (a += need.weight * text(needSlots[i] as number)));
  let b = 0;
  ctx.offers.forEach((_, j) => (b = Math.max(b, text(offerSlots[j] as number))));
  return { a: ctx.needWeightSum > 0 ? a / ctx.needWeightSum : 0, b };
}

/** The list reaching a tag's exact, sibling, parent and child items: its parent's (its own for a root). */
function neighbourhoodKey(index: MatchIndex, tag: number): number {
  const parent = index.taxonomy.parent[tag] ?? -1;
  return parent === -1 ? tag : parent;
}

const similarityRows = new WeakMap<MatchIndex, { tags: number; rows: Map<number, Float32Array> }>();

/**
 * tagSimilarityOf(tag, t) for every tag t: one array read per posting instead of a call. Made once per
 * tag while the taxonomy keeps its size (a new tag changes no existing pair's similarity, but rows
 * must cover it).
 */
function similarityRow(index: MatchIndex, tag: number): Float32Array {
  const parent = index.taxonomy.parent;
  let cache = similarityRows.get(index);
  if (cache === undefined || cache.tags !== parent.length) {
    cache = { tags: parent.length, rows: new Map() };
    similarityRows.set(index, cache);
  }
  let row = cache.rows.get(tag);
  if (row === undefined) {
    row = new Float32Array(parent.length);
    for (let other = 0; other < parent.length; other++) row[other] = tagSimilarityOf(parent, tag, other);
    cache.rows.set(tag, row);
  }
  return row;
}

function tagLists(ctx: QueryContext): TagList[] {
  const ix = ctx.index;
  const byKey = new Map<string, TagList>();
  const add = (item: QueryItem, side: 0 | 1, slot: number) => {
    const neighbourhood = neighbourhoodKey(ix, item.tag);
    const key = `${side}:${neighbourhood}`;
    const similarity = similarityRow(ix, item.tag);
    const entry = byKey.get(key);
    if (entry === undefined) {
      const list = postingsOf(side === 0 ? ix.tagOffers : ix.tagNeeds, neighbourhood);
      // anySimilarity starts as the shared row itself; merging below makes a new array, never writes into it.
      byKey.set(key, { side, list, slots: [slot], similarities: [similarity], anySimilarity: similarity });
      return;
    }
    entry.slots.push(slot);
    entry.similarities.push(similarity);
    entry.anySimilarity = entry.anySimilarity.map((value, tag) => Math.max(value, similarity[tag] as number));
  };
  const { needSlots, offerSlots } = slotLayout(ctx);
  ctx.needs.forEach((need, i) => add(need, 0, needSlots[i] as number));
  ctx.offers.forEach((offer, j) => add(offer, 1, offerSlots[j] as number));
  return [...byKey.values()];
}
