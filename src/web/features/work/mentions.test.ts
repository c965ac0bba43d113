import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { completeMention, mentionedUserIds, pendingMention, splitMentions } from './mentions.ts';

const people = [
  { userId: 'a', name: 'Alice Rossi' },
  { userId: 'b', name: 'Bob' },
];

describe('mentions', () => {
  test('finds the people mentioned by full name, case-insensitively, once each', () => {
    assert.deepEqual(mentionedUserIds('@alice rossi and @Bob, again @Bob', people), ['a', 'b']);
    assert.deepEqual(mentionedUserIds('Alice without an at sign', people), []);
  });

  test('a pending mention is the partial name after the last @ at the end', () => {
    assert.equal(pendingMention('Hi @Al'), 'Al');
    assert.equal(pendingMention('Hi @'), '');
    assert.equal(pendingMention('mail me at a@b'), null);
    assert.equal(pendingMention('Hi @Alice, done'), null);
  });

  test('completing replaces the partial name with the full one', () => {
    assert.equal(completeMention('Hi @Al', 'Alice Rossi'), 'Hi @Alice Rossi ');
  });

  test('splits a body into text and highlighted mentions', () => {
    assert.deepEqual(splitMentions('Hi @Bob, see @Alice Rossi', ['Bob', 'Alice Rossi']), [
      { text: 'Hi ', mention: false },
      { text: '@Bob', mention: true },
      { text: ', see ', mention: false },
      { text: '@Alice Rossi', mention: true },
    ]);
  });
});
