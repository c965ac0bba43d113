import { eq, sql } from 'drizzle-orm';
import type { DbOrTx, Deps } from '../../deps.ts';
import { emailOutbox } from '../../db/schema.ts';
import { enqueueJob, type Job } from '../../jobs/jobQueue.ts';

export const sendEmailJob = 'email.send';

export interface OutboxEmail {
  userId: string | null;
  to: string;
  subject: string;
  text: string;
}

/**
 * Every e-mail goes through the outbox, in the caller's transaction. With SMTP it is queued for the
 * job worker; without, it is kept for the development outbox page.
 */
export async function enqueueEmail(
  db: DbOrTx,
  deps: Pick<Deps, 'mailer' | 'now'>,
  email: OutboxEmail,
): Promise<string> {
  const [row] = await db
    .insert(emailOutbox)
    .values({ ...email, status: deps.mailer.configured ? 'pending' : 'kept', createdAt: deps.now() })
    .returning({ id: emailOutbox.id });
  const id = row!.id;
  if (deps.mailer.configured) {
    await enqueueJob(db, {
      kind: sendEmailJob,
      payload: { outboxId: id },
      singletonKey: `email:${id}`,
      runAt: deps.now(),
    });
  }
  return id;
}

/**
 * Sends one pending e-mail. A failed attempt is recorded on the row and rethrown, so the job queue retries
 * it with backoff; after the last attempt the row is marked failed.
 */
export async function sendOutboxEmail(deps: Deps, job: Job): Promise<void> {
  const outboxId = String(job.payload.outboxId);
  const [email] = await deps.db.select().from(emailOutbox).where(eq(emailOutbox.id, outboxId));
  if (email?.status !== 'pending') return;
  if (!deps.mailer.configured) {
    await deps.db.update(emailOutbox).set({ status: 'kept' }).where(eq(emailOutbox.id, outboxId));
    return;
  }
  const sent = await deps.mailer.send({ to: email.to, subject: email.subject, text: email.text });
  const now = deps.now();
  if (sent) {
    await deps.db.update(emailOutbox).set({ status: 'sent', sentAt: now }).where(eq(emailOutbox.id, outboxId));
    return;
  }
  const attempt = { at: now.toISOString(), error: 'the SMTP server did not accept the message (see the server log)' };
  const final = job.attempts >= job.maxAttempts;
  await deps.db
    .update(emailOutbox)
    .set({
      attempts: sql`${emailOutbox.attempts} || ${JSON.stringify([attempt])}::jsonb`,
      ...(final ? { status: 'failed' as const } : {}),
    })
    .where(eq(emailOutbox.id, outboxId));
  throw new Error(attempt.error);
}
