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

export const matchPreferencesBody = z.object({
  weights: matchWeightsSchema.partial().default({}),
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
