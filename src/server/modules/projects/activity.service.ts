import type { DbOrTx, Deps } from '../../deps.ts';
import type { Actor } from '../../http/actor.ts';
import { partyUserIds, publishLive } from '../notifications/notify.ts';
import { listActivity, recordActivity } from './activity.repository.ts';
import { loadWorkContext } from './projects.context.ts';

export interface WorkChange {
  collaborationId: string;
  actorUserId: string;
  actorOrgId: string;
  verb: string;
  objectType: 'project' | 'milestone' | 'task' | 'message' | 'thread';
  objectId: string;
  summary: string;
  // What open boards and threads refresh on.
  liveType: 'project' | 'task' | 'message';
}

// Every change to joint work lands in the feed and is announced live, in the caller's transaction.
export async function recordWorkChange(db: DbOrTx, change: WorkChange): Promise<void> {
  await recordActivity(db, {
    collaborationId: change.collaborationId,
    actorUserId: change.actorUserId,
    actorOrgId: change.actorOrgId,
    verb: change.verb,
    objectType: change.objectType,
    objectId: change.objectId,
    summary: change.summary,
  });
  await publishLive(db, {
    userIds: await partyUserIds(db, change.collaborationId),
    type: change.liveType,
    collaborationId: change.collaborationId,
    objectId: change.objectId,
  });
}

export async function getActivity(
  deps: Deps,
  actor: Actor,
  collaborationId: string,
  page: { limit: number; offset: number },
) {
  await loadWorkContext(deps.db, actor, collaborationId);
  // One extra row tells whether another page exists.
  const rows = await listActivity(deps.db, collaborationId, page.limit + 1, page.offset);
  return {
    items: rows.slice(0, page.limit).map((r) => ({
      id: r.event.id,
      at: r.event.at.toISOString(),
      actor: {
        userId: r.event.actorUserId,
        name: r.actorName,
        orgId: r.event.actorOrgId,
        orgName: r.actorOrgName,
      },
      verb: r.event.verb,
      objectType: r.event.objectType,
      objectId: r.event.objectId,
      summary: r.event.summary,
    })),
    nextOffset: rows.length > page.limit ? page.offset + page.limit : null,
  };
}
