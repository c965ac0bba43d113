import { index, pgTable, primaryKey, text, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import type { DirectoryMode, NetworkKind, NetworkMemberStatus } from '../../../common/vocabulary.ts';
import { at, id, createdAt, updatedAt } from './columns.ts';
import { ledgers } from './ledger.ts';
import { orgs } from './orgs.ts';

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
    /** Set by a manager of the network who checked the organization is who it says: feeds trust in matching. */
    verifiedAt: at('verified_at'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.networkId, t.orgId] }), index('network_members_org_idx').on(t.orgId, t.status)],
);
