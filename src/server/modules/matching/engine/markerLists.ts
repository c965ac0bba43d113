import { combineDirections, relevance, saturateText } from './score.ts';
import type { Plan, TagList, TermList } from './searchPlan.ts';

// Which lists of a one-sided walk (onlyA, onlyB) must put a candidate on the walk at all: MaxScore's
// essential lists. A candidate met on one side only has the unmet bound on the other, so it needs a
// high bound on this side to rank. If even a candidate on every list of a set N (its tag cells at 1,
// its term bounds summed, the non-essential words added) could not reach the least complementarity
// worth filing, then a candidate on N's lists alone cannot rank either: only the other lists, the
// markers, bring candidates in, and N's lists are accumulated for those alone. Longest lists go to N
// first, as they cost the most to take every candidate from. The bounds below are the ones fileTile
// computes with every cell at its largest, so a candidate left out is one fileTile would not file.

const MARGIN = 1e-6;

/** Per list of the walk (same order as its tag and term lists): whether it marks candidates. */
export interface Markers {
  tags: boolean[];
  terms: boolean[];
}

/** Per slot: whether a tag list of N reaches it, and the summed bounds of N's term lists. */
interface SlotSums {
  tag: Float64Array;
  terms: Float64Array;
}

/** The largest relevance of a slot's item to a candidate on N's lists alone. */
function slotBound(plan: Plan, sums: SlotSums, slot: number): number {
  return relevance(
    sums.tag[slot] as number,
    saturateText((sums.terms[slot] as number) + (plan.leftover[slot] as number)),
  );
}

/** The largest a (side 0) or b (side 1) of a candidate on N's lists alone. */
function sideBound(plan: Plan, side: 0 | 1, sums: SlotSums): number {
  const { ctx } = plan;
  if (side === 1) {
    let relMax = 0;
    for (const slot of plan.offerSlots) relMax = Math.max(relMax, slotBound(plan, sums, slot));
    return Math.min(1, relMax);
  }
  if (ctx.needWeightSum === 0) return 0;
  let a = 0;
  plan.needSlots.forEach((slot, i) => (a += (plan.needWeights[i] as number) * slotBound(plan, sums, slot)));
  return Math.min(1, a / ctx.needWeightSum);
}

function complementarityOf(plan: Plan, side: 0 | 1, bound: number): number {
  // In 'need' mode only a counts, and a one-sided walk over side B files at the unmet bound of a.
  if (plan.ctx.mode === 'need') return side === 0 ? bound : plan.unmet.a;
  return side === 0 ? combineDirections(bound, plan.unmet.b) : combineDirections(plan.unmet.a, bound);
}

/**
 * The marker lists of a one-sided walk over `side`'s lists, given the least complementarity worth
 * filing; null when every list has to mark (then the walk takes every candidate it meets).
 */
export function markerLists(
  plan: Plan,
  side: 0 | 1,
  tagLists: readonly TagList[],
  termLists: readonly TermList[],
): Markers | null {
  const minComp = plan.minComp - MARGIN;
  if (!(minComp > 0)) return null;
  const slots = plan.leftover.length;
  const sums: SlotSums = { tag: new Float64Array(slots), terms: new Float64Array(slots) };
  const markers: Markers = { tags: tagLists.map(() => true), terms: termLists.map(() => true) };
  const lists = [
    ...tagLists.map((list, w) => ({ tag: true, w, length: list.list.length / 2, slots: list.slots, values: null })),
    ...termLists.map((list, w) => ({
      tag: false,
      w,
      length: list.list.length,
      slots: list.slots,
      values: list.values,
    })),
  ].sort((x, y) => y.length - x.length);
  let anyLeftOut = false;
  for (const list of lists) {
    const tried: SlotSums = { tag: sums.tag.slice(), terms: sums.terms.slice() };
    list.slots.forEach((slot, n) => {
      if (list.values === null) tried.tag[slot] = 1;
      else tried.terms[slot] = (tried.terms[slot] as number) + (list.values[n] as number);
    });
    if (complementarityOf(plan, side, sideBound(plan, side, tried)) >= minComp) continue;
    sums.tag = tried.tag;
    sums.terms = tried.terms;
    (list.tag ? markers.tags : markers.terms)[list.w] = false;
    anyLeftOut = true;
  }
  return anyLeftOut ? markers : null;
}
