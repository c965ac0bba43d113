import { stemmer as bulgarianStem } from '@orama/stemmers/bulgarian';
import { stemmer as dutchStem } from '@orama/stemmers/dutch';
import { stemmer as frenchStem } from '@orama/stemmers/french';
import { stemmer as germanStem } from '@orama/stemmers/german';
import { stemmer as greekStem } from '@orama/stemmers/greek';
import { stemmer as italianStem } from '@orama/stemmers/italian';
import { stemmer as portugueseStem } from '@orama/stemmers/portuguese';
import { stemmer as spanishStem } from '@orama/stemmers/spanish';
import { porterStem } from './porterStemmer.ts';
import { stopWordsByLanguage } from './stopWords.ts';

// The language of a listing and the stemmer of its words.
//
// A listing is written in one language, and its small words tell which: "Cerchiamo un fornitore di
// caffè per il nostro bar" has four Italian function words and no English one. Each function word
// votes for every language it belongs to (stopWords.ts); the language with most votes wins, English on
// a tie (so a text without any small word, "Glass jars, 250 ml", is English, as it was before).
// Its words are then stemmed with that language's Snowball stemmer (@orama/stemmers), so that
// "vasetti" meets "vasetto" and "formaggi" meets "formaggio"; English keeps Porter (1980), and
// Polish, which Snowball has no stemmer for, stays as written. Greek and Cyrillic words are stemmed
// by their script whatever the vote (Greek, and Bulgarian for Cyrillic), as the votes cover Latin
// scripts only.

export const textLanguages = [
  'english',
  'italian',
  'french',
  'german',
  'spanish',
  'portuguese',
  'dutch',
  'polish',
] as const;
export type TextLanguage = (typeof textLanguages)[number];
export const LANGUAGES = textLanguages.length;
export const ENGLISH = 0;

const latinStemmers: ReadonlyArray<((word: string) => string) | null> = [
  porterStem,
  italianStem,
  frenchStem,
  germanStem,
  spanishStem,
  portugueseStem,
  dutchStem,
  null,
];

const bitsByWord = new Map<string, number>();
textLanguages.forEach((language, l) => {
  for (const word of stopWordsByLanguage[language] ?? []) bitsByWord.set(word, (bitsByWord.get(word) ?? 0) | (1 << l));
});

/** Bit l set when `word` (lower case, accents folded) is a function word of textLanguages[l]. */
export function languageBits(word: string): number {
  return bitsByWord.get(word) ?? 0;
}

/** Adds one vote per bit of `bits` to `votes` (one count per language). */
export function addVotes(votes: Int32Array, bits: number): void {
  for (let rest = bits; rest !== 0; rest &= rest - 1) {
    const l = 31 - Math.clz32(rest & -rest);
    votes[l] = (votes[l] as number) + 1;
  }
}

/** The number of the language with most votes; English on a tie with it, else the first listed. */
export function mostVoted(votes: Int32Array): number {
  let best = ENGLISH;
  for (let l = 1; l < LANGUAGES; l++) if ((votes[l] as number) > (votes[best] as number)) best = l;
  return best;
}

const latinLetters = /^[a-z0-9]+$/;
const greekLetters = /^[\u0370-\u03ff]+$/;
const cyrillicLetters = /^[\u0400-\u04ff]+$/;

/** The stem of a folded word of a text in textLanguages[language]. */
export function stemIn(word: string, language: number): string {
  if (latinLetters.test(word)) return latinStemmers[language]?.(word) ?? word;
  if (greekLetters.test(word)) return greekStem(word);
  if (cyrillicLetters.test(word)) return bulgarianStem(word);
  return word;
}
