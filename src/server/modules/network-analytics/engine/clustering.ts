import type { CsrGraph } from './csr.ts';
import { triangleCounts } from './triangles.ts';

/**
 * Local clustering coefficient on the unweighted topology: the share of pairs of a member's contacts that are tied
 * to each other, 2·triangles / (degree·(degree − 1)); 0 for members with fewer than two ties (networkx
 * `clustering`, igraph `transitivity_local_undirected(mode="zero")`).
 */
export function localClustering(graph: CsrGraph): Float64Array {
  const { n, offsets } = graph;
  const triangles = triangleCounts(graph);
  const clustering = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    const degree = offsets[v + 1]! - offsets[v]!;
    if (degree > 1) clustering[v] = (2 * triangles[v]!) / (degree * (degree - 1));
  }
  return clustering;
}
