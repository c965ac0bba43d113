import type { CsrGraph } from './csr.ts';

/**
 * Each tie oriented from the lower- to the higher-ranked end, members ranked by (degree, number) and renumbered
 * by rank. Every triangle is then found exactly once, from its lowest-ranked corner, and no forward list is
 * longer than √(2m): enumeration is O(m^1.5) even around hubs. Working in rank numbers keeps the hubs, which
 * sit in most triangles, next to each other in memory.
 */
export interface ForwardAdjacency {
  offsets: Int32Array;
  /** Forward neighbours, as ranks. */
  targets: Int32Array;
  /** For each forward entry, the position of the same arc in the graph's arc arrays. */
  arcs: Int32Array;
  /** order[rank] = member. */
  order: Int32Array;
}

export function forwardAdjacency(graph: CsrGraph): ForwardAdjacency {
  const { n, offsets, targets } = graph;
  let maxDegree = 0;
  for (let v = 0; v < n; v++) maxDegree = Math.max(maxDegree, offsets[v + 1]! - offsets[v]!);
  const next = new Int32Array(maxDegree + 2);
  for (let v = 0; v < n; v++) next[offsets[v + 1]! - offsets[v]! + 1]!++;
  for (let d = 0; d <= maxDegree; d++) next[d + 1]! += next[d]!;
  const rank = new Int32Array(n);
  const order = new Int32Array(n);
  for (let v = 0; v < n; v++) {
    const r = next[offsets[v + 1]! - offsets[v]!]!++;
    rank[v] = r;
    order[r] = v;
  }
  const forwardOffsets = new Int32Array(n + 1);
  for (let r = 0; r < n; r++) {
    const v = order[r]!;
    let count = 0;
    for (let a = offsets[v]!; a < offsets[v + 1]!; a++) if (rank[targets[a]!]! > r) count++;
    forwardOffsets[r + 1] = forwardOffsets[r]! + count;
  }
  const forwardTargets = new Int32Array(forwardOffsets[n]!);
  const arcs = new Int32Array(forwardOffsets[n]!);
  for (let r = 0, out = 0; r < n; r++) {
    const v = order[r]!;
    for (let a = offsets[v]!; a < offsets[v + 1]!; a++) {
      const t = rank[targets[a]!]!;
      if (t > r) {
        forwardTargets[out] = t;
        arcs[out++] = a;
      }
    }
  }
  return { offsets: forwardOffsets, targets: forwardTargets, arcs, order };
}

/** Number of triangles through each member: a mark array holds the lowest corner's forward neighbours. */
export function triangleCounts(graph: CsrGraph): Float64Array {
  const { n } = graph;
  const { offsets: fo, targets: ft, order } = forwardAdjacency(graph);
  const count = new Float64Array(n);
  const markedBy = new Int32Array(n).fill(-1);
  for (let u = 0; u < n; u++) {
    const start = fo[u]!;
    const end = fo[u + 1]!;
    if (end - start < 2) continue;
    for (let i = start; i < end; i++) markedBy[ft[i]!] = u;
    for (let i = start; i < end; i++) {
      const v = ft[i]!;
      let found = 0;
      for (let j = fo[v]!; j < fo[v + 1]!; j++) {
        const w = ft[j]!;
        if (markedBy[w] === u) {
          found++;
          count[w]!++;
        }
      }
      count[u]! += found;
      count[v]! += found;
    }
  }
  const byMember = new Float64Array(n);
  for (let r = 0; r < n; r++) byMember[order[r]!] = count[r]!;
  return byMember;
}
