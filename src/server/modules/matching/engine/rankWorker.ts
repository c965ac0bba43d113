import { parentPort, workerData } from 'node:worker_threads';
import { indexFromData, type MatchIndexData } from './indexData.ts';
import { rankTopIds } from './rankPartners.ts';
import type { Weights } from './score.ts';

// Worker side of rankAllInWorkers: reads the shared index in place, takes chunks of queries from a
// shared counter and writes each top-k straight into the shared result arrays.

export interface RankJob {
  data: MatchIndexData;
  queries: Int32Array;
  k: number;
  weights?: Partial<Weights>;
  /** [next query position] — advanced with Atomics by every worker. */
  cursor: Int32Array;
  chunk: number;
  resultOrgs: Int32Array;
  resultScores: Float64Array;
}

const job = workerData as RankJob;
const index = indexFromData(job.data);
let ranked = 0;
for (;;) {
  const start = Atomics.add(job.cursor, 0, job.chunk);
  if (start >= job.queries.length) break;
  const end = Math.min(job.queries.length, start + job.chunk);
  for (let q = start; q < end; q++) {
    const top = rankTopIds(index, { org: job.queries[q] as number, k: job.k, weights: job.weights });
    for (let r = 0; r < job.k; r++) {
      job.resultOrgs[q * job.k + r] = top[r]?.org ?? -1;
      job.resultScores[q * job.k + r] = top[r]?.score ?? Number.NaN;
    }
    ranked++;
  }
}
parentPort?.postMessage({ ranked });
