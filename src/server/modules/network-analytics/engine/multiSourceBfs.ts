import type { CsrGraph } from './csr.ts';
import type { SourcePassTotals } from './sourcePass.ts';

/**
 * Breadth-first search from up to 32 sources at once, one bit per source (MS-BFS, Then et al., "The more the
 * merrier: efficient multi-source graph traversal", VLDB 2014). Each level ORs a frontier member's source bits
 * into its neighbours, so a member's ties are scanned once per level at which any of the 32 searches reaches it
 * — a handful of times on a small-world graph instead of 32. Distances only (no path counts): closeness,
 * average path length and the largest distance, when betweenness is not wanted.
 */
export class MultiSourceBfs {
  /** Sources one run can take (a wider, multi-word variant measured slower in V8). */
  readonly capacity = 32;
  private readonly seen: Int32Array;
  private readonly frontierBits: Int32Array;
  private readonly nextBits: Int32Array;
  private readonly frontier: Int32Array;
  private readonly fresh: Int32Array;
  private readonly reached: Int32Array;
  /** Members not yet reached by every source of the run, for bottom-up levels. */
  private readonly pending: Int32Array;

  constructor(private readonly graph: CsrGraph) {
    const { n } = graph;
    this.seen = new Int32Array(n);
    this.frontierBits = new Int32Array(n);
    this.nextBits = new Int32Array(n);
    this.frontier = new Int32Array(n);
    this.fresh = new Int32Array(n);
    this.reached = new Int32Array(n);
    this.pending = new Int32Array(n);
  }

  /**
   * Searches from sources[start … start + count − 1] (count ≤ 32) and adds to `totals`: 'own' closeness at each
   * source (sources must then be distinct), 'spread' closeness at each reached member, distance sums, pair
   * counts and the largest distance. With `eccentricity`, writes each source's eccentricity at [b].
   */
  run(
    sources: Int32Array,
    start: number,
    count: number,
    closeness: 'own' | 'spread' | 'none',
    totals: SourcePassTotals,
    eccentricity?: Int32Array,
  ): void {
    const { offsets, targets } = this.graph;
    const { seen, frontierBits, nextBits, frontier, fresh, reached, pending } = this;
    const n = this.graph.n;
    const full = count === 32 ? -1 : (1 << count) - 1;
    let frontierCount = 0;
    let frontierArcs = 0;
    for (let b = 0; b < count; b++) {
      const s = sources[start + b]!;
      if (seen[s] === 0) {
        frontier[frontierCount++] = s;
        frontierArcs += offsets[s + 1]! - offsets[s]!;
      }
      seen[s]! |= 1 << b;
      frontierBits[s]! |= 1 << b;
    }
    reached.set(frontier.subarray(0, frontierCount));
    let reachedCount = frontierCount;
    const own = closeness === 'own' ? new Float64Array(count) : null;
    if (eccentricity !== undefined) eccentricity.fill(0, 0, count);
    // Direction-optimizing (Beamer et al. 2012): once the frontier's ties outnumber those of the members still
    // missing some source, each such member looks for the sources among its neighbours instead, and stops as
    // soon as it has found all it lacks.
    let pendingCount = -1;
    let pendingArcs = Number.POSITIVE_INFINITY;
    for (let depth = 1; frontierCount > 0; depth++) {
      let nextCount = 0;
      if (frontierArcs > pendingArcs || (pendingCount < 0 && 4 * frontierArcs > offsets[n]!)) {
        if (pendingCount < 0) {
          pendingCount = 0;
          for (let w = 0; w < n; w++) if (seen[w] !== full) pending[pendingCount++] = w;
        }
        for (let j = 0; j < pendingCount; j++) {
          const w = pending[j]!;
          const missing = full & ~seen[w]!;
          let found = 0;
          const end = offsets[w + 1]!;
          for (let a = offsets[w]!; a < end; a++) {
            found |= frontierBits[targets[a]!]! & missing;
            if (found === missing) break;
          }
          if (found !== 0) {
            fresh[nextCount++] = w;
            nextBits[w] = found;
          }
        }
        for (let i = 0; i < frontierCount; i++) frontierBits[frontier[i]!] = 0;
      } else {
        for (let i = 0; i < frontierCount; i++) {
          const v = frontier[i]!;
          const bits = frontierBits[v]!;
          frontierBits[v] = 0;
          const end = offsets[v + 1]!;
          for (let a = offsets[v]!; a < end; a++) {
            const w = targets[a]!;
            const add = bits & ~seen[w]!;
            if (add !== 0) {
              if (nextBits[w] === 0) fresh[nextCount++] = w;
              nextBits[w]! |= add;
            }
          }
        }
      }
      frontierArcs = 0;
      const inverse = 1 / depth;
      let levelBits = 0;
      for (let i = 0; i < nextCount; i++) {
        const w = fresh[i]!;
        const add = nextBits[w]!;
        nextBits[w] = 0;
        if (seen[w] === 0) reached[reachedCount++] = w;
        seen[w]! |= add;
        frontierBits[w] = add;
        frontier[i] = w;
        frontierArcs += offsets[w + 1]! - offsets[w]!;
        levelBits |= add;
        const found = popcount(add);
        totals.distanceSum += found * depth;
        totals.pairs += found;
        if (closeness === 'spread') totals.closeness[w]! += found * inverse;
        else if (own !== null) {
          for (let rest = add; rest !== 0; rest &= rest - 1) own[31 - Math.clz32(rest & -rest)]! += inverse;
        }
      }
      if (nextCount > 0 && depth > totals.maxDistance) totals.maxDistance = depth;
      if (eccentricity !== undefined) {
        for (let rest = levelBits; rest !== 0; rest &= rest - 1) eccentricity[31 - Math.clz32(rest & -rest)] = depth;
      }
      frontierCount = nextCount;
      if (pendingCount >= 0) {
        let kept = 0;
        pendingArcs = 0;
        for (let j = 0; j < pendingCount; j++) {
          const w = pending[j]!;
          if (seen[w] !== full) {
            pending[kept++] = w;
            pendingArcs += offsets[w + 1]! - offsets[w]!;
          }
        }
        pendingCount = kept;
      }
    }
    if (own !== null) for (let b = 0; b < count; b++) totals.closeness[sources[start + b]!]! += own[b]!;
    for (let i = 0; i < reachedCount; i++) seen[reached[i]!] = 0;
    totals.sources += count;
  }
}

function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}
