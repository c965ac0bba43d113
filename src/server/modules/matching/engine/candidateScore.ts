import { queryTermWeight, termSaturation, weightedTf } from './bm25.ts';
import { contextScore } from './candidateContext.ts';
import { CLUSTER, ROW } from './contextRow.ts';
import type { QueryContext, QueryItem } from './queryContext.ts';
import {
  combineDirections,
  combineTotal,
  compositeBase,
  DEPENDENCE_PENALTY,
  DIVERSITY_SHARE,
  itemMatch,
  MAX_ALTERNATIVES_FOR_DEPENDENCE,
  priorityWeightByLevel,
  quantityFit,
  relevance,
  saturateText,
  SIZE_PENALTY,
  timeFit,
} from './score.ts';
import { tagSimilarityOf } from './taxonomy.ts';

// The score of one candidate for the asking organization, on index columns. rankPartners,
// exhaustiveRank, needFirst and the workers all call these functions, so they agree to the last bit.

/** Exponent of "how well it fills the need" in need-first ranking; the context fit has the rest. */
export const NEED_FILL_SHARE = 0.7;

/** BM25 of a need (query, with idf weights) against an offer row of the index (document). */
export function needToOfferBm25(ctx: QueryContext, need: QueryItem, offerRow: number, matched?: number[]): number {
  const ix = ctx.index;
  const start = ix.items.termStart[offerRow] as number;
  const end = start + (ix.items.termCount[offerRow] as number);
  const length = ix.items.length[offerRow] as number;
  const terms = need.terms;
  let score = 0;
  let i = 0;
  let j = start;
  while (i < terms.length && j < end) {
    const a = terms[i] as number;
    const b = ix.termIds[j] as number;
    if (a === b) {
      score +=
        (need.termWeights[i] as number) *
        termSaturation(weightedTf(ix.termFrequencies[j] as number), length, ctx.averageLength);
      matched?.push(a);
      i++;
      j++;
    } else if (a < b) i++;
    else j++;
  }
  return score;
}

/** BM25 of a need row of the index (query) against one of the asker's offers (exact term weights). */
export function needRowToOfferBm25(ctx: QueryContext, needRow: number, offer: QueryItem, matched?: number[]) {
  const ix = ctx.index;
  const start = ix.items.termStart[needRow] as number;
  const end = start + (ix.items.termCount[needRow] as number);
  const terms = offer.terms;
  let score = 0;
  let i = start;
  let j = 0;
  while (i < end && j < terms.length) {
    const a = ix.termIds[i] as number;
    const b = terms[j] as number;
    if (a === b) {
      score += queryTermWeight(ix.termFrequencies[i] as number) * (offer.termWeights[j] as number);
      matched?.push(a);
      i++;
      j++;
    } else if (a < b) i++;
    else j++;
  }
  return score;
}

/** match(n, o) of a need row and an offer row, given their BM25 and tag similarity. */
export function pairMatch(ctx: QueryContext, needRow: number, offerRow: number, tag: number, bm25: number): number {
  const it = ctx.index.items;
  const rel = relevance(tag, saturateText(bm25));
  if (rel === 0) return 0;
  const quantity = quantityFit(
    it.quantity[needRow] as number,
    it.unit[needRow] as number,
    it.quantity[offerRow] as number,
    it.unit[offerRow] as number,
  );
  const time = timeFit(
    it.from[needRow] as number,
    it.until[needRow] as number,
    it.from[offerRow] as number,
    it.until[offerRow] as number,
  );
  return itemMatch(rel, quantity, time);
}

/** Best match of the candidate's offers for one of the asker's needs, and which offer gives it. */
export function bestOfferFor(ctx: QueryContext, need: QueryItem, c: number): { score: number; row: number } {
  const ix = ctx.index;
  const start = ix.orgs.itemStart[c] as number;
  const end = start + (ix.orgs.offerCount[c] as number);
  let best = 0;
  let bestRow = -1;
  for (let r = start; r < end; r++) {
    const tag = tagSimilarityOf(ix.taxonomy.parent, need.tag, ix.items.tag[r] as number);
    const bm25 = needToOfferBm25(ctx, need, r);
    if (relevance(tag, saturateText(bm25)) <= best) continue;
    const match = pairMatch(ctx, need.row, r, tag, bm25);
    if (match > best) {
      best = match;
      bestRow = r;
    }
  }
  return { score: best, row: bestRow };
}

