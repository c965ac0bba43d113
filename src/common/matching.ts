import { z } from 'zod';

// The eight components of the partner score, in the order the UI shows them.
export const matchComponents = [
  'complementarity',
  'strategic',
  'values',
  'operational',
  'risk',
  'culture',
  'geography',
  'trust',
] as const;
export type MatchComponent = (typeof matchComponents)[number];

export const matchComponentLabels: Record<MatchComponent, string> = {
  complementarity: 'Complementarity (both ways)',
  strategic: 'Strategic fit',
  values: 'Value compatibility',
  operational: 'Operational fit',
  risk: 'Risk appetite',
  culture: 'Cultural distance',
  geography: 'Geography',
  trust: 'Trust',
};

export const geoScopes = ['local', 'national', 'international'] as const;
export type GeoScope = (typeof geoScopes)[number];

const weight = z.number().min(0).max(1);
export const matchWeightsSchema = z.object({
  complementarity: weight,
  strategic: weight,
  values: weight,
  operational: weight,
  risk: weight,
  culture: weight,
  geography: weight,
  trust: weight,
});
export type MatchWeights = z.infer<typeof matchWeightsSchema>;

/** Weights to save (a user's defaults, a network's): unnamed components keep theirs, not all may be 0. */
export const savedWeightsSchema = matchWeightsSchema
  .partial()
  .refine((weights) => !matchComponents.every((name) => weights[name] === 0), {
    message: 'at least one component must weigh more than 0',
  });

/** A network's default weights, normalised; custom is false while its managers have set none. */
export const networkMatchDefaultsView = z.object({ weights: matchWeightsSchema, custom: z.boolean() });

export const matchPreferencesBody = z.object({
  weights: savedWeightsSchema.default({}),
  scope: z.enum(geoScopes).nullable().default(null),
});

export const matchDecisions = ['saved', 'dismissed'] as const;
export type MatchDecision = (typeof matchDecisions)[number];

export const introductionStatuses = ['requested', 'accepted', 'declined'] as const;
export type IntroductionStatus = (typeof introductionStatuses)[number];

export const requestIntroductionBody = z.object({
  fromOrgId: z.uuid(),
  toOrgId: z.uuid(),
  message: z.string().trim().min(1).max(2000),
});

const contact = z.object({ name: z.string(), email: z.string() });
export const introductionView = z.object({
  id: z.uuid(),
  from: z.object({ orgId: z.uuid(), name: z.string() }),
  to: z.object({ orgId: z.uuid(), name: z.string() }),
  message: z.string(),
  status: z.enum(introductionStatuses),
  direction: z.enum(['incoming', 'outgoing']),
  createdAt: z.string(),
  respondedAt: z.string().nullable(),
  // Contact details appear only once the other side has accepted.
  contacts: z.object({ requester: contact, responder: contact }).nullable(),
  abilities: z.object({ respond: z.boolean() }),
});

export const matchQuery = z.object({
  top: z.coerce.number().int().min(1).max(50).default(10),
  network: z.uuid().optional(),
  need: z.uuid().optional(),
  radiusKm: z.coerce.number().min(1).max(20_000).optional(),
  country: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/)
    .optional(),
  sector: z.string().trim().max(8).optional(),
  sizeClass: z.enum(['micro', 'small', 'medium', 'large']).optional(),
  scope: z.enum(geoScopes).optional(),
  // "complementarity:0.5,geography:0.2": overrides the saved weights for this query only.
  weights: z
    .string()
    .max(400)
    .regex(/^([a-z]+:[0-9.]+)(,[a-z]+:[0-9.]+)*$/, 'comma-separated component:weight pairs')
    .optional(),
});
export type MatchQueryInput = z.infer<typeof matchQuery>;

const matchedPairView = z.object({
  direction: z.enum(['they_cover_my_need', 'i_cover_their_need']),
  needId: z.string().nullable(),
  needTitle: z.string(),
  needCapability: z.string(),
  needPriority: z.string(),
  offerId: z.string().nullable(),
  offerTitle: z.string(),
  offerCapability: z.string(),
  tagRelation: z.string(),
  matchedTags: z.array(z.string()),
  matchedTerms: z.array(z.string()),
  score: z.number(),
});

export const matchCandidateView = z.object({
  org: z.object({
    id: z.uuid(),
    name: z.string(),
    slug: z.string(),
    city: z.string(),
    country: z.string(),
    sizeClass: z.string().nullable(),
    naceCode: z.string().nullable(),
  }),
  score: z.number(),
  components: matchWeightsSchema,
  coverage: z.object({ theirOffersForMyNeeds: z.number(), myOffersForTheirNeeds: z.number() }),
  pairs: z.array(matchedPairView),
  warnings: z.array(z.object({ kind: z.string(), text: z.string() })),
  diversityBonus: z.boolean(),
  /**
   * What the trust component rests on: a manager's verification (by the networks named in verifiedBy)
   * and partners' ratings (1–5 stars).
   */
  trust: z.object({
    verified: z.boolean(),
    verifiedBy: z.array(z.string()),
    ratingCount: z.number().int(),
    averageStars: z.number().nullable(),
  }),
  decision: z.enum(matchDecisions).nullable(),
});

export const matchDecisionsQuery = z.object({ decision: z.enum(matchDecisions).default('saved') });

export const matchDecisionView = z.object({
  org: matchCandidateView.shape.org,
  decision: z.enum(matchDecisions),
  decidedAt: z.iso.datetime(),
  decidedBy: z.string(),
});

export const matchResultView = z.object({
  network: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  weights: matchWeightsSchema,
  items: z.array(matchCandidateView),
});

export const teamBody = z.object({
  needIds: z.array(z.uuid()).min(1).max(20),
  maxSize: z.number().int().min(1).max(10).default(4),
  network: z.uuid().optional(),
});

export const teamView = z.object({
  network: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  members: z.array(
    z.object({
      org: matchCandidateView.shape.org,
      covers: z.array(
        z.object({ needId: z.string(), needTitle: z.string(), offerTitle: z.string(), score: z.number() }),
      ),
      fit: z.number(),
    }),
  ),
  uncoveredNeedIds: z.array(z.string()),
  score: z.number(),
});
