import { desc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../deps.ts';
import { activityEvents, orgs, users } from '../../db/schema.ts';

export interface ActivityInput {
  collaborationId: string;
  actorUserId: string | null;
  actorOrgId: string | null;
  verb: string;
  objectType: string;
  objectId: string | null;
  summary: string;
}

// Written in the caller's transaction so that the feed never shows a change that was rolled back.
export async function recordActivity(db: DbOrTx, e: ActivityInput): Promise<void> {
  await db.insert(activityEvents).values({
    collaborationId: e.collaborationId,
    actorUserId: e.actorUserId,
    actorOrgId: e.actorOrgId,
    verb: e.verb,
    objectType: e.objectType,
    objectId: e.objectId,
    summary: e.summary,
  });
}

export async function listActivity(db: DbOrTx, collaborationId: string, limit: number, offset: number) {
  return db
    .select({
      event: activityEvents,
      actorName: users.name,
      actorOrgName: orgs.name,
    })
    .from(activityEvents)
    .leftJoin(users, eq(users.id, activityEvents.actorUserId))
    .leftJoin(orgs, eq(orgs.id, activityEvents.actorOrgId))
    .where(eq(activityEvents.collaborationId, collaborationId))
    .orderBy(desc(activityEvents.at), desc(activityEvents.id))
    .limit(limit)
    .offset(offset);
}
