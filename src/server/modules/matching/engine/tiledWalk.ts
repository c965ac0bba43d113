import { combineDirections, priorityWeightByLevel, RELEVANCE_TAG_SHARE, saturateText } from './score.ts';
import {
  BLOCK,
  BOTH,
  LATE,
  ONLY_A,
  ONLY_B,
  type Candidates,
  type Plan,
  type TagList,
  type TermList,
  WORDS,
} from './searchPlan.ts';
import type { Markers } from './markerLists.ts';

// The walk of the inverted lists, tile by tile. Every list is sorted by organization, so the walk
// takes the organizations BLOCK at a time and, for each tile, the part of every list that falls in it:
// a candidate's cell then lives in a small array that stays in cache, where walking list after list
// over all organizations would miss memory on nearly every posting. At the end of a tile the bounds of
// a and b of every candidate met are computed and the candidate is filed under the walk's class.
//
// One walk files one class of candidates (searchPlan.ts):
//   both  — on side A's and on side B's lists: a quick first pass over the tile only marks who is on
//           the side with fewer entries, and only those also on the other side are accumulated and
//           bounded;
//   onlyA — on side A's lists, not filed yet (so not on side B's); onlyB likewise;
//   late  — on the non-essential lists only.
//
// The bounds, per candidate, from the best tag similarity and the summed term bounds of each slot:
//   a: Σ over my needs of weight · (0.6 · tag + 0.4 · saturate(terms + leftover)) / Σ weights
//   b: their needs related to one of my offers by tag score at most relMax, any other at most textMax
//      (words only); their needs' priority weights split accordingly.
// A side the candidate is not on has only the non-essential words: a one-sided walk accumulates that
// side's non-essential lists too, for the candidates it meets (the plan's unmet bound is their most).

export type WalkKind = 'both' | 'onlyA' | 'onlyB' | 'late';

const TEXT_SHARE = 1 - RELEVANCE_TAG_SHARE;
const classOf: Readonly<Record<WalkKind, number>> = { both: BOTH, onlyA: ONLY_A, onlyB: ONLY_B, late: LATE };

// Which candidates a pass over a tile's list segments accumulates for.
/** Those marked on the other side (Scratch.marked). */
const MARKED = 0;
/** Those an earlier pass over this tile met. */
const MET = 1;
/** Those no earlier walk of this query filed (nor the asker). */
const UNFILED = 2;

/** Per list: where its segment in the current tile starts and ends. */
interface Segments {
  at: Int32Array;
  end: Int32Array;
}

/**
 * Walks `tagLists` and `termLists` over every tile and files the candidates of `kind`. A one-sided
 * walk given `markers` (markerLists.ts) takes only the candidates on a marker list; without, everyone
 * it meets. `otherSide` (a one-sided walk's other side: its non-essential lists, the only ones its
 * candidates can be on) is accumulated for the candidates met, so that their bound of that side comes
 * from the words they share rather than from every non-essential word. `afterTile` runs after each tile
 * with the organizations done so far (the search evaluates there).
 */
export function walkTiled(
  plan: Plan,
  kind: WalkKind,
  tagLists: readonly TagList[],
  termLists: readonly TermList[],
  markers: Markers | null,
  afterTile?: (done: number) => void,
  otherSide: readonly TermList[] = [],
) {
  const tags: Segments = { at: new Int32Array(tagLists.length), end: new Int32Array(tagLists.length) };
  const terms: Segments = { at: new Int32Array(termLists.length), end: new Int32Array(termLists.length) };
  const other: Segments = { at: new Int32Array(otherSide.length), end: new Int32Array(otherSide.length) };
  const orgCount = plan.ctx.index.orgCount;
  const walk = (side: 0 | 1 | null, filter: number, start: number, touched: number) => {
    tagLists.forEach((list, w) => {
      if (side === null || list.side === side) touched = walkTagSegment(plan, filter, list, tags, w, start, touched);
    });
    termLists.forEach((list, w) => {
      if (side === null || list.side === side) touched = walkTermSegment(plan, filter, list, terms, w, start, touched);
    });
    return touched;
  };
  // For candidates on both sides: mark who is on the side with fewer entries, accumulate the other
  // side's lists for the marked only, then the first side's for those met. One-sided walks with
  // markers mark from those and accumulate every list for the marked.
  const postings = [0, 0];
  for (const { side, list } of [...tagLists, ...termLists]) postings[side] = (postings[side] as number) + list.length;
  const small = (postings[1] as number) < (postings[0] as number) ? 1 : 0;
  const smallSide: Markers = {
    tags: tagLists.map((list) => list.side === small),
    terms: termLists.map((list) => list.side === small),
  };
  for (let start = 0; start < orgCount; start += BLOCK) {
    const end = start + BLOCK;
    tagLists.forEach((t, w) => (tags.end[w] = segmentEnd(t.list, tags.at[w] as number, 2, end)));
    termLists.forEach((t, w) => (terms.end[w] = segmentEnd(t.list, terms.at[w] as number, 1, end)));
    otherSide.forEach((t, w) => (other.end[w] = segmentEnd(t.list, other.at[w] as number, 1, end)));
    let touched = 0;
    if (kind === 'both') {
      if (markTile(plan, smallSide, tagLists, termLists, tags, terms, start, false))
        touched = walk(small, MET, start, walk(small === 0 ? 1 : 0, MARKED, start, 0));
    } else if (markers === null) touched = walk(null, UNFILED, start, 0);
    else if (markTile(plan, markers, tagLists, termLists, tags, terms, start, true)) {
      touched = walk(null, MARKED, start, 0);
    }
    if (touched > 0) {
      otherSide.forEach((list, w) => (touched = walkTermSegment(plan, MET, list, other, w, start, touched)));
    }
    fileTile(plan, kind, start, touched);
    tags.at.set(tags.end);
    terms.at.set(terms.end);
    other.at.set(other.end);
    afterTile?.(Math.min(orgCount, end));
  }
}

