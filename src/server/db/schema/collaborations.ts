import { sql } from 'drizzle-orm';
import {
  check,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { AgreementContent } from '../../../common/agreement.ts';
import type { CollaborationKind, CollaborationState, PartyStatus } from '../../../common/collaboration.ts';
import { id, createdAt, updatedAt, at } from './columns.ts';
import { ledgers } from './ledger.ts';
import { networks } from './networks.ts';
import { orgs } from './orgs.ts';

export type AgreementStatus = 'draft' | 'proposed' | 'effective' | 'superseded';

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

// How one party rated another after working together: feeds the trust component of partner matching.
export const partnerRatings = pgTable(
  'partner_ratings',
  {
    collaborationId: uuid('collaboration_id')
      .notNull()
      .references(() => collaborations.id, { onDelete: 'cascade' }),
    raterOrgId: uuid('rater_org_id')
      .notNull()
      .references(() => orgs.id, { onDelete: 'cascade' }),
    ratedOrgId: uuid('rated_org_id')
      .notNull()
      .references(() => orgs.id, { onDelete: 'cascade' }),
    score: smallint('score').notNull(),
    comment: text('comment').notNull().default(''),
    ratedByUserId: uuid('rated_by_user_id'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.collaborationId, t.raterOrgId, t.ratedOrgId] }),
    index('partner_ratings_rated_idx').on(t.ratedOrgId),
    check('partner_ratings_score_range', sql`${t.score} between 1 and 5`),
  ],
);
