import { z } from 'zod';

// Request and response shapes of network intelligence: declared supplier/customer relations, analytics
// snapshots (network map, metrics, history), per-member vulnerability and position, and what-if removal.

const idSchema = z.uuid();
const isoDateTime = z.string();

// ── Supplier and customer relations ─────────────────────────────────────────────────────────────────────

/** The counterpart's role seen from the declaring org: 'supplier' = "X supplies us", 'customer' = "Y buys from us". */
export const relationDirections = ['supplier', 'customer'] as const;
export type RelationDirection = (typeof relationDirections)[number];

const shareSchema = z.number().gt(0, 'must be greater than 0').max(1, 'must be at most 1');

export const createRelationBody = z.object({
  direction: z.enum(relationDirections),
  counterpartOrgId: idSchema,
  /** Capability code of what flows (taxonomy code as in offers); '' when unspecified. */
  capability: z.string().trim().max(80).default(''),
  /** Share of our inputs (direction 'supplier') or of our revenue (direction 'customer'), in (0, 1]. */
  share: shareSchema,
  /** Only meaningful for inputs: losing this supplier would stop us. */
  critical: z.boolean().default(false),
});
export type CreateRelationInput = z.input<typeof createRelationBody>;

export const updateRelationBody = z.object({
  capability: z.string().trim().max(80).optional(),
  share: shareSchema.optional(),
  critical: z.boolean().optional(),
});
export type UpdateRelationInput = z.input<typeof updateRelationBody>;

const orgRef = z.object({ orgId: idSchema, name: z.string() });
export type OrgRef = z.infer<typeof orgRef>;