/**
 * The first entry at or after `from` (entries of `stride` numbers) whose organization is ≥ end.
 * Galloping from `from`: a tile's segment is a small part of a long list, so this takes about
 * log(segment) steps where a binary search over the rest of the list took log(list).
 */
function segmentEnd(list: Int32Array, from: number, stride: number, end: number): number {
  const count = list.length / stride;
  let lo = from / stride;
  let step = 1;
  while (lo + step < count && (list[(lo + step) * stride] as number) < end) {
    lo += step;
    step *= 2;
  }
  // The answer lies in [lo, lo + step]: entries after `from` up to lo are below end, the one at lo + step is not.
  let hi = Math.min(count, lo + step);
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid * stride] as number) < end) lo = mid + 1;
    else hi = mid;
  }
  return lo * stride;
}

/**
 * Marks who is on the marking lists in this tile (the asker aside, and with `unfiledOnly` anyone an
 * earlier walk filed); false when nobody is.
 */
function markTile(
  plan: Plan,
  markers: Markers,
  tagLists: readonly TagList[],
  termLists: readonly TermList[],
  tags: Segments,
  terms: Segments,
  start: number,
  unfiledOnly: boolean,
): boolean {
  const marked = plan.s.marked;
  marked.fill(0);
  tagLists.forEach(({ list, anySimilarity, side }, w) => {
    if (!markers.tags[w]) return;
    for (let p = tags.at[w] as number; p < (tags.end[w] as number); p += 2) {
      const code = list[p + 1] as number;
      if (anySimilarity[side === 0 ? code : code >> 2] === 0) continue;
      setBit(marked, (list[p] as number) - start);
    }
  });
  termLists.forEach(({ list }, w) => {
    if (!markers.terms[w]) return;
    for (let p = terms.at[w] as number; p < (terms.end[w] as number); p++) setBit(marked, (list[p] as number) - start);
  });
  if (unfiledOnly) unmarkFiled(plan, start);
  const asker = plan.ctx.org;
  if (asker >= start && asker < start + BLOCK) {
    const local = asker - start;
    marked[local >> 5] = (marked[local >> 5] as number) & ~(1 << (local & 31));
  }
  let any = 0;
  for (let i = 0; i < WORDS; i++) any |= marked[i] as number;
  return any !== 0;
}

function setBit(bits: Uint32Array, at: number): void {
  bits[at >> 5] = (bits[at >> 5] as number) | (1 << (at & 31));
}

/** Clears the marks of candidates an earlier walk of this query filed. */
function unmarkFiled(plan: Plan, start: number): void {
  const marked = plan.s.marked;
  for (let word = 0; word < WORDS; word++) {
    let bits = marked[word] as number;
    while (bits !== 0) {
      const lowest = bits & -bits;
      bits ^= lowest;
      const local = 32 * word + 31 - Math.clz32(lowest);
      if (skips(plan, UNFILED, start + local, local)) marked[word] = (marked[word] as number) & ~lowest;
    }
  }
}

/** Whether a pass with `filter` passes over candidate c (local number `local` in the tile). */
function skips(plan: Plan, filter: number, c: number, local: number): boolean {
  const s = plan.s;
  if (filter === MARKED) return (((s.marked[local >> 5] as number) >>> (local & 31)) & 1) === 0;
  if (filter === MET) return s.seen[local] === 0;
  const stamp = s.stamp[c] as number;
  return c === plan.ctx.org || (stamp >= s.epoch && stamp < s.epoch + LATE);
}

/** Clears local candidate `local`'s cell the first time the tile meets it. Returns the touched count. */
function meet(plan: Plan, local: number, touched: number): number {
  const s = plan.s;
  if (s.seen[local] === 0) {
    s.seen[local] = 1;
    s.touched[touched++] = local;
    s.matchedWeight[local] = 0;
    for (let at = local * plan.cell; at < (local + 1) * plan.cell; at++) s.cells[at] = 0;
  }
  return touched;
}

