import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createOrg, json, signUp, type TestUser } from '../../testing/factories.ts';
import { createTestApp } from '../../testing/testApp.ts';
import { notify } from './notify.ts';

const t = await createTestApp();

interface Page {
  items: { id: string; title: string; readAt: string | null; kind: string; link: string }[];
  nextCursor: string | null;
}

const inbox = async (as: TestUser, query = '') =>
  json<Page>(await t.request({ method: 'GET', url: `/api/v1/me/notifications${query}`, as }));
const unreadCount = async (as: TestUser) =>
  json<{ unread: number }>(await t.request({ method: 'GET', url: '/api/v1/me/notifications/unread-count', as })).unread;

async function notifyMany(user: TestUser, count: number, kind = 'message') {
  for (let i = 0; i < count; i += 1) {
    await notify(t.deps.db, { userIds: [user.id], kind, title: `Note ${i}`, link: `/notes/${i}` });
  }
}

test('the inbox pages through notifications newest first, and only the user’s own', async () => {
  const ada = await signUp(t, 'Ada');
  const bob = await signUp(t, 'Bob');
  await notifyMany(ada, 5);
  await notifyMany(bob, 1);
  const first = await inbox(ada, '?limit=2');
  assert.deepEqual(
    first.items.map((n) => n.title),
    ['Note 4', 'Note 3'],
  );
  assert.ok(first.nextCursor);
  const second = await inbox(ada, `?limit=2&cursor=${first.nextCursor}`);
  assert.deepEqual(
    second.items.map((n) => n.title),
    ['Note 2', 'Note 1'],
  );
  const last = await inbox(ada, `?limit=2&cursor=${second.nextCursor}`);
  assert.deepEqual(
    last.items.map((n) => n.title),
    ['Note 0'],
  );
  assert.equal(last.nextCursor, null);
  assert.equal(await unreadCount(ada), 5);
  assert.equal(await unreadCount(bob), 1);

  // Another user's notification is neither a cursor nor readable.
  const bobsId = (await inbox(bob)).items[0]!.id;
  const foreignCursor = await t.request({ method: 'GET', url: `/api/v1/me/notifications?cursor=${bobsId}`, as: ada });
  assert.equal(foreignCursor.statusCode, 400);
  assert.equal(json<{ errors: { field: string }[] }>(foreignCursor).errors[0]?.field, 'cursor');
  const foreignRead = await t.request({ method: 'POST', url: `/api/v1/me/notifications/${bobsId}/read`, as: ada });
  assert.equal(foreignRead.statusCode, 404);
  assert.equal(await unreadCount(bob), 1);
});

test('marking one read, then all read, empties the unread list', async () => {
  const ada = await signUp(t, 'Ada');
  await notifyMany(ada, 3);
  const [newest] = (await inbox(ada)).items;
  const read = await t.request({ method: 'POST', url: `/api/v1/me/notifications/${newest!.id}/read`, as: ada });
  assert.equal(read.statusCode, 200);
  assert.ok(json<{ readAt: string }>(read).readAt);
  assert.equal(await unreadCount(ada), 2);
  assert.equal((await inbox(ada, '?unread=true')).items.length, 2);
  const all = await t.request({ method: 'POST', url: '/api/v1/me/notifications/read-all', as: ada });
  assert.deepEqual(json(all), { updated: 2 });
  assert.equal(await unreadCount(ada), 0);
  assert.equal((await inbox(ada, '?unread=true')).items.length, 0);
});

test('preferences default to a daily digest, validate kinds and mute what the user muted', async () => {
  const ada = await signUp(t, 'Ada');
  const defaults = await t.request({ method: 'GET', url: '/api/v1/me/notification-preferences', as: ada });
  assert.deepEqual(json(defaults), { email: 'digest', mutedKinds: [], live: true, smtpConfigured: false });

  const bad = await t.request({
    method: 'PUT',
    url: '/api/v1/me/notification-preferences',
    as: ada,
    payload: { email: 'weekly', mutedKinds: ['message'], live: true },
  });
  assert.equal(bad.statusCode, 400);
  assert.equal(json<{ errors: { field: string }[] }>(bad).errors[0]?.field, 'email');
  const badKind = await t.request({
    method: 'PUT',
    url: '/api/v1/me/notification-preferences',
    as: ada,
    payload: { email: 'off', mutedKinds: ['gossip'], live: true },
  });
  assert.equal(badKind.statusCode, 400);
  assert.equal(json<{ errors: { field: string }[] }>(badKind).errors[0]?.field, 'mutedKinds.0');

  const saved = await t.request({
    method: 'PUT',
    url: '/api/v1/me/notification-preferences',
    as: ada,
    payload: { email: 'off', mutedKinds: ['message', 'message'], live: false },
  });
  assert.deepEqual(json(saved), { email: 'off', mutedKinds: ['message'], live: false, smtpConfigured: false });
  await notifyMany(ada, 2, 'message');
  await notifyMany(ada, 1, 'meeting');
  assert.deepEqual(
    (await inbox(ada)).items.map((n) => n.kind),
    ['meeting'],
  );
});

test('an introduction request notifies the other organization’s owners, and its answer the requester', async () => {
  const ada = await signUp(t, 'Ada');
  const bob = await signUp(t, 'Bob');
  const bakery = await createOrg(t, ada, { name: 'Forno Ada' });
  const roaster = await createOrg(t, bob, { name: 'Roaster Bob' });
  const requested = await t.request({
    method: 'POST',
    url: '/api/v1/introductions',
    as: ada,
    payload: { fromOrgId: bakery.id, toOrgId: roaster.id, message: 'Beans please' },
  });
  assert.equal(requested.statusCode, 201, requested.body);
  const [incoming] = (await inbox(bob)).items;
  assert.equal(incoming?.title, 'Forno Ada asks to be introduced');
  assert.equal(incoming?.link, '/introductions');
  assert.equal((await inbox(ada)).items.length, 0);
  const id = json<{ id: string }>(requested).id;
  await t.request({ method: 'POST', url: `/api/v1/introductions/${id}/accept`, as: bob });
  assert.equal((await inbox(ada)).items[0]?.title, 'Roaster Bob accepted your introduction request');
});

test('inviting an organization into a collaboration notifies its owners', async () => {
  const ada = await signUp(t, 'Ada');
  const bob = await signUp(t, 'Bob');
  const bakery = await createOrg(t, ada);
  const roaster = await createOrg(t, bob, { visibility: 'public' });
  const created = await t.request({
    method: 'POST',
    url: '/api/v1/collaborations',
    as: ada,
    payload: { name: 'Coffee alliance', kind: 'strategic_alliance', initiatorOrgId: bakery.id },
  });
  assert.equal(created.statusCode, 201, created.body);
  const collaborationId = json<{ id: string }>(created).id;
  const invited = await t.request({
    method: 'POST',
    url: `/api/v1/collaborations/${collaborationId}/parties`,
    as: ada,
    payload: { orgId: roaster.id },
  });
  assert.ok(invited.statusCode < 300, invited.body);
  const [notice] = (await inbox(bob)).items;
  assert.equal(notice?.title, 'You are invited to join “Coffee alliance”');
  assert.equal(notice?.link, `/collaborations/${collaborationId}`);
});

test('the inbox needs a signed-in user', async () => {
  const response = await t.request({ method: 'GET', url: '/api/v1/me/notifications' });
  assert.equal(response.statusCode, 401);
});
