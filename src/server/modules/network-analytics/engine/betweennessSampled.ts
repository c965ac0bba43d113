import { diameterBounds } from './bfs.ts';
import { shareGraph, type CsrGraph } from './csr.ts';
import { runParallel, sharedFloat64, sharedInt32 } from './parallel.ts';
import type { SamplesJob } from './parallelJob.ts';

// Betweenness by sampling shortest paths, after Riondato & Kornaropoulos, "Fast approximation of betweenness
// centrality through sampling" (WSDM 2014 / DMKD 2016).
//
// GUARANTEE. Draw r ordered pairs (s, t), s ≠ t, uniformly; for each, one shortest s–t path uniformly among all
// of them; credit 1/r to every interior member. With
//
//     r = (c / ε²) · (⌊log₂(VD − 2)⌋ + 1 + ln(1/δ)),   c = 0.5,
//
// where VD bounds the vertex diameter (members on the longest shortest path) from above, then with probability
// at least 1 − δ EVERY member's estimate is within ±ε of its exact betweenness, simultaneously (a VC-dimension
// bound: the range set of shortest paths has VC dimension ≤ ⌊log₂(VD − 2)⌋ + 1).
//
// Riondato–Kornaropoulos normalize by the n(n − 1) ordered pairs; networkx's normalization (ours) divides by the
// (n − 1)(n − 2) ordered pairs not involving v, i.e. ours = theirs · n/(n − 2). We therefore sample with
// ε' = ε·(n − 2)/n, so the stated ±ε holds on our scale. VD comes from diameterBounds (2 × the eccentricity of a
// double sweep's midpoint, per component, + 1) — an upper bound, which only makes r larger, never the error.

export interface SampledBetweenness {
  /** Estimated normalized betweenness (networkx scale). */
  betweenness: Float64Array;
  epsilon: number;
  delta: number;
  samples: number;
  /** The vertex-diameter upper bound used for r. */
  vertexDiameter: number;
}

export interface SampledBetweennessOptions {
  epsilon?: number;
  delta?: number;
  seed?: number;
  /** Worker threads; 0 runs on the calling thread. */
  workers?: number;
  onProgress?: (done: number, total: number) => void;
}

/** Riondato–Kornaropoulos sample size for a vertex-diameter bound vd. */
export function riondatoKornaropoulosSampleSize(vd: number, epsilon: number, delta: number, c = 0.5): number {
  const vcBound = vd > 2 ? Math.floor(Math.log2(vd - 2)) + 1 : 1;
  return Math.ceil((c / (epsilon * epsilon)) * (vcBound + Math.log(1 / delta)));
}

const CHUNK = 256;

export async function sampledBetweenness(
  graph: CsrGraph,
  options: SampledBetweennessOptions = {},
): Promise<SampledBetweenness> {
  const { n } = graph;
  const epsilon = options.epsilon ?? 0.01;
  const delta = options.delta ?? 0.1;
  const vertexDiameter = diameterBounds(graph).upper + 1;
  const betweenness = new Float64Array(n);
  // With fewer than 3 members on every shortest path no member is ever interior: exactly 0, nothing to sample.
  if (n < 3 || vertexDiameter < 3) return { betweenness, epsilon, delta, samples: 0, vertexDiameter };
  const samples = riondatoKornaropoulosSampleSize(vertexDiameter, (epsilon * (n - 2)) / n, delta);
  const threads = options.workers ?? 2;
  const slots = Math.max(1, threads);
  const job: SamplesJob = {
    kind: 'samples',
    graph: threads > 0 ? shareGraph(graph) : graph,
    samples,
    seed: options.seed ?? 1,
    cursor: sharedInt32(1),
    chunk: CHUNK,
    counts: threads > 0 ? sharedFloat64(slots * n) : new Float64Array(n),
  };
  const report = options.onProgress;
  await runParallel(
    job,
    threads,
    report === undefined ? undefined : { total: samples, perItem: CHUNK, report: (done, total) => report(done, total) },
  );
  const scale = n / (n - 2) / samples;
  for (let slot = 0; slot < slots; slot++) {
    for (let v = 0; v < n; v++) betweenness[v]! += job.counts[slot * n + v]!;
  }
  for (let v = 0; v < n; v++) betweenness[v]! *= scale;
  return { betweenness, epsilon, delta, samples, vertexDiameter };
}
