import { foldText } from '../../../../common/foldText.ts';
import { addVotes, ENGLISH, LANGUAGES, languageBits, mostVoted, stemIn } from './language.ts';
import { stopWords } from './stopWords.ts';

// Turning offer and need texts into index terms: lower case, accents folded as the directory search
// folds them (so "lodz" meets "Łódź"), split on anything that is not a letter or digit, numbers
// dropped (quantities are compared as numbers, not words), the function words of English and the
// main EU languages dropped (stopWords.ts), and stemmed in the text's language (language.ts).

const STEM_CACHE_LIMIT = 200_000;
const stemCaches = Array.from({ length: LANGUAGES }, () => new Map<string, string>());

/** The stem of a folded word in textLanguages[language], with a bounded memo: most words repeat. */
function stem(word: string, language = ENGLISH): string {
  const cache = stemCaches[language] as Map<string, string>;
  const cached = cache.get(word);
  if (cached !== undefined) return cached;
  const stemmed = stemIn(word, language);
  if (cache.size >= STEM_CACHE_LIMIT) cache.clear();
  cache.set(word, stemmed);
  return stemmed;
}

export interface Token {
  /** The stemmed index term. */
  term: string;
  /** The word as written (lower case, accents folded), for explanations. */
  word: string;
}

const foldCache = new Map<string, string>();

/** A piece of splitWords with its accents folded: "büros" is "buros", "łódź" is "lodz". */
export function foldWord(word: string): string {
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

/**
 * The index term of one piece of splitWords in a text in textLanguages[language], or null when it is
 * no term (short, a number, a stop word of any language).
 */
export function tokenOf(raw: string, language = ENGLISH): Token | null {
  if (raw.length < 2) return null;
  const word = foldWord(raw);
  if (/^\d+$/.test(word) || stopWords.has(word)) return null;
  const term = stem(word, language);
  return term.length < 2 ? null : { term, word };
}

/** The language number (language.ts) that the function words of `texts` vote for. */
export function languageOf(...texts: string[]): number {
  const votes = new Int32Array(LANGUAGES);
  for (const text of texts) for (const raw of splitWords(text)) addVotes(votes, languageBits(foldWord(raw)));
  return mostVoted(votes);
}

/**
 * The index terms of a text, in order, repeats kept (term frequency matters to BM25); stemmed in
 * `language`, by default the one the text's own function words tell.
 */
export function tokenize(text: string, language = languageOf(text)): Token[] {
  const tokens: Token[] = [];
  for (const raw of splitWords(text)) {
    const token = tokenOf(raw, language);
    if (token !== null) tokens.push(token);
  }
  return tokens;
}
