import assert from 'node:assert/strict';
import { test } from 'node:test';
import { eq } from 'drizzle-orm';
import { auditEvents } from '../../db/schema.ts';
import { createNetwork, json, type TestUser } from '../../testing/factories.ts';
import { createTestApp } from '../../testing/testApp.ts';
import { complementaryNetwork, matchesOf, type Result } from './matching.testSetup.ts';

// Which network suggestions come from, and the weights a network's managers give its members.

const t = await createTestApp();

const { baker, roasterUser, bakery, roaster, networkId, coffeeNeedId } = await complementaryNetwork(t);

const matches = (as: TestUser, orgId: string, query = '') => matchesOf(t, as, orgId, query);

test('a network manager sets default weights that members start from', async () => {
  const refused = await t.request({
    method: 'PUT',
    url: `/api/v1/networks/${networkId}/match-defaults`,
    as: roasterUser,
    payload: { weights: { geography: 1 } },
  });
  assert.equal(refused.statusCode, 403);
  const set = await t.request({
    method: 'PUT',
    url: `/api/v1/networks/${networkId}/match-defaults`,
    as: baker,
    payload: { weights: { geography: 1, complementarity: 0 } },
  });
  assert.equal(set.statusCode, 200, set.body);
  const result = json<{ weights: Record<string, number> }>(await matches(roasterUser, roaster.id));
  assert.ok(result.weights.geography! > result.weights.complementarity!, JSON.stringify(result.weights));

  // Members read them; only managers clear them, and both changes are audited.
  const url = `/api/v1/networks/${networkId}/match-defaults`;
  const read = json<{ weights: Record<string, number>; custom: boolean }>(
    await t.request({ method: 'GET', url, as: roasterUser }),
  );
  assert.equal(read.custom, true);
  assert.equal(read.weights.complementarity, 0);
  assert.equal((await t.request({ method: 'DELETE', url, as: roasterUser })).statusCode, 403);
  const cleared = await t.request({ method: 'DELETE', url, as: baker });
  assert.equal(cleared.statusCode, 200, cleared.body);
  assert.equal(json<{ custom: boolean }>(cleared).custom, false);
  const after = json<{ weights: Record<string, number> }>(await matches(roasterUser, roaster.id));
  assert.ok(after.weights.complementarity! > after.weights.geography!, JSON.stringify(after.weights));
  const audited = await t.deps.db
    .select({ action: auditEvents.action })
    .from(auditEvents)
    .where(eq(auditEvents.subjectId, networkId));
  const actions = audited.map((a) => a.action);
  assert.ok(actions.includes('network.match_defaults_set') && actions.includes('network.match_defaults_cleared'));
});

test('without a chosen network, suggestions and teams come from the one with the most members', async () => {
  // Named to sort first: the default used to be the first network by name, here one without candidates.
  const solo = await createNetwork(t, baker, bakery.id, { name: 'Aaa solo network' });
  const byDefault = json<Result>(await matches(baker, bakery.id));
  assert.equal(byDefault.network?.id, networkId);
  assert.equal(byDefault.items[0]?.org.name, 'Blue Hill Roasters');
  const chosen = json<Result>(await matches(baker, bakery.id, `?network=${solo.id}`));
  assert.equal(chosen.network?.id, solo.id);
  assert.deepEqual(chosen.items, []);
  const team = await t.request({
    method: 'POST',
    url: `/api/v1/orgs/${bakery.id}/matches/team`,
    as: baker,
    payload: { needIds: [coffeeNeedId], maxSize: 2 },
  });
  assert.equal(team.statusCode, 200, team.body);
  assert.equal(json<{ network: { id: string } | null }>(team).network?.id, networkId);
});
