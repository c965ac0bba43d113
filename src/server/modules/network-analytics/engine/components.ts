import type { CsrGraph } from './csr.ts';

export interface Components {
  /** Component number of each member, numbered in order of their lowest member. */
  component: Int32Array;
  count: number;
  sizes: number[];
}

/** Connected components by breadth-first search over a typed queue. */
export function connectedComponents(graph: CsrGraph): Components {
  const { n, offsets, targets } = graph;
  const component = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  const sizes: number[] = [];
  for (let root = 0; root < n; root++) {
    if (component[root] !== -1) continue;
    const id = sizes.length;
    component[root] = id;
    queue[0] = root;
    let head = 0;
    let tail = 1;
    while (head < tail) {
      const v = queue[head++]!;
      for (let a = offsets[v]!; a < offsets[v + 1]!; a++) {
        const w = targets[a]!;
        if (component[w] === -1) {
          component[w] = id;
          queue[tail++] = w;
        }
      }
    }
    sizes.push(tail);
  }
  return { component, count: sizes.length, sizes };
}
