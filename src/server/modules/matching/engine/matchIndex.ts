import { deriveSizeClass } from '../../../../common/sizeClass.ts';
import { sizeClasses, valueDimensions } from '../../../../common/vocabulary.ts';
import { cultureVector } from './culture.ts';
import { geoScopes, toRadians } from './geo.ts';
import {
  emptyItemColumns,
  emptyOrgColumns,
  emptyPostingStore,
  nextCapacity,
  resized,
  resizeOrgColumns,
  SYSTEM_SLOTS,
  VALUE_DIMENSIONS,
  type ItemColumns,
  type OrgColumns,
  type PostingStore,
} from './indexColumns.ts';
import type { MatchItem, MatchProfile } from './matchProfile.ts';
import { goalMask, priorityOrder, priorityWeights, trustScore } from './score.ts';
import { createTaxonomy, registerTag, type Taxonomy } from './taxonomy.ts';
import { compactIndex } from './compactIndex.ts';
import { ensureItemCapacity, postItems, type TermsSeen } from './indexStorage.ts';
import { tokenize } from './text.ts';

export { compactIndex };

// The in-memory match index: organizations and their offers and needs as typed-array columns,
// inverted lists over capability tags (each item is listed under its tag and every ancestor, with
// its own tag alongside, so one list of a need's parent reaches the exact, sibling, parent and child
// offers) and over stemmed terms (which organizations' offers / needs use a term), BM25 statistics
// over all offers, and the number of organizations offering each exact tag (alternatives).
//
// Edits are incremental: a changed organization keeps its number, gets new items appended and its
// old postings left behind as stale entries. Stale entries only make candidate bounds looser (every
// candidate is scored from its current items), and compactIndex() drops them when they pile up.

export interface Dictionary {
  byKey: Map<string, number>;
  keys: string[];
}

export interface MatchIndex {
  taxonomy: Taxonomy;
  orgIds: string[];
  orgById: Map<string, number>;
  /** High-water mark of organization numbers (removed ones stay as dead rows). */
  orgCount: number;
  aliveCount: number;
  orgs: OrgColumns;
  items: ItemColumns;
  itemCount: number;
  garbageItems: number;
  itemTitles: string[];
  itemIds: Array<string | undefined>;
  /** Distinct term numbers of each item, sorted, with their termCode (title flag and tf in quarters). */
  termIds: Int32Array;
  termFrequencies: Uint8Array;
  termPoolLength: number;
  terms: Dictionary;
  /** A readable word for each term (the first spelling seen), for explanations. */
  termWords: string[];
  countries: Dictionary;
  naceCodes: Dictionary;
  units: Dictionary;
  products: Dictionary;
  networks: Dictionary;
  networkMembers: Map<number, Set<number>>;
  orgNetworks: Map<number, number[]>;
  cultures: Dictionary;
  /** Six Hofstede scores per culture number, NaN where unknown. */
  cultureTable: Float64Array;
  /** Tag lists hold (organization, item tag) pairs; term lists hold organizations. */
  tagOffers: PostingStore;
  tagNeeds: PostingStore;
  /** Term lists split by field: organizations using the term in an item title, or only in descriptions. */
  termOffersTitle: PostingStore;
  termOffersText: PostingStore;
  termNeedsTitle: PostingStore;
  termNeedsText: PostingStore;
  offerDocumentCount: number;
  offerLengthSum: number;
  offerDocumentFrequency: Int32Array;
  /**
   * Per term, over every offer ever indexed with it: the largest tf (in quarters) where it is in the
   * title, where it is only in the description, and the shortest offer length (BM25 bounds).
   */
  offerTitleMaxTf: Uint8Array;
  offerTextMaxTf: Uint8Array;
  offerTermMinLength: Int32Array;
  /** Organizations with at least one offer of exactly this tag. */
  tagOfferOrgs: Int32Array;
  stalePostings: number;
  livePostings: number;
  /** Bumped on every change, so that callers can tell a snapshot is out of date. */
  version: number;
}

function emptyDictionary(): Dictionary {
  return { byKey: new Map(), keys: [] };
}

export function lookup(dictionary: Dictionary, key: string): number {
  let number = dictionary.byKey.get(key);
  if (number === undefined) {
    number = dictionary.keys.length;
    dictionary.byKey.set(key, number);
    dictionary.keys.push(key);
  }
  return number;
}

