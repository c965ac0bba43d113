import type {
  MapMember,
  MemberMetricKey,
  NetworkMetricValues,
  VulnerabilityDimension,
} from '../../api/networkAnalytics.ts';

// Labels and one-sentence explanations of every metric the map, dashboard and position page show.

export type MapMetricKey = MemberMetricKey | 'vulnerability';

export interface MetricInfo {
  label: string;
  help: string;
  /** Integers print without decimals; shares print as percentages. */
  format: 'integer' | 'decimal' | 'percent';
}

export const memberMetricInfo: Record<MapMetricKey, MetricInfo> = {
  degree: { label: 'Degree', help: 'Number of members it has a direct tie with.', format: 'integer' },
  weightedDegree: {
    label: 'Weighted degree',
    help: 'Sum of the weights of its ties, so that stronger ties count more.',
    format: 'decimal',
  },
  betweenness: {
    label: 'Betweenness',
    help: 'Share of the shortest paths between other members that pass through it: high values mark brokers.',
    format: 'decimal',
  },
  harmonicCloseness: {
    label: 'Closeness',
    help: 'Harmonic closeness: the average of 1 / distance to every other member, so higher means closer to everyone.',
    format: 'decimal',
  },
  pagerank: {
    label: 'PageRank',
    help: 'How often a random walk along ties visits it: importance inherited from important partners.',
    format: 'decimal',
  },
  eigenvector: {
    label: 'Eigenvector',
    help: 'Influence from being tied to members who are themselves well connected.',
    format: 'decimal',
  },
  clustering: {
    label: 'Clustering',
    help: 'Share of pairs of its partners who are also tied to each other.',
    format: 'percent',
  },
  constraint: {
    label: 'Constraint',
    help: "Burt's constraint: how much its ties lead to partners who are tied to each other; high means few independent options.",
    format: 'decimal',
  },
  effectiveSize: {
    label: 'Effective size',
    help: "Burt's effective size: how many of its partners are not redundant with one another.",
    format: 'decimal',
  },
  coreNumber: {
    label: 'Core number',
    help: 'The deepest k-core it belongs to: a group in which everyone has at least k ties inside the group.',
    format: 'integer',
  },
  vulnerability: {
    label: 'Vulnerability',
    help: 'Mean of its measured vulnerability scores (dependence, control, competency erosion, opportunism, lock-in), from 0 to 1.',
    format: 'decimal',
  },
};

/** The metrics offered for sizing and colouring the map, in menu order. */
export const mapMetricKeys: readonly MapMetricKey[] = [
  'degree',
  'betweenness',
  'pagerank',
  'eigenvector',
  'harmonicCloseness',
  'constraint',
  'coreNumber',
  'vulnerability',
  'weightedDegree',
  'clustering',
  'effectiveSize',
];

export function memberMetricValue(member: MapMember, key: MapMetricKey): number | null {
  return key === 'vulnerability' ? member.vulnerability : member.metrics[key];
}

export type NetworkMetricKey = Exclude<keyof NetworkMetricValues, `${string}Exact` | 'diameterUpperBound'>;

export const networkMetricInfo: Record<NetworkMetricKey, MetricInfo> = {
  members: { label: 'Members', help: 'Organizations in the network when it was analysed.', format: 'integer' },
  ties: {
    label: 'Ties',
    help: 'Pairs of members linked by a collaboration, a supply relation or an introduction.',
    format: 'integer',
  },
  density: { label: 'Density', help: 'Share of all possible ties between members that exist.', format: 'percent' },
  components: {
    label: 'Components',
    help: 'Groups of members connected by some path; more than one means parts of the network cannot reach each other.',
    format: 'integer',
  },
  largestComponent: {
    label: 'Largest component',
    help: 'Members in the biggest group that is connected by some path.',
    format: 'integer',
  },
  averagePathLength: {
    label: 'Average path length',
    help: 'Average number of steps between two members that can reach each other.',
    format: 'decimal',
  },
  diameter: {
    label: 'Diameter',
    help: 'The longest shortest path between two connected members, in steps.',
    format: 'integer',
  },
  degreeCentralization: {
    label: 'Degree centralization',
    help: 'How much ties concentrate on one member: 1 is a star around one hub, 0 is everyone equally tied.',
    format: 'decimal',
  },
  reciprocity: {
    label: 'Reciprocity',
    help: 'Share of supplier→customer relations that also run the other way.',
    format: 'percent',
  },
  sectorAssortativity: {
    label: 'Sector assortativity',
    help: 'Above 0 when members tie mostly within their own sector, below 0 when mostly across sectors.',
    format: 'decimal',
  },
  modularity: {
    label: 'Modularity',
    help: 'How clearly the network splits into communities; above 0.3 is a clear community structure.',
    format: 'decimal',
  },
  communities: {
    label: 'Communities',
    help: 'Groups found by the Louvain method whose members are tied more among themselves than to others.',
    format: 'integer',
  },
};

export const dimensionLabels: Record<VulnerabilityDimension, string> = {
  dependence: 'Dependence',
  control: 'Control',
  competencyErosion: 'Competency erosion',
  opportunism: 'Opportunism',
  lockIn: 'Lock-in',
};

export function formatMetric(value: number | null | undefined, format: MetricInfo['format']): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  if (format === 'integer') return Math.round(value).toLocaleString('en-US');
  if (format === 'percent') return `${(value * 100).toFixed(1)} %`;
  const magnitude = Math.abs(value);
  if (magnitude !== 0 && magnitude < 0.001) return value.toExponential(2);
  return value.toFixed(magnitude >= 100 ? 1 : 3);
}

/** 1st, 2nd, 3rd, 11th, 53rd… */
export function ordinal(n: number): string {
  const lastTwo = n % 100;
  if (lastTwo >= 11 && lastTwo <= 13) return `${n}th`;
  return `${n}${({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th'}`;
}
