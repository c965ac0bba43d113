import { sql } from 'drizzle-orm';
import { check, integer, jsonb, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { bytea } from './bytes.ts';
import { id, createdAt } from './columns.ts';

export const ledgers = pgTable(
  'ledgers',
  {
    id: id(),
    subjectType: text('subject_type').$type<'collaboration' | 'network'>().notNull(),
    subjectId: uuid('subject_id').notNull(),
    publicKeyPem: text('public_key_pem').notNull(),
    // The Ed25519 signing key (PKCS#8 PEM), sealed by the master key (crypto/sealing.ts).
    privateKeySealed: bytea('private_key_sealed'),
    // Ledgers created before keys were sealed hold the PEM in the clear until their next append seals it.
    privateKeyPem: text('private_key_pem'),
    // Right frontier of the Merkle tree (RFC 6962 compact range), so an append costs O(log n).
    frontier: jsonb('frontier').$type<string[]>().notNull().default([]),
    size: integer('size').notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [
    check('ledgers_signing_key_present', sql`${t.privateKeySealed} is not null or ${t.privateKeyPem} is not null`),
  ],
);

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
