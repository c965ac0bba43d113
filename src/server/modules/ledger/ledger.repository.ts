import { and, asc, desc, eq, gte, isNotNull, lt } from 'drizzle-orm';
import type { DbOrTx } from '../../deps.ts';
import { ledgerEntries, ledgers, ledgerTreeHeads } from '../../db/schema.ts';

export type LedgerRow = typeof ledgers.$inferSelect;
export type LedgerEntryRow = typeof ledgerEntries.$inferSelect;
export type TreeHeadRow = typeof ledgerTreeHeads.$inferSelect;

export async function insertLedger(db: DbOrTx, ledger: typeof ledgers.$inferInsert) {
  const [row] = await db.insert(ledgers).values(ledger).returning();
  return row!;
}

// The row lock serialises appenders of one ledger, so sequences have no gaps and no duplicates.
export async function lockLedger(db: DbOrTx, ledgerId: string) {
  const [row] = await db.select().from(ledgers).where(eq(ledgers.id, ledgerId)).for('update');
  return row;
}

export async function findLedger(db: DbOrTx, ledgerId: string) {
  const [row] = await db.select().from(ledgers).where(eq(ledgers.id, ledgerId));
  return row;
}

// Replaces a signing key kept in the clear by its sealed form.
export async function sealSigningKey(db: DbOrTx, ledgerId: string, sealed: Buffer) {
  await db.update(ledgers).set({ privateKeySealed: sealed, privateKeyPem: null }).where(eq(ledgers.id, ledgerId));
}

/** Some ledger's sealed signing key, if any ledger has one. */
export async function findAnySealedSigningKey(db: DbOrTx) {
  const [row] = await db
    .select({ id: ledgers.id, privateKeySealed: ledgers.privateKeySealed })
    .from(ledgers)
    .where(isNotNull(ledgers.privateKeySealed))
    .limit(1);
  return row?.privateKeySealed ? { ledgerId: row.id, sealed: row.privateKeySealed } : undefined;
}

export async function saveFrontier(db: DbOrTx, ledgerId: string, size: number, frontier: string[]) {
  await db.update(ledgers).set({ size, frontier }).where(eq(ledgers.id, ledgerId));
}

export async function insertEntry(db: DbOrTx, entry: typeof ledgerEntries.$inferInsert) {
  await db.insert(ledgerEntries).values(entry);
}

export async function insertTreeHead(db: DbOrTx, head: typeof ledgerTreeHeads.$inferInsert) {
  await db.insert(ledgerTreeHeads).values(head);
}

export async function listEntries(db: DbOrTx, ledgerId: string, from = 0, limit?: number) {
  const query = db
    .select()
    .from(ledgerEntries)
    .where(and(eq(ledgerEntries.ledgerId, ledgerId), gte(ledgerEntries.sequence, from)))
    .orderBy(asc(ledgerEntries.sequence));
  return limit === undefined ? query : query.limit(limit);
}

export async function listLeafHashes(db: DbOrTx, ledgerId: string, treeSize: number) {
  const rows = await db
    .select({ leafHash: ledgerEntries.leafHash })
    .from(ledgerEntries)
    .where(and(eq(ledgerEntries.ledgerId, ledgerId), lt(ledgerEntries.sequence, treeSize)))
    .orderBy(asc(ledgerEntries.sequence));
  return rows.map((r) => Buffer.from(r.leafHash, 'base64'));
}

export async function latestTreeHead(db: DbOrTx, ledgerId: string) {
  const [row] = await db
    .select()
    .from(ledgerTreeHeads)
    .where(eq(ledgerTreeHeads.ledgerId, ledgerId))
    .orderBy(desc(ledgerTreeHeads.size))
    .limit(1);
  return row;
}

export async function treeHeadAt(db: DbOrTx, ledgerId: string, size: number) {
  const [row] = await db
    .select()
    .from(ledgerTreeHeads)
    .where(and(eq(ledgerTreeHeads.ledgerId, ledgerId), eq(ledgerTreeHeads.size, size)));
  return row;
}

export async function listTreeHeads(db: DbOrTx, ledgerId: string) {
  return db
    .select()
    .from(ledgerTreeHeads)
    .where(eq(ledgerTreeHeads.ledgerId, ledgerId))
    .orderBy(asc(ledgerTreeHeads.size));
}
