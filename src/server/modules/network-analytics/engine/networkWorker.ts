import { parentPort, workerData } from 'node:worker_threads';
import { runJobSlot, type ParallelJob } from './parallelJob.ts';

// Worker side of runParallel: the job's arrays are SharedArrayBuffers, read and written in place.

const { job, slot } = workerData as { job: ParallelJob; slot: number };
parentPort?.postMessage({ done: runJobSlot(job, slot) });
