import { index, jsonb, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import type { GeoScope, IntroductionStatus, MatchDecision, MatchWeights } from '../../../common/matching.ts';
import { id, createdAt, updatedAt, at } from './columns.ts';
import { users } from './accounts.ts';
import { networks } from './networks.ts';
import { orgs } from './orgs.ts';

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
