import {
  boolean,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from './accounts.ts';
import { id, createdAt, updatedAt, at } from './columns.ts';
import { networks } from './networks.ts';
import { orgs } from './orgs.ts';

// A declared supplier→customer relation. The declaring side states what share of its own
// inputs (customer) or revenue (supplier) the relation represents; the other side may declare too.
export const orgRelations = pgTable(
  'org_relations',
  {
    id: id(),
    supplierOrgId: uuid('supplier_org_id')
      .notNull()
      .references(() => orgs.id, { onDelete: 'cascade' }),
    customerOrgId: uuid('customer_org_id')
      .notNull()
      .references(() => orgs.id, { onDelete: 'cascade' }),
    declaredByOrgId: uuid('declared_by_org_id')
      .notNull()
      .references(() => orgs.id, { onDelete: 'cascade' }),
    // Capability code (taxonomy) of what flows; '' when unspecified.
    capability: text('capability').notNull().default(''),
    // Share of the declarer's inputs (when the customer declares) or revenue (when the supplier declares), 0..1.
    share: doublePrecision('share').notNull(),
    critical: boolean('critical').notNull().default(false),
    createdByUserId: uuid('created_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('org_relations_unique_idx').on(t.supplierOrgId, t.customerOrgId, t.declaredByOrgId, t.capability),
    index('org_relations_customer_idx').on(t.customerOrgId),
  ],
);

export type SnapshotStatus = 'running' | 'done' | 'failed';

// One dated analysis of a network; every metric keeps its history through these rows.
export const analyticsSnapshots = pgTable(
  'analytics_snapshots',
  {
    id: id(),
    networkId: uuid('network_id')
      .notNull()
      .references(() => networks.id, { onDelete: 'cascade' }),
    status: text('status').$type<SnapshotStatus>().notNull(),
    startedAt: at('started_at').notNull().defaultNow(),
    finishedAt: at('finished_at'),
    members: integer('members').notNull().default(0),
    ties: integer('ties').notNull().default(0),
    networkMetrics: jsonb('network_metrics').$type<Record<string, unknown>>(),
    parameters: jsonb('parameters').$type<Record<string, unknown>>().notNull().default({}),
    error: text('error'),
  },
  (t) => [index('analytics_snapshots_network_idx').on(t.networkId, t.startedAt)],
);

export const analyticsMemberMetrics = pgTable(
  'analytics_member_metrics',
  {
    snapshotId: uuid('snapshot_id')
      .notNull()
      .references(() => analyticsSnapshots.id, { onDelete: 'cascade' }),
    orgId: uuid('org_id')
      .notNull()
      .references(() => orgs.id, { onDelete: 'cascade' }),
    community: integer('community').notNull(),
    metrics: jsonb('metrics').$type<Record<string, number | boolean | null>>().notNull(),
    vulnerability: jsonb('vulnerability').$type<Record<string, unknown>>().notNull(),
    computedAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.snapshotId, t.orgId] }), index('analytics_member_metrics_org_idx').on(t.orgId)],
);
