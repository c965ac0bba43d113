import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { createNetwork, createOrg, json, signUp, type TestUser } from '../../testing/factories.ts';
import { createTestApp } from '../../testing/testApp.ts';
import { directoryOf, names, type DirectoryPage } from './networks.testSetup.ts';

const t = await createTestApp();

const directory = (as: TestUser, networkId: string, query = '') => directoryOf(t, as, networkId, query);

let manager: TestUser;
let baker: TestUser;
let networkId: string;

before(async () => {
  manager = await signUp(t, 'Manager');
  baker = await signUp(t, 'Baker');
  const chamber = await createOrg(t, manager, { name: 'Chamber of Bologna' });
  networkId = (await createNetwork(t, manager, chamber.id, { name: 'Bologna Food Cluster' })).id;
});

describe('CSV import into a network', () => {
  const header = 'name,country,city,nace_code,employees,turnover_band,offers,needs';

  test('one bad row means nothing is imported, with row, column and reason', async () => {
    const csv = `${header}\nGood Farm,IT,Parma,01.1,4,under_2m,,\nBad Country,XX,Parma,,,,,\nBad Tag,IT,Parma,,,,not.a.tag,\n`;
    const response = await t.request({
      method: 'POST',
      url: `/api/v1/networks/${networkId}/imports`,
      as: manager,
      headers: { 'content-type': 'text/csv' },
      payload: csv,
    });
    assert.equal(response.statusCode, 422);
    assert.deepEqual(json<{ rows: unknown[] }>(response).rows, [
      { row: 3, column: 'country', reason: 'unknown ISO 3166-1 code' },
      { row: 4, column: 'offers', reason: 'unknown capability "not.a.tag"' },
    ]);
    assert.deepEqual(names(json<DirectoryPage>(await directory(manager, networkId, '?q=good%20farm'))), []);
  });

  test('with skipInvalid the valid rows become active members', async () => {
    const csv = `${header}\nGood Farm,IT,Parma,01.1,4,under_2m,food.bakery.bread,digital.web.seo\nBad Country,XX,Parma,,,,,\n`;
    const response = await t.request({
      method: 'POST',
      url: `/api/v1/networks/${networkId}/imports?skipInvalid=true`,
      as: manager,
      headers: { 'content-type': 'text/csv' },
      payload: csv,
    });
    assert.equal(response.statusCode, 200, response.body);
    assert.deepEqual(json(response), {
      imported: 1,
      skipped: 1,
      errors: [{ row: 3, column: 'country', reason: 'unknown ISO 3166-1 code' }],
    });
    const page = json<DirectoryPage>(await directory(manager, networkId, '?q=good%20farm'));
    assert.deepEqual(
      page.items[0]?.offers.map((o) => o.title),
      ['Bread'],
    );
  });

  test('a semicolon-separated file, as a spreadsheet saves it in much of Europe, imports too', async () => {
    const csv = `\uFEFF${header.replaceAll(',', ';')}\r\nSemicolon Dairy, Srl;IT;Parma;;5;under_2m;"food.bakery.bread;food.bakery.pastry";\r\n`;
    const response = await t.request({
      method: 'POST',
      url: `/api/v1/networks/${networkId}/imports`,
      as: manager,
      headers: { 'content-type': 'text/csv' },
      payload: csv,
    });
    assert.equal(response.statusCode, 200, response.body);
    assert.deepEqual(json(response), { imported: 1, skipped: 0, errors: [] });
    const page = json<DirectoryPage>(await directory(manager, networkId, '?q=semicolon%20dairy'));
    assert.equal(page.items[0]?.name, 'Semicolon Dairy, Srl');
    assert.deepEqual(page.items[0]?.offers.map((o) => o.title).sort(), ['Bread', 'Pastry and cakes']);
  });

  test('only the network manager may import', async () => {
    const response = await t.request({
      method: 'POST',
      url: `/api/v1/networks/${networkId}/imports`,
      as: baker,
      headers: { 'content-type': 'text/csv' },
      payload: `${header}\nX,IT,,,,,,\n`,
    });
    assert.equal(response.statusCode, 403);
  });
});
