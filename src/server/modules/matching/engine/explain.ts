import { priorities, sizeClasses, type Priority } from '../../../../common/vocabulary.ts';
import {
  bestOfferFor,
  bestOwnOfferFor,
  dependentNeed,
  isOutsideCluster,
  isSizeAsymmetric,
  needRowToOfferBm25,
  needsCoveredBy,
  needToOfferBm25,
  offersCovering,
  penaltiesOf,
} from './candidateScore.ts';
import { contextComponents } from './candidateContext.ts';
import type { QueryContext, QueryItem } from './queryContext.ts';
import { combineDirections, quantityFit, relevance, saturateText, timeFit, type ComponentScores } from './score.ts';
import { relationSimilarity, tagRelation, type TagRelation } from './taxonomy.ts';
import { tokenize } from './text.ts';

// Why a candidate ranks where it does: component scores, the concrete need ↔ offer pairs with the
// tags and words they share, and plain-language warnings. Built only for the k results.

/** Smallest match shown for a pair whose tags are unrelated (words alone). */
export const MIN_SHOWN_MATCH = 0.15;

export interface MatchedPair {
  direction: 'they_cover_my_need' | 'i_cover_their_need';
  /** Position of the need in its organization's needs, and of the offer in its organization's offers. */
  needPosition: number;
  needId?: string;
  needTitle: string;
  needCapability: string;
  needPriority: Priority;
  offerPosition: number;
  offerId?: string;
  offerTitle: string;
  offerCapability: string;
  /** How the offer's tag relates to the need's ('parent': the offer is broader). */
  tagRelation: TagRelation;
  matchedTags: string[];
  matchedTerms: string[];
  relevance: number;
  quantity: number;
  time: number;
  score: number;
}

export type WarningKind = 'size_asymmetry' | 'dependence' | 'lock_in';

export interface MatchWarning {
  kind: WarningKind;
  text: string;
}

export interface RankedCandidate {
  org: number;
  id: string;
  total: number;
  components: ComponentScores;
  /** a and b of the complementarity: their offers for my needs, my offers for their needs. */
  coverage: { theirOffersForMyNeeds: number; myOffersForTheirNeeds: number };
  matches: MatchedPair[];
  warnings: MatchWarning[];
  penalties: number;
  diversityBonus: boolean;
}

/**
 * Matched terms as the pair's own titles write them ("jars", where the index first met "jarring");
 * a word only in a description keeps the index's first form.
 */
function writtenWords(ix: QueryContext['index'], terms: number[], rows: number[]): string[] {
  const written = new Map<string, string>();
  for (const row of rows) {
    for (const token of tokenize(ix.itemTitles[row] ?? '', ix.items.language[row])) {
      if (!written.has(token.term)) written.set(token.term, token.word);
    }
  }
  return terms.map((term) => written.get(ix.terms.keys[term] ?? '') ?? ix.termWords[term] ?? '');
}

function describePair(
  ctx: QueryContext,
  direction: MatchedPair['direction'],
  needRow: number,
  offerRow: number,
  terms: number[],
  score: number,
): MatchedPair {
  const ix = ctx.index;
  const it = ix.items;
  const position = (row: number) => row - (ix.orgs.itemStart[it.org[row] as number] as number);
  const needOrg = it.org[needRow] as number;
  const needTag = ix.taxonomy.ids[it.tag[needRow] as number] ?? '';
  const offerTag = ix.taxonomy.ids[it.tag[offerRow] as number] ?? '';
  const relation = tagRelation(needTag, offerTag);
  return {
    direction,
    needPosition: position(needRow) - (ix.orgs.offerCount[needOrg] as number),
    needId: ix.itemIds[needRow],
    needTitle: ix.itemTitles[needRow] ?? '',
    needCapability: needTag,
    needPriority: priorities[it.priority[needRow] as number] ?? 'medium',
    offerPosition: position(offerRow),
    offerId: ix.itemIds[offerRow],
    offerTitle: ix.itemTitles[offerRow] ?? '',
    offerCapability: offerTag,
    tagRelation: relation,
    matchedTags: relation === 'none' ? [] : [...new Set([needTag, offerTag])],
    matchedTerms: writtenWords(ix, terms, [needRow, offerRow]),
    relevance: 0,
    quantity: quantityFit(
      it.quantity[needRow] as number,
      it.unit[needRow] as number,
      it.quantity[offerRow] as number,
      it.unit[offerRow] as number,
    ),
    time: timeFit(
      it.from[needRow] as number,
      it.until[needRow] as number,
      it.from[offerRow] as number,
      it.until[offerRow] as number,
    ),
    score,
  };
}

