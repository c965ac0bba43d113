import assert from 'node:assert/strict';
import { createNetwork, createOrg, joinNetwork, json, signUp, type TestUser } from '../../testing/factories.ts';
import type { TestApp } from '../../testing/testApp.ts';

// A small network for analytics tests, each organization with its own user:
//   C — H — A ⇢ B   (H manages; H–C and H–A share collaborations; A supplies B, declared by B)
// a path of four members: H and A are its cut vertices.

export interface TestMember {
  user: TestUser;
  org: { id: string; name: string };
}

export interface PathNetwork {
  networkId: string;
  h: TestMember;
  a: TestMember;
  b: TestMember;
  c: TestMember;
  collaborationIds: string[];
}

async function member(t: TestApp, name: string): Promise<TestMember> {
  const user = await signUp(t, `${name} user`);
  const org = await createOrg(t, user, { name, naceCode: name === 'Hub' ? '10.71' : '25.62' });
  return { user, org };
}

export async function addCollaboration(t: TestApp, networkId: string, initiator: TestMember, party: TestMember) {
  const created = await t.request({
    method: 'POST',
    url: '/api/v1/collaborations',
    as: initiator.user,
    payload: {
      name: `${initiator.org.name} & ${party.org.name}`,
      kind: 'strategic_alliance',
      networkId,
      initiatorOrgId: initiator.org.id,
      partyOrgIds: [party.org.id],
    },
  });
  assert.equal(created.statusCode, 201, created.body);
  const { id } = json<{ id: string }>(created);
  const accepted = await t.request({
    method: 'POST',
    url: `/api/v1/collaborations/${id}/responses`,
    as: party.user,
    payload: { orgId: party.org.id, accept: true },
  });
  assert.equal(accepted.statusCode, 200, accepted.body);
  return id;
}

export async function declareRelation(t: TestApp, declarer: TestMember, body: Record<string, unknown>) {
  const response = await t.request({
    method: 'POST',
    url: `/api/v1/orgs/${declarer.org.id}/relations`,
    as: declarer.user,
    payload: body,
  });
  assert.equal(response.statusCode, 201, response.body);
  return json<{ id: string }>(response);
}

export async function createPathNetwork(t: TestApp, directory: 'public' | 'members_only' = 'members_only') {
  const h = await member(t, 'Hub');
  const a = await member(t, 'Anvil');
  const b = await member(t, 'Bolt');
  const c = await member(t, 'Crane');
  // Joining needs a visible network; it closes its directory afterwards.
  const { id: networkId } = await createNetwork(t, h.user, h.org.id, { directory: 'public' });
  for (const m of [a, b, c]) await joinNetwork(t, h.user, m.user, networkId, m.org.id);
  if (directory !== 'public') {
    const closed = await t.request({
      method: 'PATCH',
      url: `/api/v1/networks/${networkId}`,
      as: h.user,
      payload: { directory },
    });
    assert.equal(closed.statusCode, 200, closed.body);
  }
  const collaborationIds = [await addCollaboration(t, networkId, h, c), await addCollaboration(t, networkId, h, a)];
  await declareRelation(t, b, {
    direction: 'supplier',
    counterpartOrgId: a.org.id,
    capability: 'manufacturing.machining',
    share: 0.5,
    critical: true,
  });
  return { networkId, h, a, b, c, collaborationIds } satisfies PathNetwork;
}
