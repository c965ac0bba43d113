import assert from 'node:assert/strict';
import { test } from 'node:test';
import { delimiterOf, formatOrgCsv, parseOrgCsv } from './orgCsv.ts';

test('valid rows parse into organizations with their offers and needs', () => {
  const { rows, errors } = parseOrgCsv(
    'name,country,city,employees,turnover_band,nace_code,offers,needs\n' +
      '"Forno Bianchi, Srl",it,Modena,6,under_2m,10.71,food.bakery.bread;food.bakery.pastry,digital.web.seo\n',
  );
  assert.deepEqual(errors, []);
  assert.equal(rows[0]?.identity.name, 'Forno Bianchi, Srl');
  assert.equal(rows[0]?.identity.country, 'IT');
  assert.equal(rows[0]?.identity.employees, 6);
  assert.deepEqual(rows[0]?.offers, ['food.bakery.bread', 'food.bakery.pastry']);
  assert.deepEqual(rows[0]?.needs, ['digital.web.seo']);
});

test('every problem is reported with its row, column and reason', () => {
  const { rows, errors } = parseOrgCsv(
    'name,country,employees,website,nace_code\n' +
      'Ok,IT,3,,\n' +
      ',IT,3,,\n' +
      'Bad,IT,many,ftp://x,\n' +
      'Bad code,IT,,,77.77\n',
  );
  assert.equal(rows.length, 1);
  assert.deepEqual(
    errors.map((e) => [e.row, e.column]),
    [
      [3, 'name'],
      [4, 'website'],
      [4, 'employees'],
      [5, 'nace_code'],
    ],
  );
});

test('unknown or missing columns are reported against the header row', () => {
  assert.deepEqual(parseOrgCsv('name,colour\nX,red\n').errors, [
    { row: 1, column: 'colour', reason: 'unknown column' },
    { row: 1, column: 'country', reason: 'missing column' },
  ]);
});

test('a malformed file is reported, not thrown', () => {
  const { errors } = parseOrgCsv('name,country\n"unterminated,IT\n');
  assert.equal(errors.length, 1);
  assert.equal(errors[0]?.column, '(file)');
});

test('export and import round-trip', () => {
  const original = parseOrgCsv(
    'name,country,city,latitude,longitude,employees,offers\nRoaster,DE,Munich,48.13,11.58,12,food.coffee.roasted-beans\n',
  ).rows;
  const again = parseOrgCsv(formatOrgCsv(original));
  assert.deepEqual(again.errors, []);
  assert.deepEqual(
    again.rows.map((r) => [r.identity, r.offers]),
    original.map((r) => [r.identity, r.offers]),
  );
});

test('a file saved by a spreadsheet with semicolons, a byte-order mark and decimal commas imports as the comma file does', () => {
  const comma = parseOrgCsv(
    'name,country,city,latitude,longitude,employees,offers\n' +
      '"Forno Bianchi, Srl",IT,Modena,44.65,10.93,6,food.bakery.bread;food.bakery.pastry\n',
  );
  const semicolon = parseOrgCsv(
    '\uFEFFname;country;city;latitude;longitude;employees;offers\r\n' +
      'Forno Bianchi, Srl;IT;Modena;44,65;10,93;6;"food.bakery.bread;food.bakery.pastry"\r\n',
  );
  assert.deepEqual(semicolon.errors, []);
  assert.deepEqual(semicolon.rows, comma.rows);
  assert.equal(semicolon.rows[0]?.identity.latitude, 44.65);
});

test('the separator is the one the header row uses most; a comma file keeps refusing decimal commas', () => {
  assert.equal(delimiterOf('name,country\nA;B,IT\n'), ',');
  assert.equal(delimiterOf('\uFEFFname;country;city\n'), ';');
  assert.equal(delimiterOf('name\tcountry\n'), '\t');
  assert.equal(delimiterOf('name\nOnly,names\n'), ',');
  const { errors } = parseOrgCsv('name,country,latitude\nX,IT,"44,65"\n');
  assert.deepEqual(
    errors.map((e) => [e.row, e.column]),
    [[2, 'latitude']],
  );
});
