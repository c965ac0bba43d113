import assert from 'node:assert/strict';
import { test } from 'node:test';
import { matchComponents } from '../../../common/matching.ts';
import { addListing, createOrg, joinNetwork, json, signUp, type TestUser } from '../../testing/factories.ts';
import { createTestApp } from '../../testing/testApp.ts';
import { complementaryNetwork, matchesOf, type Result } from './matching.testSetup.ts';

const t = await createTestApp();

const { baker, roasterUser, bakery, roaster, networkId, coffeeNeedId } = await complementaryNetwork(t);

const matches = (as: TestUser, orgId: string, query = '') => matchesOf(t, as, orgId, query);

test('the complementary roaster ranks first, with the need↔offer pairs that matched', async () => {
  const response = await matches(baker, bakery.id);
  assert.equal(response.statusCode, 200, response.body);
  const result = json<Result>(response);
  assert.equal(result.network?.id, networkId);
  assert.equal(result.items[0]?.org.name, 'Blue Hill Roasters');
  const pairs = result.items[0]!.pairs.map((p) => [p.needTitle, p.offerTitle]);
  assert.deepEqual(pairs.sort(), [
    ['Bread for our tasting room', 'Sourdough bread daily'],
    ['Roasted coffee beans for our café corner', 'Fresh roasted coffee beans'],
  ]);
  assert.ok(result.items[0]!.score > (result.items[1]?.score ?? 0));
  assert.equal(
    result.items.some((item) => item.org.name === 'Print Shop'),
    false,
    'a member that covers nothing either way is no suggestion',
  );
});

test('need-first finds who can fill one need', async () => {
  const result = json<Result>(await matches(baker, bakery.id, `?need=${coffeeNeedId}`));
  assert.equal(result.items[0]?.org.name, 'Blue Hill Roasters');
  const wrongNeed = await matches(baker, bakery.id, `?need=${roaster.id}`);
  assert.equal(json<{ errors: { field: string }[] }>(wrongNeed).errors[0]?.field, 'need');
});

test('a dismissed candidate does not come back; clearing the decision brings it back', async () => {
  const dismiss = await t.request({
    method: 'PUT',
    url: `/api/v1/orgs/${bakery.id}/matches/${roaster.id}/decision`,
    as: baker,
    payload: { decision: 'dismissed' },
  });
  assert.equal(dismiss.statusCode, 204);
  assert.equal(
    json<Result>(await matches(baker, bakery.id)).items.some((i) => i.org.id === roaster.id),
    false,
  );
  await t.request({
    method: 'PUT',
    url: `/api/v1/orgs/${bakery.id}/matches/${roaster.id}/decision`,
    as: baker,
    payload: { decision: null },
  });
  assert.equal(json<Result>(await matches(baker, bakery.id)).items[0]?.org.id, roaster.id);
});

test('saved and dismissed candidates are listed for members of the organization only', async () => {
  const decide = (decision: 'saved' | 'dismissed' | null) =>
    t.request({
      method: 'PUT',
      url: `/api/v1/orgs/${bakery.id}/matches/${roaster.id}/decision`,
      as: baker,
      payload: { decision },
    });
  const list = (query = '', as = baker) =>
    t.request({ method: 'GET', url: `/api/v1/orgs/${bakery.id}/match-decisions${query}`, as });
  type Decisions = { items: { org: { id: string; name: string }; decision: string; decidedBy: string }[] };

  await decide('saved');
  const saved = json<Decisions>(await list());
  assert.deepEqual(
    saved.items.map((i) => [i.org.name, i.decision, i.decidedBy]),
    [['Blue Hill Roasters', 'saved', 'Baker']],
  );
  assert.deepEqual(json<Decisions>(await list('?decision=dismissed')).items, []);
  await decide('dismissed');
  assert.deepEqual(json<Decisions>(await list()).items, []);
  assert.equal(json<Decisions>(await list('?decision=dismissed')).items[0]?.org.id, roaster.id);
  await decide(null);
  assert.deepEqual(json<Decisions>(await list('?decision=dismissed')).items, []);

  const wrong = await list('?decision=maybe');
  assert.equal(wrong.statusCode, 400);
  assert.equal(json<{ errors: { field: string }[] }>(wrong).errors[0]?.field, 'querystring.decision');
  // The roaster can see the bakery (same network) but is not one of its members.
  assert.equal((await list('', roasterUser)).statusCode, 403);
});

