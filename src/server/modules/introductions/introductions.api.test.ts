import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createOrg, json, signUp } from '../../testing/factories.ts';
import { createTestApp } from '../../testing/testApp.ts';

const t = await createTestApp();
type Introduction = {
  id: string;
  status: string;
  direction: string;
  contacts: unknown;
  abilities: { respond: boolean };
};

test('an introduction reveals contact details only after the other side accepts', async () => {
  const alice = await signUp(t, 'Alice');
  const bob = await signUp(t, 'Bob');
  const bakery = await createOrg(t, alice, { name: 'Forno' });
  const roaster = await createOrg(t, bob, { name: 'Roaster' });
  const requested = await t.request({
    method: 'POST',
    url: '/api/v1/introductions',
    as: alice,
    payload: { fromOrgId: bakery.id, toOrgId: roaster.id, message: 'We need beans for 400 cappuccinos a day.' },
  });
  assert.equal(requested.statusCode, 201, requested.body);
  const { id } = json<Introduction>(requested);
  const twice = await t.request({
    method: 'POST',
    url: '/api/v1/introductions',
    as: alice,
    payload: { fromOrgId: bakery.id, toOrgId: roaster.id, message: 'Again' },
  });
  assert.equal(twice.statusCode, 409);

  const inbox = json<{ items: Introduction[] }>(
    await t.request({ method: 'GET', url: '/api/v1/introductions', as: bob }),
  );
  assert.equal(inbox.items[0]?.direction, 'incoming');
  assert.equal(inbox.items[0]?.contacts, null);
  assert.equal(inbox.items[0]?.abilities.respond, true);
  assert.equal(
    (await t.request({ method: 'POST', url: `/api/v1/introductions/${id}/accept`, as: alice })).statusCode,
    403,
  );

  const accepted = json<Introduction & { contacts: { requester: { email: string }; responder: { email: string } } }>(
    await t.request({ method: 'POST', url: `/api/v1/introductions/${id}/accept`, as: bob }),
  );
  assert.equal(accepted.status, 'accepted');
  assert.equal(accepted.contacts.requester.email, alice.email);
  assert.equal(accepted.contacts.responder.email, bob.email);
  const again = await t.request({ method: 'POST', url: `/api/v1/introductions/${id}/decline`, as: bob });
  assert.equal(again.statusCode, 409);
  const outgoing = json<{ items: Introduction[] }>(
    await t.request({ method: 'GET', url: '/api/v1/introductions', as: alice }),
  );
  assert.equal(outgoing.items[0]?.direction, 'outgoing');
  assert.notEqual(outgoing.items[0]?.contacts, null);
});

test('one cannot be introduced to oneself or to an invisible organization', async () => {
  const alice = await signUp(t);
  const carol = await signUp(t);
  const mine = await createOrg(t, alice);
  const hidden = await createOrg(t, carol, { visibility: 'private' });
  const self = await t.request({
    method: 'POST',
    url: '/api/v1/introductions',
    as: alice,
    payload: { fromOrgId: mine.id, toOrgId: mine.id, message: 'hi' },
  });
  assert.equal(json<{ errors: { field: string }[] }>(self).errors[0]?.field, 'toOrgId');
  const invisible = await t.request({
    method: 'POST',
    url: '/api/v1/introductions',
    as: alice,
    payload: { fromOrgId: mine.id, toOrgId: hidden.id, message: 'hi' },
  });
  assert.equal(invisible.statusCode, 404);
});
