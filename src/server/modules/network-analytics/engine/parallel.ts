import { startWorker } from '../../../threads/startWorker.ts';
import { runJobSlot, type ParallelJob } from './parallelJob.ts';

const workerUrl = new URL('./networkWorker.ts', import.meta.url);

export function sharedFloat64(length: number): Float64Array {
  return new Float64Array(new SharedArrayBuffer(Math.max(8, length * 8)), 0, length);
}

export function sharedInt32(length: number): Int32Array {
  return new Int32Array(new SharedArrayBuffer(Math.max(4, length * 4)), 0, length);
}

/**
 * Runs a job on `threads` worker threads (slots 0 … threads − 1), or on the calling thread in slot 0 when
 * threads ≤ 0. `progress` is polled from the shared cursor while workers run.
 */
export async function runParallel(
  job: ParallelJob,
  threads: number,
  progress?: { total: number; perItem: number; report: (done: number, total: number) => void },
): Promise<number[]> {
  if (threads <= 0) {
    const done = runJobSlot(job, 0);
    progress?.report(progress.total, progress.total);
    return [done];
  }
  const timer =
    progress === undefined
      ? undefined
      : setInterval(() => {
          const done = Math.min(progress.total, Atomics.load(job.cursor, 0) * progress.perItem);
          progress.report(done, progress.total);
        }, 250);
  try {
    const results = await Promise.all(
      Array.from({ length: threads }, (_, slot) => {
        const worker = startWorker(workerUrl, { job, slot });
        return new Promise<number>((resolve, reject) => {
          worker.once('message', (message: { done: number }) => resolve(message.done));
          worker.once('error', reject);
          worker.once('exit', (code) => {
            if (code !== 0) reject(new Error(`network analytics worker stopped with exit code ${code}`));
          });
        });
      }),
    );
    progress?.report(progress.total, progress.total);
    return results;
  } finally {
    if (timer !== undefined) clearInterval(timer);
  }
}
