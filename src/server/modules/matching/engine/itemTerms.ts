import { lookup } from './dictionary.ts';
import { nextCapacity, resized } from './indexColumns.ts';
import { addVotes, LANGUAGES, languageBits, mostVoted } from './language.ts';
import type { MatchIndex } from './matchIndex.ts';
import { foldWord, splitWords, tokenOf } from './text.ts';

// The index terms of an item. Its language is the one the function words of its title and
// description together vote for (language.ts), and each of its words is stemmed in it (text.ts).
//
// Titles and descriptions repeat a lot ("Looking for flour"), so a short text's word numbers, votes
// and term counts in the language last asked for are memoised per index (bounded, and emptied with
// the word tables below). Longer texts (descriptions naming the organization and its town) rarely
// repeat, but their words do: each word's language bits and its term number in each language
// (NO_TERM for stop words, numbers…) are memoised per index as well, in flat tables rather than an
// object per word.

/**
 * The distinct terms of a text in ascending order, with how often each occurs, and its token count;
 * `text` is the memo's copy of the text, so that an index keeping it shares one string per repeat.
 */
export interface CountedText {
  terms: Int32Array;
  counts: Int32Array;
  length: number;
  text: string;
}

export interface ItemTerms {
  /** Number of the item's language in textLanguages. */
  language: number;
  title: CountedText;
  description: CountedText;
}

/**
 * A short text's word numbers, its function-word votes, 4 bits a language (at most 15 each; a short
 * text has fewer words), and its counted terms in the language last asked for (most networks write in
 * one).
 */
interface ShortText {
  words: Int32Array;
  votes: number;
  language: number;
  counted: CountedText | undefined;
}

/**
 * An organization's place names (MatchProfile.places) as word numbers, with their term numbers in each
 * language its items are written in, worked out on first use.
 */
export interface PlaceWords {
  words: readonly number[];
  termsByLanguage: Map<number, number[]>;
}

interface WordMemo {
  /** A piece of splitWords → its number in the tables below. */
  numbers: Map<string, number>;
  pieces: string[];
  /** Per word number: its language bits (language.ts). */
  bits: Uint8Array;
  /** Per word number and language: its term number, NO_TERM, or UNKNOWN until first asked. */
  terms: Int32Array;
  shortTexts: Map<string, ShortText>;
}

const memos = new WeakMap<MatchIndex, WordMemo>();
const MEMO_LIMIT = 200_000;
const CACHED_TEXT_LENGTH = 80;
const NO_TERM = -1;
const UNKNOWN = -2;

function memoOf(index: MatchIndex): WordMemo {
  let memo = memos.get(index);
  if (memo === undefined) {
    memo = {
      numbers: new Map(),
      pieces: [],
      bits: new Uint8Array(1024),
      terms: new Int32Array(1024 * LANGUAGES).fill(UNKNOWN),
      shortTexts: new Map(),
    };
    memos.set(index, memo);
  }
  return memo;
}

