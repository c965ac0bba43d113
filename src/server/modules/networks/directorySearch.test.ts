import assert from 'node:assert/strict';
import { test } from 'node:test';
import { toDirectoryFilter, toPrefixQuery } from './directorySearch.ts';

test('free text becomes a prefix query of letters and digits only', () => {
  assert.equal(toPrefixQuery('Forno  Bian'), 'forno:* & bian:*');
  assert.equal(toPrefixQuery("café & 'roast' | !x"), 'cafe:* & roast:* & x:*');
  assert.equal(toPrefixQuery('Łódź ŚWIĘTO Αθήνα'), 'lodz:* & swieto:* & αθηνα:*');
  assert.equal(toPrefixQuery('  ;; '), undefined);
  assert.equal(toPrefixQuery(undefined), undefined);
});

test('a NACE section letter filters by its divisions; a code filters by prefix', () => {
  const section = toDirectoryFilter({ sector: 'c', limit: 10, offset: 0 });
  assert.ok(section.divisions?.includes('10'));
  assert.ok(section.divisions?.includes('33'));
  assert.equal(section.divisions?.includes('01'), false);
  assert.equal(toDirectoryFilter({ sector: '10.7', limit: 10, offset: 0 }).naceCode, '10.7');
});
