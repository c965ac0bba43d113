import type { z } from 'zod';
import {
  notificationKinds,
  type NotificationKind,
  type notificationListQuery,
  type notificationPreferencesBody,
} from '../../../common/notifications.ts';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../http/actor.ts';
import { AppError, validationError } from '../../http/errors.ts';
import { publishLive } from './notify.ts';
import * as repo from './notifications.repository.ts';

// Every use-case here acts on the signed-in user's own inbox: the actor is the only tenant.

function presentNotification(row: repo.NotificationRow) {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    body: row.body,
    link: row.link,
    collaborationId: row.collaborationId,
    createdAt: row.createdAt.toISOString(),
    readAt: row.readAt?.toISOString() ?? null,
  };
}

export async function listNotifications(deps: Deps, actor: Actor, query: z.infer<typeof notificationListQuery>) {
  if (query.cursor !== undefined && !(await isOwnNotification(deps, actor, query.cursor))) {
    throw validationError('cursor', 'is not a cursor from a previous page');
  }
  // One extra row tells whether another page exists.
  const rows = await repo.listNotifications(deps.db, actor.userId, {
    unreadOnly: query.unread === 'true',
    afterId: query.cursor,
    limit: query.limit + 1,
  });
  const items = rows.slice(0, query.limit);
  return {
    items: items.map(presentNotification),
    nextCursor: rows.length > query.limit ? (items.at(-1)?.id ?? null) : null,
  };
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function isOwnNotification(deps: Deps, actor: Actor, id: string): Promise<boolean> {
  return uuidPattern.test(id) && Boolean(await repo.findNotification(deps.db, actor.userId, id));
}

export async function countUnread(deps: Deps, actor: Actor) {
  return { unread: await repo.countUnread(deps.db, actor.userId) };
}

// The user's other open tabs refresh their bell too.
export async function markNotificationRead(deps: Deps, actor: Actor, notificationId: string) {
  const row = await deps.db.transaction(async (tx) => {
    const updated = await repo.markRead(tx, actor.userId, notificationId, deps.now());
    if (!updated) throw new AppError('not_found');
    await publishLive(tx, { userIds: [actor.userId], type: 'notification', objectId: notificationId });
    return updated;
  });
  return presentNotification(row);
}

export async function markAllNotificationsRead(deps: Deps, actor: Actor) {
  return deps.db.transaction(async (tx) => {
    const updated = await repo.markAllRead(tx, actor.userId, deps.now());
    if (updated > 0) await publishLive(tx, { userIds: [actor.userId], type: 'notification' });
    return { updated };
  });
}

// Users who never chose get a daily digest, every kind, and live updates.
const defaultPreferences = { email: 'digest' as const, mutedKinds: [] as string[], live: true };

export async function getPreferences(deps: Deps, actor: Actor) {
  const row = await repo.findPreferences(deps.db, actor.userId);
  return presentPreferences(deps, row ?? defaultPreferences);
}

export async function updatePreferences(deps: Deps, actor: Actor, input: z.infer<typeof notificationPreferencesBody>) {
  const row = await repo.upsertPreferences(deps.db, actor.userId, input, deps.now());
  return presentPreferences(deps, row);
}

function presentPreferences(deps: Deps, row: Pick<repo.PreferencesRow, 'email' | 'mutedKinds' | 'live'>) {
  return {
    email: row.email,
    // Kinds that are no longer known are dropped rather than failing the response.
    mutedKinds: row.mutedKinds.filter(isKnownKind),
    live: row.live,
    smtpConfigured: deps.mailer.configured,
  };
}

const isKnownKind = (kind: string): kind is NotificationKind => (notificationKinds as readonly string[]).includes(kind);

const outboxPageSize = 100;

export async function listOwnOutbox(deps: Deps, actor: Actor) {
  const rows = await repo.listOutbox(deps.db, actor.userId, outboxPageSize);
  return {
    smtpConfigured: deps.mailer.configured,
    items: rows.map((row) => ({
      id: row.id,
      to: row.to,
      subject: row.subject,
      text: row.text,
      status: row.status,
      createdAt: row.createdAt.toISOString(),
      sentAt: row.sentAt?.toISOString() ?? null,
    })),
  };
}
