import {
  emptyItemColumns,
  emptyOrgColumns,
  emptyPostingStore,
  nextCapacity,
  resized,
  type ItemColumns,
  type OrgColumns,
  type PostingStore,
} from './indexColumns.ts';
import type { MatchProfile } from './matchProfile.ts';
import { priorityWeights } from './score.ts';
import { createTaxonomy, type Taxonomy } from './taxonomy.ts';
import { compactIndex } from './compactIndex.ts';
import { syncContextRow } from './contextRow.ts';
import { postItems, type TermsSeen } from './indexStorage.ts';
import { emptyDictionary, lookup, type Dictionary } from './dictionary.ts';
import { appendItem, ensureOrgCapacity, writeOrgColumns } from './indexWriter.ts';
import { placeWords } from './itemTerms.ts';

export { compactIndex };
export { lookup, type Dictionary } from './dictionary.ts';
export { termCode } from './indexWriter.ts';

// The in-memory match index: organizations and their offers and needs as typed-array columns,
// inverted lists over capability tags (each item is listed under its tag and every ancestor, with
// its own tag alongside, so one list of a need's parent reaches the exact, sibling, parent and child
// offers) and over stemmed terms (which organizations' offers / needs use a term), BM25 statistics
// over all offers, and the number of organizations offering each exact tag (alternatives).
//
// Edits are incremental: a changed organization keeps its number, gets new items appended and its
// old postings left behind as stale entries. Stale entries only make candidate bounds looser (every
// candidate is scored from its current items), and compactIndex() drops them when they pile up.

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

/**
 * Adds or replaces profiles `slice` at a time, letting the event loop run in between: a server
 * indexing a million organizations (about a minute) keeps answering other requests meanwhile.
 */
export async function indexInSlices(index: MatchIndex, profiles: Iterable<MatchProfile>, slice = 2000) {
  let count = 0;
  for (const profile of profiles) {
    updateProfile(index, profile);
    if (++count % slice === 0) await new Promise((resolve) => setImmediate(resolve));
  }
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
  writeItems(index, org, profile);
  index.version++;
  maybeCompact(index);
  return org;
}

function writeItems(index: MatchIndex, org: number, profile: MatchProfile): void {
  const { offers, needs } = profile;
  const start = index.itemCount;
  const offerTerms: TermsSeen = new Map();
  const needTerms: TermsSeen = new Map();
  const places = placeWords(index, profile.places);
  for (const offer of offers) appendItem(index, org, offer, true, offerTerms, places);
  for (const need of needs) appendItem(index, org, need, false, needTerms, places);
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
  syncContextRow(index.orgs, org);
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
