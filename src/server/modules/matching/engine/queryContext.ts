import { naceSection } from '../../../../common/reference/nace.ts';
import { sizeClasses, type SizeClass } from '../../../../common/vocabulary.ts';
import { ALIVE, contextRows, ROW, type ContextRows } from './contextRow.ts';
import { DESCRIPTION_WEIGHT, idf, queryTermWeight, termSaturation, weightedTf } from './bm25.ts';
import { geoScopes, haversineRadians, type GeoScope } from './geo.ts';
import type { MatchIndex } from './matchIndex.ts';
import { normalizeWeights, priorityWeights, priorityOrder, type Weights } from './score.ts';

// Everything about the asking organization that scoring reads again and again, computed once per
// query: its needs and offers with their terms and BM25 weights, the weights, the compiled filters.

export interface MatchFilters {
  /** ISO country code(s) the candidate must be in. */
  country?: string | readonly string[];
  /** Maximum distance from the asking organization; candidates without coordinates are left out. */
  radiusKm?: number;
  /** NACE prefix ('10', '10.7', '10.71') or section letter ('C'). */
  sector?: string;
  sizeClass?: SizeClass | readonly SizeClass[];
  /** Network the candidate must be an active member of. */
  network?: string;
  /** Cluster (community) the candidate must belong to. */
  cluster?: number;
  /** Dismissed candidates and others never to suggest: profile ids or index numbers. */
  excludeIds?: Iterable<string | number>;
}

export interface MatchQuery {
  /** Profile id or index number of the asking organization. */
  org: string | number;
  /** How many candidates to return (default 10). */
  k?: number;
  weights?: Partial<Weights>;
  /** Overrides the organization's preferred scope. */
  scope?: GeoScope;
  filters?: MatchFilters;
}

export interface QueryItem {
  row: number;
  tag: number;
  weight: number;
  terms: Int32Array;
  /** Per term: need side → idf × query weight (the offer decides tf); offer side → the exact BM25 term weight. */
  termWeights: Float64Array;
  /**
   * Per term, the most it can add to a BM25 score against a counterpart that has the term in an item
   * title, and against one that has it only in descriptions.
   */
  titleBounds: Float64Array;
  textBounds: Float64Array;
}

export interface QueryContext {
  index: MatchIndex;
  org: number;
  k: number;
  weights: Weights;
  scope: GeoScope;
  needs: QueryItem[];
  needWeightSum: number;
  offers: QueryItem[];
  documentCount: number;
  averageLength: number;
  cultureCache: Float64Array;
  passes: (candidate: number) => boolean;
  /** The organizations' context rows (contextRow.ts). */
  rows: ContextRows;
  /** 'partner': the composite score; 'need': how well a candidate fills the one need in `needs`. */
  mode: 'partner' | 'need';
}

export function resolveOrg(index: MatchIndex, org: string | number): number {
  const number = typeof org === 'number' ? org : index.orgById.get(org);
  if (number === undefined || number < 0 || number >= index.orgCount || index.orgs.alive[number] !== 1) {
    throw new Error(`unknown organization: ${String(org)}`);
  }
  return number;
}

function queryItem(index: MatchIndex, row: number, isNeed: boolean, documentCount: number, averageLength: number) {
  const start = index.items.termStart[row] as number;
  const terms = index.termIds.slice(start, start + (index.items.termCount[row] as number));
  const termWeights = new Float64Array(terms.length);
  const titleBounds = new Float64Array(terms.length);
  const textBounds = new Float64Array(terms.length);
  terms.forEach((term, t) => {
    const termIdf = idf(documentCount, index.offerDocumentFrequency[term] ?? 0);
    const code = index.termFrequencies[start + t] as number;
    if (isNeed) {
      // The need is the BM25 query: an offer does best with the largest tf in the shortest length.
      const weight = termIdf * queryTermWeight(code);
      const shortest = index.offerTermMinLength[term] ?? 1;
      termWeights[t] = weight;
      const textTf = weightedTf(index.offerTextMaxTf[term] ?? 0);
      // An organization on the title list may still use the term only in the description of another offer.
      const titleTf = Math.max(weightedTf(index.offerTitleMaxTf[term] ?? 0), textTf);
      titleBounds[t] = weight * termSaturation(titleTf, shortest, averageLength);
      textBounds[t] = weight * termSaturation(textTf, shortest, averageLength);
    } else {
      // The offer is the document: its weights are exact; a need's query weight is 1 in a title, else 0.25.
      const weight = termIdf * termSaturation(weightedTf(code), index.items.length[row] as number, averageLength);
      termWeights[t] = weight;
      titleBounds[t] = weight;
      textBounds[t] = weight * DESCRIPTION_WEIGHT;
    }
  });
  const priority = priorityOrder[index.items.priority[row] as number] ?? 'medium';
  return {
    row,
    tag: index.items.tag[row] as number,
    weight: priorityWeights[priority],
    terms,
    termWeights,
    titleBounds,
    textBounds,
  };
}

