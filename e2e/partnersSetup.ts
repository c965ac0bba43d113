import assert from 'node:assert/strict';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { call } from './collaborationUi.ts';
import { newPage, type RunningServer } from './harness.ts';

// The partner journey's cast, set up through the API: two newcomers whose organizations complement
// each other and a coffee roaster of the demo network, all active members of the demo network.

export const roastedBeans = 'food.coffee.roasted-beans';

export interface Newcomer {
  name: string;
  email: string;
  orgName: string;
  orgId: string;
  session: { context: BrowserContext; page: Page };
}

interface Listing {
  capability: string;
  title: string;
  description?: string;
  priority?: string;
}

export interface DemoMember {
  id: string;
  name: string;
  /** A capability the member needs, which the first newcomer offers. */
  need: { capability: string; title: string };
}

export interface Cast {
  manager: Page;
  member: DemoMember;
  /** Needs roasted beans, offers what the demo roaster and Bruno need. */
  ada: Newcomer;
  /** Offers roasted beans, needs what Ada offers. */
  bruno: Newcomer;
  coffeeNeedTitle: string;
  coffeeOfferTitle: string;
  adaOfferTitle: string;
  capabilityLabel: (id: string) => string;
}

async function newcomer(browser: Browser, server: RunningServer, name: string, org: Record<string, unknown>) {
  const session = await newPage(browser, server.baseUrl);
  const email = `${name.split(' ')[0]?.toLowerCase()}-${Date.now()}@example.com`;
  await call(session.page, 'POST', '/api/v1/auth/signup', { email, password: 'correct horse battery staple', name });
  const created = await call<{ id: string; name: string }>(session.page, 'POST', '/api/v1/orgs', org);
  return { name, email, orgName: created.name, orgId: created.id, session };
}

async function addListings(page: Page, orgId: string, kind: 'offers' | 'needs', listings: Listing[]) {
  for (const listing of listings) await call(page, 'POST', `/api/v1/orgs/${orgId}/${kind}`, listing);
}

async function joinDemoNetwork(server: RunningServer, manager: Page, person: Newcomer) {
  const { networkId } = server.demo;
  await call(person.session.page, 'POST', `/api/v1/networks/${networkId}/join-requests`, { orgId: person.orgId });
  await call(manager, 'PATCH', `/api/v1/networks/${networkId}/memberships/${person.orgId}`, { status: 'active' });
}

export async function setUpCast(browser: Browser, server: RunningServer): Promise<Cast> {
  const manager = (await newPage(browser, server.baseUrl)).page;
  await call(manager, 'POST', '/api/v1/auth/login', server.demo.login);

  // A demo roaster in Italy, and one of the things it needs.
  const roasters = await call<{
    items: { id: string; name: string; needs: { capability: string; title: string }[] }[];
  }>(manager, 'GET', `/api/v1/networks/${server.demo.networkId}/members?offers=${roastedBeans}&country=IT`);
  const roaster = roasters.items.find((r) => r.needs.length > 0);
  assert.ok(roaster, 'the demo network has an Italian roaster with needs');
  const memberNeed = roaster.needs[0]!;
  const capabilities = await call<{ items: { id: string; label: string }[] }>(
    manager,
    'GET',
    '/api/v1/reference/capabilities',
  );
  const capabilityLabel = (id: string) => capabilities.items.find((c) => c.id === id)?.label ?? id;

  const place = { country: 'IT', city: 'Bologna', latitude: 44.4949, longitude: 11.3426 };
  const ada = await newcomer(browser, server, 'Ada Quill', { name: 'Quillon Espresso Bar', employees: 6, ...place });
  const bruno = await newcomer(browser, server, 'Bruno Zanetti', {
    name: 'Zanzibar Roastworks',
    employees: 9,
    ...place,
    latitude: 44.51,
  });

  const coffeeNeedTitle = 'Roasted coffee beans for our espresso bar';
  const coffeeOfferTitle = 'Fresh roasted coffee beans, single origin';
  const adaOfferTitle = `${capabilityLabel(memberNeed.capability)} for coffee roasters`;
  await addListings(ada.session.page, ada.orgId, 'needs', [
    {
      capability: roastedBeans,
      title: coffeeNeedTitle,
      description: 'Espresso roast, about 20 kg of roasted coffee beans a week.',
      priority: 'high',
    },
  ]);
  await addListings(ada.session.page, ada.orgId, 'offers', [
    { capability: memberNeed.capability, title: adaOfferTitle },
  ]);
  await addListings(bruno.session.page, bruno.orgId, 'offers', [
    {
      capability: roastedBeans,
      title: coffeeOfferTitle,
      description: 'Small-batch roasted coffee beans for cafés and espresso bars.',
    },
  ]);
  await addListings(bruno.session.page, bruno.orgId, 'needs', [
    { capability: memberNeed.capability, title: `${capabilityLabel(memberNeed.capability)} for our roastery` },
  ]);
  for (const person of [ada, bruno]) await joinDemoNetwork(server, manager, person);
  // The manager vouches for Bruno's roastery: its card says who verified it.
  await call(manager, 'PUT', `/api/v1/networks/${server.demo.networkId}/memberships/${bruno.orgId}/verification`);

  return {
    manager,
    member: { id: roaster.id, name: roaster.name, need: memberNeed },
    ada,
    bruno,
    coffeeNeedTitle,
    coffeeOfferTitle,
    adaOfferTitle,
    capabilityLabel,
  };
}
