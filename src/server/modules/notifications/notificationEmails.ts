import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Deps } from '../../deps.ts';
import { notificationPreferences, notifications, users } from '../../db/schema.ts';
import type { Job } from '../../jobs/jobQueue.ts';
import { enqueueEmail } from './emailOutbox.ts';

export const emailFooter = 'You receive this because of your notification settings in Synergia';

// A link inside the web app, made absolute for an e-mail.
export function absoluteLink(deps: Pick<Deps, 'config'>, link: string): string {
  if (!link) return deps.config.publicUrl;
  return link.startsWith('/') ? `${deps.config.publicUrl}${link}` : link;
}

/**
 * Writes one e-mail per new notification of a user who chose instant e-mail, and marks the notification
 * as e-mailed, in one transaction. Rerunning the job writes nothing twice.
 */
export async function writeInstantEmails(deps: Deps, job: Job): Promise<void> {
  const ids = (job.payload.notificationIds as string[] | undefined) ?? [];
  if (ids.length === 0) return;
  await deps.db.transaction(async (tx) => {
    const due = await tx
      .select({ notification: notifications, email: users.email })
      .from(notifications)
      .innerJoin(users, eq(users.id, notifications.userId))
      .innerJoin(notificationPreferences, eq(notificationPreferences.userId, notifications.userId))
      .where(
        and(
          inArray(notifications.id, ids),
          isNull(notifications.emailedAt),
          isNull(notifications.readAt),
          eq(notificationPreferences.email, 'instant'),
        ),
      )
      .for('update', { of: notifications, skipLocked: true });
    for (const { notification: n, email } of due) {
      await enqueueEmail(tx, deps, {
        userId: n.userId,
        to: email,
        subject: `Synergia: ${n.title}`,
        text: [n.title, n.body, `Open: ${absoluteLink(deps, n.link)}`, '', `— ${emailFooter}.`]
          .filter((line, i) => i !== 1 || line !== '')
          .join('\n'),
      });
    }
    if (due.length > 0) {
      await tx
        .update(notifications)
        .set({ emailedAt: deps.now() })
        .where(
          inArray(
            notifications.id,
            due.map((d) => d.notification.id),
          ),
        );
    }
  });
}
