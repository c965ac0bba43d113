import type { z } from 'zod';
import type { editMessageBody, postMessageBody } from '../../../common/projects.ts';
import type { Deps, DbOrTx } from '../../deps.ts';
import type { Actor } from '../../http/actor.ts';
import { AppError, validationError } from '../../http/errors.ts';
import { notify, publishLive } from '../notifications/notify.ts';
import { recordActivity } from './activity.repository.ts';
import { loadThreadFor, requireWriter, type ThreadAudience } from './threads.context.ts';
import * as repo from './threads.repository.ts';

function presentMessage(row: repo.MessageWithAuthor, names: Map<string, string>, actor: Actor) {
  const m = row.message;
  return {
    id: m.id,
    threadId: m.threadId,
    author: { userId: m.authorUserId, name: row.name ?? 'Former member', orgId: m.authorOrgId, orgName: row.orgName },
    body: m.body,
    mentions: m.mentionedUserIds.map((userId) => ({ userId, name: names.get(userId) ?? '' })),
    createdAt: m.createdAt.toISOString(),
    editedAt: m.editedAt?.toISOString() ?? null,
    abilities: { edit: m.authorUserId === actor.userId },
  };
}

async function presentMessages(db: DbOrTx, rows: repo.MessageWithAuthor[], actor: Actor) {
  const names = await repo.userNames(db, [...new Set(rows.flatMap((r) => r.message.mentionedUserIds))]);
  return rows.map((r) => presentMessage(r, names, actor));
}

export async function listMessages(deps: Deps, actor: Actor, threadId: string) {
  await loadThreadFor(deps.db, actor, threadId);
  return presentMessages(deps.db, await repo.listMessages(deps.db, threadId), actor);
}

// Everyone the thread speaks to hears about changes live; the feed records those of a collaboration.
async function announce(
  tx: DbOrTx,
  actor: Actor,
  audience: ThreadAudience,
  orgId: string,
  change: { verb: string; objectId: string; summary: string; threadId: string },
) {
  if (audience.collaborationId) {
    await recordActivity(tx, {
      collaborationId: audience.collaborationId,
      actorUserId: actor.userId,
      actorOrgId: orgId,
      verb: change.verb,
      objectType: 'message',
      objectId: change.objectId,
      summary: change.summary,
    });
  }
  await publishLive(tx, {
    userIds: await audience.userIds(tx),
    type: 'message',
    collaborationId: audience.collaborationId,
    objectId: change.threadId,
  });
}

export async function postMessageIn(
  tx: DbOrTx,
  deps: Deps,
  actor: Actor,
  threadId: string,
  input: z.infer<typeof postMessageBody>,
) {
  const { thread, audience } = await loadThreadFor(tx, actor, threadId);
  const orgId = requireWriter(audience);
  const recipients = await audience.userIds(tx);
  const mentioned = [...new Set(input.mentionedUserIds)];
  if (mentioned.some((id) => !recipients.includes(id))) {
    throw validationError('mentionedUserIds', 'can only mention people of the organizations in this thread');
  }
  const now = deps.now();
  const message = await repo.insertMessage(tx, {
    threadId,
    authorUserId: actor.userId,
    authorOrgId: orgId,
    body: input.body,
    mentionedUserIds: mentioned,
  });
  await repo.touchThread(tx, threadId, now);
  await repo.markRead(tx, threadId, actor.userId);
  await announce(tx, actor, audience, orgId, {
    verb: 'posted',
    objectId: message.id,
    summary: `wrote in "${thread.title}"`,
    threadId,
  });
  const link = thread.collaborationId
    ? `/collaborations/${thread.collaborationId}/threads?thread=${threadId}`
    : `/introductions?thread=${threadId}`;
  const preview = input.body.length > 140 ? `${input.body.slice(0, 139)}…` : input.body;
  const others = (ids: string[]) => ids.filter((id) => id !== actor.userId);
  await notify(tx, {
    userIds: others(mentioned),
    kind: 'mention',
    title: `You were mentioned in "${thread.title}"`,
    body: preview,
    link,
    collaborationId: thread.collaborationId,
  });
  await notify(tx, {
    userIds: others(recipients).filter((id) => !mentioned.includes(id)),
    kind: 'message',
    title: `New message in "${thread.title}"`,
    body: preview,
    link,
    collaborationId: thread.collaborationId,
  });
  return message.id;
}

export async function postMessage(deps: Deps, actor: Actor, threadId: string, input: z.infer<typeof postMessageBody>) {
  const id = await deps.db.transaction((tx) => postMessageIn(tx, deps, actor, threadId, input));
  const row = await repo.findMessage(deps.db, id);
  return (await presentMessages(deps.db, [row!], actor))[0]!;
}

export async function editMessage(deps: Deps, actor: Actor, messageId: string, input: z.infer<typeof editMessageBody>) {
  await deps.db.transaction(async (tx) => {
    const row = await repo.findMessage(tx, messageId);
    if (!row) throw new AppError('not_found');
    // The thread's visibility decides; a message in a thread the actor cannot see is a 404 like a missing one.
    const { thread, audience } = await loadThreadFor(tx, actor, row.message.threadId);
    if (row.message.authorUserId !== actor.userId) {
      throw new AppError('forbidden', { detail: 'Only the author can edit a message.' });
    }
    await repo.editMessage(tx, messageId, input.body, deps.now());
    await announce(tx, actor, audience, row.message.authorOrgId, {
      verb: 'edited',
      objectId: messageId,
      summary: `edited a message in "${thread.title}"`,
      threadId: thread.id,
    });
  });
  const row = await repo.findMessage(deps.db, messageId);
  return (await presentMessages(deps.db, [row!], actor))[0]!;
}