function pairsFor(ctx: QueryContext, c: number): MatchedPair[] {
  const ix = ctx.index;
  const pairs: MatchedPair[] = [];
  for (const need of ctx.needs) {
    const best = bestOfferFor(ctx, need, c);
    if (best.row < 0) continue;
    const terms: number[] = [];
    const bm25 = needToOfferBm25(ctx, need, best.row, terms);
    const pair = describePair(ctx, 'they_cover_my_need', need.row, best.row, terms, best.score);
    pair.relevance = relevance(relationSimilarity(pair.tagRelation), saturateText(bm25));
    pairs.push(pair);
  }
  if (ctx.mode === 'partner') {
    const start = (ix.orgs.itemStart[c] as number) + (ix.orgs.offerCount[c] as number);
    for (let row = start; row < start + (ix.orgs.needCount[c] as number); row++) {
      const best = bestOwnOfferFor(ctx, row);
      if (best.offer < 0) continue;
      const offer = ctx.offers[best.offer] as QueryItem;
      const terms: number[] = [];
      const bm25 = needRowToOfferBm25(ctx, row, offer, terms);
      const pair = describePair(ctx, 'i_cover_their_need', row, offer.row, terms, best.score);
      pair.relevance = relevance(relationSimilarity(pair.tagRelation), saturateText(bm25));
      pairs.push(pair);
    }
  }
  // Pairs that share only a stray word (a town, a unit) explain nothing: keep related or real matches.
  return pairs
    .filter((pair) => pair.tagRelation !== 'none' || pair.score >= MIN_SHOWN_MATCH)
    .sort((x, y) => y.score - x.score);
}

function sizeText(ctx: QueryContext, c: number): string {
  const o = ctx.index.orgs;
  const mine = o.employees[ctx.org] as number;
  const theirs = o.employees[c] as number;
  const classOf = (org: number) => sizeClasses[o.sizeClass[org] as number] ?? 'unknown size';
  const bigger = theirs > mine;
  const people = (n: number) => (Number.isNaN(n) ? 'an unknown number of' : String(n));
  return (
    `Size gap: they have ${people(theirs)} employees (${classOf(c)}), you have ${people(mine)} (${classOf(ctx.org)}). ` +
    (bigger
      ? 'The bigger side can set the terms: agree decision rights, IP and an exit clause before you commit.'
      : 'You would be the dominant partner: they may come to depend on you, so keep the terms fair and the exit clear.')
  );
}

function warningsFor(ctx: QueryContext, c: number): MatchWarning[] {
  const warnings: MatchWarning[] = [];
  if (isSizeAsymmetric(ctx, c)) warnings.push({ kind: 'size_asymmetry', text: sizeText(ctx, c) });
  const need = dependentNeed(ctx, c);
  if (need !== null) {
    const ix = ctx.index;
    const others = Math.max(0, (ix.tagOfferOrgs[need.tag] ?? 1) - 1);
    const priority = priorities[ix.items.priority[need.row] as number] ?? 'high';
    warnings.push({
      kind: 'dependence',
      text:
        `They could cover all of your ${priority} need “${ix.itemTitles[need.row] ?? ''}”, and only ${others} other ` +
        `organization${others === 1 ? '' : 's'} in the index offer${others === 1 ? 's' : ''} it: you would depend on a ` +
        'single source for a critical input. Keep a second supplier in view.',
    });
  }
  const cluster = ctx.index.orgs.cluster[ctx.org] as number;
  if (cluster >= 0 && ctx.index.orgs.cluster[c] === cluster) {
    warnings.push({
      kind: 'lock_in',
      text:
        'Already in your own cluster: another tie inside it deepens lock-in. Partners outside it bring new contacts ' +
        'and ideas, which is why they get a small diversity bonus.',
    });
  }
  return warnings;
}

export function explainCandidate(ctx: QueryContext, c: number, total: number): RankedCandidate {
  const a = needsCoveredBy(ctx, c);
  const b = ctx.mode === 'need' ? 0 : offersCovering(ctx, c);
  return {
    org: c,
    id: ctx.index.orgIds[c] ?? String(c),
    total,
    components: { complementarity: ctx.mode === 'need' ? a : combineDirections(a, b), ...contextComponents(ctx, c) },
    coverage: { theirOffersForMyNeeds: a, myOffersForTheirNeeds: b },
    matches: pairsFor(ctx, c),
    warnings: warningsFor(ctx, c),
    penalties: ctx.mode === 'need' ? 0 : penaltiesOf(ctx, c),
    diversityBonus: ctx.mode === 'partner' && isOutsideCluster(ctx, c),
  };
}