test('the index follows profile changes without a rebuild', async () => {
  const offeredTo = async () =>
    json<Result>(await matches(roasterUser, roaster.id))
      .items.find((i) => i.org.id === bakery.id)
      ?.pairs.map((p) => p.offerTitle) ?? [];
  assert.equal((await offeredTo()).includes('Croissants for tastings'), false);
  await addListing(t, baker, bakery.id, 'offers', {
    capability: 'food.bakery.pastry',
    title: 'Croissants for tastings',
  });
  await addListing(t, roasterUser, roaster.id, 'needs', {
    capability: 'food.bakery.pastry',
    title: 'Croissants for the counter',
  });
  assert.equal((await offeredTo()).includes('Croissants for tastings'), true);
});

test('private items never explain a match; outsiders get 404; bad weights name the field', async () => {
  await addListing(t, roasterUser, roaster.id, 'offers', {
    capability: 'food.coffee.green-beans',
    title: 'Secret green beans',
    visibility: 'private',
  });
  const result = json<Result>(await matches(baker, bakery.id));
  assert.equal(JSON.stringify(result).includes('Secret green beans'), false);
  assert.equal((await matches(roasterUser, bakery.id)).statusCode, 404);
  const badWeights = await matches(baker, bakery.id, '?weights=charisma:1');
  assert.equal(json<{ errors: { field: string }[] }>(badWeights).errors[0]?.field, 'weights');
});

test('malformed weights and unknown filter codes are refused, naming the field', async () => {
  const refusals: Array<[string, string]> = [
    ['?weights=complementarity:1.2.3', 'weights'],
    ['?weights=complementarity:2', 'weights'],
    ['?weights=complementarity:0.5,complementarity:0.2', 'weights'],
    [`?weights=${matchComponents.map((name) => `${name}:0`).join(',')}`, 'weights'],
    ['?country=XX', 'country'],
    ['?sector=Z9', 'sector'],
  ];
  for (const [query, field] of refusals) {
    const response = await matches(baker, bakery.id, query);
    assert.equal(response.statusCode, 400, query);
    assert.equal(json<{ errors: { field: string }[] }>(response).errors[0]?.field, field, query);
  }
  for (const query of ['?country=it', '?sector=c', '?sector=10.71', '?weights=complementarity:1,geography:0']) {
    assert.equal((await matches(baker, bakery.id, query)).statusCode, 200, query);
  }
  const allZero = await t.request({
    method: 'PUT',
    url: '/api/v1/me/match-preferences',
    as: baker,
    payload: { weights: Object.fromEntries(matchComponents.map((name) => [name, 0])) },
  });
  assert.equal(allZero.statusCode, 400, allZero.body);
  assert.match(allZero.body, /weights/);
});

test('saved weights are used and returned normalised', async () => {
  const saved = await t.request({
    method: 'PUT',
    url: '/api/v1/me/match-preferences',
    as: baker,
    payload: { weights: { complementarity: 1, geography: 1 }, scope: 'local' },
  });
  assert.equal(saved.statusCode, 200, saved.body);
  const weights = json<{ weights: Record<string, number> }>(saved).weights;
  const sum = Object.values(weights).reduce((a, b) => a + b, 0);
  assert.ok(Math.abs(sum - 1) < 1e-9);
  assert.ok(weights.complementarity! > weights.trust!);
});

