import assert from 'node:assert/strict';
import { test } from 'node:test';
import { foldText, lettersWithDiacritics, plainLetters } from './foldText.ts';

test('folding lower-cases and drops diacritics, letter for letter', () => {
  assert.equal(foldText('Łódź Spółdzielnia'), 'lodz spoldzielnia');
  assert.equal(foldText('Crème Brûlée, Ærø, Straße'), 'creme brulee, æro, straße');
  assert.equal(foldText('ΑΘΉΝΑ Αρτοποιείο'), 'αθηνα αρτοποιειο');
  assert.equal([...lettersWithDiacritics].length, [...plainLetters].length);
  for (const letter of plainLetters) assert.equal(foldText(letter), letter, 'plain letters stay as they are');
});