export const relationView = z.object({
  id: idSchema,
  /** The counterpart's role seen from the org in the URL. */
  direction: z.enum(relationDirections),
  counterpart: orgRef,
  supplierOrgId: idSchema,
  customerOrgId: idSchema,
  declaredByOrgId: idSchema,
  /** False when the counterpart declared it (shown read-only). */
  declaredByUs: z.boolean(),
  capability: z.string(),
  share: z.number(),
  critical: z.boolean(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type Relation = z.infer<typeof relationView>;

export const relationListView = z.object({
  items: z.array(relationView),
  /** Sum of the shares of inputs this org declared (≤ 1). */
  declaredInputShare: z.number(),
  declaredRevenueShare: z.number(),
  abilities: z.object({ edit: z.boolean() }),
});
export type RelationList = z.infer<typeof relationListView>;

// ── Metrics ─────────────────────────────────────────────────────────────────────────────────────────────

export const memberMetricKeys = [
  'degree',
  'weightedDegree',
  'betweenness',
  'harmonicCloseness',
  'pagerank',
  'eigenvector',
  'clustering',
  'constraint',
  'effectiveSize',
  'coreNumber',
] as const;
export type MemberMetricKey = (typeof memberMetricKeys)[number];

export const memberMetricsView = z.object({
  degree: z.number(),
  weightedDegree: z.number(),
  /** Normalized to [0, 1]; a sampled estimate on large networks (see snapshot parameters). */
  betweenness: z.number(),
  harmonicCloseness: z.number(),
  pagerank: z.number(),
  eigenvector: z.number(),
  clustering: z.number(),
  /** Burt's constraint; null for isolates. */
  constraint: z.number().nullable(),
  effectiveSize: z.number().nullable(),
  coreNumber: z.number(),
  articulation: z.boolean(),
});
export type MemberMetricValues = z.infer<typeof memberMetricsView>;

export const networkMetricsView = z.object({
  members: z.number(),
  ties: z.number(),
  density: z.number(),
  components: z.number(),
  largestComponent: z.number(),
  /** Null when no two members are connected. */
  averagePathLength: z.number().nullable(),
  averagePathLengthExact: z.boolean(),
  diameter: z.number(),
  diameterExact: z.boolean(),
  diameterUpperBound: z.number(),
  degreeCentralization: z.number(),
  /** Share of supplier→customer arcs that go both ways; null without declared relations. */
  reciprocity: z.number().nullable(),
  /** Assortativity by NACE section; null when undefined. */
  sectorAssortativity: z.number().nullable(),
  modularity: z.number(),
  communities: z.number(),
});
export type NetworkMetricValues = z.infer<typeof networkMetricsView>;

// ── Vulnerability ───────────────────────────────────────────────────────────────────────────────────────

export const vulnerabilityDimensions = ['dependence', 'control', 'competencyErosion', 'opportunism', 'lockIn'] as const;
export type VulnerabilityDimension = (typeof vulnerabilityDimensions)[number];

export const evidenceView = z.object({
  /** Stable code, e.g. 'inputConcentration', 'criticalSingleSource', 'exitNotice'. */
  code: z.string(),
  /** Plain-language sentence. */
  text: z.string(),
  value: z.number().nullable(),
  /** The partner or counterpart the evidence is about, when any. */
  orgId: idSchema.nullable(),
});
export type Evidence = z.infer<typeof evidenceView>;

export const dimensionView = z.object({
  dimension: z.enum(vulnerabilityDimensions),
  title: z.string(),
  /** 0 = not vulnerable, 1 = most vulnerable. */
  score: z.number().min(0).max(1),
  /** False when the member declared nothing this dimension can be measured from (score is then 0). */
  measured: z.boolean(),
  evidence: z.array(evidenceView),
  /** The seeds' assessment questions and mitigation strategies, verbatim. */
  questions: z.string(),
  mitigation: z.string(),
});
export type DimensionAssessment = z.infer<typeof dimensionView>;

export const vulnerabilityView = z.object({
  /** Mean of the measured dimensions' scores (0 when none is measured). */
  overall: z.number(),
  dimensions: z.array(dimensionView),
});
export type Vulnerability = z.infer<typeof vulnerabilityView>;

// ── Snapshots and the network map ───────────────────────────────────────────────────────────────────────

export const tieTypes = ['collaboration', 'supply', 'introduction'] as const;
export type TieType = (typeof tieTypes)[number];

export const mapMemberView = z.object({
  orgId: idSchema,
  name: z.string(),
  /** NACE section letter, null when unknown. */
  sector: z.string().nullable(),
  /** Country code and region as in the profile. */
  country: z.string().nullable(),
  region: z.string().nullable(),
  community: z.number(),
  metrics: memberMetricsView,
  /** Overall vulnerability; null when the actor may not see it (see README rule). */
  vulnerability: z.number().nullable(),
});
export type MapMember = z.infer<typeof mapMemberView>;

export const mapTieView = z.object({
  source: idSchema,
  target: idSchema,
  /** Total weight (sum over the types). */
  weight: z.number(),
  types: z.array(z.object({ type: z.enum(tieTypes), weight: z.number() })),
  /** Direction of supply relative to source→target, null when the tie carries no supply. */
  supply: z.enum(['forward', 'backward', 'both']).nullable(),
});
export type MapTie = z.infer<typeof mapTieView>;

export const analysisParametersView = z.object({
  betweenness: z.object({
    mode: z.enum(['exact', 'sampled']),
    epsilon: z.number().nullable(),
    delta: z.number().nullable(),
    samples: z.number().nullable(),
  }),
  closeness: z.object({ mode: z.enum(['exact', 'sampled']), epsilon: z.number().nullable() }),
  /** How tie weights were built (text for the dashboard's footnote). */
  weighting: z.string(),
});

export const snapshotView = z.object({
  id: idSchema,
  startedAt: isoDateTime,
  finishedAt: isoDateTime,
  parameters: analysisParametersView,
  network: networkMetricsView,
  members: z.array(mapMemberView),
  ties: z.array(mapTieView),
});
export type Snapshot = z.infer<typeof snapshotView>;

export const historyPointView = z.object({
  snapshotId: idSchema,
  finishedAt: isoDateTime,
  network: networkMetricsView,
});
export type HistoryPoint = z.infer<typeof historyPointView>;

export const analysisRunView = z.object({
  jobId: idSchema,
  status: z.enum(['queued', 'running', 'done', 'failed']),
  progress: z.object({ stage: z.string(), done: z.number(), total: z.number() }).nullable(),
  error: z.string().nullable(),
  createdAt: isoDateTime,
});
export type AnalysisRun = z.infer<typeof analysisRunView>;

export const networkAnalyticsView = z.object({
  network: z.object({ id: idSchema, name: z.string() }),
  latest: snapshotView.nullable(),
  /** Oldest first. */
  history: z.array(historyPointView),
  /** The newest queued or running analysis, else the last one that ran. */
  run: analysisRunView.nullable(),
  abilities: z.object({ run: z.boolean(), seeAllVulnerability: z.boolean(), whatIf: z.boolean() }),
  /** The actor's own member orgs in this network (for "my position"). */
  myOrgIds: z.array(idSchema),
});
export type NetworkAnalytics = z.infer<typeof networkAnalyticsView>;

export const startRunView = z.object({ jobId: idSchema, alreadyQueued: z.boolean() });

export const memberVulnerabilityView = z.object({
  org: orgRef,
  latest: z.object({ snapshotId: idSchema, finishedAt: isoDateTime, vulnerability: vulnerabilityView }).nullable(),
  /** Oldest first. */
  history: z.array(
    z.object({
      snapshotId: idSchema,
      finishedAt: isoDateTime,
      overall: z.number(),
      scores: z.record(z.enum(vulnerabilityDimensions), z.number()),
    }),
  ),
});
export type MemberVulnerability = z.infer<typeof memberVulnerabilityView>;

export const memberPositionView = z.object({
  org: orgRef,
  latest: z
    .object({
      snapshotId: idSchema,
      finishedAt: isoDateTime,
      members: z.number(),
      community: z.number(),
      communitySize: z.number(),
      metrics: memberMetricsView,
      /** Share of members with a value ≤ this member's, per metric, in [0, 1]. */
      percentiles: z.record(z.enum(memberMetricKeys), z.number().nullable()),
      ties: z.array(
        orgRef.extend({
          weight: z.number(),
          types: z.array(z.object({ type: z.enum(tieTypes), weight: z.number() })),
          sameCommunity: z.boolean(),
        }),
      ),
    })
    .nullable(),
});
export type MemberPosition = z.infer<typeof memberPositionView>;

// ── What-if ─────────────────────────────────────────────────────────────────────────────────────────────

export const whatIfBody = z.object({ remove: z.array(idSchema).min(1).max(200) });
export type WhatIfInput = z.input<typeof whatIfBody>;

export const whatIfView = z.object({
  /** 'network' for the managing org's admins; 'member' = restricted to the actor's own orgs (see README rule). */
  scope: z.enum(['network', 'member']),
  removed: z.array(orgRef),
  components: z.object({
    before: z.number(),
    after: z.number(),
    /** Components of the remaining graph whose members were in one component before and are now apart. */
    split: z.array(z.object({ members: z.array(orgRef) })),
  }),
  lostSingleSourceInputs: z.array(
    z.object({ customer: orgRef, supplier: orgRef, capability: z.string(), critical: z.boolean() }),
  ),
  affectedCollaborations: z.array(
    z.object({
      collaborationId: idSchema,
      name: z.string(),
      lostParties: z.array(orgRef),
      remainingParties: z.number(),
    }),
  ),
  /** Largest changes of overall vulnerability first. */
  vulnerabilityChanges: z.array(
    orgRef.extend({
      before: z.number(),
      after: z.number(),
      delta: z.number(),
      dimensions: z.record(z.enum(vulnerabilityDimensions), z.number()),
    }),
  ),
});
export type WhatIfResult = z.infer<typeof whatIfView>;
