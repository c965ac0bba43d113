import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { before, describe, test } from 'node:test';
import type { Relation, RelationList } from '../../../common/networkAnalytics.ts';
import { createOrg, json, signUp, type TestUser } from '../../testing/factories.ts';
import { createTestApp } from '../../testing/testApp.ts';

const t = await createTestApp();

let alice: TestUser;
let bob: TestUser;
let aliceOrg: { id: string };
let bobOrg: { id: string };
let hiddenOrg: { id: string };

before(async () => {
  alice = await signUp(t, 'Alice');
  bob = await signUp(t, 'Bob');
  aliceOrg = await createOrg(t, alice, { name: 'Alice Foundry' });
  bobOrg = await createOrg(t, bob, { name: 'Bob Castings' });
  hiddenOrg = await createOrg(t, bob, { name: 'Bob Private', visibility: 'private' });
});

const relations = (orgId: string) => `/api/v1/orgs/${orgId}/relations`;
const declare = (as: TestUser, orgId: string, payload: Record<string, unknown>) =>
  t.request({ method: 'POST', url: relations(orgId), as, payload });
const supplierBody = (overrides: Record<string, unknown> = {}) => ({
  direction: 'supplier',
  counterpartOrgId: bobOrg.id,
  capability: `cap.${randomUUID().slice(0, 6)}`,
  share: 0.2,
  critical: true,
  ...overrides,
});
const fieldsOf = (body: string) => (JSON.parse(body) as { errors?: { field: string }[] }).errors?.map((e) => e.field);

describe('declaring relations', () => {
  test('an owner declares a supplier; both sides list it, only the declarer may edit it', async () => {
    const created = await declare(alice, aliceOrg.id, supplierBody({ capability: 'metal.casting', share: 0.3 }));
    assert.equal(created.statusCode, 201, created.body);
    const relation = json<Relation>(created);
    assert.equal(relation.direction, 'supplier');
    assert.deepEqual(relation.counterpart, { orgId: bobOrg.id, name: 'Bob Castings' });
    assert.equal(relation.supplierOrgId, bobOrg.id);
    assert.equal(relation.customerOrgId, aliceOrg.id);
    assert.equal(relation.declaredByUs, true);
    assert.equal(relation.critical, true);

    const mine = json<RelationList>(await t.request({ method: 'GET', url: relations(aliceOrg.id), as: alice }));
    assert.ok(mine.items.some((r) => r.id === relation.id));
    assert.ok(Math.abs(mine.declaredInputShare - 0.3) < 1e-9, String(mine.declaredInputShare));
    assert.equal(mine.abilities.edit, true);

    const theirs = json<RelationList>(await t.request({ method: 'GET', url: relations(bobOrg.id), as: bob }));
    const seen = theirs.items.find((r) => r.id === relation.id);
    assert.equal(seen?.direction, 'customer');
    assert.equal(seen?.declaredByUs, false);
    assert.equal(theirs.declaredInputShare, 0);

    const bobPatch = await t.request({
      method: 'PATCH',
      url: `${relations(bobOrg.id)}/${relation.id}`,
      as: bob,
      payload: { share: 0.1 },
    });
    assert.equal(bobPatch.statusCode, 403);
    const patched = await t.request({
      method: 'PATCH',
      url: `${relations(aliceOrg.id)}/${relation.id}`,
      as: alice,
      payload: { share: 0.4, critical: false },
    });
    assert.equal(patched.statusCode, 200, patched.body);
    assert.equal(json<Relation>(patched).share, 0.4);
    assert.equal(json<Relation>(patched).critical, false);

    const removed = await t.request({ method: 'DELETE', url: `${relations(aliceOrg.id)}/${relation.id}`, as: alice });
    assert.equal(removed.statusCode, 204);
    const after = json<RelationList>(await t.request({ method: 'GET', url: relations(aliceOrg.id), as: alice }));
    assert.ok(!after.items.some((r) => r.id === relation.id));
  });

  test('a customer relation counts towards declared revenue', async () => {
    const org = await createOrg(t, alice, { name: 'Alice Sales' });
    const created = await declare(alice, org.id, {
      direction: 'customer',
      counterpartOrgId: bobOrg.id,
      share: 0.6,
    });
    assert.equal(created.statusCode, 201, created.body);
    const list = json<RelationList>(await t.request({ method: 'GET', url: relations(org.id), as: alice }));
    assert.equal(list.declaredRevenueShare, 0.6);
    assert.equal(list.items[0]?.direction, 'customer');
    assert.equal(list.items[0]?.supplierOrgId, org.id);
  });
});

