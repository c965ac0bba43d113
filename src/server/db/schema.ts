import { sql } from 'drizzle-orm';
import {
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import type { AgreementContent } from '../../common/agreement.ts';
import type { GeoScope, IntroductionStatus, MatchDecision, MatchWeights } from '../../common/matching.ts';
import type { CollaborationKind, CollaborationState, PartyStatus } from '../../common/collaboration.ts';
import type {
  Availability,
  BusinessSystemKind,
  DirectoryMode,
  HofstedeDimension,
  NetworkKind,
  NetworkMemberStatus,
  OrgRole,
  Priority,
  ResourceCategory,
  SizeClass,
  StrategicGoal,
  TurnoverBand,
  ValueDimension,
  Visibility,
} from '../../common/vocabulary.ts';

export type AgreementStatus = 'draft' | 'proposed' | 'effective' | 'superseded';

const id = () =>
  uuid('id')
    .primaryKey()
    .default(sql`gen_random_uuid()`);
const createdAt = () => timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow();
const updatedAt = () => timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow();
const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const users = pgTable('users', {
  id: id(),
  email: text('email').notNull().unique(),
  name: text('name').notNull(),
  passwordHash: text('password_hash'),
  createdAt: createdAt(),
});

export const sessions = pgTable(
  'sessions',
  {
    // SHA-256 of the cookie value; the value itself is never stored.
    id: text('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
    lastSeenAt: at('last_seen_at').notNull().defaultNow(),
    expiresAt: at('expires_at').notNull(),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

export const apiTokens = pgTable('api_tokens', {
  id: id(),
  userId: uuid('user_id')
    .notNull()
    .references(() => users.id, { onDelete: 'cascade' }),
  name: text('name').notNull(),
  tokenHash: text('token_hash').notNull().unique(),
  createdAt: createdAt(),
  lastUsedAt: at('last_used_at'),
  revokedAt: at('revoked_at'),
});

export const loginFailures = pgTable(
  'login_failures',
  {
    id: id(),
    key: text('key').notNull(),
    failedAt: at('failed_at').notNull().defaultNow(),
  },
  (t) => [index('login_failures_key_idx').on(t.key, t.failedAt)],
);

export const orgs = pgTable(
  'orgs',
  {
    id: id(),
    name: text('name').notNull(),
    // Unique, derived from the name; what the CLI takes (`synergia match --org forno-bianchi`).
    slug: text('slug').notNull().unique(),
    description: text('description').notNull().default(''),
    website: text('website').notNull().default(''),
    country: text('country').notNull(),
    region: text('region').notNull().default(''),
    city: text('city').notNull().default(''),
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    naceCode: text('nace_code'),
    founded: integer('founded'),
    employees: integer('employees'),
    turnoverBand: text('turnover_band').$type<TurnoverBand>(),
    sizeClass: text('size_class').$type<SizeClass>(),
    visibility: text('visibility').$type<Visibility>().notNull().default('public'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('orgs_search_idx').using(
      'gin',
      sql`to_tsvector('simple', ${t.name} || ' ' || ${t.description} || ' ' || ${t.city} || ' ' || ${t.region})`,
    ),
    index('orgs_country_idx').on(t.country, t.region),
    index('orgs_nace_idx').on(t.naceCode),
  ],
);

export const orgMembers = pgTable(
  'org_members',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => orgs.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role').$type<OrgRole>().notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.userId] }), index('org_members_user_idx').on(t.userId)],
);

export const orgInvitations = pgTable('org_invitations', {
  id: id(),
  orgId: uuid('org_id')
    .notNull()
    .references(() => orgs.id, { onDelete: 'cascade' }),
  email: text('email').notNull(),
  role: text('role').$type<OrgRole>().notNull(),
  tokenHash: text('token_hash').notNull().unique(),
  invitedBy: uuid('invited_by').references(() => users.id, { onDelete: 'set null' }),
  expiresAt: at('expires_at').notNull(),
  acceptedAt: at('accepted_at'),
  createdAt: createdAt(),
});

export const strategicProfiles = pgTable('strategic_profiles', {
  orgId: uuid('org_id')
    .primaryKey()
    .references(() => orgs.id, { onDelete: 'cascade' }),
  goals: jsonb('goals').$type<StrategicGoal[]>().notNull(),
  values: jsonb('values').$type<Record<ValueDimension, number>>().notNull(),
  riskAppetite: integer('risk_appetite').notNull(),
  digitalMaturity: integer('digital_maturity').notNull(),
  businessSystems: jsonb('business_systems').$type<{ kind: BusinessSystemKind; name: string }[]>().notNull(),
  cultureOverrides: jsonb('culture_overrides').$type<Partial<Record<HofstedeDimension, number | null>>>().notNull(),
  visibility: text('visibility').$type<Visibility>().notNull().default('network'),
  updatedAt: updatedAt(),
});

export const resources = pgTable(
  'resources',
  {
    id: id(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => orgs.id, { onDelete: 'cascade' }),
    category: text('category').$type<ResourceCategory>().notNull(),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    capacity: doublePrecision('capacity'),
    unit: text('unit').notNull().default(''),
    availability: text('availability').$type<Availability>().notNull(),
    visibility: text('visibility').$type<Visibility>().notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('resources_org_idx').on(t.orgId)],
);

// Offers and needs share one shape; `kind` tells them apart.
export const listings = pgTable(
  'listings',
  {
    id: id(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => orgs.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<'offer' | 'need'>().notNull(),
    capability: text('capability').notNull(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    quantity: doublePrecision('quantity'),
    unit: text('unit').notNull().default(''),
    availableFrom: text('available_from'),
    availableUntil: text('available_until'),
    priority: text('priority').$type<Priority>().notNull(),
    visibility: text('visibility').$type<Visibility>().notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('listings_org_idx').on(t.orgId, t.kind),
    index('listings_capability_idx').on(t.kind, t.capability),
    index('listings_search_idx').using('gin', sql`to_tsvector('simple', ${t.title} || ' ' || ${t.description})`),
  ],
);

export const networks = pgTable('networks', {
  id: id(),
  name: text('name').notNull(),
  description: text('description').notNull().default(''),
  kind: text('kind').$type<NetworkKind>().notNull(),
  directory: text('directory').$type<DirectoryMode>().notNull(),
  managingOrgId: uuid('managing_org_id')
    .notNull()
    .references(() => orgs.id, { onDelete: 'restrict' }),
  ledgerId: uuid('ledger_id')
    .notNull()
    .references((): AnyPgColumn => ledgers.id, { onDelete: 'restrict' }),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export const networkMembers = pgTable(
  'network_members',
  {
    networkId: uuid('network_id')
      .notNull()
      .references(() => networks.id, { onDelete: 'cascade' }),
    orgId: uuid('org_id')
      .notNull()
      .references(() => orgs.id, { onDelete: 'cascade' }),
    status: text('status').$type<NetworkMemberStatus>().notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.networkId, t.orgId] }), index('network_members_org_idx').on(t.orgId, t.status)],
);

export const auditEvents = pgTable(
  'audit_events',
  {
    id: id(),
    at: at('at').notNull().defaultNow(),
    actorUserId: uuid('actor_user_id'),
    orgId: uuid('org_id'),
    action: text('action').notNull(),
    subjectType: text('subject_type').notNull(),
    subjectId: text('subject_id').notNull(),
    data: jsonb('data').$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [index('audit_events_org_idx').on(t.orgId, t.at)],
);

export const collaborations = pgTable(
  'collaborations',
  {
    id: id(),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    kind: text('kind').$type<CollaborationKind>().notNull(),
    state: text('state').$type<CollaborationState>().notNull(),
    networkId: uuid('network_id').references(() => networks.id, { onDelete: 'set null' }),
    initiatorOrgId: uuid('initiator_org_id')
      .notNull()
      .references(() => orgs.id, { onDelete: 'restrict' }),
    ledgerId: uuid('ledger_id')
      .notNull()
      .references(() => ledgers.id, { onDelete: 'restrict' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('collaborations_network_idx').on(t.networkId)],
);

export const collaborationParties = pgTable(
  'collaboration_parties',
  {
    collaborationId: uuid('collaboration_id')
      .notNull()
      .references(() => collaborations.id, { onDelete: 'cascade' }),
    orgId: uuid('org_id')
      .notNull()
      .references(() => orgs.id, { onDelete: 'restrict' }),
    status: text('status').$type<PartyStatus>().notNull(),
    invitedAt: at('invited_at').notNull().defaultNow(),
    respondedAt: at('responded_at'),
  },
  (t) => [
    primaryKey({ columns: [t.collaborationId, t.orgId] }),
    index('collaboration_parties_org_idx').on(t.orgId, t.status),
  ],
);

export const collaborationTransitions = pgTable(
  'collaboration_transitions',
  {
    id: id(),
    collaborationId: uuid('collaboration_id')
      .notNull()
      .references(() => collaborations.id, { onDelete: 'cascade' }),
    fromState: text('from_state').$type<CollaborationState>(),
    toState: text('to_state').$type<CollaborationState>().notNull(),
    actorUserId: uuid('actor_user_id'),
    reason: text('reason').notNull().default(''),
    at: at('at').notNull().defaultNow(),
  },
  (t) => [index('collaboration_transitions_idx').on(t.collaborationId, t.at)],
);

export const agreementVersions = pgTable(
  'agreement_versions',
  {
    id: id(),
    collaborationId: uuid('collaboration_id')
      .notNull()
      .references(() => collaborations.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    status: text('status').$type<AgreementStatus>().notNull(),
    content: jsonb('content').$type<AgreementContent>().notNull(),
    // Frozen when proposed: the parties named in the signed document and the SHA-256 of its RFC 8785 form.
    parties: jsonb('parties').$type<{ orgId: string; name: string }[]>(),
    contentHash: text('content_hash'),
    createdByUserId: uuid('created_by_user_id'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    proposedAt: at('proposed_at'),
    effectiveAt: at('effective_at'),
  },
  (t) => [uniqueIndex('agreement_versions_number_idx').on(t.collaborationId, t.version)],
);

export const agreementSignatures = pgTable(
  'agreement_signatures',
  {
    versionId: uuid('version_id')
      .notNull()
      .references(() => agreementVersions.id, { onDelete: 'cascade' }),
    orgId: uuid('org_id')
      .notNull()
      .references(() => orgs.id, { onDelete: 'restrict' }),
    userId: uuid('user_id').notNull(),
    contentHash: text('content_hash').notNull(),
    signedAt: at('signed_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.versionId, t.orgId] })],
);

export const ledgers = pgTable('ledgers', {
  id: id(),
  subjectType: text('subject_type').$type<'collaboration' | 'network'>().notNull(),
  subjectId: uuid('subject_id').notNull(),
  publicKeyPem: text('public_key_pem').notNull(),
  // The signing key stays in the database; see the README on protecting it at rest.
  privateKeyPem: text('private_key_pem').notNull(),
  // Right frontier of the Merkle tree (RFC 6962 compact range), so an append costs O(log n).
  frontier: jsonb('frontier').$type<string[]>().notNull().default([]),
  size: integer('size').notNull().default(0),
  createdAt: createdAt(),
});

export const ledgerEntries = pgTable(
  'ledger_entries',
  {
    ledgerId: uuid('ledger_id')
      .notNull()
      .references(() => ledgers.id, { onDelete: 'restrict' }),
    sequence: integer('sequence').notNull(),
    recordedAt: text('recorded_at').notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    leafHash: text('leaf_hash').notNull(),
  },
  (t) => [primaryKey({ columns: [t.ledgerId, t.sequence] })],
);

export const ledgerTreeHeads = pgTable(
  'ledger_tree_heads',
  {
    ledgerId: uuid('ledger_id')
      .notNull()
      .references(() => ledgers.id, { onDelete: 'restrict' }),
    size: integer('size').notNull(),
    rootHash: text('root_hash').notNull(),
    timestamp: text('timestamp').notNull(),
    signature: text('signature').notNull(),
  },
  (t) => [primaryKey({ columns: [t.ledgerId, t.size] })],
);

export const matchDecisionsTable = pgTable(
  'match_decisions',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => orgs.id, { onDelete: 'cascade' }),
    candidateOrgId: uuid('candidate_org_id')
      .notNull()
      .references(() => orgs.id, { onDelete: 'cascade' }),
    decision: text('decision').$type<MatchDecision>().notNull(),
    userId: uuid('user_id').notNull(),
    decidedAt: at('decided_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.candidateOrgId] })],
);

export const matchPreferences = pgTable('match_preferences', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  weights: jsonb('weights').$type<Partial<MatchWeights>>().notNull(),
  scope: text('scope').$type<GeoScope>(),
  updatedAt: updatedAt(),
});

export const networkMatchDefaults = pgTable('network_match_defaults', {
  networkId: uuid('network_id')
    .primaryKey()
    .references(() => networks.id, { onDelete: 'cascade' }),
  weights: jsonb('weights').$type<Partial<MatchWeights>>().notNull(),
  updatedAt: updatedAt(),
});

export const introductions = pgTable(
  'introductions',
  {
    id: id(),
    fromOrgId: uuid('from_org_id')
      .notNull()
      .references(() => orgs.id, { onDelete: 'cascade' }),
    toOrgId: uuid('to_org_id')
      .notNull()
      .references(() => orgs.id, { onDelete: 'cascade' }),
    requestedByUserId: uuid('requested_by_user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    message: text('message').notNull(),
    status: text('status').$type<IntroductionStatus>().notNull(),
    respondedByUserId: uuid('responded_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    respondedAt: at('responded_at'),
  },
  (t) => [index('introductions_to_idx').on(t.toOrgId, t.status), index('introductions_from_idx').on(t.fromOrgId)],
);
