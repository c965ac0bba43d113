import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import type { OrgRole } from '../../../common/vocabulary.ts';
import type { DbOrTx } from '../../deps.ts';
import { enqueueJob } from '../../jobs/jobQueue.ts';
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

// The job that writes instant e-mails for new notifications (see notificationEmails.ts).
export const instantEmailJob = 'notifications.email';

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
  // A NOTIFY payload must stay under 8000 bytes: many recipients are announced in several payloads.
  for (let start = 0; start < event.userIds.length; start += recipientsPerPayload) {
    const userIds = event.userIds.slice(start, start + recipientsPerPayload);
    await db.execute(sql`select pg_notify(${liveChannel}, ${JSON.stringify({ ...event, userIds })})`);
  }
}

// 36-character ids: 150 of them and the rest of the event fit well within the limit.
const recipientsPerPayload = 150;

/**
 * Records an in-app notification for each recipient who has not muted its kind, in the caller's
 * transaction, and announces it live. Recipients who want instant e-mail get a job that writes it to
 * the outbox (the job has the server's address for links); digest e-mails are written daily.
 */
export async function notify(db: DbOrTx, input: NotificationInput): Promise<void> {
  const unique = [...new Set(input.userIds)];
  if (unique.length === 0) return;
  const preferences = await db
    .select({
      userId: notificationPreferences.userId,
      email: notificationPreferences.email,
      muted: sql<boolean>`${notificationPreferences.mutedKinds} @> ${JSON.stringify([input.kind])}::jsonb`,
    })
    .from(notificationPreferences)
    .where(inArray(notificationPreferences.userId, unique));
  const mutedIds = new Set(preferences.filter((p) => p.muted).map((p) => p.userId));
  const instantIds = new Set(preferences.filter((p) => p.email === 'instant').map((p) => p.userId));
  const recipients = unique.filter((id) => !mutedIds.has(id));
  if (recipients.length === 0) return;
  const inserted = await db
    .insert(notifications)
    .values(
      recipients.map((userId) => ({
        userId,
        kind: input.kind,
        title: input.title,
        body: input.body ?? '',
        link: input.link ?? '',
        collaborationId: input.collaborationId ?? null,
      })),
    )
    .returning({ id: notifications.id, userId: notifications.userId });
  const instant = inserted.filter((n) => instantIds.has(n.userId)).map((n) => n.id);
  if (instant.length > 0) await enqueueJob(db, { kind: instantEmailJob, payload: { notificationIds: instant } });
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

// Users of an organization, optionally only those with one of the given roles (e.g. who may answer).
export async function orgUserIds(
  db: DbOrTx,
  orgId: string,
  options: { roles?: OrgRole[]; exceptUserId?: string } = {},
): Promise<string[]> {
  const { roles, exceptUserId } = options;
  const rows = await db
    .select({ userId: orgMembers.userId })
    .from(orgMembers)
    .where(
      and(
        eq(orgMembers.orgId, orgId),
        roles ? inArray(orgMembers.role, roles) : undefined,
        exceptUserId ? ne(orgMembers.userId, exceptUserId) : undefined,
      ),
    );
  return rows.map((r) => r.userId);
}

// Notifies the owners and admins of organizations: those who may answer an invitation or a request.
export async function notifyOrgManagers(
  db: DbOrTx,
  orgIds: string[],
  input: Omit<NotificationInput, 'userIds'>,
  exceptUserId?: string,
): Promise<void> {
  const userIds: string[] = [];
  for (const orgId of orgIds)
    userIds.push(...(await orgUserIds(db, orgId, { roles: ['owner', 'admin'], exceptUserId })));
  await notify(db, { ...input, userIds });
}

export function invitationNotice(collaborationName: string, collaborationId: string) {
  return {
    kind: 'collaboration',
    title: `You are invited to join “${collaborationName}”`,
    link: `/collaborations/${collaborationId}`,
    collaborationId,
  };
}
