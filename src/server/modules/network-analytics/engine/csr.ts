// The graph every metric reads: compressed sparse rows over members 0..n−1. Undirected — each tie is stored as
// two arcs, one in each endpoint's row — without self-loops, parallel ties merged by summing their weights, and
// every row sorted by target so that neighbourhoods can be intersected by merging.

export interface CsrGraph {
  n: number;
  /** n + 1 entries: the arcs of member v are offsets[v] … offsets[v + 1] − 1. */
  offsets: Int32Array;
  targets: Int32Array;
  weights: Float64Array;
}

export interface EdgeInput {
  source: number;
  target: number;
  /** Positive and finite; 1 when absent. */
  weight?: number;
}

/** Builds the CSR in O(n + m) with two counting sorts (by target, then stably by source), then merges duplicates. */
export function buildCsrGraph(n: number, edges: readonly EdgeInput[]): CsrGraph {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`member count must be a non-negative integer, got ${n}`);
  let arcCount = 0;
  for (const edge of edges) {
    const { source, target } = edge;
    const weight = edge.weight ?? 1;
    if (
      !Number.isInteger(source) ||
      source < 0 ||
      source >= n ||
      !Number.isInteger(target) ||
      target < 0 ||
      target >= n
    ) {
      throw new RangeError(`tie ${source}–${target} names a member outside 0…${n - 1}`);
    }
    if (!(weight > 0) || !Number.isFinite(weight)) throw new RangeError(`tie ${source}–${target} has weight ${weight}`);
    if (source !== target) arcCount += 2;
  }
  const from = new Int32Array(arcCount);
  const to = new Int32Array(arcCount);
  const w = new Float64Array(arcCount);
  let a = 0;
  for (const edge of edges) {
    if (edge.source === edge.target) continue;
    const weight = edge.weight ?? 1;
    from[a] = edge.source;
    to[a] = edge.target;
    w[a++] = weight;
    from[a] = edge.target;
    to[a] = edge.source;
    w[a++] = weight;
  }
  // Counting sort by target, then a stable counting sort by source: rows come out sorted by target.
  const byTarget = countingOrder(n, to, null);
  const order = countingOrder(n, from, byTarget);
  const offsets = new Int32Array(n + 1);
  const targets = new Int32Array(arcCount);
  const weights = new Float64Array(arcCount);
  let out = 0;
  let i = 0;
  for (let v = 0; v < n; v++) {
    offsets[v] = out;
    while (i < arcCount && from[order[i]!] === v) {
      const arc = order[i++]!;
      const t = to[arc]!;
      if (out > offsets[v]! && targets[out - 1] === t) weights[out - 1]! += w[arc]!;
      else {
        targets[out] = t;
        weights[out++] = w[arc]!;
      }
    }
  }
  offsets[n] = out;
  return { n, offsets, targets: targets.slice(0, out), weights: weights.slice(0, out) };
}

/** Positions of `keys` in ascending key order, stable with respect to `within` (or to index order). */
function countingOrder(n: number, keys: Int32Array, within: Int32Array | null): Int32Array {
  const start = new Int32Array(n + 1);
  for (let i = 0; i < keys.length; i++) start[keys[i]! + 1]!++;
  for (let v = 0; v < n; v++) start[v + 1]! += start[v]!;
  const order = new Int32Array(keys.length);
  for (let i = 0; i < keys.length; i++) {
    const arc = within === null ? i : within[i]!;
    order[start[keys[arc]!]!++] = arc;
  }
  return order;
}

/** Number of distinct ties (each stored twice as arcs). */
export function tieCount(graph: CsrGraph): number {
  return graph.targets.length / 2;
}

/** Sum of weights over each member's ties. */
export function weightedDegrees(graph: CsrGraph): Float64Array {
  const { n, offsets, weights } = graph;
  const strength = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    let sum = 0;
    for (let a = offsets[v]!; a < offsets[v + 1]!; a++) sum += weights[a]!;
    strength[v] = sum;
  }
  return strength;
}

export function degrees(graph: CsrGraph): Int32Array {
  const degree = new Int32Array(graph.n);
  for (let v = 0; v < graph.n; v++) degree[v] = graph.offsets[v + 1]! - graph.offsets[v]!;
  return degree;
}

/**
 * For every arc u→v, the position of its twin v→u. Rows are sorted, so scanning sources in ascending order meets
 * the twins in each row in ascending order too: one cursor per row is enough.
 */
export function twinArcs(graph: CsrGraph): Int32Array {
  const { n, offsets, targets } = graph;
  const cursor = offsets.slice(0, n);
  const twin = new Int32Array(targets.length);
  for (let u = 0; u < n; u++) {
    for (let a = offsets[u]!; a < offsets[u + 1]!; a++) twin[a] = cursor[targets[a]!]!++;
  }
  return twin;
}

/** A copy of the graph whose arrays live in SharedArrayBuffers, so worker threads can read it in place. */
export function shareGraph(graph: CsrGraph): CsrGraph {
  if (graph.offsets.buffer instanceof SharedArrayBuffer && graph.targets.buffer instanceof SharedArrayBuffer) {
    return graph;
  }
  const share = <T extends Int32Array | Float64Array>(array: T, make: (b: SharedArrayBuffer) => T): T => {
    const copy = make(new SharedArrayBuffer(Math.max(8, array.byteLength)));
    copy.set(array);
    return copy;
  };
  return {
    n: graph.n,
    offsets: share(graph.offsets, (b) => new Int32Array(b, 0, graph.offsets.length)),
    targets: share(graph.targets, (b) => new Int32Array(b, 0, graph.targets.length)),
    weights: share(graph.weights, (b) => new Float64Array(b, 0, graph.weights.length)),
  };
}
