import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { before, test } from 'node:test';
import { createOrg, json, signUp } from '../../testing/factories.ts';
import { openLiveEventStream } from '../../testing/liveEventStream.ts';
import { createTestApp } from '../../testing/testApp.ts';
import { publishLive } from './notify.ts';

const t = await createTestApp();
let baseUrl: string;

before(async () => {
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  const address = t.app.server.address();
  assert.ok(address && typeof address === 'object');
  baseUrl = `http://127.0.0.1:${address.port}`;
});

test('a user receives live events that name them, and only those', async () => {
  const ada = await signUp(t, 'Ada');
  const bob = await signUp(t, 'Bob');
  const stream = await openLiveEventStream(baseUrl, bob.cookie);
  try {
    assert.equal(stream.status, 200);
    assert.match(stream.contentType, /^text\/event-stream/);
    const collaborationId = '00000000-0000-4000-8000-000000000001';
    await publishLive(t.deps.db, { userIds: [ada.id], type: 'task', collaborationId, objectId: 'not-for-bob' });
    await publishLive(t.deps.db, { userIds: [bob.id], type: 'task', collaborationId, objectId: 'for-bob' });
    const received = await stream.next(() => true, 1000);
    assert.deepEqual(received, { event: 'task', data: { type: 'task', collaborationId, objectId: 'for-bob' } });
  } finally {
    stream.close();
  }
});

test('an introduction request reaches the other side’s open stream within a second', async () => {
  const ada = await signUp(t, 'Ada');
  const bob = await signUp(t, 'Bob');
  const bakery = await createOrg(t, ada);
  const roaster = await createOrg(t, bob);
  const stream = await openLiveEventStream(baseUrl, bob.cookie);
  try {
    const started = Date.now();
    const requested = await t.request({
      method: 'POST',
      url: '/api/v1/introductions',
      as: ada,
      payload: { fromOrgId: bakery.id, toOrgId: roaster.id, message: 'Hello' },
    });
    assert.equal(requested.statusCode, 201, requested.body);
    const received = await stream.next((e) => e.event === 'notification', 1000);
    assert.equal(received.data.type, 'notification');
    assert.ok(Date.now() - started < 1000);
    const count = await t.request({ method: 'GET', url: '/api/v1/me/notifications/unread-count', as: bob });
    assert.deepEqual(json(count), { unread: 1 });
  } finally {
    stream.close();
  }
});

test('a rolled-back change announces nothing', async () => {
  const bob = await signUp(t, 'Bob');
  const stream = await openLiveEventStream(baseUrl, bob.cookie);
  try {
    await t.deps.db
      .transaction(async (tx) => {
        await publishLive(tx, { userIds: [bob.id], type: 'task', objectId: 'rolled-back' });
        throw new Error('roll back');
      })
      .catch(() => undefined);
    await publishLive(t.deps.db, { userIds: [bob.id], type: 'task', objectId: 'committed' });
    const received = await stream.next(() => true, 1000);
    assert.equal(received.data.objectId, 'committed');
  } finally {
    stream.close();
  }
});

test('the event stream needs a signed-in user', async () => {
  const response = await fetch(`${baseUrl}/api/v1/me/events`);
  assert.equal(response.status, 401);
  assert.match(response.headers.get('content-type') ?? '', /problem\+json/);
});

test('closing the app ends open streams instead of waiting for them', async () => {
  const other = await createTestApp();
  await other.app.listen({ port: 0, host: '127.0.0.1' });
  const address = other.app.server.address();
  assert.ok(address && typeof address === 'object');
  const carol = await signUp(other, 'Carol');
  const stream = await openLiveEventStream(`http://127.0.0.1:${address.port}`, carol.cookie);
  assert.equal(stream.status, 200);
  const started = Date.now();
  await other.app.close();
  assert.ok(Date.now() - started < 2000, 'the app closed promptly');
  stream.close();
});

test('an event for hundreds of recipients stays within the NOTIFY size limit and reaches the last one', async () => {
  const bob = await signUp(t, 'Bob');
  const others = Array.from({ length: 400 }, () => randomUUID());
  const stream = await openLiveEventStream(baseUrl, bob.cookie);
  try {
    await publishLive(t.deps.db, { userIds: [...others, bob.id], type: 'message', objectId: 'crowded' });
    const received = await stream.next(() => true, 1000);
    assert.equal((received?.data as { objectId?: string } | undefined)?.objectId, 'crowded');
  } finally {
    stream.close();
  }
});
