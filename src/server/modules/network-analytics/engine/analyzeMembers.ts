import { articulationPoints } from './articulation.ts';
import { runSourcePasses } from './allSources.ts';
import { normalizeBetweenness } from './betweenness.ts';
import { sampledBetweenness } from './betweennessSampled.ts';
import { closenessSampleSize, scaleCloseness } from './closeness.ts';
import { localClustering } from './clustering.ts';
import { structuralHoles } from './constraint.ts';
import { degrees, weightedDegrees, type CsrGraph } from './csr.ts';
import { eigenvectorCentrality } from './eigenvector.ts';
import { coreNumbers } from './kcore.ts';
import { louvain } from './louvain.ts';
import { pagerank } from './pagerank.ts';
import { diameter, pathStatsFromTotals, type PathStats } from './pathStats.ts';
import { createRandom } from '../../demo/random.ts';

// Every per-member metric in one call. Conventions: betweenness, closeness, path lengths, diameter, articulation
// points, k-cores and clustering are computed on the unweighted topology (a tie is a tie); PageRank (damping
// 0.85), eigenvector centrality (scaled to max 1), constraint, effective size and Louvain use tie weights.

export interface MemberMetrics {
  degree: Int32Array;
  weightedDegree: Float64Array;
  /** Normalized to [0, 1] like networkx normalized=True; sampled estimate on large graphs (see AnalysisResult). */
  betweenness: Float64Array;
  /** Harmonic closeness normalized by (n − 1). */
  harmonicCloseness: Float64Array;
  pagerank: Float64Array;
  eigenvector: Float64Array;
  clustering: Float64Array;
  /** NaN for isolates. */
  constraint: Float64Array;
  /** NaN for isolates. */
  effectiveSize: Float64Array;
  coreNumber: Int32Array;
  /** 1 for cut vertices. */
  articulation: Uint8Array;
  /** 0 is the largest community. */
  community: Int32Array;
}

export interface BetweennessOptions {
  /** 'auto': exact up to 20 000 members, else sampled with ε = 0.01, δ = 0.1. */
  mode: 'exact' | 'sampled' | 'auto';
  epsilon?: number;
  delta?: number;
  seed?: number;
  /** Worker threads for every source-parallel stage; 2 by default, 0 runs on the calling thread. */
  workers?: number;
}

/** Added: closeness is exact with exact betweenness (same searches) or up to 20 000 members, else sampled. */
export interface ClosenessOptions {
  mode: 'exact' | 'sampled' | 'auto';
  /** ±ε on every member with probability ≥ 1 − δ; 0.02 and 0.1 by default. */
  epsilon?: number;
  delta?: number;
}

export interface AnalysisResult {
  members: MemberMetrics;
  modularity: number;
  betweenness: { mode: 'exact' | 'sampled'; epsilon?: number; delta?: number; samples?: number };
  /** Added. */
  communities: number;
  /** Added: how closeness was computed (sources = pivots searched when sampled). */
  closeness: { mode: 'exact' | 'sampled'; epsilon?: number; delta?: number; sources: number };
  /** Added: path statistics from the same searches, for computeNetworkMetrics({ paths }). */
  paths: PathStats;
}

export interface AnalyzeOptions {
  betweenness?: BetweennessOptions;
  closeness?: ClosenessOptions;
  seed?: number;
  onProgress?: (stage: string, done: number, total: number) => void;
}

export const EXACT_LIMIT = 20_000;
/** Below this many source × arc steps, starting worker threads costs more than it saves. */
const INLINE_WORK = 2e7;

