import type { Browser, BrowserContext, Page } from 'playwright-core';
import { call } from './collaborationUi.ts';
import { newPage, type RunningServer } from './harness.ts';

// The joint-work cast, set up through the API: two people, each with an organization, in an
// active strategic alliance (the agreement signed by both). Each person has their own browser context.

export interface Partner {
  name: string;
  email: string;
  orgName: string;
  orgId: string;
  session: { context: BrowserContext; page: Page };
}

export interface WorkCast {
  alice: Partner;
  bob: Partner;
  collaborationId: string;
  collaborationName: string;
}

async function partner(browser: Browser, server: RunningServer, name: string, orgName: string): Promise<Partner> {
  const session = await newPage(browser, server.baseUrl);
  const email = `${name.toLowerCase()}-${Date.now()}@example.com`;
  await call(session.page, 'POST', '/api/v1/auth/signup', { email, password: 'correct horse battery staple', name });
  const org = await call<{ id: string; name: string }>(session.page, 'POST', '/api/v1/orgs', {
    name: orgName,
    country: 'IT',
    city: 'Bologna',
    visibility: 'public',
  });
  return { name, email, orgName: org.name, orgId: org.id, session };
}

interface Version {
  content: Record<string, unknown>;
  contentHash: string | null;
}

// Fills the clauses the template leaves open, proposes version 1 and has both parties sign it.
async function signAgreement(cast: Omit<WorkCast, 'collaborationName'>) {
  const { alice, bob, collaborationId } = cast;
  const base = `/api/v1/collaborations/${collaborationId}/agreement`;
  const draft = await call<Version>(alice.session.page, 'GET', `${base}/versions/1`);
  const content = {
    ...draft.content,
    objectives: [
      {
        id: 'o1',
        text: 'Sell breakfast bundles to offices',
        metric: 'bundles sold',
        target: 500,
        unit: 'bundles/month',
        ownerOrgId: alice.orgId,
        deadline: '2027-06-30',
      },
    ],
    contributions: [alice, bob].map((p) => ({
      partyOrgId: p.orgId,
      kind: 'hours',
      resourceId: null,
      description: 'Work on the launch',
      amount: 100,
      unit: 'h',
      declaredValue: 3000,
    })),
  };
  const saved = await alice.session.page.request.put(`${base}/draft`, { data: { content } });
  if (!saved.ok()) throw new Error(`saving the agreement draft: ${saved.status()} ${await saved.text()}`);
  const proposed = await call<Version>(alice.session.page, 'POST', `${base}/versions/1/propose`);
  for (const p of [alice, bob]) {
    await call(p.session.page, 'POST', `${base}/versions/1/signatures`, {
      orgId: p.orgId,
      contentHash: proposed.contentHash,
    });
  }
}

export async function setUpWorkCast(browser: Browser, server: RunningServer): Promise<WorkCast> {
  const alice = await partner(browser, server, 'Alice', 'Alba Bakery');
  const bob = await partner(browser, server, 'Bob', 'Borgo Roasters');
  const collaborationName = 'Breakfast bundles for offices';
  const created = await call<{ id: string }>(alice.session.page, 'POST', '/api/v1/collaborations', {
    name: collaborationName,
    kind: 'strategic_alliance',
    initiatorOrgId: alice.orgId,
    partyOrgIds: [bob.orgId],
  });
  await call(bob.session.page, 'POST', `/api/v1/collaborations/${created.id}/responses`, {
    orgId: bob.orgId,
    accept: true,
  });
  const cast = { alice, bob, collaborationId: created.id };
  await signAgreement(cast);
  const state = await call<{ state: string }>(alice.session.page, 'GET', `/api/v1/collaborations/${created.id}`);
  if (state.state !== 'active') throw new Error(`the collaboration is ${state.state}, not active`);
  return { ...cast, collaborationName };
}
