import type { z } from 'zod';
import type { createThreadBody } from '../../../common/projects.ts';
import type { Deps, DbOrTx } from '../../deps.ts';
import type { Actor } from '../../http/actor.ts';
import { AppError } from '../../http/errors.ts';
import { findIntroduction } from '../introductions/introductions.repository.ts';
import { recordWorkChange } from './activity.service.ts';
import { loadWorkContext } from './projects.context.ts';
import { authorizeWork } from './projects.policy.ts';
import { findVisibleTask } from './tasks.repository.ts';
import { loadThreadFor } from './threads.context.ts';
import { postMessageIn } from './threads.messages.service.ts';
import * as repo from './threads.repository.ts';

function presentThread(row: repo.ThreadWithCounts) {
  const t = row.thread;
  return {
    id: t.id,
    collaborationId: t.collaborationId,
    taskId: t.taskId,
    introductionId: t.introductionId,
    title: t.title,
    createdAt: t.createdAt.toISOString(),
    lastMessageAt: t.lastMessageAt?.toISOString() ?? null,
    messageCount: row.messageCount,
    unreadCount: row.unreadCount,
  };
}

export async function getThread(db: DbOrTx, actor: Actor, threadId: string) {
  return presentThread(await loadThreadFor(db, actor, threadId));
}

export async function listThreads(deps: Deps, actor: Actor, collaborationId: string) {
  await loadWorkContext(deps.db, actor, collaborationId);
  return (await repo.listCollaborationThreads(deps.db, actor.userId, collaborationId)).map(presentThread);
}

export async function createThread(
  deps: Deps,
  actor: Actor,
  collaborationId: string,
  input: z.infer<typeof createThreadBody>,
) {
  const id = await deps.db.transaction(async (tx) => {
    const party = authorizeWork((await loadWorkContext(tx, actor, collaborationId)).roles);
    const thread = await repo.insertThread(tx, { collaborationId, title: input.title, createdByUserId: actor.userId });
    await recordWorkChange(tx, {
      collaborationId,
      actorUserId: actor.userId,
      actorOrgId: party.orgId,
      verb: 'created',
      objectType: 'thread',
      objectId: thread.id,
      summary: `started thread "${thread.title}"`,
      liveType: 'message',
    });
    if (input.body) await postMessageIn(tx, deps, actor, thread.id, { body: input.body, mentionedUserIds: [] });
    return thread.id;
  });
  return getThread(deps.db, actor, id);
}

// A task's thread is created the first time someone opens it.
export async function getTaskThread(deps: Deps, actor: Actor, taskId: string) {
  const task = await findVisibleTask(deps.db, actor.userId, taskId);
  if (!task) throw new AppError('not_found');
  let found = await repo.findThreadOf(deps.db, { taskId });
  if (!found) {
    await repo.ensureThread(deps.db, {
      collaborationId: task.collaborationId,
      taskId,
      title: task.title,
      createdByUserId: actor.userId,
    });
    found = await repo.findThreadOf(deps.db, { taskId });
  }
  return getThread(deps.db, actor, found!.id);
}

// The two organizations of an accepted introduction talk in its thread, created on first use.
export async function getIntroductionThread(deps: Deps, actor: Actor, introductionId: string) {
  const row = await findIntroduction(deps.db, actor.userId, introductionId);
  if (!row) throw new AppError('not_found');
  if (row.introduction.status !== 'accepted') {
    throw new AppError('conflict', { detail: 'The thread opens once the introduction is accepted.' });
  }
  let found = await repo.findThreadOf(deps.db, { introductionId });
  if (!found) {
    await repo.ensureThread(deps.db, {
      introductionId,
      title: `${row.fromName} and ${row.toName}`,
      createdByUserId: actor.userId,
    });
    found = await repo.findThreadOf(deps.db, { introductionId });
  }
  return getThread(deps.db, actor, found!.id);
}

export async function markThreadRead(deps: Deps, actor: Actor, threadId: string) {
  await loadThreadFor(deps.db, actor, threadId);
  await repo.markRead(deps.db, threadId, actor.userId);
  return getThread(deps.db, actor, threadId);
}
