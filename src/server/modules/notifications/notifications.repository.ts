import { and, count, desc, eq, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../deps.ts';
import { emailOutbox, notificationPreferences, notifications } from '../../db/schema.ts';

export type NotificationRow = typeof notifications.$inferSelect;
export type PreferencesRow = typeof notificationPreferences.$inferSelect;
export type OutboxRow = typeof emailOutbox.$inferSelect;

// Every query names the user: one never reads or marks another user's notifications.
const mine = (userId: string) => eq(notifications.userId, userId);

export async function findNotification(db: DbOrTx, userId: string, id: string) {
  const [row] = await db
    .select()
    .from(notifications)
    .where(and(mine(userId), eq(notifications.id, id)));
  return row;
}

// Newest first; `afterId` is the last notification of the previous page. The comparison stays in SQL,
// where timestamps keep their microseconds (ties on time are broken by id).
export async function listNotifications(
  db: DbOrTx,
  userId: string,
  page: { unreadOnly: boolean; afterId?: string; limit: number },
) {
  const { afterId } = page;
  return db
    .select()
    .from(notifications)
    .where(
      and(
        mine(userId),
        page.unreadOnly ? isNull(notifications.readAt) : undefined,
        afterId
          ? sql`(${notifications.createdAt}, ${notifications.id}) < (select n.created_at, n.id from ${notifications} n where n.id = ${afterId})`
          : undefined,
      ),
    )
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(page.limit);
}

export async function countUnread(db: DbOrTx, userId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(notifications)
    .where(and(mine(userId), isNull(notifications.readAt)));
  return row?.n ?? 0;
}

export async function markRead(db: DbOrTx, userId: string, id: string, at: Date) {
  const [row] = await db
    .update(notifications)
    .set({ readAt: sql`coalesce(${notifications.readAt}, ${at.toISOString()}::timestamptz)` })
    .where(and(mine(userId), eq(notifications.id, id)))
    .returning();
  return row;
}

export async function markAllRead(db: DbOrTx, userId: string, at: Date): Promise<number> {
  const rows = await db
    .update(notifications)
    .set({ readAt: at })
    .where(and(mine(userId), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return rows.length;
}

export async function findPreferences(db: DbOrTx, userId: string) {
  const [row] = await db.select().from(notificationPreferences).where(eq(notificationPreferences.userId, userId));
  return row;
}

export async function upsertPreferences(
  db: DbOrTx,
  userId: string,
  values: Pick<PreferencesRow, 'email' | 'mutedKinds' | 'live'>,
  at: Date,
) {
  const [row] = await db
    .insert(notificationPreferences)
    .values({ userId, ...values, updatedAt: at })
    .onConflictDoUpdate({ target: notificationPreferences.userId, set: { ...values, updatedAt: at } })
    .returning();
  return row!;
}

// The user's own e-mails only, newest first.
export async function listOutbox(db: DbOrTx, userId: string, limit: number) {
  return db
    .select()
    .from(emailOutbox)
    .where(eq(emailOutbox.userId, userId))
    .orderBy(desc(emailOutbox.createdAt), desc(emailOutbox.id))
    .limit(limit);
}
