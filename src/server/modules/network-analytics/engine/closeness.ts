import type { CsrGraph } from './csr.ts';
import { sourceRunner } from './sourcePass.ts';

/**
 * Harmonic closeness on the unweighted topology, normalized by n − 1: (1/(n − 1))·Σ_{u≠v} 1/d(u, v), with
 * 1/∞ = 0, so it is defined on disconnected graphs and lies in [0, 1] (networkx `harmonic_centrality` / (n − 1)).
 * Exact: one breadth-first search per member (32 at a time, see MultiSourceBfs). analyzeMembers runs the same searches on worker threads, and on
 * large graphs estimates it from sampled sources instead (see closenessSampleSize).
 */
export function harmonicCloseness(graph: CsrGraph): Float64Array {
  const all = Int32Array.from({ length: graph.n }, (_, v) => v);
  const totals = sourceRunner(graph, { betweenness: false, closeness: 'own' })(all, 0, graph.n);
  return scaleCloseness(totals.closeness, graph.n, graph.n);
}

/**
 * Scales raw harmonic sums in place. With every member as a source (`sources` = n) that is the division by
 * n − 1; with k sources drawn uniformly, Σ_s 1/d(s, v) · n / k estimates v's full sum without bias.
 */
export function scaleCloseness(raw: Float64Array, n: number, sources: number): Float64Array {
  const scale = n > 1 && sources > 0 ? n / sources / (n - 1) : 0;
  for (let v = 0; v < raw.length; v++) raw[v]! *= scale;
  return raw;
}

/**
 * Sources needed so that, with probability ≥ 1 − δ, every member's sampled harmonic closeness is within ±ε of
 * the exact value: each source adds a term in [0, 1], so Hoeffding's inequality with a union bound over the n
 * members gives k ≥ ln(2n/δ) / (2ε'²), where ε' = ε·(n − 1)/n absorbs the n/(n − 1) rescaling.
 */
export function closenessSampleSize(n: number, epsilon: number, delta: number): number {
  const e = (epsilon * (n - 1)) / n;
  return Math.ceil(Math.log((2 * n) / delta) / (2 * e * e));
}
