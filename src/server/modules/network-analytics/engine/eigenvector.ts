import type { CsrGraph } from './csr.ts';

export interface EigenvectorOptions {
  /** Stop once the largest change of a normalized score between two iterations is below this; 1e-12 by default. */
  tolerance?: number;
  maxIterations?: number;
}

/**
 * Weighted eigenvector centrality: the Perron eigenvector of the weighted adjacency matrix, **scaled so that the
 * largest score is 1** (igraph's `eigenvector_centrality(scale=True, weights=…)`; networkx's
 * `eigenvector_centrality_numpy` is the same vector scaled to unit L2 norm instead).
 *
 * Power iteration on A + I — the shift keeps bipartite components (eigenvalues ±λ) from oscillating and does not
 * move the eigenvector. On a disconnected graph this is the eigenvector of the whole matrix, so members outside
 * the component with the largest eigenvalue score (close to) 0, as in networkx. Isolates score 0.
 */
export function eigenvectorCentrality(graph: CsrGraph, options: EigenvectorOptions = {}): Float64Array {
  const { n, offsets, targets, weights } = graph;
  const tolerance = options.tolerance ?? 1e-12;
  const maxIterations = options.maxIterations ?? 2000;
  let x = new Float64Array(n).fill(1);
  let next = new Float64Array(n);
  if (targets.length === 0) return x.fill(0);
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    let max = 0;
    for (let v = 0; v < n; v++) {
      let sum = x[v]!;
      const end = offsets[v + 1]!;
      for (let a = offsets[v]!; a < end; a++) sum += weights[a]! * x[targets[a]!]!;
      next[v] = sum;
      if (sum > max) max = sum;
    }
    let change = 0;
    for (let v = 0; v < n; v++) {
      const value = next[v]! / max;
      const delta = Math.abs(value - x[v]!);
      if (delta > change) change = delta;
      next[v] = value;
    }
    [x, next] = [next, x];
    if (change < tolerance) break;
  }
  // Isolates keep a share of the start vector that decays like (1 / (λ + 1))^k: they are exactly 0.
  for (let v = 0; v < n; v++) if (offsets[v] === offsets[v + 1]) x[v] = 0;
  return x;
}
