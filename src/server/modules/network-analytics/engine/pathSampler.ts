import type { CsrGraph } from './csr.ts';
import type { Random } from '../../demo/random.ts';

/**
 * Draws one shortest path uniformly at random between two members, by balanced bidirectional breadth-first
 * search (as in KADABRA, Borassi & Natale 2016): each round expands whichever side's frontier has fewer arcs,
 * and stops at the first level where the two searches meet. On small-world graphs this touches about √m arcs
 * instead of m. Every shortest s–t path crosses the meeting level at exactly one member y, so
 * σ(s, t) = Σ_y σ_s(y)·σ_t(y); the sampler picks y with probability σ_s(y)·σ_t(y)/σ(s, t), then walks back
 * to each end choosing each predecessor p of x with probability σ(p)/σ(x).
 */
export class PathSampler {
  private stamp = 0;
  private readonly seen: [Int32Array, Int32Array];
  private readonly dist: [Int32Array, Int32Array];
  private readonly sigma: [Float64Array, Float64Array];
  private front: [Int32Array, Int32Array];
  private spare: Int32Array;
  private readonly meetings: Int32Array;

  constructor(private readonly graph: CsrGraph) {
    const { n } = graph;
    this.seen = [new Int32Array(n), new Int32Array(n)];
    this.dist = [new Int32Array(n), new Int32Array(n)];
    this.sigma = [new Float64Array(n), new Float64Array(n)];
    this.front = [new Int32Array(n), new Int32Array(n)];
    this.spare = new Int32Array(n);
    this.meetings = new Int32Array(n);
  }

  /** Adds 1 at every interior member of one uniformly drawn shortest s–t path; false when t is unreachable. */
  sample(s: number, t: number, random: Random, counts: Float64Array): boolean {
    const { offsets, targets } = this.graph;
    const stamp = ++this.stamp;
    const ends = [s, t];
    const size = [1, 1];
    const cost = [offsets[s + 1]! - offsets[s]!, offsets[t + 1]! - offsets[t]!];
    const level = [0, 0];
    for (let side = 0; side < 2; side++) {
      const e = ends[side]!;
      this.seen[side]![e] = stamp;
      this.dist[side]![e] = 0;
      this.sigma[side]![e] = 1;
      this.front[side]![0] = e;
    }
    for (;;) {
      if (size[0] === 0 || size[1] === 0) return false;
      const side = cost[0]! <= cost[1]! ? 0 : 1;
      const seen = this.seen[side]!;
      const dist = this.dist[side]!;
      const sigma = this.sigma[side]!;
      const otherSeen = this.seen[1 - side]!;
      const front = this.front[side]!;
      const next = this.spare;
      const depth = level[side]! + 1;
      let nextSize = 0;
      let nextCost = 0;
      let meetings = 0;
      for (let i = 0; i < size[side]!; i++) {
        const x = front[i]!;
        const sx = sigma[x]!;
        for (let a = offsets[x]!; a < offsets[x + 1]!; a++) {
          const y = targets[a]!;
          if (seen[y] !== stamp) {
            seen[y] = stamp;
            dist[y] = depth;
            sigma[y] = sx;
            next[nextSize++] = y;
            nextCost += offsets[y + 1]! - offsets[y]!;
            if (otherSeen[y] === stamp) this.meetings[meetings++] = y;
          } else if (dist[y] === depth) sigma[y]! += sx;
        }
      }
      this.spare = front;
      this.front[side] = next;
      size[side] = nextSize;
      cost[side] = nextCost;
      level[side] = depth;
      if (meetings > 0) {
        this.drawPath(meetings, random, counts, s, t);
        return true;
      }
    }
  }

  private drawPath(meetings: number, random: Random, counts: Float64Array, s: number, t: number): void {
    const [sigmaS, sigmaT] = this.sigma;
    let total = 0;
    for (let i = 0; i < meetings; i++) {
      const y = this.meetings[i]!;
      total += sigmaS[y]! * sigmaT[y]!;
    }
    let pick = random.next() * total;
    let y = this.meetings[meetings - 1]!;
    for (let i = 0; i < meetings; i++) {
      const candidate = this.meetings[i]!;
      pick -= sigmaS[candidate]! * sigmaT[candidate]!;
      if (pick < 0) {
        y = candidate;
        break;
      }
    }
    if (y !== s && y !== t) counts[y]!++;
    this.walkBack(0, y, random, counts, s);
    this.walkBack(1, y, random, counts, t);
  }

  private walkBack(side: 0 | 1, from: number, random: Random, counts: Float64Array, end: number): void {
    const { offsets, targets } = this.graph;
    const seen = this.seen[side];
    const dist = this.dist[side];
    const sigma = this.sigma[side];
    const stamp = this.stamp;
    let x = from;
    while (dist[x]! > 0) {
      const previous = dist[x]! - 1;
      let pick = random.next() * sigma[x]!;
      let chosen = -1;
      for (let a = offsets[x]!; a < offsets[x + 1]!; a++) {
        const p = targets[a]!;
        if (seen[p] === stamp && dist[p] === previous) {
          chosen = p;
          pick -= sigma[p]!;
          if (pick < 0) break;
        }
      }
      x = chosen;
      if (x !== end) counts[x]!++;
    }
  }
}
