import {
  packPostings,
  resized,
  shareItemColumns,
  shareOrgColumns,
  unpackPostings,
  type ItemColumns,
  type OrgColumns,
} from './indexColumns.ts';
import { createMatchIndex, type MatchIndex } from './matchIndex.ts';
import { createTaxonomy } from './taxonomy.ts';

// The numeric part of a match index in SharedArrayBuffers: what ranking reads, and nothing that
// needs copying per worker. Dictionaries (ids, titles, words) stay with the main thread, so a worker
// ranks by organization number and the caller maps numbers back to ids.

type Packed = { data: Int32Array; offsets: Int32Array };

export interface MatchIndexData {
  orgCount: number;
  itemCount: number;
  orgs: OrgColumns;
  items: ItemColumns;
  termIds: Int32Array;
  termFrequencies: Uint8Array;
  tagIds: string[];
  cultureCount: number;
  cultureTable: Float64Array;
  tagOffers: Packed;
  tagNeeds: Packed;
  termOffersTitle: Packed;
  termOffersText: Packed;
  termNeedsTitle: Packed;
  termNeedsText: Packed;
  offerDocumentCount: number;
  offerLengthSum: number;
  offerDocumentFrequency: Int32Array;
  offerTitleMaxTf: Uint8Array;
  offerTextMaxTf: Uint8Array;
  offerTermMinLength: Int32Array;
  tagOfferOrgs: Int32Array;
}

function shared<A extends Int32Array | Uint8Array | Float64Array>(array: A): A {
  return resized(array, array.length, true);
}

/** Copies the index's numbers into SharedArrayBuffers once; postMessage then shares them without copying. */
export function exportIndexData(index: MatchIndex): MatchIndexData {
  return {
    orgCount: index.orgCount,
    itemCount: index.itemCount,
    orgs: shareOrgColumns(index.orgs, index.orgCount),
    items: shareItemColumns(index.items, index.itemCount),
    termIds: resized(index.termIds, index.termPoolLength, true),
    termFrequencies: resized(index.termFrequencies, index.termPoolLength, true),
    tagIds: index.taxonomy.ids,
    cultureCount: index.cultures.keys.length,
    cultureTable: shared(index.cultureTable),
    tagOffers: packPostings(index.tagOffers),
    tagNeeds: packPostings(index.tagNeeds),
    termOffersTitle: packPostings(index.termOffersTitle),
    termOffersText: packPostings(index.termOffersText),
    termNeedsTitle: packPostings(index.termNeedsTitle),
    termNeedsText: packPostings(index.termNeedsText),
    offerDocumentCount: index.offerDocumentCount,
    offerLengthSum: index.offerLengthSum,
    offerDocumentFrequency: shared(index.offerDocumentFrequency),
    offerTitleMaxTf: shared(index.offerTitleMaxTf),
    offerTextMaxTf: shared(index.offerTextMaxTf),
    offerTermMinLength: shared(index.offerTermMinLength),
    tagOfferOrgs: shared(index.tagOfferOrgs),
  };
}

/** A read-only index over shared data: ranks by number; ids, titles and filters by name are not available. */
export function indexFromData(data: MatchIndexData): MatchIndex {
  const index = createMatchIndex();
  index.taxonomy = createTaxonomy(data.tagIds);
  index.orgCount = data.orgCount;
  index.aliveCount = data.orgCount;
  index.orgs = data.orgs;
  index.items = data.items;
  index.itemCount = data.itemCount;
  index.termIds = data.termIds;
  index.termFrequencies = data.termFrequencies;
  index.termPoolLength = data.termIds.length;
  index.cultureTable = data.cultureTable;
  index.cultures.keys = Array.from({ length: data.cultureCount }, (_, n) => String(n));
  index.tagOffers = unpackPostings(data.tagOffers);
  index.tagNeeds = unpackPostings(data.tagNeeds);
  index.termOffersTitle = unpackPostings(data.termOffersTitle);
  index.termOffersText = unpackPostings(data.termOffersText);
  index.termNeedsTitle = unpackPostings(data.termNeedsTitle);
  index.termNeedsText = unpackPostings(data.termNeedsText);
  index.offerDocumentCount = data.offerDocumentCount;
  index.offerLengthSum = data.offerLengthSum;
  index.offerDocumentFrequency = data.offerDocumentFrequency;
  index.offerTitleMaxTf = data.offerTitleMaxTf;
  index.offerTextMaxTf = data.offerTextMaxTf;
  index.offerTermMinLength = data.offerTermMinLength;
  index.tagOfferOrgs = data.tagOfferOrgs;
  return index;
}
