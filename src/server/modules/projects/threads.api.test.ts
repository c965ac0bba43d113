import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { describe, test } from 'node:test';
import { activityEvents, notifications } from '../../db/schema.ts';
import { json } from '../../testing/factories.ts';
import { createTestApp, type Session } from '../../testing/testApp.ts';
import { createTask, createWorkspace, type Workspace } from './projects.testSetup.ts';

const t = await createTestApp();

interface ThreadJson {
  id: string;
  title: string;
  taskId: string | null;
  messageCount: number;
  unreadCount: number;
}
interface MessageJson {
  id: string;
  body: string;
  author: { name: string; orgName: string };
  mentions: { userId: string; name: string }[];
  editedAt: string | null;
  abilities: { edit: boolean };
}

const post = (as: Session, threadId: string, payload: object) =>
  t.request({ method: 'POST', url: `/api/v1/threads/${threadId}/messages`, as, payload });
const messagesOf = async (as: Session, threadId: string) =>
  json<{ items: MessageJson[] }>(await t.request({ method: 'GET', url: `/api/v1/threads/${threadId}/messages`, as }))
    .items;

async function startThread(w: Workspace, title = 'Packaging', body = '') {
  const created = await t.request({
    method: 'POST',
    url: `/api/v1/collaborations/${w.collaborationId}/threads`,
    as: w.alice,
    payload: { title, body },
  });
  assert.equal(created.statusCode, 201, created.body);
  return json<ThreadJson>(created);
}

describe('collaboration threads', () => {
  test('messages carry author and organization; a mention notifies with kind mention, the rest get message', async () => {
    const w = await createWorkspace(t);
    const thread = await startThread(w, 'Packaging', 'Which box size?');
    assert.equal(thread.messageCount, 1);
    const reply = await post(w.bob, thread.id, { body: '@Alice the small one', mentionedUserIds: [w.alice.id] });
    assert.equal(reply.statusCode, 201, reply.body);
    const messages = await messagesOf(w.viewer, thread.id);
    assert.deepEqual(
      messages.map((m) => `${m.author.name} (${m.author.orgName}): ${m.body}`),
      ['Alice (Alice Bakery): Which box size?', 'Bob (Bob Roasters): @Alice the small one'],
    );
    assert.deepEqual(messages[1]?.mentions, [{ userId: w.alice.id, name: 'Alice' }]);
    const kinds = async (userId: string) =>
      (
        await t.deps.db
          .select({ kind: notifications.kind })
          .from(notifications)
          .where(and(eq(notifications.userId, userId), eq(notifications.collaborationId, w.collaborationId)))
      )
        .map((n) => n.kind)
        .filter((kind) => kind === 'message' || kind === 'mention')
        .sort();
    assert.deepEqual(await kinds(w.alice.id), ['mention']);
    assert.deepEqual(await kinds(w.viewer.id), ['message', 'message']);
    assert.deepEqual(await kinds(w.bob.id), ['message']);

    const outsiderMention = await post(w.bob, thread.id, { body: 'hi', mentionedUserIds: [w.outsider.id] });
    assert.equal(outsiderMention.statusCode, 400);
    assert.equal(json<{ errors: { field: string }[] }>(outsiderMention).errors[0]?.field, 'mentionedUserIds');
    const empty = await post(w.bob, thread.id, { body: '   ' });
    assert.equal(json<{ errors: { field: string }[] }>(empty).errors[0]?.field, 'body');
  });

  test('only the author edits a message; an edit sets editedAt and writes activity', async () => {
    const w = await createWorkspace(t);
    const thread = await startThread(w);
    const message = json<MessageJson>(await post(w.bob, thread.id, { body: 'Draft' }));
    assert.equal(message.editedAt, null);
    assert.equal(message.abilities.edit, true);
    const edit = (as: Session) =>
      t.request({ method: 'PATCH', url: `/api/v1/messages/${message.id}`, as, payload: { body: 'Final' } });
    assert.equal((await edit(w.alice)).statusCode, 403);
    assert.equal((await edit(w.outsider)).statusCode, 404);
    const edited = await edit(w.bob);
    assert.equal(edited.statusCode, 200, edited.body);
    assert.equal(json<MessageJson>(edited).body, 'Final');
    assert.ok(json<MessageJson>(edited).editedAt);
    const [seenByAlice] = await messagesOf(w.alice, thread.id);
    assert.equal(seenByAlice?.abilities.edit, false);
    assert.ok(seenByAlice?.editedAt);
    const verbs = await t.deps.db
      .select({ verb: activityEvents.verb })
      .from(activityEvents)
      .where(and(eq(activityEvents.objectId, message.id), eq(activityEvents.objectType, 'message')));
    assert.deepEqual(verbs.map((v) => v.verb).sort(), ['edited', 'posted']);
  });

  test("unread counts: others' messages count until the thread is read; your own never count", async () => {
    const w = await createWorkspace(t);
    const thread = await startThread(w, 'Prices', 'Opening offer');
    const listAs = async (as: Session) =>
      json<{ items: ThreadJson[] }>(
        await t.request({ method: 'GET', url: `/api/v1/collaborations/${w.collaborationId}/threads`, as }),
      ).items.find((i) => i.id === thread.id)!;
    assert.equal((await listAs(w.alice)).unreadCount, 0);
    assert.equal((await listAs(w.bob)).unreadCount, 1);
    await post(w.alice, thread.id, { body: 'Second' });
    assert.equal((await listAs(w.bob)).unreadCount, 2);
    const read = await t.request({ method: 'POST', url: `/api/v1/threads/${thread.id}/read`, as: w.bob });
    assert.equal(read.statusCode, 200);
    assert.equal(json<ThreadJson>(read).unreadCount, 0);
    await post(w.alice, thread.id, { body: 'Third' });
    assert.equal((await listAs(w.bob)).unreadCount, 1);
    assert.equal((await listAs(w.bob)).messageCount, 3);
    assert.equal((await listAs(w.viewer)).unreadCount, 3);
  });

  test('a viewer reads but cannot write (403); a non-party gets 404 on every thread route', async () => {
    const w = await createWorkspace(t);
    const thread = await startThread(w, 'Private', 'Between us');
    assert.equal((await post(w.viewer, thread.id, { body: 'me too' })).statusCode, 403);
    const viewerThread = await t.request({
      method: 'POST',
      url: `/api/v1/collaborations/${w.collaborationId}/threads`,
      as: w.viewer,
      payload: { title: 'Mine' },
    });
    assert.equal(viewerThread.statusCode, 403);
    for (const [method, url] of [
      ['GET', `/api/v1/collaborations/${w.collaborationId}/threads`],
      ['GET', `/api/v1/threads/${thread.id}`],
      ['GET', `/api/v1/threads/${thread.id}/messages`],
      ['POST', `/api/v1/threads/${thread.id}/read`],
    ] as const) {
      const foreign = await t.request({ method, url, as: w.outsider });
      assert.equal(foreign.statusCode, 404, url);
    }
    assert.equal((await post(w.outsider, thread.id, { body: 'hi' })).statusCode, 404);
    const missing = await post(w.outsider, randomUUID(), { body: 'hi' });
    assert.deepEqual(json(missing), json(await post(w.outsider, thread.id, { body: 'hi' })));
  });
});

