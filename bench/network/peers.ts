import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BenchGraph } from './generate.ts';

// The peers measured on the same edge lists: python-igraph (C) through bench/peers/network_igraph.py, and
// graphology (JavaScript) from bench/peers/node_modules. Each returns null with a hint when not installed.

const PYTHON = '/usr/bin/python3';
const igraphScript = new URL('../peers/network_igraph.py', import.meta.url).pathname;

export function writeEdgeFile(graph: BenchGraph, path: string): void {
  const lines: string[] = [];
  for (let i = 0; i < graph.sources.length; i++)
    lines.push(`${graph.sources[i]} ${graph.targets[i]} ${graph.weights[i]}`);
  writeFileSync(path, lines.join('\n') + '\n');
}

export type IgraphTimes = Record<string, number>;

export function runIgraph(edgeFile: string, n: number, figures: string[]): IgraphTimes | { skipped: string } {
  const probe = spawnSync(PYTHON, ['-c', 'import igraph'], { encoding: 'utf8' });
  if (probe.status !== 0) return { skipped: 'python3-igraph not installed: apt-get install -y python3-igraph' };
  const run = spawnSync(PYTHON, [igraphScript, edgeFile, String(n), ...figures], {
    encoding: 'utf8',
    maxBuffer: 1 << 24,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (run.status !== 0) return { skipped: `igraph peer failed with status ${run.status}` };
  return JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '{}') as IgraphTimes;
}

interface GraphologyGraph {
  addNode(key: number): void;
  addEdge(source: number, target: number, attributes: { weight: number }): void;
}
export interface Graphology {
  Graph: new (options: { type: 'undirected'; multi: boolean; allowSelfLoops: boolean }) => GraphologyGraph;
  pagerank: (graph: GraphologyGraph, options: { alpha: number; getEdgeWeight: string }) => Record<string, number>;
  louvain: {
    detailed: (graph: GraphologyGraph, options: { getEdgeWeight: string; rng: () => number }) => { modularity: number };
  };
  betweenness: (graph: GraphologyGraph, options: { normalized: boolean }) => Record<string, number>;
}

export function loadGraphology(): Graphology | { skipped: string } {
  try {
    const require = createRequire(new URL('../peers/package.json', import.meta.url));
    return {
      Graph: (require('graphology') as { UndirectedGraph: Graphology['Graph'] }).UndirectedGraph,
      pagerank: require('graphology-metrics/centrality/pagerank') as Graphology['pagerank'],
      louvain: require('graphology-communities-louvain') as Graphology['louvain'],
      betweenness: require('graphology-metrics/centrality/betweenness') as Graphology['betweenness'],
    };
  } catch {
    return { skipped: 'graphology peers not installed: npm --prefix bench/peers install' };
  }
}

export function graphologyGraph(peer: Graphology, graph: BenchGraph): GraphologyGraph {
  const g = new peer.Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  for (let v = 0; v < graph.n; v++) g.addNode(v);
  for (let i = 0; i < graph.sources.length; i++) {
    g.addEdge(graph.sources[i]!, graph.targets[i]!, { weight: graph.weights[i]! });
  }
  return g;
}