export async function analyzeMembers(graph: CsrGraph, options: AnalyzeOptions = {}): Promise<AnalysisResult> {
  const { n } = graph;
  const seed = options.seed ?? 1;
  const progress = options.onProgress ?? (() => {});
  const stage = <T>(name: string, run: () => T): T => {
    progress(name, 0, 1);
    const value = run();
    progress(name, 1, 1);
    return value;
  };
  const degree = stage('degree', () => degrees(graph));
  const weightedDegree = weightedDegrees(graph);
  const rank = stage('pagerank', () => pagerank(graph));
  const eigenvector = stage('eigenvector', () => eigenvectorCentrality(graph));
  const clustering = stage('clustering', () => localClustering(graph));
  const holes = stage('constraint', () => structuralHoles(graph));
  const coreNumber = stage('coreNumber', () => coreNumbers(graph));
  const articulation = stage('articulation', () => articulationPoints(graph));
  const communities = stage('communities', () => louvain(graph, { seed }));

  const requested = options.betweenness ?? { mode: 'auto' };
  const betweennessMode = requested.mode === 'auto' ? (n <= EXACT_LIMIT ? 'exact' : 'sampled') : requested.mode;
  const closenessRequest = options.closeness ?? { mode: 'auto' };
  const workers = graph.n * graph.targets.length <= INLINE_WORK ? 0 : (requested.workers ?? 2);

  let betweenness: Float64Array;
  let betweennessInfo: AnalysisResult['betweenness'];
  let sources: Int32Array | null = null;
  let closenessInfo: AnalysisResult['closeness'] = { mode: 'exact', sources: n };
  const sampleCloseness =
    closenessRequest.mode === 'sampled' ||
    (closenessRequest.mode === 'auto' && betweennessMode === 'sampled' && n > EXACT_LIMIT);
  if (sampleCloseness) {
    const epsilon = closenessRequest.epsilon ?? 0.02;
    const delta = closenessRequest.delta ?? 0.1;
    const count = closenessSampleSize(n, epsilon, delta);
    // Sampling at least n sources costs more than searching from every member once.
    if (count < n) {
      const random = createRandom(seed ^ 0x5eed);
      sources = Int32Array.from({ length: count }, () => Math.floor(random.next() * n));
      closenessInfo = { mode: 'sampled', epsilon, delta, sources: count };
    }
  }
  const closenessMode = closenessInfo.mode;
  const together = betweennessMode === 'exact' && closenessMode === 'exact';
  const totals = await runSourcePasses(
    graph,
    sources,
    { betweenness: together, closeness: closenessMode === 'exact' ? 'own' : 'spread' },
    { workers, onProgress: (done, total) => progress(together ? 'betweenness' : 'closeness', done, total) },
  );
  const harmonicCloseness = scaleCloseness(totals.closeness, n, closenessInfo.sources);
  if (betweennessMode === 'exact') {
    if (together) betweenness = normalizeBetweenness(totals.betweenness, n);
    else {
      const exact = await runSourcePasses(
        graph,
        null,
        { betweenness: true, closeness: 'none' },
        { workers, onProgress: (done, total) => progress('betweenness', done, total) },
      );
      betweenness = normalizeBetweenness(exact.betweenness, n);
    }
    betweennessInfo = { mode: 'exact' };
  } else {
    const sampled = await sampledBetweenness(graph, {
      epsilon: requested.epsilon ?? 0.01,
      delta: requested.delta ?? 0.1,
      seed: requested.seed ?? seed,
      workers,
      onProgress: (done, total) => progress('betweenness', done, total),
    });
    betweenness = sampled.betweenness;
    betweennessInfo = { mode: 'sampled', epsilon: sampled.epsilon, delta: sampled.delta, samples: sampled.samples };
  }
  const paths =
    closenessMode === 'exact'
      ? pathStatsFromTotals(totals, true, { diameter: totals.maxDistance, exact: true, upper: totals.maxDistance })
      : pathStatsFromTotals(
          totals,
          false,
          stage('diameter', () => diameter(graph)),
        );
  return {
    members: {
      degree,
      weightedDegree,
      betweenness,
      harmonicCloseness,
      pagerank: rank,
      eigenvector,
      clustering,
      constraint: holes.constraint,
      effectiveSize: holes.effectiveSize,
      coreNumber,
      articulation,
      community: communities.community,
    },
    modularity: communities.modularity,
    betweenness: betweennessInfo,
    communities: communities.communities,
    closeness: closenessInfo,
    paths,
  };
}
