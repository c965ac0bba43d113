import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { addListing, createNetwork, createOrg, joinNetwork, signUp, type TestUser } from '../../testing/factories.ts';
import { createTestApp } from '../../testing/testApp.ts';
import type { RemoteMatchEngine } from './engine/matchEngineThread.ts';
import { matchEngineFor, refreshMatchIndexOnChange } from './matchIndexHolder.ts';

// The server keeps its match index fresh in the background: the database announces every change to
// organizations (triggers, migration 0009) and the index re-reads the changed ones on its own. Nothing
// here asks for matches through the API, which would sync first: the engine is read directly.

const t = await createTestApp();
const errors: unknown[] = [];
let engine: RemoteMatchEngine;
let stopRefreshing: () => Promise<void>;
let baker: TestUser;
let bakery: { id: string };
let roasterUser: TestUser;
let roaster: { id: string };

async function eventually(what: string, check: () => Promise<boolean>, ms = 5_000) {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`${what}: not within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

before(async () => {
  baker = await signUp(t, 'Baker');
  roasterUser = await signUp(t, 'Roaster');
  bakery = await createOrg(t, baker, { name: 'Forno Bianchi', latitude: 44.65, longitude: 10.93 });
  roaster = await createOrg(t, roasterUser, { name: 'Blue Hill Roasters', latitude: 44.5, longitude: 11.34 });
  const network = await createNetwork(t, baker, bakery.id);
  await joinNetwork(t, baker, roasterUser, network.id, roaster.id);
  await addListing(t, baker, bakery.id, 'needs', {
    capability: 'food.coffee.roasted-beans',
    title: 'Roasted coffee beans for our café corner',
    priority: 'high',
  });
  engine = await matchEngineFor(t.deps.db);
  stopRefreshing = await refreshMatchIndexOnChange(t.deps.db, t.listen, (error) => errors.push(error));
});

after(async () => {
  await stopRefreshing();
  assert.deepEqual(errors, []);
});

test('a new organization is indexed without anyone searching', async () => {
  const before = await engine.size();
  const other = await signUp(t, 'Printer');
  await createOrg(t, other, { name: 'Print Shop' });
  await eventually('the new organization in the index', async () => (await engine.size()) === before + 1);
});

test("a partner's new offer reaches the ranking in the background", async () => {
  const roasterPairs = async () => {
    const ranked = await engine.rank({ org: bakery.id, k: 5 });
    return ranked?.find((r) => r.id === roaster.id)?.matches.map((m) => m.offerTitle) ?? [];
  };
  assert.deepEqual(await roasterPairs(), [], 'the roaster offers nothing yet');
  await addListing(t, roasterUser, roaster.id, 'offers', {
    capability: 'food.coffee.roasted-beans',
    title: 'Fresh roasted coffee beans',
  });
  await eventually('the offer in the bakery’s ranking', async () =>
    (await roasterPairs()).includes('Fresh roasted coffee beans'),
  );
});
