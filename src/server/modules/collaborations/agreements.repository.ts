import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../deps.ts';
import {
  agreementSignatures,
  agreementVersions,
  orgs,
  resources,
  users,
  type AgreementStatus,
} from '../../db/schema.ts';

export type VersionRow = typeof agreementVersions.$inferSelect;

// The owning organization of each resource-inventory item, for checking contributions.
export async function resourceOwners(db: DbOrTx, resourceIds: string[]) {
  if (resourceIds.length === 0) return new Map<string, string>();
  const rows = await db
    .select({ id: resources.id, orgId: resources.orgId })
    .from(resources)
    .where(inArray(resources.id, resourceIds));
  return new Map(rows.map((r) => [r.id, r.orgId]));
}

export async function insertVersion(db: DbOrTx, row: typeof agreementVersions.$inferInsert) {
  const [created] = await db.insert(agreementVersions).values(row).returning();
  return created!;
}

export async function listVersions(db: DbOrTx, collaborationId: string) {
  return db
    .select()
    .from(agreementVersions)
    .where(eq(agreementVersions.collaborationId, collaborationId))
    .orderBy(asc(agreementVersions.version));
}

export async function findVersion(db: DbOrTx, collaborationId: string, version: number) {
  const [row] = await db
    .select()
    .from(agreementVersions)
    .where(and(eq(agreementVersions.collaborationId, collaborationId), eq(agreementVersions.version, version)));
  return row;
}

export async function latestVersion(db: DbOrTx, collaborationId: string) {
  const [row] = await db
    .select()
    .from(agreementVersions)
    .where(eq(agreementVersions.collaborationId, collaborationId))
    .orderBy(desc(agreementVersions.version))
    .limit(1);
  return row;
}

export async function effectiveVersion(db: DbOrTx, collaborationId: string) {
  const [row] = await db
    .select()
    .from(agreementVersions)
    .where(and(eq(agreementVersions.collaborationId, collaborationId), eq(agreementVersions.status, 'effective')));
  return row;
}

export async function updateVersion(db: DbOrTx, id: string, changes: Partial<typeof agreementVersions.$inferInsert>) {
  await db.update(agreementVersions).set(changes).where(eq(agreementVersions.id, id));
}

export async function setStatusWhere(db: DbOrTx, collaborationId: string, from: AgreementStatus, to: AgreementStatus) {
  await db
    .update(agreementVersions)
    .set({ status: to })
    .where(and(eq(agreementVersions.collaborationId, collaborationId), eq(agreementVersions.status, from)));
}

export async function insertSignature(db: DbOrTx, row: typeof agreementSignatures.$inferInsert) {
  const inserted = await db.insert(agreementSignatures).values(row).onConflictDoNothing().returning();
  return inserted.length > 0;
}

export async function listSignatures(db: DbOrTx, versionId: string) {
  return db
    .select({
      orgId: agreementSignatures.orgId,
      orgName: orgs.name,
      userName: users.name,
      contentHash: agreementSignatures.contentHash,
      signedAt: agreementSignatures.signedAt,
    })
    .from(agreementSignatures)
    .innerJoin(orgs, eq(orgs.id, agreementSignatures.orgId))
    .innerJoin(users, eq(users.id, agreementSignatures.userId))
    .where(eq(agreementSignatures.versionId, versionId))
    .orderBy(asc(agreementSignatures.signedAt));
}
