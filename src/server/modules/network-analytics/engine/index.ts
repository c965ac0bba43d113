// The pure graph-analytics engine of network intelligence: plain typed arrays in, plain typed arrays out, no
// database or HTTP. Path-based metrics use the unweighted topology; PageRank, eigenvector, constraint, effective
// size and Louvain use tie weights (see each file).
export { buildCsrGraph, degrees, shareGraph, tieCount, twinArcs, weightedDegrees } from './csr.ts';
export type { CsrGraph, EdgeInput } from './csr.ts';
export { analyzeMembers, EXACT_LIMIT } from './analyzeMembers.ts';
export type {
  AnalysisResult,
  AnalyzeOptions,
  BetweennessOptions,
  ClosenessOptions,
  MemberMetrics,
} from './analyzeMembers.ts';
export { computeNetworkMetrics } from './networkMetrics.ts';
export type { NetworkMetrics, NetworkMetricsInput } from './networkMetrics.ts';
export { louvain } from './louvain.ts';
export type { LouvainOptions, LouvainResult } from './louvain.ts';
export { modularity } from './modularity.ts';
export { connectedComponents } from './components.ts';
export type { Components } from './components.ts';
export { articulationPoints } from './articulation.ts';
export { coreNumbers } from './kcore.ts';
export { pagerank } from './pagerank.ts';
export type { PageRankOptions } from './pagerank.ts';
export { eigenvectorCentrality } from './eigenvector.ts';
export { localClustering } from './clustering.ts';
export { triangleCounts } from './triangles.ts';
export { structuralHoles } from './constraint.ts';
export type { StructuralHoles } from './constraint.ts';
export { betweennessCentrality, betweennessCentralityParallel } from './betweenness.ts';
export { riondatoKornaropoulosSampleSize, sampledBetweenness } from './betweennessSampled.ts';
export type { SampledBetweenness, SampledBetweennessOptions } from './betweennessSampled.ts';
export { closenessSampleSize, harmonicCloseness } from './closeness.ts';
export { diameter, pathStats } from './pathStats.ts';
export type { PathStats, PathStatsOptions } from './pathStats.ts';
export { diameterBounds } from './bfs.ts';
export { categoricalAssortativity, reciprocity } from './assortativity.ts';
