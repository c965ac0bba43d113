import type { CsrGraph } from './csr.ts';

/**
 * Weighted Newman–Girvan modularity of a partition, computed directly from its definition (networkx
 * `modularity(G, communities, weight='weight', resolution=γ)`):
 *   Q = Σ_c [ L_c / m − γ·(d_c / 2m)² ]
 * with L_c the weight of ties inside community c, d_c the total strength of its members and m the total tie
 * weight. 0 for a graph without ties.
 */
export function modularity(graph: CsrGraph, community: Int32Array, resolution = 1): number {
  const { n, offsets, targets, weights } = graph;
  let communities = 0;
  for (let v = 0; v < n; v++) communities = Math.max(communities, community[v]! + 1);
  const inside = new Float64Array(communities);
  const strength = new Float64Array(communities);
  let total = 0;
  for (let v = 0; v < n; v++) {
    const c = community[v]!;
    for (let a = offsets[v]!; a < offsets[v + 1]!; a++) {
      const w = weights[a]!;
      total += w;
      strength[c]! += w;
      if (community[targets[a]!] === c) inside[c]! += w;
    }
  }
  if (total === 0) return 0;
  let q = 0;
  for (let c = 0; c < communities; c++) {
    const share = strength[c]! / total;
    q += inside[c]! / total - resolution * share * share;
  }
  return q;
}