/** a: how well the candidate's offers cover the asker's needs, priority-weighted, in [0, 1]. */
export function needsCoveredBy(ctx: QueryContext, c: number): number {
  if (ctx.needWeightSum === 0) return 0;
  let sum = 0;
  for (const need of ctx.needs) sum += need.weight * bestOfferFor(ctx, need, c).score;
  return sum / ctx.needWeightSum;
}

/** Best match of the asker's offers for one need row of the candidate, and which offer gives it. */
export function bestOwnOfferFor(ctx: QueryContext, needRow: number): { score: number; offer: number } {
  const ix = ctx.index;
  const needTag = ix.items.tag[needRow] as number;
  let best = 0;
  let bestOffer = -1;
  for (let j = 0; j < ctx.offers.length; j++) {
    const offer = ctx.offers[j] as QueryItem;
    const tag = tagSimilarityOf(ix.taxonomy.parent, needTag, offer.tag);
    const bm25 = needRowToOfferBm25(ctx, needRow, offer);
    if (relevance(tag, saturateText(bm25)) <= best) continue;
    const match = pairMatch(ctx, needRow, offer.row, tag, bm25);
    if (match > best) {
      best = match;
      bestOffer = j;
    }
  }
  return { score: best, offer: bestOffer };
}

/** b: how well the asker's offers cover the candidate's needs, priority-weighted, in [0, 1]. */
export function offersCovering(ctx: QueryContext, c: number): number {
  if (ctx.offers.length === 0) return 0;
  const ix = ctx.index;
  const start = (ix.orgs.itemStart[c] as number) + (ix.orgs.offerCount[c] as number);
  const end = start + (ix.orgs.needCount[c] as number);
  let sum = 0;
  let weights = 0;
  for (let m = start; m < end; m++) {
    const weight = priorityWeightByLevel[ix.items.priority[m] as number] ?? 2;
    weights += weight;
    sum += weight * bestOwnOfferFor(ctx, m).score;
  }
  return weights === 0 ? 0 : sum / weights;
}

export function isSizeAsymmetric(ctx: QueryContext, c: number): boolean {
  const o = ctx.index.orgs;
  const a = o.sizeClass[ctx.org] as number;
  const b = o.sizeClass[c] as number;
  if (a >= 0 && b >= 0 && Math.abs(a - b) >= 2) return true;
  const x = o.employees[ctx.org] as number;
  const y = o.employees[c] as number;
  return x > 0 && y > 0 && (x > 10 * y || y > 10 * x);
}

/** The asker's high/critical need the candidate would cover in full with at most 2 alternatives, if any. */
export function dependentNeed(ctx: QueryContext, c: number): QueryItem | null {
  const ix = ctx.index;
  for (const need of ctx.needs) {
    const level = ix.items.priority[need.row] as number;
    if (level < 2 || (ix.tagOfferOrgs[need.tag] ?? 0) - 1 > MAX_ALTERNATIVES_FOR_DEPENDENCE) continue;
    const start = ix.orgs.itemStart[c] as number;
    for (let r = start; r < start + (ix.orgs.offerCount[c] as number); r++) {
      if (ix.items.tag[r] !== need.tag) continue;
      const it = ix.items;
      const quantity = quantityFit(
        it.quantity[need.row] as number,
        it.unit[need.row] as number,
        it.quantity[r] as number,
        it.unit[r] as number,
      );
      if (quantity >= 0.5) return need;
    }
  }
  return null;
}

export function isOutsideCluster(ctx: QueryContext, c: number): boolean {
  const i32 = ctx.rows.i32;
  const cluster = i32[2 * ROW * ctx.org + CLUSTER] as number;
  return cluster >= 0 && i32[2 * ROW * c + CLUSTER] !== cluster;
}

export function penaltiesOf(ctx: QueryContext, c: number): number {
  return (isSizeAsymmetric(ctx, c) ? SIZE_PENALTY : 0) + (dependentNeed(ctx, c) === null ? 0 : DEPENDENCE_PENALTY);
}

