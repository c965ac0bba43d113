// Network analytics at scale: seeded planted-partition graphs with power-law degrees, 100 000 members /
// 1 000 000 ties and 10 000 / 100 000, measured against python-igraph (C) and graphology (JavaScript) on the same
// edge lists in the same run. Prints one JSON line per figure. Sizes: NETWORK_NODES, NETWORK_EDGES (big graph),
// NETWORK_SMALL_NODES, NETWORK_SMALL_EDGES; NETWORK_ONLY=small|big runs one graph; NETWORK_GRAPHOLOGY_BETWEENNESS=0
// skips graphology's betweenness (minutes at 10 000 members). Each line carries load1: the machine may be shared.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getHeapStatistics } from 'node:v8';
import { print as printFigure, round, setting } from './benchFigures.ts';
import { plantedPowerLawGraph, type BenchGraph } from './network/generate.ts';
import { graphologyGraph, loadGraphology, runIgraph, writeEdgeFile, type IgraphTimes } from './network/peers.ts';
import {
  analyzeMembers,
  betweennessCentralityParallel,
  buildCsrGraph,
  computeNetworkMetrics,
  eigenvectorCentrality,
  localClustering,
  louvain,
  pagerank,
  sampledBetweenness,
  structuralHoles,
  type CsrGraph,
} from '../src/server/modules/network-analytics/engine/index.ts';

const HEAP_MB = 8192;
const SEED = 2026;
const thisFile = fileURLToPath(import.meta.url);

interface Figure {
  figure: string;
  ms: number;
  target?: number;
  igraphMs?: number;
  graphologyMs?: number;
  [extra: string]: unknown;
}

function print(size: { nodes: number; edges: number }, figure: Figure): void {
  const ratio = figure.igraphMs === undefined ? undefined : round(figure.ms / figure.igraphMs, 2);
  const within = figure.target === undefined ? undefined : figure.ms <= figure.target;
  printFigure({
    bench: 'network',
    ...figure,
    nodes: size.nodes,
    edges: size.edges,
    ms: round(figure.ms, 1),
    igraphMs: figure.igraphMs === undefined ? undefined : round(figure.igraphMs, 1),
    graphologyMs: figure.graphologyMs === undefined ? undefined : round(figure.graphologyMs, 1),
    ratioToIgraph: ratio,
    withinTarget: within,
    load1: round(loadavg()[0] ?? 0, 2),
  });
}

/** Median time of `runs` calls, and the last value. */
function timed<T>(run: () => T, runs = 3): { ms: number; value: T } {
  const times: number[] = [];
  let value: T | undefined;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    value = run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)]!, value: value as T };
}

async function timedAsync<T>(run: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await run();
  return { ms: performance.now() - start, value };
}

function toCsr(graph: BenchGraph): { csr: CsrGraph; ms: number } {
  const edges = Array.from({ length: graph.sources.length }, (_, i) => ({
    source: graph.sources[i]!,
    target: graph.targets[i]!,
    weight: graph.weights[i]!,
  }));
  const start = performance.now();
  const csr = buildCsrGraph(graph.n, edges);
  return { csr, ms: performance.now() - start };
}

function peerTimes(bench: BenchGraph, directory: string, figures: string[]): IgraphTimes {
  const file = join(directory, `edges-${bench.n}.txt`);
  writeEdgeFile(bench, file);
  const result = runIgraph(file, bench.n, figures);
  if ('skipped' in result) {
    console.log(JSON.stringify({ bench: 'network', peer: 'igraph', skipped: true, reason: result.skipped }));
    return {};
  }
  return result;
}

