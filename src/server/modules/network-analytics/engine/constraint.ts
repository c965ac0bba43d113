import { twinArcs, type CsrGraph } from './csr.ts';
import { forwardAdjacency } from './triangles.ts';

export interface StructuralHoles {
  /** Burt's aggregate constraint; NaN for members without ties. */
  constraint: Float64Array;
  /** Burt's effective size; NaN for members without ties. */
  effectiveSize: Float64Array;
}

/**
 * Burt's constraint and effective size, weighted exactly as networkx `constraint(G, weight=…)` and
 * `effective_size(G, weight=…)` define them on an undirected graph:
 *
 *   p(i→j) = w(i,j) / Σ_k w(i,k)                        (share of i's tie weight spent on j)
 *   constraint(i) = Σ_{j∈N(i)} ( p(i→j) + Σ_{q∈N(i)∩N(j)} p(i→q)·p(q→j) )²
 *   effectiveSize(i) = Σ_{j∈N(i)} ( 1 − Σ_{q∈N(i)∩N(j)} p(i→q)·w(j,q) / max_k w(j,k) )
 *
 * With unit weights effective size is degree − 2·ties-among-contacts / degree. Both indirect terms only involve
 * triangles, so they are accumulated while enumerating each triangle once: O(m^1.5), not Σ degree².
 */
export function structuralHoles(graph: CsrGraph): StructuralHoles {
  const { n, offsets, targets, weights } = graph;
  const { offsets: fo, targets: ft, arcs: fa, order } = forwardAdjacency(graph);
  // Per rank, side by side: 1 / strength, 1 / largest tie weight, redundancy sum (one cache line per member).
  const node = new Float64Array(3 * n);
  for (let r = 0; r < n; r++) {
    const v = order[r]!;
    let sum = 0;
    let max = 0;
    for (let a = offsets[v]!; a < offsets[v + 1]!; a++) {
      sum += weights[a]!;
      if (weights[a]! > max) max = weights[a]!;
    }
    node[3 * r] = sum > 0 ? 1 / sum : 0;
    node[3 * r + 1] = max > 0 ? 1 / max : 0;
  }
  // Triangles from their lowest-ranked corner u (see forwardAdjacency; u, v, w are ranks): u→v is forward arc i, v→w is j, u→w is
  // k. Weights are symmetric, so p(x→y) = w(x,y)/strength(x) needs no reverse arc. Indirect terms are collected
  // per forward arc — for the arc itself and for its reverse — in u's and v's rows, which the loops walk in
  // order, and scattered to the reverse arcs once at the end.
  const forwardWeight = Float64Array.from(fa, (a) => weights[a]!);
  const along = new Float64Array(fa.length);
  const against = new Float64Array(fa.length);
  const markedBy = new Int32Array(n).fill(-1);
  const markedIndex = new Int32Array(n);
  for (let u = 0; u < n; u++) {
    const start = fo[u]!;
    const end = fo[u + 1]!;
    if (end - start < 2) continue;
    for (let i = start; i < end; i++) {
      const w = ft[i]!;
      markedBy[w] = u;
      markedIndex[w] = i;
    }
    const inverseU = node[3 * u]!;
    const inverseMaxU = node[3 * u + 1]!;
    let redundancyU = 0;
    for (let i = start; i < end; i++) {
      const v = ft[i]!;
      const wUV = forwardWeight[i]!;
      const inverseV = node[3 * v]!;
      const inverseMaxV = node[3 * v + 1]!;
      const pUV = wUV * inverseU;
      const pVU = wUV * inverseV;
      let redundancyV = 0;
      let alongUV = 0;
      let againstUV = 0;
      for (let j = fo[v]!; j < fo[v + 1]!; j++) {
        const w = ft[j]!;
        if (markedBy[w] !== u) continue;
        const k = markedIndex[w]!;
        const wVW = forwardWeight[j]!;
        const wUW = forwardWeight[k]!;
        const inverseW = node[3 * w]!;
        const inverseMaxW = node[3 * w + 1]!;
        const pUW = wUW * inverseU;
        const pWU = wUW * inverseW;
        const pVW = wVW * inverseV;
        const pWV = wVW * inverseW;
        alongUV += pUW * pWV;
        againstUV += pVW * pWU;
        along[k]! += pUV * pVW;
        against[k]! += pWV * pVU;
        along[j]! += pVU * pUW;
        against[j]! += pWU * pUV;
        redundancyU += pUW * wVW * inverseMaxV + pUV * wVW * inverseMaxW;
        redundancyV += pVW * wUW * inverseMaxU + pVU * wUW * inverseMaxW;
        node[3 * w + 2]! += pWV * wUV * inverseMaxU + pWU * wUV * inverseMaxV;
      }
      along[i]! += alongUV;
      against[i]! += againstUV;
      node[3 * v + 2]! += redundancyV;
    }
    node[3 * u + 2]! += redundancyU;
  }
  const indirect = new Float64Array(targets.length);
  const twin = twinArcs(graph);
  for (let f = 0; f < fa.length; f++) {
    indirect[fa[f]!] = along[f]!;
    indirect[twin[fa[f]!]!] = against[f]!;
  }
  const constraint = new Float64Array(n);
  const effectiveSize = new Float64Array(n);
  for (let r = 0; r < n; r++) {
    const v = order[r]!;
    const start = offsets[v]!;
    const end = offsets[v + 1]!;
    if (start === end) {
      constraint[v] = Number.NaN;
      effectiveSize[v] = Number.NaN;
      continue;
    }
    const inverse = node[3 * r]!;
    let sum = 0;
    for (let a = start; a < end; a++) {
      const c = weights[a]! * inverse + indirect[a]!;
      sum += c * c;
    }
    constraint[v] = sum;
    effectiveSize[v] = end - start - node[3 * r + 2]!;
  }
  return { constraint, effectiveSize };
}
