import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../deps.ts';
import { collaborationParties, notificationPreferences, notifications, orgMembers } from '../../db/schema.ts';

export interface NotificationInput {
  userIds: string[];
  kind: string;
  title: string;
  body?: string;
  // Path inside the web app, e.g. /collaborations/<id>/tasks/<taskId>.
  link?: string;
  collaborationId?: string | null;
}

// The channel every API process listens on; the payload names recipients only, never content.
export const liveChannel = 'synergia_live';

export interface LiveEvent {
  userIds: string[];
  type: string;
  collaborationId?: string | null;
  objectId?: string | null;
}

/**
 * Publishes a live event to every process (PostgreSQL NOTIFY is delivered on commit, so a rolled-back
 * change announces nothing). Listeners forward it to the named users' open event streams.
 */
export async function publishLive(db: DbOrTx, event: LiveEvent): Promise<void> {
  if (event.userIds.length === 0) return;
  await db.execute(sql`select pg_notify(${liveChannel}, ${JSON.stringify(event)})`);
}

/**
 * Records an in-app notification for each recipient who has not muted its kind, in the caller's
 * transaction, and announces it live. E-mail delivery (instant or digest) is decided later from preferences.
 */
export async function notify(db: DbOrTx, input: NotificationInput): Promise<void> {
  const unique = [...new Set(input.userIds)];
  if (unique.length === 0) return;
  const muted = await db
    .select({ userId: notificationPreferences.userId })
    .from(notificationPreferences)
    .where(
      and(
        inArray(notificationPreferences.userId, unique),
        sql`${notificationPreferences.mutedKinds} @> ${JSON.stringify([input.kind])}::jsonb`,
      ),
    );
  const mutedIds = new Set(muted.map((m) => m.userId));
  const recipients = unique.filter((id) => !mutedIds.has(id));
  if (recipients.length === 0) return;
  await db.insert(notifications).values(
    recipients.map((userId) => ({
      userId,
      kind: input.kind,
      title: input.title,
      body: input.body ?? '',
      link: input.link ?? '',
      collaborationId: input.collaborationId ?? null,
    })),
  );
  await publishLive(db, { userIds: recipients, type: 'notification', collaborationId: input.collaborationId ?? null });
}

// Users of the collaboration's accepted parties, except the one acting.
export async function partyUserIds(db: DbOrTx, collaborationId: string, exceptUserId?: string): Promise<string[]> {
  const rows = await db
    .selectDistinct({ userId: orgMembers.userId })
    .from(collaborationParties)
    .innerJoin(orgMembers, eq(orgMembers.orgId, collaborationParties.orgId))
    .where(
      and(
        eq(collaborationParties.collaborationId, collaborationId),
        eq(collaborationParties.status, 'accepted'),
        ...(exceptUserId ? [ne(orgMembers.userId, exceptUserId)] : []),
      ),
    );
  return rows.map((r) => r.userId);
}
