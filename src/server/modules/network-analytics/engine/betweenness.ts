import type { CsrGraph } from './csr.ts';
import { runSourcePasses, type SourcePassOptions } from './allSources.ts';
import { SourcePass } from './sourcePass.ts';

/**
 * Exact betweenness centrality on the unweighted topology (Brandes 2001), normalized like networkx
 * `betweenness_centrality(G, normalized=True)`: the share of shortest paths between pairs of other members that
 * pass through v, divided by the (n − 1)(n − 2)/2 such pairs. 0 everywhere when n ≤ 2.
 */
export function betweennessCentrality(graph: CsrGraph): Float64Array {
  const pass = new SourcePass(graph, { betweenness: true, closeness: 'none' });
  for (let s = 0; s < graph.n; s++) pass.run(s);
  return normalizeBetweenness(pass.totals.betweenness, graph.n);
}

/** The same, with the sources split across worker threads. */
export async function betweennessCentralityParallel(
  graph: CsrGraph,
  options: SourcePassOptions = {},
): Promise<Float64Array> {
  const totals = await runSourcePasses(graph, null, { betweenness: true, closeness: 'none' }, options);
  return normalizeBetweenness(totals.betweenness, graph.n);
}

/**
 * Brandes' sums over all sources count each unordered pair twice (once from each end); (n − 1)(n − 2) is twice
 * the number of pairs not involving v, so one division gives networkx's undirected normalization. In place.
 */
export function normalizeBetweenness(raw: Float64Array, n: number): Float64Array {
  const scale = n > 2 ? 1 / ((n - 1) * (n - 2)) : 0;
  for (let v = 0; v < raw.length; v++) raw[v]! *= scale;
  return raw;
}
