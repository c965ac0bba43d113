import type { CsrGraph } from './csr.ts';

/**
 * Reusable breadth-first search buffers: distances stay −1 between searches (only the members a search reached
 * are reset), so a search costs the size of the component it explores, not n.
 */
export class BfsScratch {
  readonly dist: Int32Array;
  readonly parent: Int32Array;
  readonly queue: Int32Array;
  /** Members reached by the last search, in visiting order (queue[0 … reached − 1]). */
  reached = 0;

  constructor(n: number) {
    this.dist = new Int32Array(n).fill(-1);
    this.parent = new Int32Array(n);
    this.queue = new Int32Array(n);
  }

  /** Unweighted distances from `source`; returns its eccentricity within its component. */
  run(graph: CsrGraph, source: number): number {
    this.reset();
    const { offsets, targets } = graph;
    const { dist, parent, queue } = this;
    dist[source] = 0;
    parent[source] = -1;
    queue[0] = source;
    let head = 0;
    let tail = 1;
    while (head < tail) {
      const v = queue[head++]!;
      const next = dist[v]! + 1;
      for (let a = offsets[v]!; a < offsets[v + 1]!; a++) {
        const w = targets[a]!;
        if (dist[w] === -1) {
          dist[w] = next;
          parent[w] = v;
          queue[tail++] = w;
        }
      }
    }
    this.reached = tail;
    return dist[queue[tail - 1]!]!;
  }

  /** The member reached last (one of the farthest). */
  farthest(): number {
    return this.queue[this.reached - 1]!;
  }

  reset(): void {
    for (let i = 0; i < this.reached; i++) this.dist[this.queue[i]!] = -1;
    this.reached = 0;
  }
}

/**
 * Upper bound on the diameter of each component (in ties), from four searches: any member's eccentricity e
 * bounds the diameter by 2e, and the midpoint of a double sweep's path and the best-connected member usually
 * have e close to diameter / 2.
 * Returns the largest bound over components, and the largest lower bound seen (the double sweep's eccentricity).
 */
export function diameterBounds(graph: CsrGraph, scratch = new BfsScratch(graph.n)): { lower: number; upper: number } {
  const { n } = graph;
  const done = new Uint8Array(n);
  let lower = 0;
  let upper = 0;
  for (let root = 0; root < n; root++) {
    if (done[root]) continue;
    const eRoot = scratch.run(graph, root);
    let hub = root;
    for (let i = 0; i < scratch.reached; i++) {
      const v = scratch.queue[i]!;
      done[v] = 1;
      if (graph.offsets[v + 1]! - graph.offsets[v]! > graph.offsets[hub + 1]! - graph.offsets[hub]!) hub = v;
    }
    if (scratch.reached < 3) {
      lower = Math.max(lower, eRoot);
      upper = Math.max(upper, eRoot);
      continue;
    }
    const a = scratch.farthest();
    const eA = scratch.run(graph, a);
    let mid = scratch.farthest();
    for (let step = 0; step < eA - Math.floor(eA / 2); step++) mid = scratch.parent[mid]!;
    const eMid = scratch.run(graph, mid);
    const eHub = scratch.run(graph, hub);
    lower = Math.max(lower, eA);
    upper = Math.max(upper, Math.min(2 * eRoot, 2 * eA, 2 * eMid, 2 * eHub));
  }
  scratch.reset();
  return { lower, upper };
}