export function createMatchIndex(): MatchIndex {
  return {
    taxonomy: createTaxonomy(),
    orgIds: [],
    orgById: new Map(),
    orgCount: 0,
    aliveCount: 0,
    orgs: emptyOrgColumns(),
    items: emptyItemColumns(),
    itemCount: 0,
    garbageItems: 0,
    itemTitles: [],
    itemIds: [],
    termIds: new Int32Array(0),
    termFrequencies: new Uint8Array(0),
    termPoolLength: 0,
    terms: emptyDictionary(),
    termWords: [],
    countries: emptyDictionary(),
    naceCodes: emptyDictionary(),
    units: emptyDictionary(),
    products: emptyDictionary(),
    networks: emptyDictionary(),
    networkMembers: new Map(),
    orgNetworks: new Map(),
    cultures: emptyDictionary(),
    cultureTable: new Float64Array(0),
    tagOffers: emptyPostingStore(),
    tagNeeds: emptyPostingStore(),
    termOffersTitle: emptyPostingStore(),
    termOffersText: emptyPostingStore(),
    termNeedsTitle: emptyPostingStore(),
    termNeedsText: emptyPostingStore(),
    offerDocumentCount: 0,
    offerLengthSum: 0,
    offerDocumentFrequency: new Int32Array(0),
    offerTitleMaxTf: new Uint8Array(0),
    offerTextMaxTf: new Uint8Array(0),
    offerTermMinLength: new Int32Array(0),
    tagOfferOrgs: new Int32Array(0),
    stalePostings: 0,
    livePostings: 0,
    version: 0,
  };
}

/** Builds an index from any iterable (a generator keeps a million profiles from living at once). */
export function buildMatchIndex(profiles: Iterable<MatchProfile>): MatchIndex {
  const index = createMatchIndex();
  for (const profile of profiles) updateProfile(index, profile);
  return index;
}

const dayCache = new Map<string, number>();
function dayNumber(iso: string | null, open: number): number {
  if (iso === null) return open;
  let day = dayCache.get(iso);
  if (day === undefined) {
    day = Math.floor(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / 86_400_000);
    if (Number.isNaN(day)) day = open;
    if (dayCache.size > 100_000) dayCache.clear();
    dayCache.set(iso, day);
  }
  return day;
}

const systemKindBits: Readonly<Record<string, number>> = { erp: 1, crm: 2, accounting: 4 };

function cultureNumber(index: MatchIndex, profile: MatchProfile): number {
  const vector = cultureVector(profile.culture);
  const number = lookup(index.cultures, vector.join(','));
  if ((number + 1) * 6 > index.cultureTable.length) {
    index.cultureTable = resized(index.cultureTable, nextCapacity(index.cultureTable.length, (number + 1) * 6));
  }
  index.cultureTable.set(vector, number * 6);
  return number;
}

function writeOrgColumns(index: MatchIndex, org: number, profile: MatchProfile): void {
  const o = index.orgs;
  o.alive[org] = 1;
  const hasPoint = profile.latitude !== null && profile.longitude !== null;
  o.lat[org] = hasPoint ? toRadians(profile.latitude ?? 0) : Number.NaN;
  o.lon[org] = hasPoint ? toRadians(profile.longitude ?? 0) : Number.NaN;
  o.cosLat[org] = hasPoint ? Math.cos(o.lat[org] ?? 0) : Number.NaN;
  o.country[org] = lookup(index.countries, profile.country.trim().toUpperCase());
  o.nace[org] = lookup(index.naceCodes, (profile.naceCode ?? '').trim().toUpperCase());
  const size = deriveSizeClass(profile.employees, profile.turnoverBand);
  o.sizeClass[org] = size === null ? -1 : sizeClasses.indexOf(size);
  o.employees[org] = profile.employees ?? Number.NaN;
  o.goals[org] = goalMask(profile.goals);
  valueDimensions.forEach((dimension, d) => {
    o.values[org * VALUE_DIMENSIONS + d] = Math.max(0, Math.min(100, Math.round(profile.values[dimension])));
  });
  o.risk[org] = profile.riskAppetite;
  o.digital[org] = profile.digitalMaturity;
  let kinds = 0;
  const products = new Set<number>();
  for (const system of profile.businessSystems) {
    kinds |= systemKindBits[system.kind] ?? 0;
    products.add(lookup(index.products, `${system.kind}:${system.name.trim().toLowerCase()}`));
  }
  const sorted = [...products].sort((a, b) => a - b).slice(0, SYSTEM_SLOTS);
  for (let slot = 0; slot < SYSTEM_SLOTS; slot++) o.systems[org * SYSTEM_SLOTS + slot] = (sorted[slot] ?? -1) + 1;
  o.systemKinds[org] = kinds;
  o.culture[org] = cultureNumber(index, profile);
  o.trust[org] = trustScore(profile.trust);
  o.cluster[org] = profile.clusterId ?? -1;
  o.scope[org] = Math.max(0, geoScopes.indexOf(profile.scope));
}

