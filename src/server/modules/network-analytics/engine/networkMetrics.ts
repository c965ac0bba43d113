import { categoricalAssortativity, reciprocity } from './assortativity.ts';
import { connectedComponents } from './components.ts';
import { tieCount, type CsrGraph } from './csr.ts';
import { pathStats, type PathStats, type PathStatsOptions } from './pathStats.ts';

export interface NetworkMetrics {
  members: number;
  ties: number;
  /** ties / (n(n − 1)/2). */
  density: number;
  components: number;
  largestComponent: number;
  averagePathLength: number;
  diameter: number;
  diameterExact: boolean;
  /** Freeman degree centralization: Σ (max degree − degree) / ((n − 1)(n − 2)), 1 for a star; 0 when n < 3. */
  degreeCentralization: number;
  reciprocity: number | null;
  sectorAssortativity: number | null;
  modularity: number;
  communities: number;
  /** Added: whether averagePathLength covers every pair (else it is estimated from sampled sources). */
  averagePathLengthExact: boolean;
  /** Added: equals diameter when diameterExact. */
  diameterUpperBound: number;
}

export interface NetworkMetricsInput {
  modularity: number;
  communities: number;
  /** Directed relations (who asked whom) for reciprocity; reciprocity is null without them. */
  directedArcs?: { source: number; target: number }[];
  /** Sector of each member for assortativity; null entries are left out. */
  sectors?: (string | null)[];
  /** Path statistics already computed (analyzeMembers returns them); computed here otherwise. */
  paths?: PathStats;
  pathOptions?: PathStatsOptions;
}

/** Whole-network figures on the unweighted topology (modularity and communities come from analyzeMembers). */
export function computeNetworkMetrics(graph: CsrGraph, input: NetworkMetricsInput): NetworkMetrics {
  const { n, offsets } = graph;
  const ties = tieCount(graph);
  const { count, sizes } = connectedComponents(graph);
  const paths = input.paths ?? pathStats(graph, input.pathOptions);
  let maxDegree = 0;
  let degreeSum = 0;
  for (let v = 0; v < n; v++) {
    const degree = offsets[v + 1]! - offsets[v]!;
    maxDegree = Math.max(maxDegree, degree);
    degreeSum += degree;
  }
  return {
    members: n,
    ties,
    density: n > 1 ? (2 * ties) / (n * (n - 1)) : 0,
    components: count,
    largestComponent: sizes.reduce((a, b) => Math.max(a, b), 0),
    averagePathLength: paths.averagePathLength,
    diameter: paths.diameter,
    diameterExact: paths.diameterExact,
    degreeCentralization: n > 2 ? (n * maxDegree - degreeSum) / ((n - 1) * (n - 2)) : 0,
    reciprocity: input.directedArcs === undefined ? null : reciprocity(input.directedArcs),
    sectorAssortativity: input.sectors === undefined ? null : categoricalAssortativity(graph, input.sectors),
    modularity: input.modularity,
    communities: input.communities,
    averagePathLengthExact: paths.averagePathLengthExact,
    diameterUpperBound: paths.diameterUpperBound,
  };
}
