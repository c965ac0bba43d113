import { index, integer, jsonb, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { id, createdAt, at } from './columns.ts';

export type JobStatus = 'queued' | 'running' | 'done' | 'failed';

// The background job queue: workers claim due rows with FOR UPDATE SKIP LOCKED, so several
// processes on one PostgreSQL share the work and a crashed worker's job is retried after its lease.
export const jobs = pgTable(
  'jobs',
  {
    id: id(),
    kind: text('kind').notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull().default({}),
    // At most one queued or running job per key (e.g. "analytics:<networkId>").
    singletonKey: text('singleton_key'),
    status: text('status').$type<JobStatus>().notNull().default('queued'),
    runAt: at('run_at').notNull().defaultNow(),
    attempts: integer('attempts').notNull().default(0),
    maxAttempts: integer('max_attempts').notNull().default(3),
    lockedUntil: at('locked_until'),
    progress: jsonb('progress').$type<{ stage: string; done: number; total: number } | null>(),
    lastError: text('last_error'),
    createdAt: createdAt(),
    finishedAt: at('finished_at'),
  },
  (t) => [
    index('jobs_due_idx').on(t.status, t.runAt),
    uniqueIndex('jobs_singleton_idx')
      .on(t.singletonKey)
      .where(sql`${t.status} in ('queued', 'running')`),
  ],
);
