import { and, asc, eq, inArray, lt, lte, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../deps.ts';
import { jobs } from '../db/schema.ts';

export type Job = typeof jobs.$inferSelect;

export interface NewJob {
  kind: string;
  payload?: Record<string, unknown>;
  // At most one queued or running job per key: enqueueing a duplicate is a no-op.
  singletonKey?: string;
  runAt?: Date;
  maxAttempts?: number;
}

// Enqueued in the caller's transaction, so a job exists exactly when the change that asked for it committed.
export async function enqueueJob(db: DbOrTx, job: NewJob): Promise<string | null> {
  const rows = await db
    .insert(jobs)
    .values({
      kind: job.kind,
      payload: job.payload ?? {},
      singletonKey: job.singletonKey ?? null,
      ...(job.runAt ? { runAt: job.runAt } : {}),
      maxAttempts: job.maxAttempts ?? 3,
    })
    .onConflictDoNothing({ target: jobs.singletonKey, where: sql`${jobs.status} in ('queued', 'running')` })
    .returning({ id: jobs.id });
  return rows[0]?.id ?? null;
}

/**
 * Claims the oldest due job of the given kinds: a queued job whose time has come, or a running one whose
 * lease expired (its worker died). SKIP LOCKED lets several processes claim side by side.
 */
export async function claimJob(db: DbOrTx, kinds: string[], now: Date, leaseMs: number): Promise<Job | null> {
  if (kinds.length === 0) return null;
  // The database keeps microseconds, a JS clock whole milliseconds: a job enqueued during the current
  // millisecond is due too.
  const dueBy = new Date(now.getTime() + 1);
  return db.transaction(async (tx) => {
    const [due] = await tx
      .select({ id: jobs.id })
      .from(jobs)
      .where(
        and(
          inArray(jobs.kind, kinds),
          or(
            and(eq(jobs.status, 'queued'), lte(jobs.runAt, dueBy)),
            and(eq(jobs.status, 'running'), lt(jobs.lockedUntil, now)),
          ),
        ),
      )
      .orderBy(asc(jobs.runAt))
      .limit(1)
      .for('update', { skipLocked: true });
    if (!due) return null;
    const [job] = await tx
      .update(jobs)
      .set({ status: 'running', attempts: sql`${jobs.attempts} + 1`, lockedUntil: new Date(now.getTime() + leaseMs) })
      .where(eq(jobs.id, due.id))
      .returning();
    return job ?? null;
  });
}

export async function completeJob(db: DbOrTx, id: string, now: Date): Promise<void> {
  await db
    .update(jobs)
    .set({ status: 'done', finishedAt: now, lockedUntil: null })
    .where(and(eq(jobs.id, id), eq(jobs.status, 'running')));
}

// A failed attempt is retried with exponential backoff (30 s, 2 min, 8 min…) until maxAttempts.
export async function failJob(db: DbOrTx, job: Job, error: unknown, now: Date): Promise<void> {
  const message = error instanceof Error ? error.message : String(error);
  const final = job.attempts >= job.maxAttempts;
  const retryAt = new Date(now.getTime() + 30_000 * 4 ** (job.attempts - 1));
  await db
    .update(jobs)
    .set(
      final
        ? { status: 'failed', lastError: message, finishedAt: now, lockedUntil: null }
        : { status: 'queued', lastError: message, runAt: retryAt, lockedUntil: null },
    )
    .where(eq(jobs.id, job.id));
}

export async function reportJobProgress(db: DbOrTx, id: string, stage: string, done: number, total: number) {
  await db.update(jobs).set({ progress: { stage, done, total } }).where(eq(jobs.id, id));
}

export async function findJob(db: DbOrTx, id: string): Promise<Job | null> {
  const [job] = await db.select().from(jobs).where(eq(jobs.id, id));
  return job ?? null;
}
