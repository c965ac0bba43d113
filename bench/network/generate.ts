import { createRandom } from '../../src/server/modules/demo/random.ts';

// Seeded planted-partition graphs with heavy-tailed degrees (a degree-corrected stochastic block model):
// every member gets a Pareto(α = 2.5) propensity; a tie falls inside one community with probability `mixing`
// (community drawn by total propensity), otherwise anywhere; both ends are drawn in proportion to propensity.
// Duplicates and self-loops are redrawn, so the graph has exactly `edges` distinct ties, weights 1–5.

export interface BenchGraph {
  n: number;
  sources: Int32Array;
  targets: Int32Array;
  weights: Float64Array;
  communities: number;
}

export function plantedPowerLawGraph(n: number, edges: number, seed: number, communitySize = 1000): BenchGraph {
  const random = createRandom(seed);
  const communities = Math.max(1, Math.round(n / communitySize));
  const propensity = new Float64Array(n);
  const cap = Math.sqrt(n) * 4;
  for (let v = 0; v < n; v++) propensity[v] = Math.min(cap, Math.pow(1 - random.next(), -1 / 1.5));
  // Member v belongs to community v % communities; cumulative propensity per community, and overall.
  const members = Array.from({ length: communities }, () => [] as number[]);
  for (let v = 0; v < n; v++) members[v % communities]!.push(v);
  const cumulative = members.map((list) => cumulate(list.map((v) => propensity[v]!)));
  const communityWeight = cumulate(cumulative.map((c) => c[c.length - 1]!));
  const overall = cumulate(Array.from(propensity));
  const seen = new Set<number>();
  const sources = new Int32Array(edges);
  const targets = new Int32Array(edges);
  const weights = new Float64Array(edges);
  let count = 0;
  while (count < edges) {
    let u: number;
    let v: number;
    if (random.next() < 0.8) {
      const c = pick(communityWeight, random.next());
      const list = members[c]!;
      u = list[pick(cumulative[c]!, random.next())]!;
      v = list[pick(cumulative[c]!, random.next())]!;
    } else {
      u = pick(overall, random.next());
      v = pick(overall, random.next());
    }
    if (u === v) continue;
    const key = u < v ? u * n + v : v * n + u;
    if (seen.has(key)) continue;
    seen.add(key);
    sources[count] = u;
    targets[count] = v;
    weights[count++] = 1 + Math.floor(random.next() * 5);
  }
  return { n, sources, targets, weights, communities };
}

function cumulate(values: number[]): Float64Array {
  const out = new Float64Array(values.length);
  let sum = 0;
  values.forEach((value, i) => (out[i] = sum += value));
  return out;
}

/** First index whose cumulative weight exceeds u·total. */
function pick(cumulative: Float64Array, u: number): number {
  const goal = u * cumulative[cumulative.length - 1]!;
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cumulative[mid]! > goal) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
