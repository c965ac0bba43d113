import assert from 'node:assert/strict';
import { test } from 'node:test';
import { QueryClient } from '@tanstack/react-query';
import { applyLiveEvent, parseLiveEvent } from './applyLiveEvent.ts';

const collaborationId = '00000000-0000-4000-8000-000000000001';

function clientWith(keys: unknown[][]) {
  const client = new QueryClient();
  for (const key of keys) client.setQueryData(key, 'cached');
  const invalidated = (key: unknown[]) => client.getQueryState(key)?.isInvalidated ?? false;
  return { client, invalidated };
}

test('an event inside a collaboration refreshes that collaboration’s queries only', () => {
  const { client, invalidated } = clientWith([
    ['collaborations'],
    ['collaborations', collaborationId],
    ['collaborations', collaborationId, 'tasks'],
    ['collaborations', 'another'],
    ['notifications', 'unread-count'],
  ]);
  applyLiveEvent(client, { type: 'task', collaborationId, objectId: 't1' });
  assert.equal(invalidated(['collaborations', collaborationId]), true);
  assert.equal(invalidated(['collaborations', collaborationId, 'tasks']), true);
  assert.equal(invalidated(['collaborations']), false);
  assert.equal(invalidated(['collaborations', 'another']), false);
  assert.equal(invalidated(['notifications', 'unread-count']), false);
});

test('a notification event refreshes the bell, the inbox and introductions', () => {
  const { client, invalidated } = clientWith([['notifications', 'unread-count'], ['introductions'], ['orgs']]);
  applyLiveEvent(client, { type: 'notification', collaborationId: null, objectId: null });
  assert.equal(invalidated(['notifications', 'unread-count']), true);
  assert.equal(invalidated(['introductions']), true);
  assert.equal(invalidated(['orgs']), false);
});

test('malformed event data is ignored', () => {
  assert.equal(parseLiveEvent('not json'), null);
  assert.equal(parseLiveEvent('{"type": 3}'), null);
  assert.deepEqual(parseLiveEvent(JSON.stringify({ type: 'task', collaborationId, objectId: null })), {
    type: 'task',
    collaborationId,
    objectId: null,
  });
});

test('a notification about a collaboration also refreshes the list of collaborations (invitations)', () => {
  const { client, invalidated } = clientWith([['collaborations'], ['collaborations', collaborationId, 'versions']]);
  applyLiveEvent(client, { type: 'notification', collaborationId, objectId: null });
  assert.equal(invalidated(['collaborations']), true);
  assert.equal(invalidated(['collaborations', collaborationId, 'versions']), true);
});
