import { foldText } from '../../../../common/foldText.ts';
import { porterStem } from './porterStemmer.ts';
import { stopWords } from './stopWords.ts';

// Turning offer and need texts into index terms: lower case, accents folded as the directory search
// folds them (so "lodz" meets "Łódź"), split on anything that is not a letter or digit, numbers
// dropped (quantities are compared as numbers, not words), the function words of English and the
// main EU languages dropped (stopWords.ts), and Porter-stemmed when the word is in plain Latin
// letters. A word in other letters (Greek, Cyrillic, æ, þ) is a term as written: the stemmer knows
// English only, and dropping those letters would leave a Greek or Bulgarian text without any words to
// match.

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
