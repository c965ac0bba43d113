import type { Deps } from '../deps.ts';
import { claimJob, completeJob, failJob, type Job } from './jobQueue.ts';

export type JobHandler = (deps: Deps, job: Job) => Promise<void>;
export type JobHandlers = Record<string, JobHandler>;

export interface JobWorkerOptions {
  pollMs?: number;
  leaseMs?: number;
  log?: { error: (obj: object, msg: string) => void };
}

const defaultLeaseMs = 10 * 60_000;

// Runs one due job if there is one; returns whether it did. Errors are recorded on the job, not thrown.
export async function runNextJob(deps: Deps, handlers: JobHandlers, options: JobWorkerOptions = {}): Promise<boolean> {
  const job = await claimJob(deps.db, Object.keys(handlers), deps.now(), options.leaseMs ?? defaultLeaseMs);
  if (!job) return false;
  try {
    await handlers[job.kind]!(deps, job);
    await completeJob(deps.db, job.id, deps.now());
  } catch (error) {
    options.log?.error({ err: error, jobId: job.id, kind: job.kind }, 'job failed');
    await failJob(deps.db, job, error, deps.now());
  }
  return true;
}

// Drains every due job (tests, CLI): returns how many ran.
export async function runJobsUntilIdle(deps: Deps, handlers: JobHandlers, options: JobWorkerOptions = {}) {
  let count = 0;
  while (await runNextJob(deps, handlers, options)) count += 1;
  return count;
}

export interface JobWorker {
  // Asks the worker to look for work now instead of at its next poll.
  wake(): void;
  stop(): Promise<void>;
}

// Polls the queue; several processes may each run one, the queue hands every job to one of them.
export function startJobWorker(deps: Deps, handlers: JobHandlers, options: JobWorkerOptions = {}): JobWorker {
  const pollMs = options.pollMs ?? 2000;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  // A wake-up that arrives while a tick is already looking for work: that tick looks again before it
  // sleeps, since the job it was woken for may have been committed after its last look.
  let wokenWhileRunning = false;

  const tick = () => {
    timer = undefined;
    running = (async () => {
      do {
        wokenWhileRunning = false;
        try {
          while (!stopped && (await runNextJob(deps, handlers, options)));
        } catch (error) {
          options.log?.error({ err: error }, 'job queue unavailable');
        }
      } while (wokenWhileRunning && !stopped);
      if (!stopped) timer = setTimeout(tick, pollMs);
    })();
  };
  timer = setTimeout(tick, 0);

  return {
    wake() {
      if (stopped) return;
      if (!timer) {
        wokenWhileRunning = true;
        return;
      }
      clearTimeout(timer);
      tick();
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