async function bigGraph(directory: string): Promise<void> {
  const size = { nodes: setting('NETWORK_NODES', 100_000), edges: setting('NETWORK_EDGES', 1_000_000) };
  const bench = plantedPowerLawGraph(size.nodes, size.edges, SEED);
  const { csr, ms: buildMs } = toCsr(bench);
  print(size, { figure: 'buildCsr', ms: buildMs, planted: bench.communities });
  const igraph = peerTimes(bench, directory, ['pagerank', 'louvain', 'clustering', 'constraint', 'eigenvector']);
  const peer = graphologyTimes(bench, false);
  collectGarbage();

  const rank = timed(() => pagerank(csr));
  print(size, {
    figure: 'pagerank',
    ms: rank.ms,
    target: 300,
    igraphMs: igraph.pagerankMs,
    graphologyMs: peer.pagerankMs,
  });

  const runs = [1, 2, 3].map((seed) => timed(() => louvain(csr, { seed }), 1));
  const median = [...runs].sort((a, b) => a.ms - b.ms)[1]!;
  const ours = runs.map((run) => run.value.modularity);
  const igraphQ = igraph.louvainModularity;
  print(size, {
    figure: 'louvain',
    ms: median.ms,
    target: 1000,
    igraphMs: igraph.louvainMs,
    graphologyMs: peer.louvainMs,
    modularity: round(Math.min(...ours), 4),
    modularityRuns: ours.map((q) => round(q, 4)),
    communities: median.value.communities,
    igraphModularity: igraphQ === undefined ? undefined : round(igraphQ, 4),
    graphologyModularity: peer.louvainModularity === undefined ? undefined : round(peer.louvainModularity, 4),
    worstMinusIgraph: igraphQ === undefined ? undefined : round(Math.min(...ours) - igraphQ, 4),
    modularityTarget: 'within ±0.005 of igraph multilevel (or above it)',
    modularityWithinTarget: igraphQ === undefined ? undefined : Math.min(...ours) >= igraphQ - 0.005,
  });

  const clustering = timed(() => localClustering(csr));
  print(size, { figure: 'clustering', ms: clustering.ms, target: 1000, igraphMs: igraph.clusteringMs });
  const holes = timed(() => structuralHoles(csr));
  print(size, { figure: 'constraint', ms: holes.ms, target: 1000, igraphMs: igraph.constraintMs });
  const eigen = timed(() => eigenvectorCentrality(csr));
  print(size, { figure: 'eigenvector', ms: eigen.ms, igraphMs: igraph.eigenvectorMs });

  const sampled = await timedAsync(() => sampledBetweenness(csr, { epsilon: 0.01, delta: 0.1, seed: SEED }));
  print(size, {
    figure: 'betweennessSampled',
    ms: sampled.ms,
    epsilon: 0.01,
    delta: 0.1,
    samples: sampled.value.samples,
    vertexDiameterBound: sampled.value.vertexDiameter,
    workers: 2,
  });

  const stages: Record<string, number> = {};
  const start = performance.now();
  const analysis = await timedAsync(() =>
    analyzeMembers(csr, {
      seed: SEED,
      onProgress: (stage, done, total) => {
        if (done === total) stages[stage] = round(performance.now() - start, 1);
      },
    }),
  );
  print(size, {
    figure: 'analyzeMembers',
    ms: analysis.ms,
    target: 60_000,
    betweenness: analysis.value.betweenness,
    closeness: analysis.value.closeness,
    stagesDoneAtMs: stages,
  });
  const metrics = timed(
    () =>
      computeNetworkMetrics(csr, { modularity: analysis.value.modularity, communities: analysis.value.communities }),
    1,
  );
  print(size, {
    figure: 'networkMetrics',
    ms: metrics.ms,
    what:
      csr.n > 20_000
        ? 'path statistics from 256 sampled sources, iFUB diameter'
        : 'exact path statistics (every source, 32 at a time), single thread',
    averagePathLength: round(metrics.value.averagePathLength, 3),
    diameter: metrics.value.diameter,
    diameterExact: metrics.value.diameterExact,
  });
}

