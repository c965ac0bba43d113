import { foldText } from '../../../../common/foldText.ts';
import { porterStem } from './porterStemmer.ts';

// Turning offer and need texts into index terms: lower case, accents folded as the directory search
// folds them (so "lodz" meets "Łódź"), split on anything that is not a letter or digit, numbers
// dropped (quantities are compared as numbers, not words), English stop words dropped, and
// Porter-stemmed when the word is in plain Latin letters. A word in other letters (Greek, Cyrillic,
// æ, þ) is a term as written: the stemmer knows English only, and dropping those letters would leave
// a Greek or Bulgarian text without any words to match.

// The classic SMART/Lucene-style list plus the connective words that every generated offer or need
// sentence carries ("up to", "about", "looking for") and that say nothing about what is offered, and
// the periods of quantities ("170 pallets/week"): the quantity fit compares amounts, and "week" in two
// texts says nothing about whether one covers the other.
const stopWordList = `a about above after again against all also am an and any are as at be because been before being
below between both but by can could did do does doing down during each few for from further had has have having he her
here hers herself him himself his how i if in into is it its itself just let me more most my myself no nor not now of
off on once only or other our ours ourselves out over own same she should so some such than that the their theirs them
themselves then there these they this those through to too under until up very was we were what when where which while
who whom why will with would you your yours yourself yourselves per via etc incl
hour hours day days daily week weeks weekly month months monthly quarter quarters quarterly year years yearly annual`;

export const stopWords: ReadonlySet<string> = new Set(stopWordList.split(/\s+/));

const stemCache = new Map<string, string>();
const STEM_CACHE_LIMIT = 200_000;

/** Porter stem with a bounded memo: business vocabularies are small, so most words repeat. */
export function stem(word: string): string {
  const cached = stemCache.get(word);
  if (cached !== undefined) return cached;
  const stemmed = porterStem(word);
  if (stemCache.size >= STEM_CACHE_LIMIT) stemCache.clear();
  stemCache.set(word, stemmed);
  return stemmed;
}

export interface Token {
  /** The stemmed index term. */
  term: string;
  /** The word as written (lower case, accents folded), for explanations. */
  word: string;
}

const foldCache = new Map<string, string>();

function fold(word: string): string {
  const cached = foldCache.get(word);
  if (cached !== undefined) return cached;
  const folded = foldText(word)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss');
  if (foldCache.size >= STEM_CACHE_LIMIT) foldCache.clear();
  foldCache.set(word, folded);
  return folded;
}

/** The pieces of a text between anything that is not a letter or digit, lower case. */
export function splitWords(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}\p{N}]+/u);
}

/** The index term of one piece of splitWords, or null when it is no term (short, a number, a stop word). */
export function tokenOf(raw: string): Token | null {
  if (raw.length < 2) return null;
  const word = fold(raw);
  if (/^\d+$/.test(word) || stopWords.has(word)) return null;
  const term = /^[a-z0-9]+$/.test(word) ? stem(word) : word;
  return term.length < 2 ? null : { term, word };
}

/** The index terms of a text, in order, repeats kept (term frequency matters to BM25). */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const raw of splitWords(text)) {
    const token = tokenOf(raw);
    if (token !== null) tokens.push(token);
  }
  return tokens;
}
