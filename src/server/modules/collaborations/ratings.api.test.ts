import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { test } from 'node:test';
import { createAlliance, makeAgreementEffective, type Alliance } from '../../testing/collaborationFactories.ts';
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

const t = await createTestApp();

interface Rating {
  raterName: string;
  ratedName: string;
  score: number;
  comment: string;
}

/** An alliance of a bakery and a roaster that complement each other, in a network the bakery manages. */
async function complementaryAlliance(): Promise<Alliance & { networkId: string }> {
  const a = await createAlliance(t);
  const { id: networkId } = await createNetwork(t, a.alice, a.aliceOrg.id, { name: 'Emilia Food Cluster' });
  await joinNetwork(t, a.alice, a.bob, networkId, a.bobOrg.id);
  await addListing(t, a.alice, a.aliceOrg.id, 'needs', { capability: 'food.coffee.roasted-beans', title: 'Coffee' });
  await addListing(t, a.bob, a.bobOrg.id, 'offers', { capability: 'food.coffee.roasted-beans', title: 'Coffee' });
  return { ...a, networkId };
}

const rate = (a: Alliance, as: TestUser, body: Record<string, unknown>) =>
  t.request({ method: 'PUT', url: `/api/v1/collaborations/${a.collaborationId}/ratings`, as, payload: body });

const ratingsSeenBy = async (a: Alliance, as: TestUser) =>
  json<{ items: Rating[] }>(
    await t.request({ method: 'GET', url: `/api/v1/collaborations/${a.collaborationId}/ratings`, as }),
  ).items;

interface TrustShown {
  component: number;
  evidence: { verified: boolean; verifiedBy: string[]; ratingCount: number; averageStars: number | null };
}

/** Bob's organization in Alice's suggestions: its trust component and what the card says it rests on. */
async function trustShown(a: Alliance): Promise<TrustShown | undefined> {
  const response = await t.request({ method: 'GET', url: `/api/v1/orgs/${a.aliceOrg.id}/matches`, as: a.alice });
  assert.equal(response.statusCode, 200, response.body);
  type Item = { org: { id: string }; components: { trust: number }; trust: TrustShown['evidence'] };
  const bob = json<{ items: Item[] }>(response).items.find((item) => item.org.id === a.bobOrg.id);
  return bob && { component: bob.components.trust, evidence: bob.trust };
}

const trustInSuggestions = async (a: Alliance) => (await trustShown(a))?.component;

const verification = (a: Alliance & { networkId: string }, as: TestUser, method: 'PUT' | 'DELETE', orgId: string) =>
  t.request({ method, url: `/api/v1/networks/${a.networkId}/memberships/${orgId}/verification`, as });

test('partners rate each other once the agreement takes effect, and trust in suggestions follows', async () => {
  const a = await complementaryAlliance();
  const byAlice = { raterOrgId: a.aliceOrg.id, ratedOrgId: a.bobOrg.id };
  const early = await rate(a, a.alice, { ...byAlice, score: 5 });
  assert.equal(early.statusCode, 409, early.body);
  assert.equal(json(early).code, 'conflict');
  // No rating, not verified: the neutral prior.
  assert.equal(await trustInSuggestions(a), 0.5);

  await makeAgreementEffective(t, a);
  const rated = await rate(a, a.alice, { ...byAlice, score: 5, comment: '  On time, every time ' });
  assert.equal(rated.statusCode, 200, rated.body);
  const expected = { raterName: 'Alice Bakery', ratedName: 'Bob Roasters', score: 5, comment: 'On time, every time' };
  assert.deepEqual(
    json<{ items: Rating[] }>(rated).items.map(({ raterName, ratedName, score, comment }) => ({
      raterName,
      ratedName,
      score,
      comment,
    })),
    [expected],
  );
  assert.equal((await ratingsSeenBy(a, a.bob))[0]?.score, 5);
  const inbox = await t.request({ method: 'GET', url: '/api/v1/me/notifications', as: a.bob });
  const notices = json<{ items: { title: string; link: string }[] }>(inbox).items;
  assert.ok(
    notices.some(
      (n) =>
        n.title === 'A partner rated your organization 5 of 5 in “Breakfast alliance”' &&
        n.link === `/collaborations/${a.collaborationId}`,
    ),
    JSON.stringify(notices),
  );
  // One rating of 5 (r = 1): (1 + 2) / (1 + 4).
  assert.deepEqual(await trustShown(a), {
    component: 0.6,
    evidence: { verified: false, verifiedBy: [], ratingCount: 1, averageStars: 5 },
  });

  // Rating again replaces the rating: 3 is r = 0.5, (0.5 + 2) / 5.
  await rate(a, a.alice, { ...byAlice, score: 3 });
  assert.deepEqual(
    (await ratingsSeenBy(a, a.alice)).map((r) => r.score),
    [3],
  );
  assert.equal(await trustInSuggestions(a), 0.5);

  // Verified by the network's manager: plus 20 % of the remaining gap, until withdrawn. The card names
  // the network that vouches, so that a verification is judged by who gave it.
  assert.equal((await verification(a, a.alice, 'PUT', a.bobOrg.id)).statusCode, 204);
  const members = await t.request({ method: 'GET', url: `/api/v1/networks/${a.networkId}/memberships`, as: a.alice });
  const bob = json<{ items: { orgId: string; verifiedAt: string | null }[] }>(members).items.find(
    (m) => m.orgId === a.bobOrg.id,
  );
  assert.match(bob?.verifiedAt ?? '', /^\d{4}-\d\d-\d\dT/);
  assert.deepEqual(await trustShown(a), {
    component: 0.6,
    evidence: { verified: true, verifiedBy: ['Emilia Food Cluster'], ratingCount: 1, averageStars: 3 },
  });
  assert.equal((await verification(a, a.alice, 'DELETE', a.bobOrg.id)).statusCode, 204);
  assert.equal(await trustInSuggestions(a), 0.5);
});