function walkTagSegment(
  plan: Plan,
  filter: number,
  tags: TagList,
  segments: Segments,
  w: number,
  start: number,
  touched: number,
) {
  const { list, side, slots, similarities, anySimilarity } = tags;
  const { cells, matchedWeight } = plan.s;
  const end = segments.end[w] as number;
  for (let p = segments.at[w] as number; p < end; p += 2) {
    const c = list[p] as number;
    // Offer lists carry the offer's tag; need lists the need's tag << 2 | its priority level.
    const code = list[p + 1] as number;
    const tag = side === 0 ? code : code >> 2;
    if (anySimilarity[tag] === 0) continue;
    const local = c - start;
    if (skips(plan, filter, c, local)) continue;
    touched = meet(plan, local, touched);
    const base = local * plan.cell;
    for (let n = 0; n < slots.length; n++) {
      const sim = (similarities[n] as Float32Array)[tag] as number;
      const at = base + (slots[n] as number);
      if (sim > (cells[at] as number)) cells[at] = sim;
    }
    if (side === 1)
      matchedWeight[local] = (matchedWeight[local] as number) + (priorityWeightByLevel[code & 3] as number);
  }
  return touched;
}

function walkTermSegment(
  plan: Plan,
  filter: number,
  terms: TermList,
  segments: Segments,
  w: number,
  start: number,
  touched: number,
) {
  const { list, slots, values } = terms;
  const cells = plan.s.cells;
  const end = segments.end[w] as number;
  for (let p = segments.at[w] as number; p < end; p++) {
    const c = list[p] as number;
    const local = c - start;
    if (skips(plan, filter, c, local)) continue;
    touched = meet(plan, local, touched);
    const base = local * plan.cell + plan.raw;
    for (let n = 0; n < slots.length; n++) {
      const at = base + (slots[n] as number);
      cells[at] = (cells[at] as number) + (values[n] as number);
    }
  }
  return touched;
}

/**
 * Bounds every candidate the tile met and files it under the walk's class, unless it can no longer rank.
 * A one-sided walk bounds its other side from the cells that side's non-essential lists filled, all of
 * them walked: nothing is left over there.
 */
function fileTile(plan: Plan, kind: WalkKind, start: number, touched: number): void {
  const { ctx, s } = plan;
  const left = kind === 'late' ? plan.noLeftover : plan.leftover;
  const needWeights = ctx.index.orgs.needWeight;
  const needMode = ctx.mode === 'need';
  const minComp = plan.minComp;
  const stamp = s.epoch + (classOf[kind] as number);
  const met = s.met[classOf[kind] as number] as Candidates;
  for (let t = 0; t < touched; t++) {
    const local = s.touched[t] as number;
    s.seen[local] = 0;
    const c = start + local;
    s.stamp[c] = stamp;
    const a = boundOfA(plan, local, kind === 'onlyB' ? plan.noLeftover : left);
    // b ≤ 1: skip b's bound when even b = 1 could not rank (in 'need' mode a alone counts).
    if ((needMode ? a : combineDirections(a, 1)) < minComp) continue;
    const needWeight = needWeights[c] as number;
    const b = needWeight === 0 ? 0 : boundOfB(plan, local, kind === 'onlyA' ? plan.noLeftover : left, needWeight);
    const comp = needMode ? a : combineDirections(a, b);
    if (comp < minComp) continue;
    const at = met.count++;
    met.ids[at] = c;
    met.a[at] = a;
    met.b[at] = b;
    met.comp[at] = comp;
  }
}

function boundOfA(plan: Plan, local: number, left: Float64Array): number {
  const { ctx, needWeights } = plan;
  if (ctx.needWeightSum === 0) return 0;
  const cells = plan.s.cells;
  const base = local * plan.cell;
  const rawBase = base + plan.raw;
  let a = 0;
  for (let i = 0; i < needWeights.length; i++) {
    const slot = plan.needSlots[i] as number;
    const raw = (cells[rawBase + slot] as number) + (left[slot] as number);
    a +=
      (needWeights[i] as number) *
      (RELEVANCE_TAG_SHARE * (cells[base + slot] as number) + TEXT_SHARE * saturateText(raw));
  }
  return Math.min(1, a / ctx.needWeightSum);
}

function boundOfB(plan: Plan, local: number, left: Float64Array, needWeight: number): number {
  const { cells, matchedWeight } = plan.s;
  const base = local * plan.cell;
  const rawBase = base + plan.raw;
  let relMax = 0;
  let textMax = 0;
  for (let j = 0; j < plan.offerSlots.length; j++) {
    const slot = plan.offerSlots[j] as number;
    const raw = (cells[rawBase + slot] as number) + (left[slot] as number);
    const text = TEXT_SHARE * saturateText(raw);
    const rel = RELEVANCE_TAG_SHARE * (cells[base + slot] as number) + text;
    if (rel > relMax) relMax = rel;
    if (text > textMax) textMax = text;
  }
  const related = Math.min(needWeight, matchedWeight[local] as number);
  return Math.min(1, (related * relMax + (needWeight - related) * textMax) / needWeight);
}
