import { combineDirections, RELEVANCE_TAG_SHARE, saturateText } from './score.ts';
import {
  BLOCK,
  BOTH,
  CELL,
  LATE,
  needSlot,
  offerSlot,
  ONLY_A,
  ONLY_B,
  RAW,
  type Candidates,
  type Plan,
  type TagList,
  type TermList,
} from './searchPlan.ts';

// The walk of the inverted lists, tile by tile. Every list is sorted by organization, so the walk
// takes the organizations BLOCK at a time and, for each tile, the part of every list that falls in it:
// a candidate's cell then lives in a small array that stays in cache, where walking list after list
// over all organizations would miss memory on nearly every posting. At the end of a tile the bounds of
// a and b of every candidate met are computed and the candidate is filed by class (met on side A's
// lists only, on both sides, on side B's only, or late: only on the non-essential lists).
//
// The bounds, per candidate, from the best tag similarity and the summed term bounds of each slot:
//   a: Σ over my needs of weight · (0.6 · tag + 0.4 · saturate(terms + leftover)) / Σ weights
//   b: their needs related to one of my offers by tag score at most relMax, any other at most textMax
//      (words only); their needs' priority weights split accordingly.

const TEXT_SHARE = 1 - RELEVANCE_TAG_SHARE;
const SIDE_A = 1;
const SIDE_B = 2;
const levelWeights = [1, 2, 3, 4];

/**
 * Walks the lists over every tile; `late` walks only candidates no earlier walk of this query met.
 * `afterTile` runs after each tile with the organizations done so far (the search evaluates there).
 */
export function walkTiled(
  plan: Plan,
  tagLists: readonly TagList[],
  termLists: readonly TermList[],
  late: boolean,
  afterTile?: (done: number) => void,
) {
  const tagCursors = new Int32Array(tagLists.length);
  const termCursors = new Int32Array(termLists.length);
  const orgCount = plan.ctx.index.orgCount;
  const postings = [0, 0];
  for (const { side, list } of [...tagLists, ...termLists]) postings[side] = (postings[side] as number) + list.length;
  for (let start = 0; start < orgCount; start += BLOCK) {
    const { first, restricted } = walkOrder(plan, postings);
    let touched = 0;
    for (const pass of [0, 1]) {
      const side = pass === 0 ? first : 1 - first;
      const onlyMet = pass === 1 && restricted;
      for (let w = 0; w < tagLists.length; w++) {
        if (tagLists[w]?.side !== side) continue;
        touched = walkTagTile(plan, tagLists[w] as TagList, tagCursors, w, start, touched, onlyMet);
      }
      for (let w = 0; w < termLists.length; w++) {
        if (termLists[w]?.side !== side) continue;
        touched = walkTermTile(plan, termLists[w] as TermList, termCursors, w, start, touched, late, onlyMet);
      }
    }
    fileTile(plan, start, touched, late);
    afterTile?.(Math.min(orgCount, start + BLOCK));
  }
}

/**
 * Which side to walk first, and whether the other side may only add to candidates the first met: so
 * once candidates met on one side only can no longer rank, that side's lists touch nobody new. (Then
 * the search never walks late or scans, which would take the unmet for never met.)
 */
function walkOrder(plan: Plan, postings: readonly number[]): { first: 0 | 1; restricted: boolean } {
  const { onlyA, onlyB } = plan.filing;
  if (onlyA && onlyB) return { first: 0, restricted: false };
  if (onlyA) return { first: 0, restricted: true };
  if (onlyB) return { first: 1, restricted: true };
  return { first: (postings[1] as number) < (postings[0] as number) ? 1 : 0, restricted: true };
}

/** Marks local candidate `local` met on `side`; clears its cell on first meeting. Returns the touched count. */
function meet(plan: Plan, local: number, side: number, touched: number): number {
  const s = plan.s;
  const sides = s.sides[local] as number;
  if (sides === 0) {
    s.touched[touched++] = local;
    s.matchedWeight[local] = 0;
    const base = local * CELL;
    for (const slot of plan.slots) {
      s.cells[base + slot] = 0;
      s.cells[base + RAW + slot] = 0;
    }
  }
  s.sides[local] = sides | side;
  return touched;
}

