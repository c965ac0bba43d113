import type { DbOrTx } from '../../deps.ts';
import type { Actor } from '../../http/actor.ts';
import { AppError } from '../../http/errors.ts';
import { partyUserIds } from '../notifications/notify.ts';
import { loadWorkContext } from './projects.context.ts';
import { workingParties } from './projects.policy.ts';
import * as repo from './threads.repository.ts';

// Who a thread speaks to: the parties of its collaboration, or the two organizations of an introduction.
export interface ThreadAudience {
  collaborationId: string | null;
  // The organization the actor writes as; null when they may only read.
  writerOrgId: string | null;
  userIds(db: DbOrTx): Promise<string[]>;
}

export async function loadThreadFor(db: DbOrTx, actor: Actor, threadId: string) {
  const found = await repo.findVisibleThread(db, actor.userId, threadId);
  if (!found) throw new AppError('not_found');
  return { ...found, audience: await audienceOf(db, actor, found.thread) };
}

export async function audienceOf(db: DbOrTx, actor: Actor, thread: repo.ThreadRow): Promise<ThreadAudience> {
  if (thread.collaborationId) {
    const collaborationId = thread.collaborationId;
    const context = await loadWorkContext(db, actor, collaborationId);
    const writerOrgId = workingParties(context.roles)[0]?.orgId ?? null;
    return { collaborationId, writerOrgId, userIds: (tx) => partyUserIds(tx, collaborationId) };
  }
  const orgIds = await repo.introductionOrgIds(db, thread.introductionId ?? '');
  const writer = (await repo.rolesIn(db, actor.userId, orgIds)).find((r) => r.role !== 'viewer');
  return { collaborationId: null, writerOrgId: writer?.orgId ?? null, userIds: (tx) => repo.membersOf(tx, orgIds) };
}

export function requireWriter(audience: ThreadAudience): string {
  if (!audience.writerOrgId) {
    throw new AppError('forbidden', {
      detail: 'Only members (not viewers) of the organizations involved can write here.',
    });
  }
  return audience.writerOrgId;
}
