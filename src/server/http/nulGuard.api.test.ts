import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createNetwork, createOrg, json, signUp } from '../testing/factories.ts';
import { createTestApp } from '../testing/testApp.ts';

const t = await createTestApp();
const user = await signUp(t);
const org = await createOrg(t, user);

type Problem = { code: string; errors: { field: string; message: string }[] };

function assertNulRefused(response: Awaited<ReturnType<typeof t.request>>, field: string) {
  assert.equal(response.statusCode, 400, response.body);
  const problem = json<Problem>(response);
  assert.equal(problem.code, 'validation.failed');
  assert.deepEqual(problem.errors, [{ field, message: 'must not contain the NUL character (U+0000)' }]);
}

test('a NUL in a body field is refused naming the field, and nothing is written', async () => {
  const url = `/api/v1/orgs/${org.id}/resources`;
  const refused = await t.request({
    method: 'POST',
    url,
    as: user,
    payload: { category: 'physical', name: 'Deck oven', description: 'Two\u0000decks', visibility: 'network' },
  });
  assertNulRefused(refused, 'description');
  const listed = json<{ items: unknown[] }>(await t.request({ method: 'GET', url, as: user }));
  assert.equal(listed.items.length, 0);
});

test('a NUL deep inside a body names the whole path', async () => {
  const response = await t.request({
    method: 'PUT',
    url: `/api/v1/orgs/${org.id}/strategic-profile`,
    as: user,
    payload: {
      businessSystems: [
        { kind: 'erp', name: 'Odoo' },
        { kind: 'crm', name: 'Hub\u0000Spot' },
      ],
    },
  });
  assertNulRefused(response, 'businessSystems.1.name');
});

test('a NUL in the query string or in a CSV upload is refused too', async () => {
  const matches = await t.request({
    method: 'GET',
    url: `/api/v1/orgs/${org.id}/matches?sector=%00`,
    as: user,
  });
  assertNulRefused(matches, 'querystring.sector');
  const network = await createNetwork(t, user, org.id);
  const upload = await t.request({
    method: 'POST',
    url: `/api/v1/networks/${network.id}/imports`,
    as: user,
    headers: { 'content-type': 'text/csv' },
    payload: 'name,country,city\nNul\u0000Farm,IT,Parma\n',
  });
  assertNulRefused(upload, '(body)');
});
