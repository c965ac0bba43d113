import type { CsrGraph } from './csr.ts';

/**
 * Members whose removal disconnects their component (cut vertices), on the unweighted topology: Hopcroft–Tarjan
 * low-link numbers with an explicit stack, so deep graphs do not overflow the call stack. 1 marks a cut vertex.
 */
export function articulationPoints(graph: CsrGraph): Uint8Array {
  const { n, offsets, targets } = graph;
  const cut = new Uint8Array(n);
  const order = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const parent = new Int32Array(n);
  const nextArc = new Int32Array(n);
  const stack = new Int32Array(n);
  let clock = 0;
  for (let root = 0; root < n; root++) {
    if (order[root] !== -1) continue;
    let rootChildren = 0;
    let top = 0;
    stack[0] = root;
    parent[root] = -1;
    order[root] = low[root] = clock++;
    nextArc[root] = offsets[root]!;
    while (top >= 0) {
      const v = stack[top]!;
      if (nextArc[v]! < offsets[v + 1]!) {
        const w = targets[nextArc[v]!++]!;
        if (order[w] === -1) {
          parent[w] = v;
          order[w] = low[w] = clock++;
          nextArc[w] = offsets[w]!;
          stack[++top] = w;
          if (v === root) rootChildren++;
        } else if (w !== parent[v] && order[w]! < low[v]!) {
          low[v] = order[w]!;
        }
      } else {
        top--;
        const p = parent[v]!;
        if (p >= 0) {
          if (low[v]! < low[p]!) low[p] = low[v]!;
          if (p !== root && low[v]! >= order[p]!) cut[p] = 1;
        }
      }
    }
    if (rootChildren > 1) cut[root] = 1;
  }
  return cut;
}
