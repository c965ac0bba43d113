import { nextCapacity, pushPosting, pushPostingPair, resized, resizeItemColumns } from './indexColumns.ts';
import type { MatchIndex } from './matchIndex.ts';

// Low-level writers shared by indexing and compaction: room for items, and the inverted-list
// entries of one organization's items.

export function ensureItemCapacity(index: MatchIndex, rows: number, terms: number): void {
  if (rows > index.items.org.length) {
    index.items = resizeItemColumns(index.items, nextCapacity(index.items.org.length, rows));
  }
  if (terms > index.termIds.length) {
    const capacity = nextCapacity(index.termIds.length, terms);
    index.termIds = resized(index.termIds, capacity);
    index.termFrequencies = resized(index.termFrequencies, capacity);
  }
}

/** Terms of one organization's offers (or needs), true when some item has the term in its title. */
export type TermsSeen = Map<number, boolean>;

/** Writes the inverted-list entries of an organization's current items; returns how many. */
export function postItems(
  index: MatchIndex,
  org: number,
  start: number,
  count: number,
  isOffer: boolean,
  terms: TermsSeen,
) {
  const tags = isOffer ? index.tagOffers : index.tagNeeds;
  const seen = new Set<number>();
  let written = 0;
  for (let row = start; row < start + count; row++) {
    const tag = index.items.tag[row] as number;
    for (let key = tag; key !== -1; key = index.taxonomy.parent[key] ?? -1) {
      // Offers of the same tag are listed once; every need is listed (its weight counts in b's bound).
      const pair = key * 0x100000 + tag;
      if (isOffer && seen.has(pair)) continue;
      seen.add(pair);
      // Need lists carry the need's priority in the low two bits, for the bound of b.
      pushPostingPair(tags, key, org, isOffer ? tag : (tag << 2) | (index.items.priority[row] as number));
      written++;
    }
  }
  const titles = isOffer ? index.termOffersTitle : index.termNeedsTitle;
  const texts = isOffer ? index.termOffersText : index.termNeedsText;
  for (const [term, inTitle] of terms) pushPosting(inTitle ? titles : texts, term, org);
  return written + terms.size;
}