function wordNumber(memo: WordMemo, piece: string): number {
  let number = memo.numbers.get(piece);
  if (number !== undefined) return number;
  number = memo.pieces.length;
  if (number >= memo.bits.length) {
    memo.bits = resized(memo.bits, 2 * memo.bits.length);
    const terms = resized(memo.terms, 2 * memo.terms.length);
    terms.fill(UNKNOWN, memo.terms.length);
    memo.terms = terms;
  }
  memo.pieces.push(piece);
  memo.bits[number] = languageBits(foldWord(piece));
  memo.numbers.set(piece, number);
  return number;
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

/** Term number of word `number` in textLanguages[language] (NO_TERM for a stop word, a number…). */
function termIn(index: MatchIndex, memo: WordMemo, number: number, language: number): number {
  const at = number * LANGUAGES + language;
  let term = memo.terms[at] as number;
  if (term === UNKNOWN) {
    const token = tokenOf(memo.pieces[number] as string, language);
    term = token === null ? NO_TERM : termNumber(index, token.term, token.word);
    memo.terms[at] = term;
  }
  return term;
}

/** Word numbers of one text, reused from item to item. */
class WordBuffer {
  private numbers = new Int32Array(256);

  /** The word numbers of `text` (a view, valid until the next read), their votes added to `votes`. */
  read(memo: WordMemo, text: string, votes: Int32Array): Int32Array {
    const pieces = splitWords(text);
    if (pieces.length > this.numbers.length)
      this.numbers = new Int32Array(nextCapacity(this.numbers.length, pieces.length));
    for (let i = 0; i < pieces.length; i++) {
      const number = wordNumber(memo, pieces[i] as string);
      this.numbers[i] = number;
      addVotes(votes, memo.bits[number] as number);
    }
    return this.numbers.subarray(0, pieces.length);
  }
}

const titleWords = new WordBuffer();
const descriptionWords = new WordBuffer();
const shortTextWords = new WordBuffer();

let termScratch = new Int32Array(256);
const itemVotes = new Int32Array(LANGUAGES);

/** The words (word numbers) counted as terms of textLanguages[language]. */
function countWords(index: MatchIndex, memo: WordMemo, words: Int32Array, language: number, text: string): CountedText {
  if (termScratch.length < words.length) termScratch = new Int32Array(nextCapacity(0, words.length));
  const terms = termScratch;
  let length = 0;
  for (const word of words) {
    const term = termIn(index, memo, word, language);
    if (term !== NO_TERM) terms[length++] = term;
  }
  const sorted = terms.subarray(0, length).sort();
  let distinct = 0;
  for (let i = 0; i < length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) distinct++;
  const counted: CountedText = { terms: new Int32Array(distinct), counts: new Int32Array(distinct), length, text };
  for (let i = 0, d = -1; i < length; i++) {
    if (i === 0 || sorted[i] !== sorted[i - 1]) counted.terms[++d] = sorted[i] as number;
    counted.counts[d] = (counted.counts[d] as number) + 1;
  }
  return counted;
}

const textVotes = new Int32Array(LANGUAGES);

/** The memo entry of a short text, its words and votes read on first sight. */
function shortText(memo: WordMemo, text: string): ShortText {
  let entry = memo.shortTexts.get(text);
  if (entry === undefined) {
    textVotes.fill(0);
    const words = shortTextWords.read(memo, text, textVotes).slice();
    let votes = 0;
    for (let l = 0; l < LANGUAGES; l++) votes += Math.min(15, textVotes[l] as number) * 16 ** l;
    entry = { words, votes, language: -1, counted: undefined };
    if (memo.shortTexts.size >= MEMO_LIMIT) memo.shortTexts.clear();
    memo.shortTexts.set(text, entry);
  }
  return entry;
}

/** A text as read: its memo entry (a short text) or its word numbers (a long one). */
type ReadText = ShortText | Int32Array;

/**
 * Reads a text's words (a long one, into `words`) or memo entry (a short one), adding its votes to
 * itemVotes. A long text is not even looked up: it rarely repeats, and hashing it costs about what
 * reading its words does.
 */
function readText(memo: WordMemo, text: string, words: WordBuffer): ReadText {
  if (text.length > CACHED_TEXT_LENGTH) return words.read(memo, text, itemVotes);
  const entry = shortText(memo, text);
  for (let l = 0, votes = entry.votes; votes !== 0; l++, votes = Math.floor(votes / 16)) {
    itemVotes[l] = (itemVotes[l] as number) + (votes % 16);
  }
  return entry;
}

function countText(index: MatchIndex, memo: WordMemo, text: string, read: ReadText, language: number): CountedText {
  if (read instanceof Int32Array) return countWords(index, memo, read, language, text);
  if (read.language !== language || read.counted === undefined) {
    read.counted = countWords(index, memo, read.words, language, text);
    read.language = language;
  }
  return read.counted;
}

/**
 * Word numbers of an organization's place names (MatchProfile.places), read before its items. The
 * memo's word tables are emptied here when full, never while an organization's items are read.
 */
export function placeWords(index: MatchIndex, places: readonly string[]): PlaceWords {
  const memo = memoOf(index);
  if (memo.numbers.size >= MEMO_LIMIT) {
    memo.numbers.clear();
    memo.pieces.length = 0;
    memo.terms.fill(UNKNOWN);
    memo.shortTexts.clear(); // their word numbers are gone with the tables
  }
  const numbers: number[] = [];
  for (const place of places) {
    for (const piece of splitWords(place)) {
      const number = wordNumber(memo, piece);
      if (!numbers.includes(number)) numbers.push(number);
    }
  }
  return { words: numbers, termsByLanguage: new Map() };
}

const NO_PLACE_TERMS: readonly number[] = [];

/** The term numbers of the place words in textLanguages[language]. */
function placeTermsIn(index: MatchIndex, memo: WordMemo, places: PlaceWords, language: number): readonly number[] {
  if (places.words.length === 0) return NO_PLACE_TERMS;
  let terms = places.termsByLanguage.get(language);
  if (terms === undefined) {
    terms = [];
    for (const number of places.words) {
      const term = termIn(index, memo, number, language);
      if (term !== NO_TERM && !terms.includes(term)) terms.push(term);
    }
    places.termsByLanguage.set(language, terms);
  }
  return terms;
}

/**
 * An item's language and the counted terms of its title and description, without the words of its
 * organization's place names (`places`, from placeWords): geography scores where it is.
 */
export function countItemTerms(index: MatchIndex, title: string, description: string, places: PlaceWords): ItemTerms {
  const memo = memoOf(index);
  itemVotes.fill(0);
  const titleRead = readText(memo, title, titleWords);
  const descriptionRead = readText(memo, description, descriptionWords);
  const language = mostVoted(itemVotes);
  const excluded = placeTermsIn(index, memo, places, language);
  return {
    language,
    title: withoutTerms(countText(index, memo, title, titleRead, language), excluded),
    description: withoutTerms(countText(index, memo, description, descriptionRead, language), excluded),
  };
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
