import type { CsrGraph } from './csr.ts';

/**
 * Core number of every member on the unweighted topology: the largest k such that the member belongs to a
 * subgraph where everyone has at least k ties. Batagelj–Zaversnik bucket peeling, O(n + m).
 */
export function coreNumbers(graph: CsrGraph): Int32Array {
  const { n, offsets, targets } = graph;
  const degree = new Int32Array(n);
  let maxDegree = 0;
  for (let v = 0; v < n; v++) {
    degree[v] = offsets[v + 1]! - offsets[v]!;
    if (degree[v]! > maxDegree) maxDegree = degree[v]!;
  }
  const binStart = new Int32Array(maxDegree + 1);
  for (let v = 0; v < n; v++) binStart[degree[v]!]!++;
  let start = 0;
  for (let d = 0; d <= maxDegree; d++) {
    const count = binStart[d]!;
    binStart[d] = start;
    start += count;
  }
  const sorted = new Int32Array(n);
  const position = new Int32Array(n);
  for (let v = 0; v < n; v++) {
    position[v] = binStart[degree[v]!]!++;
    sorted[position[v]!] = v;
  }
  for (let d = maxDegree; d > 0; d--) binStart[d] = binStart[d - 1]!;
  binStart[0] = 0;
  for (let i = 0; i < n; i++) {
    const v = sorted[i]!;
    for (let a = offsets[v]!; a < offsets[v + 1]!; a++) {
      const u = targets[a]!;
      if (degree[u]! > degree[v]!) {
        // Move u to the front of its bin, then shrink the bin by one: u's degree drops by one.
        const du = degree[u]!;
        const pu = position[u]!;
        const pw = binStart[du]!;
        const w = sorted[pw]!;
        if (u !== w) {
          sorted[pu] = w;
          position[w] = pu;
          sorted[pw] = u;
          position[u] = pw;
        }
        binStart[du]!++;
        degree[u] = du - 1;
      }
    }
  }
  return degree;
}
