import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { LiveEventData } from '../../common/notifications.ts';
import { createLiveHub } from './liveHub.ts';

function fakeListen() {
  const state = { listens: 0, unlistens: 0, deliver: (_payload: string) => undefined as void };
  const listen = async (_channel: string, onPayload: (payload: string) => void) => {
    state.listens += 1;
    state.deliver = onPayload;
    return async () => void (state.unlistens += 1);
  };
  return { state, listen };
}

function connection() {
  const received: LiveEventData[] = [];
  let ended = false;
  return { received, ended: () => ended, send: (e: LiveEventData) => received.push(e), end: () => (ended = true) };
}

test('listens once per process and forwards each event to the connections of the users it names', async () => {
  const { state, listen } = fakeListen();
  const hub = createLiveHub(listen);
  assert.equal(state.listens, 0, 'nothing is listened to before the first stream opens');
  const ada = connection();
  const adaSecondTab = connection();
  const bob = connection();
  await hub.connect('ada', ada);
  await hub.connect('ada', adaSecondTab);
  const disconnectBob = await hub.connect('bob', bob);
  assert.equal(state.listens, 1);

  state.deliver(JSON.stringify({ userIds: ['ada'], type: 'task', collaborationId: 'c1', objectId: 't1' }));
  state.deliver('not json');
  disconnectBob();
  state.deliver(JSON.stringify({ userIds: ['bob', 'ada'], type: 'notification' }));

  const expected = [
    { type: 'task', collaborationId: 'c1', objectId: 't1' },
    { type: 'notification', collaborationId: null, objectId: null },
  ];
  assert.deepEqual(ada.received, expected);
  assert.deepEqual(adaSecondTab.received, expected);
  assert.deepEqual(bob.received, []);

  await hub.close();
  assert.equal(ada.ended(), true);
  assert.equal(state.unlistens, 1);
  await assert.rejects(hub.connect('ada', connection()));
});

test('a failed LISTEN is retried by the next connection', async () => {
  let attempts = 0;
  const hub = createLiveHub(async () => {
    attempts += 1;
    if (attempts === 1) throw new Error('database down');
    return async () => undefined;
  });
  await assert.rejects(hub.connect('ada', connection()), /database down/);
  await hub.connect('ada', connection());
  assert.equal(attempts, 2);
  await hub.close();
});
