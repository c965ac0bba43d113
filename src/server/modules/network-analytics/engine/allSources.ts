import { shareGraph, type CsrGraph } from './csr.ts';
import { runParallel, sharedFloat64, sharedInt32 } from './parallel.ts';
import type { SourcesJob } from './parallelJob.ts';
import { emptyTotals, sourceRunner, type SourcePassFlags, type SourcePassTotals } from './sourcePass.ts';

export interface SourcePassOptions {
  /** Worker threads; 0 runs on the calling thread. */
  workers?: number;
  onProgress?: (done: number, total: number) => void;
}

/** One breadth-first search from each of `sources` (every member when null), split across worker threads. */
export async function runSourcePasses(
  graph: CsrGraph,
  sources: Int32Array | null,
  flags: SourcePassFlags,
  options: SourcePassOptions = {},
): Promise<SourcePassTotals> {
  const { n } = graph;
  const list = sources ?? Int32Array.from({ length: n }, (_, v) => v);
  const threads = options.workers ?? 2;
  if (threads <= 0) {
    const run = sourceRunner(graph, flags);
    let totals = emptyTotals(n, flags);
    for (let i = 0; i < list.length; i += 256) {
      totals = run(list, i, Math.min(list.length, i + 256));
      options.onProgress?.(Math.min(list.length, i + 256), list.length);
    }
    return totals;
  }
  const slots = threads;
  const shared = sharedInt32(list.length);
  shared.set(list);
  const job: SourcesJob = {
    kind: 'sources',
    graph: shareGraph(graph),
    sources: shared,
    flags,
    cursor: sharedInt32(1),
    chunk: flags.betweenness ? Math.max(1, Math.min(64, Math.ceil(list.length / (threads * 16)))) : 128,
    betweenness: sharedFloat64(flags.betweenness ? slots * n : 0),
    closeness: sharedFloat64(flags.closeness === 'none' ? 0 : slots * n),
    stats: sharedFloat64(slots * 4),
  };
  const report = options.onProgress;
  await runParallel(
    job,
    threads,
    report === undefined ? undefined : { total: list.length, perItem: 1, report: (done, total) => report(done, total) },
  );
  const totals = emptyTotals(n, flags);
  for (let slot = 0; slot < slots; slot++) {
    for (let v = 0; v < totals.betweenness.length; v++) totals.betweenness[v]! += job.betweenness[slot * n + v]!;
    for (let v = 0; v < totals.closeness.length; v++) totals.closeness[v]! += job.closeness[slot * n + v]!;
    totals.distanceSum += job.stats[slot * 4]!;
    totals.pairs += job.stats[slot * 4 + 1]!;
    totals.maxDistance = Math.max(totals.maxDistance, job.stats[slot * 4 + 2]!);
    totals.sources += job.stats[slot * 4 + 3]!;
  }
  return totals;
}