async function smallGraph(directory: string): Promise<void> {
  const size = { nodes: setting('NETWORK_SMALL_NODES', 10_000), edges: setting('NETWORK_SMALL_EDGES', 100_000) };
  const bench = plantedPowerLawGraph(size.nodes, size.edges, SEED + 1);
  const { csr } = toCsr(bench);
  const igraph = peerTimes(bench, directory, ['pagerank', 'louvain', 'betweenness']);
  const peer = graphologyTimes(bench, process.env.NETWORK_GRAPHOLOGY_BETWEENNESS !== '0');
  collectGarbage();

  const exact = await timedAsync(() => betweennessCentralityParallel(csr, { workers: 2 }));
  print(size, {
    figure: 'betweennessExact',
    ms: exact.ms,
    target: 10_000,
    igraphMs: igraph.betweennessMs,
    graphologyMs: peer.betweennessMs,
    workers: 2,
  });
  const sampled = await timedAsync(() => sampledBetweenness(csr, { epsilon: 0.01, delta: 0.1, seed: SEED }));
  let worst = 0;
  for (let v = 0; v < csr.n; v++) worst = Math.max(worst, Math.abs(sampled.value.betweenness[v]! - exact.value[v]!));
  print(size, {
    figure: 'betweennessSampled',
    ms: sampled.ms,
    epsilon: 0.01,
    delta: 0.1,
    samples: sampled.value.samples,
    maxAbsErrorVsExact: Number(worst.toExponential(3)),
    withinEpsilon: worst <= 0.01,
  });
  const analysis = await timedAsync(() => analyzeMembers(csr, { seed: SEED }));
  print(size, { figure: 'analyzeMembers', ms: analysis.ms, betweenness: analysis.value.betweenness });
  const rank = timed(() => pagerank(csr));
  print(size, { figure: 'pagerank', ms: rank.ms, igraphMs: igraph.pagerankMs });
  const communities = timed(() => louvain(csr, { seed: 1 }), 1);
  print(size, {
    figure: 'louvain',
    ms: communities.ms,
    igraphMs: igraph.louvainMs,
    modularity: round(communities.value.modularity, 4),
    igraphModularity: igraph.louvainModularity === undefined ? undefined : round(igraph.louvainModularity, 4),
  });
}

/**
 * graphology's figures, measured first and in a function of their own: its objects for a million ties fill the
 * heap, and every later garbage collection would walk them while our typed-array code is being timed.
 */
function graphologyTimes(
  bench: BenchGraph,
  betweenness: boolean,
): { pagerankMs?: number; louvainMs?: number; louvainModularity?: number; betweennessMs?: number } {
  const peer = loadGraphology();
  if ('skipped' in peer) {
    console.log(JSON.stringify({ bench: 'network', peer: 'graphology', skipped: true, reason: peer.skipped }));
    return {};
  }
  const graph = graphologyGraph(peer, bench);
  const pagerankMs = timed(() => peer.pagerank(graph, { alpha: 0.85, getEdgeWeight: 'weight' }), 1).ms;
  const louvain = timed(() => peer.louvain.detailed(graph, { getEdgeWeight: 'weight', rng: seeded(SEED) }), 1);
  const betweennessMs = betweenness ? timed(() => peer.betweenness(graph, { normalized: true }), 1).ms : undefined;
  return { pagerankMs, louvainMs: louvain.ms, louvainModularity: louvain.value.modularity, betweennessMs };
}

function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** mulberry32, for graphology's louvain rng option. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function runBenchmark(): Promise<void> {
  const directory = mkdtempSync(join(tmpdir(), 'synergia-network-bench-'));
  try {
    if (process.env.NETWORK_ONLY !== 'big') await smallGraph(directory);
    if (process.env.NETWORK_ONLY !== 'small') await bigGraph(directory);
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

// graphology's objects for a million ties need more than the default heap: run in a child with a larger one.
if (process.env.NETWORK_BENCH_CHILD !== '1' && getHeapStatistics().heap_size_limit < HEAP_MB * 1e6 * 0.9) {
  const child = spawnSync(
    process.execPath,
    [`--max-old-space-size=${HEAP_MB}`, '--expose-gc', '--import', 'tsx', thisFile],
    {
      stdio: 'inherit',
      env: { ...process.env, NETWORK_BENCH_CHILD: '1' },
    },
  );
  process.exitCode = child.status ?? 1;
} else {
  await runBenchmark();
}
