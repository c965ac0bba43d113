import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countItemTerms, placeWords, type CountedText } from './itemTerms.ts';
import { textLanguages } from './language.ts';
import { createMatchIndex, type MatchIndex } from './matchIndex.ts';
import { tokenize } from './text.ts';

/** Counted terms as "term×count", in term order, to compare with the plain tokenizer. */
function spelled(index: MatchIndex, counted: CountedText): string[] {
  return Array.from(counted.terms, (term, i) => `${index.terms.keys[term]}×${counted.counts[i]}`).sort();
}

function tokenized(text: string, language: number, except: readonly string[] = []): string[] {
  const counts = new Map<string, number>();
  for (const { term } of tokenize(text, language)) {
    if (!except.includes(term)) counts.set(term, (counts.get(term) ?? 0) + 1);
  }
  return [...counts].map(([term, count]) => `${term}×${count}`).sort();
}

describe('item terms', () => {
  it('counts a repeated title again in the language of each item it belongs to', () => {
    const index = createMatchIndex();
    const places = placeWords(index, []);
    const title = 'Vasetti vetro';
    const english = countItemTerms(index, title, 'Small glass jars for the jam we make at the bakery', places);
    const italian = countItemTerms(index, title, 'Cerchiamo vasetti per la nostra marmellata', places);
    const englishAgain = countItemTerms(index, title, 'Jars for the jam', places);
    assert.equal(textLanguages[english.language], 'english');
    assert.equal(textLanguages[italian.language], 'italian');
    assert.deepEqual(spelled(index, english.title), tokenized(title, english.language));
    assert.deepEqual(spelled(index, italian.title), tokenized(title, italian.language));
    assert.deepEqual(spelled(index, englishAgain.title), spelled(index, english.title));
    assert.notDeepEqual(spelled(index, english.title), spelled(index, italian.title));
    assert.deepEqual(
      spelled(index, italian.description),
      tokenized('Cerchiamo vasetti per la nostra marmellata', italian.language),
    );
  });

  it("leaves out the organization's place names, stemmed in each item's language", () => {
    const index = createMatchIndex();
    const places = placeWords(index, ['Modena', 'Via Emilia']);
    const english = countItemTerms(index, 'Balsamic vinegar from Modena', 'Aged in the hills of Modena', places);
    const italian = countItemTerms(
      index,
      'Aceto balsamico di Modena',
      "Invecchiato sulla Via Emilia, per l'export",
      places,
    );
    const except = (language: number) =>
      ['Modena', 'Via', 'Emilia'].flatMap((w) => tokenize(w, language).map((t) => t.term));
    assert.deepEqual(
      spelled(index, english.title),
      tokenized('Balsamic vinegar from Modena', english.language, except(english.language)),
    );
    assert.deepEqual(
      spelled(index, italian.description),
      tokenized("Invecchiato sulla Via Emilia, per l'export", italian.language, except(italian.language)),
    );
    assert.equal(english.description.length, tokenize('Aged in the hills of Modena', english.language).length - 1);
  });
});