describe('task and introduction threads', () => {
  test("a task's thread is created on first use and found again afterwards", async () => {
    const w = await createWorkspace(t);
    const task = await createTask(t, w.alice, w.projectId, { title: 'Design the box', ownerOrgId: w.bobOrg.id });
    const first = json<ThreadJson>(
      await t.request({ method: 'GET', url: `/api/v1/tasks/${task.id}/thread`, as: w.bob }),
    );
    assert.equal(first.taskId, task.id);
    assert.equal(first.title, 'Design the box');
    const again = json<ThreadJson>(
      await t.request({ method: 'GET', url: `/api/v1/tasks/${task.id}/thread`, as: w.alice }),
    );
    assert.equal(again.id, first.id);
    assert.equal((await post(w.bob, first.id, { body: 'Sketch attached' })).statusCode, 201);
    const foreign = await t.request({ method: 'GET', url: `/api/v1/tasks/${task.id}/thread`, as: w.outsider });
    assert.equal(foreign.statusCode, 404);
  });

  test('an introduction thread opens once accepted, for the two organizations only', async () => {
    const w = await createWorkspace(t);
    const requested = await t.request({
      method: 'POST',
      url: '/api/v1/introductions',
      as: w.alice,
      payload: { fromOrgId: w.aliceOrg.id, toOrgId: w.bobOrg.id, message: 'Let us talk' },
    });
    assert.equal(requested.statusCode, 201, requested.body);
    const introductionId = json<{ id: string }>(requested).id;
    const url = `/api/v1/introductions/${introductionId}/thread`;
    const early = await t.request({ method: 'GET', url, as: w.alice });
    assert.equal(early.statusCode, 409);
    const accepted = await t.request({
      method: 'POST',
      url: `/api/v1/introductions/${introductionId}/accept`,
      as: w.bob,
    });
    assert.equal(accepted.statusCode, 200, accepted.body);
    const thread = json<ThreadJson>(await t.request({ method: 'GET', url, as: w.bob }));
    assert.equal(thread.title, 'Alice Bakery and Bob Roasters');
    assert.equal((await post(w.alice, thread.id, { body: 'Hello Bob' })).statusCode, 201);
    assert.deepEqual(
      (await messagesOf(w.bob, thread.id)).map((m) => m.body),
      ['Hello Bob'],
    );
    assert.equal((await t.request({ method: 'GET', url, as: w.outsider })).statusCode, 404);
    assert.equal(
      (await t.request({ method: 'GET', url: `/api/v1/threads/${thread.id}`, as: w.outsider })).statusCode,
      404,
    );
    const sent = await t.deps.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.userId, w.bob.id), eq(notifications.kind, 'message')));
    assert.ok(sent.some((n) => n.title.includes('Alice Bakery and Bob Roasters')));
  });
});
