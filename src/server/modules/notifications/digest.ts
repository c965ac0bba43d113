import { and, asc, eq, gt, inArray, isNull, sql } from 'drizzle-orm';
import type { DbOrTx, Deps } from '../../deps.ts';
import { collaborations, notificationPreferences, notifications, users } from '../../db/schema.ts';
import { enqueueJob } from '../../jobs/jobQueue.ts';
import { enqueueEmail } from './emailOutbox.ts';
import { absoluteLink, emailFooter } from './notificationEmails.ts';

export const digestJob = 'notifications.digest';
const digestHourUtc = 7;
const dayMs = 86_400_000;

// The next 07:00 UTC strictly after `now`.
export function nextDigestAt(now: Date): Date {
  const next = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), digestHourUtc));
  return next > now ? next : new Date(next.getTime() + dayMs);
}

/**
 * Makes sure the next digest is queued. The key names the day, so every process may call this at start
 * and the running digest can queue tomorrow's while its own key is still held.
 */
export async function scheduleNextDigest(db: DbOrTx, now: Date): Promise<void> {
  const runAt = nextDigestAt(now);
  await enqueueJob(db, { kind: digestJob, runAt, singletonKey: `${digestJob}:${runAt.toISOString().slice(0, 10)}` });
}

type DigestRow = Awaited<ReturnType<typeof findDigestRows>>[number];

// Unread notifications of the last day, not yet covered by an e-mail, of users who chose the digest.
async function findDigestRows(db: DbOrTx, now: Date) {
  return db
    .select({
      notification: notifications,
      email: users.email,
      name: users.name,
      collaborationName: collaborations.name,
    })
    .from(notifications)
    .innerJoin(users, eq(users.id, notifications.userId))
    .leftJoin(notificationPreferences, eq(notificationPreferences.userId, notifications.userId))
    .leftJoin(collaborations, eq(collaborations.id, notifications.collaborationId))
    .where(
      and(
        sql`coalesce(${notificationPreferences.email}, 'digest') = 'digest'`,
        isNull(notifications.readAt),
        isNull(notifications.emailedAt),
        gt(notifications.createdAt, new Date(now.getTime() - dayMs)),
      ),
    )
    .orderBy(asc(notifications.userId), asc(collaborations.name), asc(notifications.createdAt));
}

// One e-mail per user: their notifications grouped by collaboration, general ones first.
export function composeDigest(deps: Pick<Deps, 'config'>, rows: DigestRow[]): { subject: string; text: string } {
  const groups = new Map<string, DigestRow[]>();
  for (const row of rows) {
    const group = row.collaborationName ?? 'General';
    groups.set(group, [...(groups.get(group) ?? []), row]);
  }
  const ordered = [...groups.entries()].sort(([a], [b]) => Number(b === 'General') - Number(a === 'General'));
  const sections = ordered.map(([group, items]) =>
    [group, ...items.map((r) => `  • ${r.notification.title} — ${absoluteLink(deps, r.notification.link)}`)].join('\n'),
  );
  const count = rows.length;
  return {
    subject: `Synergia: ${count} unread notification${count === 1 ? '' : 's'} today`,
    text: [
      `Hello ${rows[0]?.name ?? ''},`,
      '',
      `Here is what happened in the last day:`,
      '',
      sections.join('\n\n'),
      '',
      `Inbox: ${deps.config.publicUrl}/notifications`,
      `— ${emailFooter}: ${deps.config.publicUrl}/settings/notifications`,
    ].join('\n'),
  };
}

// The daily job: one digest e-mail per user with something unread, then tomorrow's run.
export async function sendDailyDigest(deps: Deps): Promise<void> {
  const now = deps.now();
  await deps.db.transaction(async (tx) => {
    const rows = await findDigestRows(tx, now);
    const byUser = new Map<string, DigestRow[]>();
    for (const row of rows) byUser.set(row.notification.userId, [...(byUser.get(row.notification.userId) ?? []), row]);
    for (const [userId, userRows] of byUser) {
      await enqueueEmail(tx, deps, { userId, to: userRows[0]!.email, ...composeDigest(deps, userRows) });
    }
    const ids = rows.map((r) => r.notification.id);
    // In chunks: a query carries at most 65 535 parameters.
    for (let start = 0; start < ids.length; start += 5000) {
      const chunk = ids.slice(start, start + 5000);
      await tx.update(notifications).set({ emailedAt: now }).where(inArray(notifications.id, chunk));
    }
    await scheduleNextDigest(tx, now);
  });
}
