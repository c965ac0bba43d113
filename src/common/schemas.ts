import { z } from 'zod';
import {
  availabilities,
  businessSystemKinds,
  directoryModes,
  networkKinds,
  networkMemberStatuses,
  orgRoles,
  priorities,
  resourceCategories,
  sizeClasses,
  strategicGoals,
  turnoverBands,
  visibilities,
} from './vocabulary.ts';

// Request and response shapes shared by the API, the web forms and the CLI.

export const idSchema = z.uuid();
const text = (max: number) => z.string().trim().max(max);
const nonEmpty = (max: number) => z.string().trim().min(1).max(max);
const isoDate = z.iso.date();

type Undefaulted<T> = T extends z.ZodDefault<infer Inner> ? Inner : T;
// A PATCH body: every field optional and no defaults, so that absent fields stay unchanged.
function patchOf<S extends z.ZodRawShape>(shape: S) {
  const fields: Record<string, z.ZodType> = {};
  for (const [key, field] of Object.entries(shape)) {
    const base = (field instanceof z.ZodDefault ? field.unwrap() : field) as z.ZodType;
    fields[key] = base.optional();
  }
  return z.object(fields) as unknown as z.ZodObject<{ [K in keyof S]: z.ZodOptional<Undefaulted<S[K]>> }>;
}

export const emailSchema = z.string().trim().toLowerCase().pipe(z.email().max(254));
export const passwordSchema = z.string().min(10, 'at least 10 characters').max(256);

export const signupBody = z.object({ email: emailSchema, password: passwordSchema, name: nonEmpty(120) });
export const loginBody = z.object({ email: emailSchema, password: z.string().min(1).max(256) });
export const createTokenBody = z.object({ name: nonEmpty(80) });

export const userView = z.object({ id: idSchema, email: z.string(), name: z.string() });
export const apiTokenView = z.object({
  id: idSchema,
  name: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
});
export const createdTokenView = apiTokenView.extend({ token: z.string() });

export const countryCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code');

const orgIdentityFields = {
  name: nonEmpty(160),
  description: text(4000).default(''),
  website: z.union([z.url({ protocol: /^https?$/ }).max(300), z.literal('')]).default(''),
  country: countryCodeSchema,
  region: text(120).default(''),
  city: text(120).default(''),
  latitude: z.number().min(-90).max(90).nullable().default(null),
  longitude: z.number().min(-180).max(180).nullable().default(null),
  naceCode: z.string().trim().max(8).nullable().default(null),
  founded: z.number().int().min(1500).max(2100).nullable().default(null),
  employees: z.number().int().min(0).max(10_000_000).nullable().default(null),
  turnoverBand: z.enum(turnoverBands).nullable().default(null),
  visibility: z.enum(visibilities).default('public'),
};
export const createOrgBody = z.object(orgIdentityFields);
export const updateOrgBody = patchOf(orgIdentityFields);
export type CreateOrgInput = z.infer<typeof createOrgBody>;
export type UpdateOrgInput = z.infer<typeof updateOrgBody>;