describe('validation', () => {
  for (const share of [0, -0.1, 1.5]) {
    test(`share ${share} is refused naming share`, async () => {
      const response = await declare(alice, aliceOrg.id, supplierBody({ share }));
      assert.equal(response.statusCode, 400);
      assert.deepEqual(fieldsOf(response.body), ['share']);
    });
  }

  test('declared input shares may not add up to more than 1', async () => {
    const org = await createOrg(t, alice, { name: 'Alice Full' });
    assert.equal((await declare(alice, org.id, supplierBody({ share: 0.7 }))).statusCode, 201);
    const over = await declare(alice, org.id, supplierBody({ share: 0.4 }));
    assert.equal(over.statusCode, 400);
    assert.deepEqual(fieldsOf(over.body), ['share']);
    assert.equal((await declare(alice, org.id, supplierBody({ share: 0.3 }))).statusCode, 201);
    const list = json<RelationList>(await t.request({ method: 'GET', url: relations(org.id), as: alice }));
    assert.equal(list.items.length, 2, 'the refused relation was not written');
  });

  test('the counterpart must be another organization the declarer can see', async () => {
    const hidden = await declare(alice, aliceOrg.id, supplierBody({ counterpartOrgId: hiddenOrg.id }));
    assert.equal(hidden.statusCode, 400);
    assert.deepEqual(fieldsOf(hidden.body), ['counterpartOrgId']);
    const self = await declare(alice, aliceOrg.id, supplierBody({ counterpartOrgId: aliceOrg.id }));
    assert.deepEqual(fieldsOf(self.body), ['counterpartOrgId']);
  });

  test('only inputs can be critical, and a relation is declared once per capability', async () => {
    const critical = await declare(alice, aliceOrg.id, supplierBody({ direction: 'customer', critical: true }));
    assert.equal(critical.statusCode, 400);
    assert.deepEqual(fieldsOf(critical.body), ['critical']);
    const body = supplierBody({ share: 0.05 });
    assert.equal((await declare(alice, aliceOrg.id, body)).statusCode, 201);
    const twice = await declare(alice, aliceOrg.id, body);
    assert.equal(twice.statusCode, 400);
    assert.deepEqual(fieldsOf(twice.body), ['capability']);
  });

  test('unknown fields of a body are refused or named', async () => {
    const response = await declare(alice, aliceOrg.id, { direction: 'sideways', counterpartOrgId: 'x', share: 0.1 });
    assert.equal(response.statusCode, 400);
    assert.deepEqual(fieldsOf(response.body)?.sort(), ['counterpartOrgId', 'direction']);
  });
});

describe('permissions', () => {
  test("a non-member of a public organization gets 403 on its relations; a private one's gives 404", async () => {
    assert.equal((await t.request({ method: 'GET', url: relations(bobOrg.id), as: alice })).statusCode, 403);
    assert.equal((await t.request({ method: 'GET', url: relations(hiddenOrg.id), as: alice })).statusCode, 404);
    assert.equal((await t.request({ method: 'GET', url: relations(randomUUID()), as: alice })).statusCode, 404);
    assert.equal((await declare(alice, bobOrg.id, supplierBody({ counterpartOrgId: aliceOrg.id }))).statusCode, 403);
  });

  test("another organization's relation id is not found under your organization", async () => {
    const created = json<Relation>(await declare(bob, bobOrg.id, supplierBody({ counterpartOrgId: hiddenOrg.id })));
    const response = await t.request({
      method: 'PATCH',
      url: `${relations(aliceOrg.id)}/${created.id}`,
      as: alice,
      payload: { share: 0.1 },
    });
    assert.equal(response.statusCode, 404);
  });

  test('a plain member of the organization may read but not declare', async () => {
    const carol = await signUp(t, 'Carol');
    const invitation = await t.request({
      method: 'POST',
      url: `/api/v1/orgs/${aliceOrg.id}/invitations`,
      as: alice,
      payload: { email: carol.email, role: 'member' },
    });
    assert.equal(invitation.statusCode, 201, invitation.body);
    const link = json<{ link: string }>(invitation).link;
    const token = new URL(link).searchParams.get('token') ?? link.split('/').at(-1);
    const accepted = await t.request({
      method: 'POST',
      url: '/api/v1/invitations/accept',
      as: carol,
      payload: { token },
    });
    assert.equal(accepted.statusCode < 300, true, accepted.body);
    const list = await t.request({ method: 'GET', url: relations(aliceOrg.id), as: carol });
    assert.equal(list.statusCode, 200);
    assert.equal(json<RelationList>(list).abilities.edit, false);
    assert.equal((await declare(carol, aliceOrg.id, supplierBody({ share: 0.01 }))).statusCode, 403);
  });
});
