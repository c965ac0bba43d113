// Writing one organization into the index: its numeric columns and its items with their terms.

import { deriveSizeClass } from '../../../../common/sizeClass.ts';
import { sizeClasses, valueDimensions } from '../../../../common/vocabulary.ts';
import { syncContextRow } from './contextRow.ts';
import { cultureVector } from './culture.ts';
import { geoScopes, toRadians } from './geo.ts';
import { nextCapacity, resized, resizeOrgColumns, SYSTEM_SLOTS, VALUE_DIMENSIONS } from './indexColumns.ts';
import type { MatchItem, MatchProfile } from './matchProfile.ts';
import { goalMask, priorityOrder, trustScore } from './score.ts';
import { registerTag } from './taxonomy.ts';
import { ensureItemCapacity, type TermsSeen } from './indexStorage.ts';
import { splitWords, tokenOf } from './text.ts';

import { lookup } from './dictionary.ts';
import type { MatchIndex } from './matchIndex.ts';

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

export function writeOrgColumns(index: MatchIndex, org: number, profile: MatchProfile): void {
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
  syncContextRow(o, org);
}

export function ensureOrgCapacity(index: MatchIndex, rows: number): void {
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

/**
 * The distinct terms of a text in ascending order, with how often each occurs, and its token count;
 * `text` is the memo's copy of the text, so that an index keeping it shares one string per repeat.
 */
interface CountedText {
  terms: Int32Array;
  counts: Int32Array;
  length: number;
  text: string;
}

// Titles and descriptions repeat a lot ("Looking for flour"), so their term counts are memoised per
// index (bounded; term numbers never change, so entries stay valid). Longer texts (descriptions
// naming the organization and its town) rarely repeat, but their words do: each word's term number
// (NO_TERM for stop words, numbers…) is memoised per index as well.
interface TextMemo {
  texts: Map<string, CountedText>;
  words: Map<string, number>;
}
const textMemos = new WeakMap<MatchIndex, TextMemo>();
const MEMO_LIMIT = 200_000;
const CACHED_TEXT_LENGTH = 80;
const NO_TERM = -1;

function memoOf(index: MatchIndex): TextMemo {
  let memo = textMemos.get(index);
  if (memo === undefined) textMemos.set(index, (memo = { texts: new Map(), words: new Map() }));
  return memo;
}

function wordTerm(index: MatchIndex, words: Map<string, number>, raw: string): number {
  let number = words.get(raw);
  if (number === undefined) {
    const token = tokenOf(raw);
    number = token === null ? NO_TERM : termNumber(index, token.term, token.word);
    if (words.size >= MEMO_LIMIT) words.clear();
    words.set(raw, number);
  }
  return number;
}

/** The terms of `text` but the `excluded` ones (an organization's place words), counted. */
function countTerms(index: MatchIndex, text: string, excluded: readonly number[]): CountedText {
  const memo = memoOf(index);
  // Only short texts (titles, stock phrases) repeat often enough to cache; a long one is not even looked
  // up, as hashing it costs about what counting its words does. A cached count serves every
  // organization using the text, so it keeps all terms.
  if (text.length > CACHED_TEXT_LENGTH) return withoutTerms(countText(index, memo.words, text), excluded);
  let counted = memo.texts.get(text);
  if (counted === undefined) {
    counted = countText(index, memo.words, text);
    if (memo.texts.size >= MEMO_LIMIT) memo.texts.clear();
    memo.texts.set(text, counted);
  }
  return withoutTerms(counted, excluded);
}

function countText(index: MatchIndex, words: Map<string, number>, text: string): CountedText {
  const pieces = splitWords(text);
  const numbers = new Int32Array(pieces.length);
  let length = 0;
  for (const raw of pieces) {
    const number = wordTerm(index, words, raw);
    if (number !== NO_TERM) numbers[length++] = number;
  }
  const terms = numbers.subarray(0, length).sort();
  let distinct = 0;
  for (let i = 0; i < length; i++) if (i === 0 || terms[i] !== terms[i - 1]) distinct++;
  const counted: CountedText = { terms: new Int32Array(distinct), counts: new Int32Array(distinct), length, text };
  for (let i = 0, d = -1; i < length; i++) {
    if (i === 0 || terms[i] !== terms[i - 1]) counted.terms[++d] = terms[i] as number;
    counted.counts[d] = (counted.counts[d] as number) + 1;
  }
  return counted;
}

/**
 * Term numbers of the words in an organization's place names (MatchProfile.places). A word no text
 * used yet becomes a term here, so that the organization's own items, counted next, know to drop it.
 */
export function placeTerms(index: MatchIndex, places: readonly string[]): number[] {
  const words = memoOf(index).words;
  const terms: number[] = [];
  for (const place of places) {
    for (const raw of splitWords(place)) {
      const number = wordTerm(index, words, raw);
      if (number !== NO_TERM && !terms.includes(number)) terms.push(number);
    }
  }
  return terms;
}

/** The counted text without the `excluded` terms, as if they were stop words. */
function withoutTerms(counted: CountedText, excluded: readonly number[]): CountedText {
  let dropped = 0;
  let removed = 0;
  for (let i = 0; i < counted.terms.length; i++) {
    if (!excluded.includes(counted.terms[i] as number)) continue;
    dropped++;
    removed += counted.counts[i] as number;
  }
  if (dropped === 0) return counted;
  const kept: CountedText = {
    terms: new Int32Array(counted.terms.length - dropped),
    counts: new Int32Array(counted.terms.length - dropped),
    length: counted.length - removed,
    text: counted.text,
  };
  for (let i = 0, k = 0; i < counted.terms.length; i++) {
    if (excluded.includes(counted.terms[i] as number)) continue;
    kept.terms[k] = counted.terms[i] as number;
    kept.counts[k++] = counted.counts[i] as number;
  }
  return kept;
}

/** Appends one item of `org`; words of its place names (`places`, from placeTerms) do not count. */
export function appendItem(
  index: MatchIndex,
  org: number,
  item: MatchItem,
  isOffer: boolean,
  termsSeen: TermsSeen,
  places: readonly number[],
): void {
  const title = countTerms(index, item.title, places);
  const description = countTerms(index, item.description, places);
  // In quarter tokens, like the frequencies.
  const length = 4 * title.length + description.length;
  const row = index.itemCount;
  ensureItemCapacity(index, row + 1, index.termPoolLength + title.terms.length + description.terms.length);
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
  it.length[row] = length;
  // The item's distinct terms in ascending order: a merge of the title's and the description's.
  let t = 0;
  let d = 0;
  while (t < title.terms.length || d < description.terms.length) {
    const inTitle = t < title.terms.length ? (title.terms[t] as number) : Number.MAX_SAFE_INTEGER;
    const inText = d < description.terms.length ? (description.terms[d] as number) : Number.MAX_SAFE_INTEGER;
    const term = Math.min(inTitle, inText);
    const code = termCode(
      inTitle === term ? (title.counts[t++] as number) : 0,
      inText === term ? (description.counts[d++] as number) : 0,
    );
    index.termIds[index.termPoolLength] = term;
    index.termFrequencies[index.termPoolLength] = code;
    index.termPoolLength++;
    if (!termsSeen.get(term)) termsSeen.set(term, (code & 128) !== 0);
    if (isOffer) {
      index.offerDocumentFrequency[term] = (index.offerDocumentFrequency[term] ?? 0) + 1;
      const maxima = code & 128 ? index.offerTitleMaxTf : index.offerTextMaxTf;
      if ((code & 127) > (maxima[term] as number)) maxima[term] = code & 127;
      if (length < (index.offerTermMinLength[term] as number)) index.offerTermMinLength[term] = length;
    }
  }
  it.termCount[row] = index.termPoolLength - (it.termStart[row] as number);
  if (isOffer) {
    index.offerDocumentCount++;
    index.offerLengthSum += length;
  }
  index.itemTitles[row] = title.text;
  index.itemIds[row] = item.id;
  index.itemCount++;
}
