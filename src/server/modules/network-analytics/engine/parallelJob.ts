import { createRandom, deriveSeed } from '../../demo/random.ts';
import type { CsrGraph } from './csr.ts';
import { PathSampler } from './pathSampler.ts';
import { sourceRunner, type SourcePassFlags, type SourcePassTotals } from './sourcePass.ts';

// The work that runs the same on a worker thread and on the main thread: items (sources, or chunks of path
// samples) are taken a chunk at a time from a shared cursor, so fast threads take more, and each thread writes
// its totals into its own slot of shared result arrays.

export interface SourcesJob {
  kind: 'sources';
  graph: CsrGraph;
  sources: Int32Array;
  flags: SourcePassFlags;
  /** [next item] — advanced with Atomics by every thread. */
  cursor: Int32Array;
  /** Sources taken at a time; a multiple of MultiSourceBfs's capacity without betweenness (see sourceRunner). */
  chunk: number;
  /** slots × n each (empty when the flag is off). */
  betweenness: Float64Array;
  closeness: Float64Array;
  /** slots × 4: distanceSum, pairs, maxDistance, sources. */
  stats: Float64Array;
}

export interface SamplesJob {
  kind: 'samples';
  graph: CsrGraph;
  /** Number of pairs to draw in all. */
  samples: number;
  seed: number;
  cursor: Int32Array;
  /** Pairs per chunk; chunk c draws with its own seed, so the estimate does not depend on thread count. */
  chunk: number;
  /** slots × n path-interior counts. */
  counts: Float64Array;
}

export type ParallelJob = SourcesJob | SamplesJob;

/** Runs the job's share for thread `slot`; returns the number of items it did. */
export function runJobSlot(job: ParallelJob, slot: number): number {
  return job.kind === 'sources' ? runSources(job, slot) : runSamples(job, slot);
}

function runSources(job: SourcesJob, slot: number): number {
  const n = job.graph.n;
  const totals: SourcePassTotals = {
    betweenness: job.betweenness.subarray(slot * n, job.betweenness.length === 0 ? 0 : (slot + 1) * n),
    closeness: job.closeness.subarray(slot * n, job.closeness.length === 0 ? 0 : (slot + 1) * n),
    distanceSum: 0,
    pairs: 0,
    maxDistance: 0,
    sources: 0,
  };
  const run = sourceRunner(job.graph, job.flags, totals);
  for (;;) {
    const start = Atomics.add(job.cursor, 0, job.chunk);
    if (start >= job.sources.length) break;
    run(job.sources, start, Math.min(job.sources.length, start + job.chunk));
  }
  job.stats[slot * 4] = totals.distanceSum;
  job.stats[slot * 4 + 1] = totals.pairs;
  job.stats[slot * 4 + 2] = totals.maxDistance;
  job.stats[slot * 4 + 3] = totals.sources;
  return totals.sources;
}

function runSamples(job: SamplesJob, slot: number): number {
  const { n } = job.graph;
  const counts = job.counts.subarray(slot * n, (slot + 1) * n);
  const sampler = new PathSampler(job.graph);
  const chunks = Math.ceil(job.samples / job.chunk);
  let done = 0;
  for (;;) {
    const chunk = Atomics.add(job.cursor, 0, 1);
    if (chunk >= chunks) break;
    const random = createRandom(deriveSeed(job.seed, chunk));
    const end = Math.min(job.samples, (chunk + 1) * job.chunk);
    for (let i = chunk * job.chunk; i < end; i++) {
      const s = Math.floor(random.next() * n);
      let t = Math.floor(random.next() * (n - 1));
      if (t >= s) t++;
      sampler.sample(s, t, random, counts);
      done++;
    }
  }
  return done;
}