test('a team covers a bundle of needs, each need credited to the member that fills it', async () => {
  const agency = await signUp(t, 'Agency');
  const agencyOrg = await createOrg(t, agency, { name: 'Pixel Agency', latitude: 44.49, longitude: 11.34 });
  await joinNetwork(t, baker, agency, networkId, agencyOrg.id);
  await addListing(t, agency, agencyOrg.id, 'offers', {
    capability: 'digital.web.seo',
    title: 'Search engine optimisation',
  });
  const seoNeedId = (
    await addListing(t, baker, bakery.id, 'needs', { capability: 'digital.web.seo', title: 'Get found online' })
  ).id;
  const response = await t.request({
    method: 'POST',
    url: `/api/v1/orgs/${bakery.id}/matches/team`,
    as: baker,
    payload: { needIds: [coffeeNeedId, seoNeedId], maxSize: 3 },
  });
  assert.equal(response.statusCode, 200, response.body);
  const team = json<{ members: { org: { name: string }; covers: { needId: string }[] }[]; uncoveredNeedIds: string[] }>(
    response,
  );
  assert.deepEqual(team.members.map((m) => [m.org.name, m.covers.map((c) => c.needId)]).sort(), [
    ['Blue Hill Roasters', [coffeeNeedId]],
    ['Pixel Agency', [seoNeedId]],
  ]);
  assert.deepEqual(team.uncoveredNeedIds, []);
  const foreignNeed = await t.request({
    method: 'POST',
    url: `/api/v1/orgs/${bakery.id}/matches/team`,
    as: baker,
    payload: { needIds: [agencyOrg.id] },
  });
  assert.equal(json<{ errors: { field: string }[] }>(foreignNeed).errors[0]?.field, 'needIds');

  // Members' fit follows the user's saved weights: with complementarity alone, context does not count.
  const alone = Object.fromEntries(matchComponents.map((name) => [name, name === 'complementarity' ? 1 : 0]));
  await t.request({ method: 'PUT', url: '/api/v1/me/match-preferences', as: baker, payload: { weights: alone } });
  const weighed = await t.request({
    method: 'POST',
    url: `/api/v1/orgs/${bakery.id}/matches/team`,
    as: baker,
    payload: { needIds: [coffeeNeedId, seoNeedId], maxSize: 3 },
  });
  assert.deepEqual(
    json<{ members: { fit: number }[] }>(weighed).members.map((m) => m.fit),
    [1, 1],
  );
  await t.request({ method: 'PUT', url: '/api/v1/me/match-preferences', as: baker, payload: { weights: {} } });
});

test('a private need is never matched: need-first and the team builder refuse it and say why', async () => {
  const secretNeedId = (
    await addListing(t, baker, bakery.id, 'needs', {
      capability: 'food.coffee.roasted-beans',
      title: 'A secret blend',
      visibility: 'private',
    })
  ).id;
  const needFirst = await matches(baker, bakery.id, `?need=${secretNeedId}`);
  const team = await t.request({
    method: 'POST',
    url: `/api/v1/orgs/${bakery.id}/matches/team`,
    as: baker,
    payload: { needIds: [coffeeNeedId, secretNeedId] },
  });
  for (const [response, field] of [
    [needFirst, 'need'],
    [team, 'needIds'],
  ] as const) {
    assert.equal(response.statusCode, 400, response.body);
    const error = json<{ errors: { field: string; message: string }[] }>(response).errors[0];
    assert.equal(error?.field, field);
    assert.match(error?.message ?? '', /private needs are never matched/);
  }
});

test('an organization that turns private leaves the suggestions at the next query', async () => {
  const hider = await signUp(t, 'Hider');
  const shy = await createOrg(t, hider, { name: 'Shy Bakery', latitude: 44.6, longitude: 10.9 });
  await joinNetwork(t, baker, hider, networkId, shy.id);
  await addListing(t, hider, shy.id, 'offers', { capability: 'food.bakery.bread', title: 'Rye bread' });
  const names = async () => json<Result>(await matches(roasterUser, roaster.id)).items.map((i) => i.org.name);
  assert.ok((await names()).includes('Shy Bakery'));
  await t.request({ method: 'PATCH', url: `/api/v1/orgs/${shy.id}`, as: hider, payload: { visibility: 'private' } });
  assert.equal((await names()).includes('Shy Bakery'), false);
});
