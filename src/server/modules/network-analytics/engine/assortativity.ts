import type { CsrGraph } from './csr.ts';

/**
 * Newman's assortativity coefficient for a categorical attribute (networkx
 * `attribute_assortativity_coefficient`), unweighted: with e_ij the share of tie ends joining category i to j
 * (each tie counted in both directions) and a_i = Σ_j e_ij,
 *   r = (Σ_i e_ii − Σ_i a_i²) / (1 − Σ_i a_i²).
 * Ties with an end whose category is null are left out. null when no tie remains or all remaining ties share
 * one category (the ratio is 0/0).
 */
export function categoricalAssortativity(graph: CsrGraph, category: readonly (string | null)[]): number | null {
  const { n, offsets, targets } = graph;
  const index = new Map<string, number>();
  const code = new Int32Array(n).fill(-1);
  for (let v = 0; v < n; v++) {
    const value = category[v];
    if (value === null || value === undefined) continue;
    let c = index.get(value);
    if (c === undefined) {
      c = index.size;
      index.set(value, c);
    }
    code[v] = c;
  }
  const k = index.size;
  const rowShare = new Float64Array(k);
  let diagonal = 0;
  let ends = 0;
  for (let v = 0; v < n; v++) {
    const cv = code[v]!;
    if (cv < 0) continue;
    for (let a = offsets[v]!; a < offsets[v + 1]!; a++) {
      const cu = code[targets[a]!]!;
      if (cu < 0) continue;
      ends++;
      rowShare[cv]!++;
      if (cu === cv) diagonal++;
    }
  }
  if (ends === 0) return null;
  let squares = 0;
  for (let c = 0; c < k; c++) squares += (rowShare[c]! / ends) ** 2;
  if (1 - squares <= 1e-15) return null;
  return (diagonal / ends - squares) / (1 - squares);
}

/**
 * Share of directed arcs whose reverse is also present (networkx `reciprocity` on a DiGraph). Duplicate arcs
 * count once and self-loops are ignored; null without arcs.
 */
export function reciprocity(arcs: readonly { source: number; target: number }[]): number | null {
  const seen = new Set<string>();
  for (const { source, target } of arcs) if (source !== target) seen.add(`${source}>${target}`);
  if (seen.size === 0) return null;
  let reciprocated = 0;
  for (const key of seen) {
    const [source, target] = key.split('>');
    if (seen.has(`${target}>${source}`)) reciprocated++;
  }
  return reciprocated / seen.size;
}