function compileFilters(index: MatchIndex, org: number, filters: MatchFilters): (candidate: number) => boolean {
  const o = index.orgs;
  const checks: Array<(candidate: number) => boolean> = [];
  if (filters.country !== undefined) {
    const wanted = new Set(
      (typeof filters.country === 'string' ? [filters.country] : filters.country).map((code) =>
        index.countries.byKey.get(code.trim().toUpperCase()),
      ),
    );
    checks.push((c) => wanted.has(o.country[c]));
  }
  if (filters.radiusKm !== undefined) {
    const radius = filters.radiusKm;
    const [lat, lon, cosLat] = [o.lat[org] as number, o.lon[org] as number, o.cosLat[org] as number];
    checks.push((c) => haversineRadians(lat, lon, cosLat, o.lat[c] as number, o.lon[c] as number) <= radius);
  }
  if (filters.sector !== undefined && filters.sector.trim() !== '') {
    const sector = filters.sector.trim().toUpperCase();
    const isSection = /^[A-U]$/.test(sector);
    const allowed = new Uint8Array(index.naceCodes.keys.length);
    index.naceCodes.keys.forEach((code, n) => {
      allowed[n] = (isSection ? naceSection(code) === sector : code.startsWith(sector)) && code !== '' ? 1 : 0;
    });
    checks.push((c) => allowed[o.nace[c] as number] === 1);
  }
  if (filters.sizeClass !== undefined) {
    const wanted = new Set(
      (typeof filters.sizeClass === 'string' ? [filters.sizeClass] : filters.sizeClass).map((s) =>
        sizeClasses.indexOf(s),
      ),
    );
    checks.push((c) => wanted.has(o.sizeClass[c] as number));
  }
  if (filters.network !== undefined) {
    const members = index.networkMembers.get(index.networks.byKey.get(filters.network) ?? -1) ?? new Set<number>();
    checks.push((c) => members.has(c));
  }
  if (filters.cluster !== undefined) {
    const cluster = filters.cluster;
    checks.push((c) => o.cluster[c] === cluster);
  }
  const excluded = new Set<number>();
  for (const id of filters.excludeIds ?? []) {
    const number = typeof id === 'number' ? id : index.orgById.get(id);
    if (number !== undefined) excluded.add(number);
  }
  if (excluded.size > 0) checks.push((c) => !excluded.has(c));
  const { u8 } = contextRows(o.contextRow);
  return (c) => {
    if (c === org || u8[8 * ROW * c + ALIVE] !== 1) return false;
    for (const check of checks) if (!check(c)) return false;
    return true;
  };
}

export function createQueryContext(index: MatchIndex, query: MatchQuery, needOnly?: number): QueryContext {
  const org = resolveOrg(index, query.org);
  const o = index.orgs;
  const documentCount = index.offerDocumentCount;
  const averageLength = documentCount > 0 ? index.offerLengthSum / documentCount : 1;
  const start = o.itemStart[org] as number;
  const offerCount = o.offerCount[org] as number;
  const needRows: number[] = [];
  for (let i = 0; i < (o.needCount[org] as number); i++) {
    if (needOnly === undefined || needOnly === i) needRows.push(start + offerCount + i);
  }
  const needs = needRows.map((row) => queryItem(index, row, true, documentCount, averageLength));
  const offers =
    needOnly === undefined
      ? Array.from({ length: offerCount }, (_, j) => queryItem(index, start + j, false, documentCount, averageLength))
      : [];
  const scope = query.scope ?? geoScopes[o.scope[org] as number] ?? 'national';
  return {
    index,
    org,
    k: Math.max(1, Math.floor(query.k ?? 10)),
    weights: normalizeWeights(query.weights),
    scope,
    needs,
    needWeightSum: needs.reduce((sum, need) => sum + need.weight, 0),
    offers,
    documentCount,
    averageLength,
    cultureCache: new Float64Array(index.cultures.keys.length).fill(Number.NaN),
    passes: compileFilters(index, org, query.filters ?? {}),
    rows: contextRows(o.contextRow),
    mode: needOnly === undefined ? 'partner' : 'need',
  };
}
