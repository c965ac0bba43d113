import type { CsrGraph } from './csr.ts';
import { MultiSourceBfs } from './multiSourceBfs.ts';

// One breadth-first search per source, on the unweighted topology, feeding up to three things at once:
// Brandes' dependency accumulation (betweenness), harmonic closeness, and distance totals (average path length,
// diameter). Exact betweenness needs every source anyway, so closeness and path statistics come almost free.

export interface SourcePassFlags {
  betweenness: boolean;
  /**
   * 'own': each source's harmonic sum Σ 1/d(s, t) is written at s (exact, when every member is a source);
   * 'spread': each source adds 1/d(s, v) at every v it reaches (an estimator when the sources are a sample);
   * 'none'.
   */
  closeness: 'own' | 'spread' | 'none';
}

/** Running totals of one thread; raw (not normalized). */
export interface SourcePassTotals {
  betweenness: Float64Array;
  closeness: Float64Array;
  /** Σ d(s, t) over reached t ≠ s. */
  distanceSum: number;
  /** Number of (s, t) pairs with t ≠ s reached from s. */
  pairs: number;
  /** Largest distance met. */
  maxDistance: number;
  sources: number;
}

export function emptyTotals(n: number, flags: SourcePassFlags): SourcePassTotals {
  return {
    betweenness: new Float64Array(flags.betweenness ? n : 0),
    closeness: new Float64Array(flags.closeness === 'none' ? 0 : n),
    distanceSum: 0,
    pairs: 0,
    maxDistance: 0,
    sources: 0,
  };
}

/**
 * Runs sources[start … end) into `totals`: Brandes searches one by one when betweenness is wanted, otherwise
 * many at a time with MultiSourceBfs. Returns a function to call once per range.
 */
export function sourceRunner(
  graph: CsrGraph,
  flags: SourcePassFlags,
  totals: SourcePassTotals = emptyTotals(graph.n, flags),
): (sources: Int32Array, start: number, end: number) => SourcePassTotals {
  if (flags.betweenness) {
    const pass = new SourcePass(graph, flags, totals);
    return (sources, start, end) => {
      for (let i = start; i < end; i++) pass.run(sources[i]!);
      return totals;
    };
  }
  const search = new MultiSourceBfs(graph);
  const width = search.capacity;
  return (sources, start, end) => {
    for (let i = start; i < end; i += width) search.run(sources, i, Math.min(width, end - i), flags.closeness, totals);
    return totals;
  };
}

export class SourcePass {
  private readonly dist: Int32Array;
  private readonly sigma: Float64Array;
  /** (1 + δ(w)) / σ(w), set once w's dependency is final. */
  private readonly coefficient: Float64Array;
  private readonly queue: Int32Array;
  /** Shortest-path successors of each searched member, grouped by member in search order. */
  private readonly successors: Int32Array;
  /** successors[successorEnd[i − 1] … successorEnd[i]) belong to queue[i]. */
  private readonly successorEnd: Int32Array;

  constructor(
    private readonly graph: CsrGraph,
    private readonly flags: SourcePassFlags,
    readonly totals: SourcePassTotals = emptyTotals(graph.n, flags),
  ) {
    const { n } = graph;
    this.dist = new Int32Array(n).fill(-1);
    this.sigma = new Float64Array(flags.betweenness ? n : 0);
    this.coefficient = new Float64Array(flags.betweenness ? n : 0);
    this.queue = new Int32Array(n);
    this.successors = new Int32Array(flags.betweenness ? graph.targets.length : 0);
    this.successorEnd = new Int32Array(flags.betweenness ? n : 0);
  }

  run(source: number): void {
    const { offsets, targets } = this.graph;
    const { dist, sigma, queue, totals, successors, successorEnd } = this;
    const counting = this.flags.betweenness;
    dist[source] = 0;
    if (counting) sigma[source] = 1;
    queue[0] = source;
    let head = 0;
    let tail = 1;
    let distanceSum = 0;
    let harmonic = 0;
    let edges = 0;
    while (head < tail) {
      const v = queue[head++]!;
      const dv = dist[v]! + 1;
      const end = offsets[v + 1]!;
      if (counting) {
        const sv = sigma[v]!;
        for (let a = offsets[v]!; a < end; a++) {
          const w = targets[a]!;
          const dw = dist[w]!;
          if (dw === -1) {
            dist[w] = dv;
            sigma[w] = sv;
            queue[tail++] = w;
            successors[edges++] = w;
          } else if (dw === dv) {
            sigma[w]! += sv;
            successors[edges++] = w;
          }
        }
        successorEnd[head - 1] = edges;
      } else {
        for (let a = offsets[v]!; a < end; a++) {
          const w = targets[a]!;
          if (dist[w] === -1) {
            dist[w] = dv;
            queue[tail++] = w;
          }
        }
      }
    }
    const closeness = this.flags.closeness;
    for (let i = 1; i < tail; i++) {
      const d = dist[queue[i]!]!;
      distanceSum += d;
      harmonic += 1 / d;
      if (closeness === 'spread') totals.closeness[queue[i]!]! += 1 / d;
    }
    if (closeness === 'own') totals.closeness[source]! += harmonic;
    const farthest = dist[queue[tail - 1]!]!;
    if (farthest > totals.maxDistance) totals.maxDistance = farthest;
    totals.distanceSum += distanceSum;
    totals.pairs += tail - 1;
    totals.sources++;
    if (counting) {
      const betweenness = totals.betweenness;
      const coefficient = this.coefficient;
      // Dependencies in reverse search order, pulled from each member's successors (all final by then):
      // δ(v) = σ(v)·Σ_{w ∈ succ(v)} (1 + δ(w))/σ(w).
      for (let i = tail - 1; i >= 0; i--) {
        const v = queue[i]!;
        let sum = 0;
        for (let k = i > 0 ? successorEnd[i - 1]! : 0; k < successorEnd[i]!; k++) sum += coefficient[successors[k]!]!;
        const dependency = sigma[v]! * sum;
        coefficient[v] = (1 + dependency) / sigma[v]!;
        if (i > 0) betweenness[v]! += dependency;
        dist[v] = -1;
      }
    } else {
      for (let i = 0; i < tail; i++) dist[queue[i]!] = -1;
    }
  }
}
