import type { LightMyRequestResponse } from 'fastify';
import { addListing, createNetwork, createOrg, joinNetwork, signUp, type TestUser } from '../../testing/factories.ts';
import type { TestApp } from '../../testing/testApp.ts';

// The matching suites' network: a bakery and a roaster that cover each other's needs, and a print
// shop that covers nothing either way, all members of the bakery's network.

export type Result = {
  network: { id: string } | null;
  items: {
    org: { id: string; name: string };
    score: number;
    pairs: { needTitle: string; offerTitle: string; matchedTags: string[] }[];
  }[];
};

export async function complementaryNetwork(t: TestApp) {
  const baker = await signUp(t, 'Baker');
  const roasterUser = await signUp(t, 'Roaster');
  const other = await signUp(t, 'Other');
  const bakery = await createOrg(t, baker, { name: 'Forno Bianchi', latitude: 44.65, longitude: 10.93, employees: 8 });
  const roaster = await createOrg(t, roasterUser, {
    name: 'Blue Hill Roasters',
    latitude: 44.5,
    longitude: 11.34,
    employees: 12,
  });
  const printer = await createOrg(t, other, { name: 'Print Shop', latitude: 44.8, longitude: 10.3, employees: 5 });
  const networkId = (await createNetwork(t, baker, bakery.id)).id;
  await joinNetwork(t, baker, roasterUser, networkId, roaster.id);
  await joinNetwork(t, baker, other, networkId, printer.id);
  const coffeeNeedId = (
    await addListing(t, baker, bakery.id, 'needs', {
      capability: 'food.coffee.roasted-beans',
      title: 'Roasted coffee beans for our café corner',
      priority: 'high',
    })
  ).id;
  await addListing(t, baker, bakery.id, 'offers', { capability: 'food.bakery.bread', title: 'Sourdough bread daily' });
  await addListing(t, roasterUser, roaster.id, 'offers', {
    capability: 'food.coffee.roasted-beans',
    title: 'Fresh roasted coffee beans',
  });
  await addListing(t, roasterUser, roaster.id, 'needs', {
    capability: 'food.bakery.bread',
    title: 'Bread for our tasting room',
  });
  return { baker, roasterUser, bakery, roaster, networkId, coffeeNeedId };
}

export const matchesOf = (t: TestApp, as: TestUser, orgId: string, query = ''): Promise<LightMyRequestResponse> =>
  t.request({ method: 'GET', url: `/api/v1/orgs/${orgId}/matches${query}`, as });