function walkTagTile(
  plan: Plan,
  tags: TagList,
  cursors: Int32Array,
  w: number,
  start: number,
  touched: number,
  onlyMet: boolean,
) {
  const { list, side, slot, similarity } = tags;
  const { cells, matchedWeight, sides } = plan.s;
  const end = start + BLOCK;
  const asker = plan.ctx.org;
  let p = cursors[w] as number;
  for (; p < list.length; p += 2) {
    const c = list[p] as number;
    if (c >= end) break;
    // Offer lists carry the offer's tag; need lists the need's tag << 2 | its priority level.
    const code = list[p + 1] as number;
    const sim = similarity[side === 0 ? code : code >> 2] as number;
    if (sim === 0 || c === asker) continue;
    const local = c - start;
    if (onlyMet && sides[local] === 0) continue;
    touched = meet(plan, local, side === 0 ? SIDE_A : SIDE_B, touched);
    const at = local * CELL + slot;
    if (sim > (cells[at] as number)) cells[at] = sim;
    if (side === 1) matchedWeight[local] = (matchedWeight[local] as number) + (levelWeights[code & 3] as number);
  }
  cursors[w] = p;
  return touched;
}

function walkTermTile(
  plan: Plan,
  terms: TermList,
  cursors: Int32Array,
  w: number,
  start: number,
  touched: number,
  late: boolean,
  onlyMet: boolean,
) {
  const { list, side, slots, values } = terms;
  const { cells, stamp, epoch, sides } = plan.s;
  const end = start + BLOCK;
  const asker = plan.ctx.org;
  const sideBit = side === 0 ? SIDE_A : SIDE_B;
  let p = cursors[w] as number;
  for (; p < list.length; p++) {
    const c = list[p] as number;
    if (c >= end) break;
    if (c === asker) continue;
    // A late walk skips whoever an earlier walk of this query met (stamped 0 to LATE − 1 above epoch).
    if (late && (stamp[c] as number) >= epoch && (stamp[c] as number) < epoch + LATE) continue;
    const local = c - start;
    if (onlyMet && sides[local] === 0) continue;
    touched = meet(plan, local, sideBit, touched);
    const base = local * CELL + RAW;
    for (let n = 0; n < slots.length; n++) {
      const at = base + (slots[n] as number);
      cells[at] = (cells[at] as number) + (values[n] as number);
    }
  }
  cursors[w] = p;
  return touched;
}

/** Bounds every candidate the tile met and files it under its class, unless it can no longer rank. */
function fileTile(plan: Plan, start: number, touched: number, late: boolean): void {
  const { ctx, s } = plan;
  const left = late ? plan.noLeftover : plan.leftover;
  const needWeights = ctx.index.orgs.needWeight;
  const needMode = ctx.mode === 'need';
  const filing = plan.filing;
  for (let t = 0; t < touched; t++) {
    const local = s.touched[t] as number;
    const sides = s.sides[local] as number;
    s.sides[local] = 0;
    const c = start + local;
    const kind = late ? LATE : sides === SIDE_A ? ONLY_A : sides === SIDE_B ? ONLY_B : BOTH;
    s.stamp[c] = s.epoch + kind;
    if ((kind === ONLY_A && !filing.onlyA) || (kind === ONLY_B && !filing.onlyB)) continue;
    // A side the candidate was not met on has only the non-essential words: the plan's unmet bound.
    const a = kind === ONLY_B ? plan.unmet.a : boundOfA(plan, local, left);
    const needWeight = needWeights[c] as number;
    const b = needWeight === 0 ? 0 : kind === ONLY_A ? plan.unmet.b : boundOfB(plan, local, left, needWeight);
    const comp = needMode ? a : combineDirections(a, b);
    if (comp < filing.minComp) continue;
    const met = s.met[kind] as Candidates;
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
  const base = local * CELL;
  let a = 0;
  for (let i = 0; i < needWeights.length; i++) {
    const slot = needSlot(i);
    const raw = (cells[base + RAW + slot] as number) + (left[slot] as number);
    a +=
      (needWeights[i] as number) *
      (RELEVANCE_TAG_SHARE * (cells[base + slot] as number) + TEXT_SHARE * saturateText(raw));
  }
  return Math.min(1, a / ctx.needWeightSum);
}

function boundOfB(plan: Plan, local: number, left: Float64Array, needWeight: number): number {
  const { cells, matchedWeight } = plan.s;
  const base = local * CELL;
  let relMax = 0;
  let textMax = 0;
  for (let j = 0; j < plan.ctx.offers.length; j++) {
    const slot = offerSlot(j);
    const raw = (cells[base + RAW + slot] as number) + (left[slot] as number);
    const text = TEXT_SHARE * saturateText(raw);
    const rel = RELEVANCE_TAG_SHARE * (cells[base + slot] as number) + text;
    if (rel > relMax) relMax = rel;
    if (text > textMax) textMax = text;
  }
  const related = Math.min(needWeight, matchedWeight[local] as number);
  return Math.min(1, (related * relMax + (needWeight - related) * textMax) / needWeight);
}