/**
 * The total from its parts: a, b (the two coverage directions), the weighted context sum, penalties
 * and the diversity flag. Never decreases when a, b or context grow. In 'need' mode a is how well the
 * candidate fills the one need: fill^0.7 · contextMean^0.3.
 */
export function totalOf(ctx: QueryContext, a: number, b: number, context: number, penalties: number, outside: boolean) {
  const share = 1 - ctx.weights.complementarity;
  const contextMean = share > 0 ? context / share : 1;
  if (ctx.mode === 'need') return compositeBase(a, contextMean, NEED_FILL_SHARE);
  const base = compositeBase(combineDirections(a, b), contextMean, ctx.weights.complementarity);
  return combineTotal(base, penalties, outside);
}

/**
 * totalOf ≥ threshold, with no penalties, as compositeBase(comp, contextMean, weight) ≥ target:
 * the exponent of complementarity and the base the composite must reach.
 */
function compositeTarget(ctx: QueryContext, threshold: number, outside: boolean) {
  if (ctx.mode === 'need') return { weight: NEED_FILL_SHARE, target: threshold };
  const target = (threshold - (outside ? DIVERSITY_SHARE : 0)) / (1 - DIVERSITY_SHARE);
  return { weight: ctx.weights.complementarity, target };
}

/** Rounds a least-needed value down, so that pruning on it never drops what totalOf would keep. */
const roundedDown = (value: number) => value * (1 - 1e-9);

/**
 * The inverse of totalOf in its context: the least weighted context sum with which complementarity
 * `comp` (penalties 0) reaches `threshold`; −Infinity when any context does, +Infinity when none does.
 */
export function contextNeeded(ctx: QueryContext, comp: number, threshold: number, outside: boolean): number {
  const share = 1 - ctx.weights.complementarity;
  const { weight, target } = compositeTarget(ctx, threshold, outside);
  if (target <= 0) return Number.NEGATIVE_INFINITY;
  const fromComp = Math.pow(comp, weight);
  if (share <= 0 || weight >= 1) return fromComp >= target ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  if (fromComp <= 0) return Number.POSITIVE_INFINITY;
  return roundedDown(share * Math.pow(target / fromComp, 1 / (1 - weight)));
}

/**
 * The inverse of totalOf in its complementarity: the least complementarity that reaches `threshold`
 * with the best possible context (penalties 0); −Infinity when any does, 2 when none does.
 */
export function complementarityNeeded(ctx: QueryContext, threshold: number, outside: boolean): number {
  if (threshold === Number.NEGATIVE_INFINITY) return Number.NEGATIVE_INFINITY;
  // With a = b = comp, combineDirections gives comp; in 'need' mode a alone counts.
  if (totalOf(ctx, 1, 1, 1 - ctx.weights.complementarity, 0, outside) < threshold) return 2;
  const { weight, target } = compositeTarget(ctx, threshold, outside);
  if (target <= 0 || weight <= 0) return Number.NEGATIVE_INFINITY;
  return roundedDown(Math.pow(target, 1 / weight));
}

/**
 * Whether a candidate with coverages a and b is a suggestion at all: it must cover something either
 * way (in 'need' mode, fill the need). One that covers nothing scores 0 (0.05 outside the cluster)
 * and has no reason to show, however close its context.
 */
export function coversAnything(ctx: QueryContext, a: number, b: number): boolean {
  return a > 0 || (ctx.mode === 'partner' && b > 0);
}

/** The exact total of candidate c (the one scoring function), or null when it is no suggestion. */
export function scoreCandidate(ctx: QueryContext, c: number): number | null {
  const a = needsCoveredBy(ctx, c);
  const b = ctx.mode === 'need' ? 0 : offersCovering(ctx, c);
  if (!coversAnything(ctx, a, b)) return null;
  const context = contextScore(ctx, c);
  const penalties = ctx.mode === 'need' ? 0 : penaltiesOf(ctx, c);
  return totalOf(ctx, a, b, context, penalties, isOutsideCluster(ctx, c));
}
