import type {
  MapTie,
  MemberMetricValues,
  NetworkMetricValues,
  TieType,
  Vulnerability,
} from '../../../common/networkAnalytics.ts';
import {
  analyzeMembers,
  buildCsrGraph,
  computeNetworkMetrics,
  type AnalysisResult,
  type NetworkMetrics,
} from './engine/index.ts';
import {
  buildNetworkGraph,
  neighbourLists,
  tieWeight,
  tieWeighting,
  type NetworkData,
  type NetworkGraph,
} from './networkGraph.ts';
import { assessVulnerability } from './vulnerability.ts';
import { buildVulnerabilityContext } from './vulnerabilityContext.ts';

// One whole analysis of a network's data: graph, every metric, every member's vulnerability. No database:
// the job stores what this returns, the CLI prints it.

export interface MemberResult {
  orgId: string;
  community: number;
  metrics: MemberMetricValues;
  vulnerability: Vulnerability;
}

export interface AnalysisParameters {
  betweenness: { mode: 'exact' | 'sampled'; epsilon: number | null; delta: number | null; samples: number | null };
  closeness: { mode: 'exact' | 'sampled'; epsilon: number | null };
  weighting: string;
}

export interface NetworkAnalysis {
  parameters: AnalysisParameters;
  network: NetworkMetricValues;
  members: MemberResult[];
  ties: MapTie[];
}

export interface ComputeOptions {
  onProgress?: (stage: string, done: number, total: number) => void;
  /** Worker threads for betweenness and closeness (engine default when absent). */
  workers?: number;
}

const finite = (x: number) => (Number.isFinite(x) ? x : null);

function memberMetrics(result: AnalysisResult, i: number): MemberMetricValues {
  const m = result.members;
  return {
    degree: m.degree[i]!,
    weightedDegree: m.weightedDegree[i]!,
    betweenness: m.betweenness[i]!,
    harmonicCloseness: m.harmonicCloseness[i]!,
    pagerank: m.pagerank[i]!,
    eigenvector: m.eigenvector[i]!,
    clustering: m.clustering[i]!,
    constraint: finite(m.constraint[i]!),
    effectiveSize: finite(m.effectiveSize[i]!),
    coreNumber: m.coreNumber[i]!,
    articulation: m.articulation[i] === 1,
  };
}

function networkView(metrics: NetworkMetrics): NetworkMetricValues {
  return {
    members: metrics.members,
    ties: metrics.ties,
    density: metrics.density,
    components: metrics.components,
    largestComponent: metrics.largestComponent,
    averagePathLength: metrics.ties > 0 ? finite(metrics.averagePathLength) : null,
    averagePathLengthExact: metrics.averagePathLengthExact,
    diameter: metrics.diameter,
    diameterExact: metrics.diameterExact,
    diameterUpperBound: metrics.diameterUpperBound,
    degreeCentralization: metrics.degreeCentralization,
    reciprocity: metrics.reciprocity === null ? null : finite(metrics.reciprocity),
    sectorAssortativity: metrics.sectorAssortativity === null ? null : finite(metrics.sectorAssortativity),
    modularity: metrics.modularity,
    communities: metrics.communities,
  };
}

function mapTies(data: NetworkData, graph: NetworkGraph): MapTie[] {
  return graph.ties.map((t) => ({
    source: data.members[t.source]!.orgId,
    target: data.members[t.target]!.orgId,
    weight: tieWeight(t),
    types: (Object.entries(t.byType) as [TieType, number][]).map(([type, weight]) => ({ type, weight })),
    supply:
      t.supplyForward && t.supplyBackward ? 'both' : t.supplyForward ? 'forward' : t.supplyBackward ? 'backward' : null,
  }));
}

function parametersOf(result: AnalysisResult): AnalysisParameters {
  return {
    betweenness: {
      mode: result.betweenness.mode,
      epsilon: result.betweenness.epsilon ?? null,
      delta: result.betweenness.delta ?? null,
      samples: result.betweenness.samples ?? null,
    },
    closeness: { mode: result.closeness.mode, epsilon: result.closeness.epsilon ?? null },
    weighting: tieWeighting,
  };
}

export async function computeAnalysis(data: NetworkData, options: ComputeOptions = {}): Promise<NetworkAnalysis> {
  const n = data.members.length;
  const graph = buildNetworkGraph(data);
  const csr = buildCsrGraph(
    n,
    graph.ties.map((t) => ({ source: t.source, target: t.target, weight: tieWeight(t) })),
  );
  const result = await analyzeMembers(csr, {
    betweenness: { mode: 'auto', seed: 1, ...(options.workers === undefined ? {} : { workers: options.workers }) },
    seed: 1,
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  const network = computeNetworkMetrics(csr, {
    modularity: result.modularity,
    communities: result.communities,
    directedArcs: graph.arcs,
    sectors: graph.sectors,
    paths: result.paths,
  });
  const ids = data.members.map((m) => m.orgId);
  const community = new Map(ids.map((id, i) => [id, result.members.community[i]!]));
  const lists = neighbourLists(n, graph.ties);
  const neighbours = new Map(ids.map((id, i) => [id, lists[i]!.map((j) => ids[j]!)]));
  const context = buildVulnerabilityContext({ data, community, neighbours });
  options.onProgress?.('vulnerability', 0, n);
  const members = ids.map((orgId, i) => ({
    orgId,
    community: result.members.community[i]!,
    metrics: memberMetrics(result, i),
    vulnerability: assessVulnerability(context, orgId),
  }));
  options.onProgress?.('vulnerability', n, n);
  return { parameters: parametersOf(result), network: networkView(network), members, ties: mapTies(data, graph) };
}
