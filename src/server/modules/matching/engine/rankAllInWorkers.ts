import { startWorker } from '../../../threads/startWorker.ts';
import { exportIndexData, type MatchIndexData } from './indexData.ts';
import type { MatchIndex } from './matchIndex.ts';
import type { RankJob } from './rankWorker.ts';
import type { Weights } from './score.ts';

// Top-k for many organizations at once on worker threads. The index is copied once into
// SharedArrayBuffers (or passed already shared), every worker reads it in place, and results land in
// shared arrays, so nothing large crosses a thread boundary by copy.

export interface BatchRanking {
  k: number;
  /** The organizations ranked, in order. */
  queries: Int32Array;
  /** queries.length × k organization numbers, best first; −1 where fewer than k exist. */
  orgs: Int32Array;
  scores: Float64Array;
  /** Queries ranked by each worker. */
  perWorker: number[];
}

export interface BatchOptions {
  /** Organization numbers to rank for; all live ones by default. */
  queries?: ArrayLike<number>;
  weights?: Partial<Weights>;
  /** Queries a worker takes at a time from the shared cursor. */
  chunk?: number;
}

const workerUrl = new URL('./rankWorker.ts', import.meta.url);

function isIndex(source: MatchIndex | MatchIndexData): source is MatchIndex {
  return 'orgById' in source;
}

export async function rankAllInWorkers(
  source: MatchIndex | MatchIndexData,
  k = 10,
  threads = 2,
  options: BatchOptions = {},
): Promise<BatchRanking> {
  const data = isIndex(source) ? exportIndexData(source) : source;
  const queryList =
    options.queries ??
    Array.from({ length: data.orgCount }, (_, org) => org).filter((org) => data.orgs.alive[org] === 1);
  const queries = new Int32Array(new SharedArrayBuffer(Math.max(1, queryList.length) * 4)).subarray(
    0,
    queryList.length,
  );
  queries.set(Array.from(queryList));
  const job: RankJob = {
    data,
    queries,
    k,
    weights: options.weights,
    cursor: new Int32Array(new SharedArrayBuffer(4)),
    chunk: options.chunk ?? 32,
    resultOrgs: new Int32Array(new SharedArrayBuffer(Math.max(1, queries.length * k) * 4)),
    resultScores: new Float64Array(new SharedArrayBuffer(Math.max(1, queries.length * k) * 8)),
  };
  const workers = Array.from({ length: Math.max(1, threads) }, () => {
    const worker = startWorker(workerUrl, job);
    return new Promise<number>((resolve, reject) => {
      worker.once('message', (message: { ranked: number }) => resolve(message.ranked));
      worker.once('error', reject);
      worker.once('exit', (code) => {
        if (code !== 0) reject(new Error(`ranking worker stopped with exit code ${code}`));
      });
    });
  });
  const perWorker = await Promise.all(workers);
  return {
    k,
    queries,
    orgs: job.resultOrgs.subarray(0, queries.length * k),
    scores: job.resultScores.subarray(0, queries.length * k),
    perWorker,
  };
}
