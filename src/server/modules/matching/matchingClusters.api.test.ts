import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { analyticsMemberMetrics, analyticsSnapshots } from '../../db/schema.ts';
import {
  addListing,
  createNetwork,
  createOrg,
  joinNetwork,
  json,
  signUp,
  type TestUser,
} from '../../testing/factories.ts';
import { createTestApp } from '../../testing/testApp.ts';

// Clusters for the diversity bonus and the lock-in warning come from the network's latest analysis.

const t = await createTestApp();

type Result = {
  items: { org: { id: string }; diversityBonus: boolean; warnings: { kind: string }[] }[];
};

let baker: TestUser;
let bakery: { id: string };
let roaster: { id: string };
let networkId: string;

before(async () => {
  baker = await signUp(t, 'Baker');
  const roasterUser = await signUp(t, 'Roaster');
  bakery = await createOrg(t, baker, { name: 'Forno Bianchi', latitude: 44.65, longitude: 10.93 });
  roaster = await createOrg(t, roasterUser, { name: 'Blue Hill Roasters', latitude: 44.5, longitude: 11.34 });
  networkId = (await createNetwork(t, baker, bakery.id)).id;
  await joinNetwork(t, baker, roasterUser, networkId, roaster.id);
  await addListing(t, baker, bakery.id, 'needs', { capability: 'food.coffee.roasted-beans', title: 'Coffee beans' });
  await addListing(t, roasterUser, roaster.id, 'offers', {
    capability: 'food.coffee.roasted-beans',
    title: 'Roasted coffee beans',
  });
});

async function recordAnalysis(finishedAt: Date, communities: { bakery: number; roaster: number }) {
  const [snapshot] = await t.deps.db
    .insert(analyticsSnapshots)
    .values({ networkId, status: 'done', startedAt: finishedAt, finishedAt, members: 2, ties: 1 })
    .returning();
  await t.deps.db.insert(analyticsMemberMetrics).values([
    { snapshotId: snapshot!.id, orgId: bakery.id, community: communities.bakery, metrics: {}, vulnerability: {} },
    { snapshotId: snapshot!.id, orgId: roaster.id, community: communities.roaster, metrics: {}, vulnerability: {} },
  ]);
}

async function roasterCandidate() {
  const response = await t.request({ method: 'GET', url: `/api/v1/orgs/${bakery.id}/matches`, as: baker });
  assert.equal(response.statusCode, 200, response.body);
  const candidate = json<Result>(response).items.find((i) => i.org.id === roaster.id);
  assert.ok(candidate, 'the roaster is suggested');
  return { bonus: candidate.diversityBonus, warnings: candidate.warnings.map((w) => w.kind) };
}

test('without an analysis nobody has a cluster: no bonus, no lock-in warning', async () => {
  const { bonus, warnings } = await roasterCandidate();
  assert.equal(bonus, false);
  assert.equal(warnings.includes('lock_in'), false);
});

test('in the same community the candidate carries a lock-in warning', async () => {
  await recordAnalysis(new Date(Date.now() - 60_000), { bakery: 0, roaster: 0 });
  const { bonus, warnings } = await roasterCandidate();
  assert.equal(bonus, false);
  assert.ok(warnings.includes('lock_in'), warnings.join());
});

test('a newer analysis that separates them gives the diversity bonus, without any profile edit', async () => {
  await recordAnalysis(new Date(), { bakery: 0, roaster: 1 });
  const { bonus, warnings } = await roasterCandidate();
  assert.equal(bonus, true);
  assert.equal(warnings.includes('lock_in'), false);
});
