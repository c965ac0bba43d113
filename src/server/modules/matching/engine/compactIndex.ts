import { emptyItemColumns, emptyPostingStore, resizeItemColumns, type ItemColumns } from './indexColumns.ts';
import { ensureItemCapacity, postItems, type TermsSeen } from './indexStorage.ts';
import type { MatchIndex } from './matchIndex.ts';

// Compaction: edits leave stale inverted-list entries and dead items behind (harmless, only slower);
// this rewrites both from the live organizations. Called when stale entries outnumber live ones.

/** Rewrites the item pool and every inverted list without stale entries. O(index size), so rare. */
export function compactIndex(index: MatchIndex): void {
  const old = { items: index.items, termIds: index.termIds, termFrequencies: index.termFrequencies };
  const titles = index.itemTitles;
  const ids = index.itemIds;
  index.items = resizeItemColumns(emptyItemColumns(), Math.max(16, index.itemCount - index.garbageItems));
  index.termIds = new Int32Array(Math.max(16, index.termPoolLength));
  index.termFrequencies = new Uint8Array(index.termIds.length);
  index.itemTitles = [];
  index.itemIds = [];
  index.itemCount = 0;
  index.termPoolLength = 0;
  index.garbageItems = 0;
  index.tagOffers = emptyPostingStore();
  index.tagNeeds = emptyPostingStore();
  index.termOffersTitle = emptyPostingStore();
  index.termOffersText = emptyPostingStore();
  index.termNeedsTitle = emptyPostingStore();
  index.termNeedsText = emptyPostingStore();
  index.stalePostings = 0;
  index.livePostings = 0;
  for (let org = 0; org < index.orgCount; org++) {
    if (index.orgs.alive[org] !== 1) continue;
    const start = index.orgs.itemStart[org] as number;
    const offers = index.orgs.offerCount[org] as number;
    const total = offers + (index.orgs.needCount[org] as number);
    const newStart = index.itemCount;
    const offerTerms: TermsSeen = new Map();
    const needTerms: TermsSeen = new Map();
    for (let row = start; row < start + total; row++)
      copyItem(index, old, row, row < start + offers ? offerTerms : needTerms);
    for (let row = start; row < start + total; row++) {
      index.itemTitles.push(titles[row] ?? '');
      index.itemIds.push(ids[row]);
    }
    index.orgs.itemStart[org] = newStart;
    const written =
      postItems(index, org, newStart, offers, true, offerTerms) +
      postItems(index, org, newStart + offers, total - offers, false, needTerms);
    index.orgs.postingCount[org] = written;
    index.livePostings += written;
  }
}

function copyItem(
  index: MatchIndex,
  old: { items: ItemColumns; termIds: Int32Array; termFrequencies: Uint8Array },
  row: number,
  terms: TermsSeen,
): void {
  const to = index.itemCount++;
  const count = old.items.termCount[row] as number;
  ensureItemCapacity(index, to + 1, index.termPoolLength + count);
  for (const key of Object.keys(old.items) as Array<keyof ItemColumns>)
    index.items[key][to] = old.items[key][row] as number;
  const from = old.items.termStart[row] as number;
  index.items.termStart[to] = index.termPoolLength;
  for (let t = from; t < from + count; t++) {
    index.termIds[index.termPoolLength] = old.termIds[t] as number;
    index.termFrequencies[index.termPoolLength] = old.termFrequencies[t] as number;
    index.termPoolLength++;
    const term = old.termIds[t] as number;
    terms.set(term, (terms.get(term) ?? false) || ((old.termFrequencies[t] as number) & 128) !== 0);
  }
}