function ensureOrgCapacity(index: MatchIndex, rows: number): void {
  if (rows > index.orgs.alive.length) {
    index.orgs = resizeOrgColumns(index.orgs, nextCapacity(index.orgs.alive.length, rows));
  }
}

function termNumber(index: MatchIndex, term: string, word: string): number {
  const known = index.terms.byKey.get(term);
  if (known !== undefined) return known;
  const number = lookup(index.terms, term);
  index.termWords.push(word);
  if (number >= index.offerDocumentFrequency.length) {
    const capacity = nextCapacity(number, number + 1);
    index.offerDocumentFrequency = resized(index.offerDocumentFrequency, capacity);
    index.offerTitleMaxTf = resized(index.offerTitleMaxTf, capacity);
    index.offerTextMaxTf = resized(index.offerTextMaxTf, capacity);
    const lengths = resized(index.offerTermMinLength, capacity);
    lengths.fill(0x7fffffff, index.offerTermMinLength.length);
    index.offerTermMinLength = lengths;
  }
  return number;
}

/** Term-pool code of an item term: bit 7 set when the term is in the title, bits 0–6 the tf in quarters. */
export function termCode(titleCount: number, descriptionCount: number): number {
  return (titleCount > 0 ? 128 : 0) | Math.min(127, 4 * titleCount + descriptionCount);
}

interface CountedText {
  counts: Map<number, number>;
  length: number;
}

// Titles and descriptions repeat a lot ("Looking for flour"), so their term counts are memoised per
// index (bounded; term numbers never change, so entries stay valid).
const countedTexts = new WeakMap<MatchIndex, Map<string, CountedText>>();
const COUNTED_TEXT_LIMIT = 200_000;

function countTerms(index: MatchIndex, text: string): CountedText {
  let cache = countedTexts.get(index);
  if (cache === undefined) countedTexts.set(index, (cache = new Map()));
  const cached = cache.get(text);
  if (cached !== undefined) return cached;
  const counts = new Map<number, number>();
  const tokens = tokenize(text);
  for (const token of tokens) {
    const term = termNumber(index, token.term, token.word);
    counts.set(term, (counts.get(term) ?? 0) + 1);
  }
  if (cache.size >= COUNTED_TEXT_LIMIT) cache.clear();
  const counted = { counts, length: tokens.length };
  cache.set(text, counted);
  return counted;
}

function appendItem(index: MatchIndex, org: number, item: MatchItem, isOffer: boolean, termsSeen: TermsSeen): void {
  const title = countTerms(index, item.title);
  const description = countTerms(index, item.description);
  const frequencies = new Map<number, number>();
  for (const term of new Set([...title.counts.keys(), ...description.counts.keys()])) {
    frequencies.set(term, termCode(title.counts.get(term) ?? 0, description.counts.get(term) ?? 0));
  }
  // In quarter tokens, like the frequencies.
  const length = 4 * title.length + description.length;
  const distinct = [...frequencies.keys()].sort((a, b) => a - b);
  const row = index.itemCount;
  ensureItemCapacity(index, row + 1, index.termPoolLength + distinct.length);
  const it = index.items;
  const tag = registerTag(index.taxonomy, item.capability.trim());
  it.org[row] = org;
  it.tag[row] = tag;
  it.priority[row] = Math.max(0, priorityOrder.indexOf(item.priority));
  it.quantity[row] = item.quantity ?? Number.NaN;
  it.unit[row] = lookup(index.units, item.unit.trim().toLowerCase());
  it.from[row] = dayNumber(item.availableFrom, Number.NEGATIVE_INFINITY);
  it.until[row] = dayNumber(item.availableUntil, Number.POSITIVE_INFINITY);
  it.termStart[row] = index.termPoolLength;
  it.termCount[row] = distinct.length;
  it.length[row] = length;
  for (const term of distinct) {
    index.termIds[index.termPoolLength] = term;
    index.termFrequencies[index.termPoolLength] = frequencies.get(term) ?? 1;
    index.termPoolLength++;
    const inTitle = ((frequencies.get(term) ?? 0) & 128) !== 0;
    termsSeen.set(term, (termsSeen.get(term) ?? false) || inTitle);
    if (isOffer) {
      index.offerDocumentFrequency[term] = (index.offerDocumentFrequency[term] ?? 0) + 1;
      const code = frequencies.get(term) ?? 1;
      const maxima = code & 128 ? index.offerTitleMaxTf : index.offerTextMaxTf;
      if ((code & 127) > (maxima[term] as number)) maxima[term] = code & 127;
      if (length < (index.offerTermMinLength[term] as number)) index.offerTermMinLength[term] = length;
    }
  }
  if (isOffer) {
    index.offerDocumentCount++;
    index.offerLengthSum += length;
  }
  index.itemTitles[row] = item.title;
  index.itemIds[row] = item.id;
  index.itemCount++;
}

