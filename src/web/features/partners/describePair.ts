import type { MatchedPair } from '../../api/matching.ts';
import type { CapabilityCatalog } from '../reference/useCapabilities.ts';

// A matched need ↔ offer pair in plain language:
// "Their ‘Fresh roasted coffee beans’ covers your need ‘Roasted coffee beans…’"
// "matched on tag Coffee › Roasted coffee beans and the words ‘roast’, ‘coffee’".

const quote = (text: string) => `‘${text}’`;

/** "Coffee › Roasted coffee beans": the taxonomy path without its top level, which rarely adds anything. */
export function shortCapabilityPath(catalog: CapabilityCatalog, id: string): string {
  const parts = catalog.pathOf(id).split(' › ');
  return parts.length > 2 ? parts.slice(1).join(' › ') : parts.join(' › ');
}

function listWords(words: string[]): string {
  const quoted = words.map(quote);
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1) ?? ''}`;
}

function tagReason(pair: MatchedPair, catalog: CapabilityCatalog): string | null {
  const offerTag = shortCapabilityPath(catalog, pair.offerCapability);
  const needTag = shortCapabilityPath(catalog, pair.needCapability);
  switch (pair.tagRelation) {
    case 'exact':
      return `tag ${offerTag}`;
    case 'sibling':
      return `the related tags ${offerTag} and ${needTag}`;
    case 'parent':
      return `the broader tag ${offerTag}`;
    case 'child':
      return `the narrower tag ${offerTag}`;
    default:
      return null;
  }
}

export function pairHeadline(pair: MatchedPair): string {
  return pair.direction === 'they_cover_my_need'
    ? `Their ${quote(pair.offerTitle)} covers your need ${quote(pair.needTitle)}`
    : `Your ${quote(pair.offerTitle)} covers their need ${quote(pair.needTitle)}`;
}

export function pairReason(pair: MatchedPair, catalog: CapabilityCatalog): string {
  const tag = tagReason(pair, catalog);
  const words = pair.matchedTerms.filter(Boolean);
  const wordsText = words.length === 0 ? null : `the word${words.length === 1 ? '' : 's'} ${listWords(words)}`;
  const reasons = [tag, wordsText].filter((r): r is string => r !== null);
  return reasons.length > 0 ? `matched on ${reasons.join(' and ')}` : 'matched on quantity and timing only';
}