test('refused ratings and verifications name the reason and change nothing', async () => {
  const a = await complementaryAlliance();
  await makeAgreementEffective(t, a);
  const outsider = await signUp(t, 'Olga Outsider');
  const outsiderOrg = await createOrg(t, outsider, { name: 'Outsider Ltd' });
  const byAlice = { raterOrgId: a.aliceOrg.id, ratedOrgId: a.bobOrg.id };

  const fieldOf = (response: Parameters<typeof json>[0]) =>
    json<{ errors?: { field: string }[] }>(response).errors?.[0]?.field;
  const tooHigh = await rate(a, a.alice, { ...byAlice, score: 6 });
  assert.equal(tooHigh.statusCode, 400);
  assert.equal(fieldOf(tooHigh), 'score');
  assert.equal(fieldOf(await rate(a, a.alice, { ...byAlice, score: 4, comment: 'x'.repeat(1001) })), 'comment');
  for (const ratedOrgId of [a.aliceOrg.id, outsiderOrg.id]) {
    const refused = await rate(a, a.alice, { ...byAlice, ratedOrgId, score: 4 });
    assert.equal(json(refused).code, 'collaboration.not_party');
    assert.equal(fieldOf(refused), 'ratedOrgId');
  }
  // Bob cannot rate in Alice's name; an outsider cannot even see the collaboration.
  assert.equal((await rate(a, a.bob, { ...byAlice, score: 1 })).statusCode, 403);
  assert.equal((await rate(a, outsider, { ...byAlice, score: 1 })).statusCode, 404);
  const unknown = await t.request({
    method: 'GET',
    url: `/api/v1/collaborations/${randomUUID()}/ratings`,
    as: outsider,
  });
  const hidden = await t.request({
    method: 'GET',
    url: `/api/v1/collaborations/${a.collaborationId}/ratings`,
    as: outsider,
  });
  assert.deepEqual(json(hidden), json(unknown));
  assert.deepEqual(await ratingsSeenBy(a, a.alice), []);

  // Only the network's managers verify, and only its members.
  assert.equal((await verification(a, a.bob, 'PUT', a.bobOrg.id)).statusCode, 403);
  assert.equal((await verification(a, a.alice, 'PUT', outsiderOrg.id)).statusCode, 404);
  assert.equal((await verification(a, a.alice, 'PUT', a.aliceOrg.id)).statusCode, 409, 'no vouching for oneself');
  assert.equal(await trustInSuggestions(a), 0.5);
});

test('a collaboration terminated after it was active can still be rated; one that never was cannot', async () => {
  const terminate = (a: Alliance) =>
    t.request({
      method: 'POST',
      url: `/api/v1/collaborations/${a.collaborationId}/transitions`,
      as: a.alice,
      payload: { to: 'terminated', reason: 'It did not work out' },
    });
  const worked = await createAlliance(t);
  await makeAgreementEffective(t, worked);
  assert.equal((await terminate(worked)).statusCode, 200);
  const rated = await rate(worked, worked.alice, {
    raterOrgId: worked.aliceOrg.id,
    ratedOrgId: worked.bobOrg.id,
    score: 1,
    comment: 'Missed every delivery',
  });
  assert.equal(rated.statusCode, 200, rated.body);

  const never = await createAlliance(t);
  assert.equal((await terminate(never)).statusCode, 200);
  const refused = await rate(never, never.alice, {
    raterOrgId: never.aliceOrg.id,
    ratedOrgId: never.bobOrg.id,
    score: 1,
  });
  assert.equal(json(refused).code, 'conflict');
});

test('a party that exited still rates the partners it worked with, and may no longer sign', async () => {
  const a = await createAlliance(t);
  await makeAgreementEffective(t, a);
  const exited = await t.request({
    method: 'POST',
    url: `/api/v1/collaborations/${a.collaborationId}/exit`,
    as: a.bob,
    payload: { orgId: a.bobOrg.id, reason: 'Moving on' },
  });
  assert.equal(exited.statusCode, 200, exited.body);
  const seenByBob = json<{ abilities: { sign: string[]; rate: string[] } }>(
    await t.request({ method: 'GET', url: `/api/v1/collaborations/${a.collaborationId}`, as: a.bob }),
  );
  assert.deepEqual(seenByBob.abilities.sign, []);
  assert.deepEqual(seenByBob.abilities.rate, [a.bobOrg.id]);
  const rated = await rate(a, a.bob, {
    raterOrgId: a.bobOrg.id,
    ratedOrgId: a.aliceOrg.id,
    score: 2,
    comment: 'Slow to decide',
  });
  assert.equal(rated.statusCode, 200, rated.body);
  assert.deepEqual(
    (await ratingsSeenBy(a, a.alice)).map((r) => [r.raterName, r.ratedName, r.score]),
    [[a.bobOrg.name, a.aliceOrg.name, 2]],
  );
});