function countTagOffers(index: MatchIndex, org: number, delta: number): void {
  const start = index.orgs.itemStart[org] as number;
  const tags = new Set<number>();
  for (let row = start; row < start + (index.orgs.offerCount[org] as number); row++)
    tags.add(index.items.tag[row] as number);
  for (const tag of tags) {
    if (tag >= index.tagOfferOrgs.length) {
      index.tagOfferOrgs = resized(index.tagOfferOrgs, nextCapacity(index.tagOfferOrgs.length, tag + 1));
    }
    index.tagOfferOrgs[tag] = (index.tagOfferOrgs[tag] ?? 0) + delta;
  }
}

function setNetworks(index: MatchIndex, org: number, networks: readonly string[]): void {
  for (const network of index.orgNetworks.get(org) ?? []) index.networkMembers.get(network)?.delete(org);
  index.orgNetworks.delete(org);
  if (networks.length === 0) return;
  const numbers = [...new Set(networks.map((network) => lookup(index.networks, network)))];
  index.orgNetworks.set(org, numbers);
  for (const network of numbers) {
    let members = index.networkMembers.get(network);
    if (members === undefined) index.networkMembers.set(network, (members = new Set()));
    members.add(org);
  }
}

/** Takes an organization's items out of the statistics and marks its postings stale. */
function retireItems(index: MatchIndex, org: number): void {
  countTagOffers(index, org, -1);
  const start = index.orgs.itemStart[org] as number;
  const offers = index.orgs.offerCount[org] as number;
  for (let row = start; row < start + offers; row++) {
    index.offerDocumentCount--;
    index.offerLengthSum -= index.items.length[row] as number;
    const termStart = index.items.termStart[row] as number;
    for (let t = termStart; t < termStart + (index.items.termCount[row] as number); t++) {
      const term = index.termIds[t] as number;
      index.offerDocumentFrequency[term] = (index.offerDocumentFrequency[term] ?? 0) - 1;
    }
  }
  index.garbageItems += offers + (index.orgs.needCount[org] as number);
  index.stalePostings += index.orgs.postingCount[org] as number;
  index.livePostings -= index.orgs.postingCount[org] as number;
}

/** Adds a profile, or replaces the one with the same id in place (no rebuild). Returns its number. */
export function updateProfile(index: MatchIndex, profile: MatchProfile): number {
  let org = index.orgById.get(profile.id);
  if (org === undefined) {
    org = index.orgCount++;
    ensureOrgCapacity(index, index.orgCount);
    index.orgIds[org] = profile.id;
    index.orgById.set(profile.id, org);
    index.aliveCount++;
  } else if (index.orgs.alive[org] === 1) {
    retireItems(index, org);
  } else {
    index.aliveCount++;
  }
  writeOrgColumns(index, org, profile);
  setNetworks(index, org, profile.networks);
  writeItems(index, org, profile.offers, profile.needs);
  index.version++;
  maybeCompact(index);
  return org;
}

function writeItems(index: MatchIndex, org: number, offers: readonly MatchItem[], needs: readonly MatchItem[]): void {
  const start = index.itemCount;
  const offerTerms: TermsSeen = new Map();
  const needTerms: TermsSeen = new Map();
  for (const offer of offers) appendItem(index, org, offer, true, offerTerms);
  for (const need of needs) appendItem(index, org, need, false, needTerms);
  index.orgs.itemStart[org] = start;
  index.orgs.offerCount[org] = offers.length;
  index.orgs.needCount[org] = needs.length;
  index.orgs.needWeight[org] = needs.reduce((sum, need) => sum + priorityWeights[need.priority], 0);
  const written =
    postItems(index, org, start, offers.length, true, offerTerms) +
    postItems(index, org, start + offers.length, needs.length, false, needTerms);
  index.orgs.postingCount[org] = written;
  index.livePostings += written;
  countTagOffers(index, org, +1);
}

/** Removes an organization; its number is not reused. Returns false when the id is unknown. */
export function removeProfile(index: MatchIndex, id: string): boolean {
  const org = index.orgById.get(id);
  if (org === undefined || index.orgs.alive[org] !== 1) return false;
  retireItems(index, org);
  index.orgs.alive[org] = 0;
  index.orgs.postingCount[org] = 0;
  setNetworks(index, org, []);
  index.aliveCount--;
  index.version++;
  maybeCompact(index);
  return true;
}

function maybeCompact(index: MatchIndex): void {
  if (index.stalePostings > 10_000 && index.stalePostings > index.livePostings) compactIndex(index);
}
