import assert from 'node:assert/strict';
import type { AgreementContent } from '../../common/agreement.ts';
import { createOrg, json, signUp, type TestUser } from './factories.ts';
import type { TestApp } from './testApp.ts';

export interface Alliance {
  alice: TestUser;
  bob: TestUser;
  aliceOrg: { id: string; name: string };
  bobOrg: { id: string; name: string };
  collaborationId: string;
  ledgerId: string;
}

// Two organizations in an alliance that Bob's organization has accepted (state: negotiating).
export async function createAlliance(t: TestApp): Promise<Alliance> {
  const alice = await signUp(t, 'Alice');
  const bob = await signUp(t, 'Bob');
  const aliceOrg = await createOrg(t, alice, { name: 'Alice Bakery' });
  const bobOrg = await createOrg(t, bob, { name: 'Bob Roasters' });
  const created = await t.request({
    method: 'POST',
    url: '/api/v1/collaborations',
    as: alice,
    payload: {
      name: 'Breakfast alliance',
      kind: 'strategic_alliance',
      initiatorOrgId: aliceOrg.id,
      partyOrgIds: [bobOrg.id],
    },
  });
  assert.equal(created.statusCode, 201, created.body);
  const { id: collaborationId, ledgerId } = json<{ id: string; ledgerId: string }>(created);
  const accepted = await t.request({
    method: 'POST',
    url: `/api/v1/collaborations/${collaborationId}/responses`,
    as: bob,
    payload: { orgId: bobOrg.id, accept: true },
  });
  assert.equal(accepted.statusCode, 200, accepted.body);
  return { alice, bob, aliceOrg, bobOrg, collaborationId, ledgerId };
}

// Fills the clauses the template leaves open, so that the checker has no blocking finding.
export function completeAgreement(content: AgreementContent, a: Alliance): AgreementContent {
  return {
    ...content,
    objectives: [
      {
        id: 'o1',
        text: 'Sell breakfast bundles to offices in Bologna',
        metric: 'bundles sold',
        target: 500,
        unit: 'bundles/month',
        ownerOrgId: a.aliceOrg.id,
        deadline: '2027-06-30',
      },
    ],
    contributions: [
      {
        partyOrgId: a.aliceOrg.id,
        kind: 'hours',
        resourceId: null,
        description: 'Baking',
        amount: 200,
        unit: 'h',
        declaredValue: 6000,
      },
      {
        partyOrgId: a.bobOrg.id,
        kind: 'money',
        resourceId: null,
        description: 'Marketing budget',
        amount: 5000,
        unit: 'EUR',
        declaredValue: 5000,
      },
    ],
  };
}

export async function draftOf(t: TestApp, a: Alliance, version = 1): Promise<AgreementContent> {
  const response = await t.request({
    method: 'GET',
    url: `/api/v1/collaborations/${a.collaborationId}/agreement/versions/${version}`,
    as: a.alice,
  });
  assert.equal(response.statusCode, 200, response.body);
  return json<{ content: AgreementContent }>(response).content;
}

// Both parties sign a complete agreement, so that it takes effect with objective "o1".
export async function makeAgreementEffective(t: TestApp, a: Alliance) {
  const base = `/api/v1/collaborations/${a.collaborationId}/agreement`;
  const content = completeAgreement(await draftOf(t, a), a);
  const saved = await t.request({ method: 'PUT', url: `${base}/draft`, as: a.alice, payload: { content } });
  assert.equal(saved.statusCode, 200, saved.body);
  const proposed = await t.request({ method: 'POST', url: `${base}/versions/1/propose`, as: a.alice });
  const contentHash = json<{ contentHash: string }>(proposed).contentHash;
  for (const [as, orgId] of [
    [a.alice, a.aliceOrg.id],
    [a.bob, a.bobOrg.id],
  ] as const) {
    const signed = await t.request({
      method: 'POST',
      url: `${base}/versions/1/signatures`,
      as,
      payload: { orgId, contentHash },
    });
    assert.equal(signed.statusCode, 200, signed.body);
  }
}