export const orgView = z.object({
  id: idSchema,
  name: z.string(),
  slug: z.string(),
  description: z.string(),
  website: z.string(),
  country: z.string(),
  region: z.string(),
  city: z.string(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  naceCode: z.string().nullable(),
  founded: z.number().nullable(),
  employees: z.number().nullable(),
  turnoverBand: z.enum(turnoverBands).nullable(),
  sizeClass: z.enum(sizeClasses).nullable(),
  visibility: z.enum(visibilities),
  myRole: z.enum(orgRoles).nullable(),
  abilities: z.object({ edit: z.boolean(), manageMembers: z.boolean() }),
});
export type OrgView = z.infer<typeof orgView>;

const cultureOverride = z.number().min(0).max(120).nullable();
export const strategicProfileBody = z.object({
  goals: z.array(z.enum(strategicGoals)).max(strategicGoals.length).default([]),
  values: z
    .object({
      sustainability: z.number().int().min(0).max(100),
      growth: z.number().int().min(0).max(100),
      quality: z.number().int().min(0).max(100),
      community: z.number().int().min(0).max(100),
      innovation: z.number().int().min(0).max(100),
    })
    .default({ sustainability: 50, growth: 50, quality: 50, community: 50, innovation: 50 }),
  riskAppetite: z.number().int().min(1).max(5).default(3),
  digitalMaturity: z.number().int().min(1).max(5).default(3),
  businessSystems: z
    .array(z.object({ kind: z.enum(businessSystemKinds), name: nonEmpty(80) }))
    .max(30)
    .default([]),
  cultureOverrides: z
    .object({
      pdi: cultureOverride,
      idv: cultureOverride,
      mas: cultureOverride,
      uai: cultureOverride,
      lto: cultureOverride,
      ivr: cultureOverride,
    })
    .partial()
    .default({}),
  visibility: z.enum(visibilities).default('network'),
});
export type StrategicProfileInput = z.infer<typeof strategicProfileBody>;

const cultureScores = z.object({
  pdi: z.number().nullable(),
  idv: z.number().nullable(),
  mas: z.number().nullable(),
  uai: z.number().nullable(),
  lto: z.number().nullable(),
  ivr: z.number().nullable(),
});
export const strategicProfileView = strategicProfileBody.extend({
  culture: cultureScores,
  cultureSource: z.enum(['country', 'override', 'mixed', 'unknown']),
  filled: z.boolean(),
});

export const resourceBody = z.object({
  category: z.enum(resourceCategories),
  name: nonEmpty(160),
  description: text(2000).default(''),
  capacity: z.number().min(0).nullable().default(null),
  unit: text(40).default(''),
  availability: z.enum(availabilities).default('available'),
  visibility: z.enum(visibilities).default('network'),
});
export const updateResourceBody = patchOf(resourceBody.shape);
export type ResourceInput = z.infer<typeof resourceBody>;
export const resourceView = resourceBody.extend({ id: idSchema, orgId: idSchema });

const offerFields = z.object({
  capability: nonEmpty(80),
  title: nonEmpty(160),
  description: text(2000).default(''),
  quantity: z.number().min(0).nullable().default(null),
  unit: text(40).default(''),
  availableFrom: isoDate.nullable().default(null),
  availableUntil: isoDate.nullable().default(null),
  priority: z.enum(priorities).default('medium'),
  visibility: z.enum(visibilities).default('network'),
});
export const offerBody = offerFields.refine(
  (o) => !o.availableFrom || !o.availableUntil || o.availableFrom <= o.availableUntil,
  { path: ['availableUntil'], message: 'must not be before availableFrom' },
);
export const updateOfferBody = patchOf(offerFields.shape);
export type OfferInput = z.infer<typeof offerBody>;
export const offerView = offerFields.extend({ id: idSchema, orgId: idSchema });

export const orgMemberView = z.object({
  userId: idSchema,
  name: z.string(),
  email: z.string(),
  role: z.enum(orgRoles),
});
export const changeRoleBody = z.object({ role: z.enum(orgRoles) });
export const inviteBody = z.object({ email: emailSchema, role: z.enum(orgRoles).default('member') });
export const invitationView = z.object({
  id: idSchema,
  email: z.string(),
  role: z.enum(orgRoles),
  expiresAt: z.string(),
  acceptedAt: z.string().nullable(),
});
export const createdInvitationView = invitationView.extend({ link: z.string(), emailed: z.boolean() });
export const acceptInvitationBody = z.object({ token: nonEmpty(200) });

export const createNetworkBody = z.object({
  name: nonEmpty(160),
  description: text(4000).default(''),
  kind: z.enum(networkKinds),
  directory: z.enum(directoryModes).default('public'),
  managingOrgId: idSchema,
});
export const updateNetworkBody = patchOf(createNetworkBody.omit({ managingOrgId: true }).shape);
export const networkView = z.object({
  id: idSchema,
  name: z.string(),
  description: z.string(),
  kind: z.enum(networkKinds),
  directory: z.enum(directoryModes),
  managingOrg: z.object({ id: idSchema, name: z.string() }),
  ledgerId: idSchema,
  memberCount: z.number(),
  myMemberships: z.array(z.object({ orgId: idSchema, status: z.enum(networkMemberStatuses) })),
  abilities: z.object({ manage: z.boolean() }),
});
export const joinNetworkBody = z.object({ orgId: idSchema });
export const setMembershipBody = z.object({ status: z.enum(['active', 'suspended']) });
export const membershipView = z.object({
  orgId: idSchema,
  orgName: z.string(),
  status: z.enum(networkMemberStatuses),
  since: z.string(),
  /** When a manager verified the organization; null when not verified. */
  verifiedAt: z.string().nullable(),
});

export const directoryQuery = z.object({
  q: text(200).optional(),
  sector: z.string().trim().max(8).optional(),
  country: countryCodeSchema.optional(),
  region: text(120).optional(),
  city: text(120).optional(),
  sizeClass: z.enum(sizeClasses).optional(),
  offers: text(80).optional(),
  needs: text(80).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
export type DirectoryQuery = z.infer<typeof directoryQuery>;
export const directoryEntryView = z.object({
  id: idSchema,
  name: z.string(),
  description: z.string(),
  country: z.string(),
  region: z.string(),
  city: z.string(),
  naceCode: z.string().nullable(),
  sizeClass: z.enum(sizeClasses).nullable(),
  offers: z.array(z.object({ capability: z.string(), title: z.string() })),
  needs: z.array(z.object({ capability: z.string(), title: z.string() })),
});
export const directoryPage = z.object({ total: z.number(), items: z.array(directoryEntryView) });

export const problemView = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number(),
  code: z.string(),
  detail: z.string().optional(),
  errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
});
