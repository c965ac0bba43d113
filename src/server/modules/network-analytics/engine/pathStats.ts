import { createRandom } from '../../demo/random.ts';
import { BfsScratch } from './bfs.ts';
import { connectedComponents } from './components.ts';
import type { CsrGraph } from './csr.ts';
import { MultiSourceBfs } from './multiSourceBfs.ts';
import { emptyTotals, sourceRunner, type SourcePassTotals } from './sourcePass.ts';

/**
 * Distances on the unweighted topology. The average path length is the mean distance over ordered pairs of
 * distinct members that are connected (pairs in different components are left out, so it is defined on
 * disconnected graphs; on a connected graph it equals networkx `average_shortest_path_length`). The diameter is
 * the largest distance between connected members (the largest component diameter).
 */
export interface PathStats {
  averagePathLength: number;
  /** False when the average was estimated from sampled sources (n above exactLimit). */
  averagePathLengthExact: boolean;
  diameter: number;
  /** False when iFUB ran out of searches: diameter is then a lower bound and diameterUpperBound an upper one. */
  diameterExact: boolean;
  diameterUpperBound: number;
}

export interface PathStatsOptions {
  /** Up to this many members every source is searched (exact); 20 000 by default. */
  exactLimit?: number;
  /** Sources sampled for the average above exactLimit; 256 by default. */
  samples?: number;
  seed?: number;
  /** Eccentricities iFUB may compute for the diameter (computed many per multi-source search); 8 192 by default. */
  maxSearches?: number;
}

export function pathStats(graph: CsrGraph, options: PathStatsOptions = {}): PathStats {
  const { n } = graph;
  const exactLimit = options.exactLimit ?? 20_000;
  const flags = { betweenness: false, closeness: 'none' } as const;
  const run = sourceRunner(graph, flags, emptyTotals(n, flags));
  if (n <= exactLimit) {
    const totals = run(
      Int32Array.from({ length: n }, (_, v) => v),
      0,
      n,
    );
    return pathStatsFromTotals(totals, true, { diameter: totals.maxDistance, exact: true, upper: 0 });
  }
  const random = createRandom(options.seed ?? 1);
  const samples = Int32Array.from({ length: options.samples ?? 256 }, () => Math.floor(random.next() * n));
  return pathStatsFromTotals(run(samples, 0, samples.length), false, diameter(graph, options.maxSearches ?? 8192));
}

export function pathStatsFromTotals(
  totals: SourcePassTotals,
  averageExact: boolean,
  found: { diameter: number; exact: boolean; upper: number },
): PathStats {
  return {
    averagePathLength: totals.pairs > 0 ? totals.distanceSum / totals.pairs : 0,
    averagePathLengthExact: averageExact,
    diameter: found.diameter,
    diameterExact: found.exact,
    diameterUpperBound: found.exact ? found.diameter : found.upper,
  };
}

/**
 * Exact diameter by iFUB (Crescenzi et al., "On computing the diameter of real-world undirected graphs", 2013),
 * per component, largest first: from a central member u (midpoint of a double sweep), the eccentricities of the
 * members on u's outermost levels are computed level by level — many at a time with MultiSourceBfs — until the
 * best one found exceeds twice the next level's depth. Components too small to beat the current best are
 * skipped. If `maxSearches` eccentricities run out, the result is a lower bound with an upper bound beside it.
 */
export function diameter(graph: CsrGraph, maxSearches = 8192): { diameter: number; exact: boolean; upper: number } {
  const { component, sizes } = connectedComponents(graph);
  const scratch = new BfsScratch(graph.n);
  const batch = new MultiSourceBfs(graph);
  const totals = emptyTotals(graph.n, { betweenness: false, closeness: 'none' });
  const eccentricity = new Int32Array(batch.capacity);
  const firstMember = new Int32Array(sizes.length).fill(-1);
  for (let v = graph.n - 1; v >= 0; v--) firstMember[component[v]!] = v;
  const bySize = sizes.map((_, c) => c).sort((a, b) => sizes[b]! - sizes[a]!);
  let lower = 0;
  let upper = 0;
  let searches = 0;
  let exact = true;
  for (const c of bySize) {
    if (sizes[c]! - 1 <= lower) break;
    scratch.run(graph, firstMember[c]!);
    const a = scratch.farthest();
    const eA = scratch.run(graph, a);
    let u = scratch.farthest();
    for (let step = 0; step < eA - Math.floor(eA / 2); step++) u = scratch.parent[u]!;
    const eU = scratch.run(graph, u);
    searches += 3;
    // Members of the component in order of distance from u: level i is a contiguous run.
    const order = scratch.queue.slice(0, scratch.reached);
    const depth = Int32Array.from(order, (v) => scratch.dist[v]!);
    let componentUpper = 2 * eU;
    let best = Math.max(eA, eU);
    let position = order.length - 1;
    for (let level = eU; componentUpper > best && level > 0; level--) {
      let levelStart = position;
      while (levelStart >= 0 && depth[levelStart] === level) levelStart--;
      if (searches + (position - levelStart) > maxSearches) {
        exact = false;
        break;
      }
      for (let end = position + 1; end > levelStart + 1; end -= batch.capacity) {
        const count = Math.min(batch.capacity, end - levelStart - 1);
        batch.run(order, end - count, count, 'none', totals, eccentricity);
        for (let b = 0; b < count; b++) best = Math.max(best, eccentricity[b]!);
      }
      searches += position - levelStart;
      position = levelStart;
      componentUpper = best > 2 * (level - 1) ? best : 2 * (level - 1);
    }
    componentUpper = Math.max(best, componentUpper);
    lower = Math.max(lower, best);
    upper = Math.max(upper, componentUpper);
  }
  scratch.reset();
  return { diameter: lower, exact: exact && upper <= lower, upper: Math.max(upper, lower) };
}
