import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../deps.ts';
import {
  collaborationKeys,
  collaborationParties,
  collaborations,
  documents,
  documentVersions,
  orgs,
  tasks,
  users,
} from '../../db/schema.ts';
import { myOrgIds } from '../orgs/visibility.ts';

export type DocumentRow = typeof documents.$inferSelect;

// Collaborations in which one of the user's organizations is an accepted party: the only ones whose
// documents and meetings they see.
export function acceptedCollaborationIds(userId: string) {
  return sql`(select ${collaborationParties.collaborationId} from ${collaborationParties}
    where ${collaborationParties.status} = 'accepted' and ${collaborationParties.orgId} in ${myOrgIds(userId)})`;
}

export async function findWorkCollaboration(db: DbOrTx, userId: string, collaborationId: string) {
  const [row] = await db
    .select({ id: collaborations.id, name: collaborations.name, state: collaborations.state })
    .from(collaborations)
    .where(
      and(eq(collaborations.id, collaborationId), sql`${collaborations.id} in ${acceptedCollaborationIds(userId)}`),
    );
  return row;
}

export async function taskBelongsTo(db: DbOrTx, taskId: string, collaborationId: string) {
  const [row] = await db
    .select({ id: tasks.id })
    .from(tasks)
    .where(and(eq(tasks.id, taskId), eq(tasks.collaborationId, collaborationId)));
  return Boolean(row);
}

export async function findWrappedKey(db: DbOrTx, collaborationId: string) {
  const [row] = await db
    .select({ wrappedKey: collaborationKeys.wrappedKey })
    .from(collaborationKeys)
    .where(eq(collaborationKeys.collaborationId, collaborationId));
  return row?.wrappedKey;
}

/** Some collaboration's wrapped data key, if any collaboration has one. */
export async function findAnyWrappedKey(db: DbOrTx) {
  const [row] = await db.select().from(collaborationKeys).limit(1);
  return row;
}

// Two first uploads at once: the second insert waits for the first and then does nothing.
export async function insertWrappedKeyIfAbsent(db: DbOrTx, collaborationId: string, wrappedKey: Buffer) {
  await db.insert(collaborationKeys).values({ collaborationId, wrappedKey }).onConflictDoNothing();
}

const versionColumns = {
  version: documentVersions.version,
  fileName: documentVersions.fileName,
  mediaType: documentVersions.mediaType,
  sizeBytes: documentVersions.sizeBytes,
  sha256: documentVersions.sha256,
  uploadedByUserId: documentVersions.uploadedByUserId,
  uploaderName: users.name,
  uploadedByOrgId: documentVersions.uploadedByOrgId,
  uploaderOrgName: orgs.name,
  createdAt: documentVersions.createdAt,
};

function selectVersionMeta(db: DbOrTx) {
  return db
    .select({ ...versionColumns, documentId: documentVersions.documentId })
    .from(documentVersions)
    .innerJoin(orgs, eq(orgs.id, documentVersions.uploadedByOrgId))
    .leftJoin(users, eq(users.id, documentVersions.uploadedByUserId));
}

export async function findDocument(db: DbOrTx, userId: string, documentId: string, lock = false) {
  const query = db
    .select()
    .from(documents)
    .where(and(eq(documents.id, documentId), sql`${documents.collaborationId} in ${acceptedCollaborationIds(userId)}`));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

export async function listDocuments(db: DbOrTx, collaborationId: string, taskId?: string) {
  return db
    .select()
    .from(documents)
    .where(and(eq(documents.collaborationId, collaborationId), taskId ? eq(documents.taskId, taskId) : undefined))
    .orderBy(desc(documents.updatedAt));
}

// Metadata of every version of these documents (never the content), newest first.
export async function listVersionMeta(db: DbOrTx, documentIds: string[]) {
  if (documentIds.length === 0) return [];
  return selectVersionMeta(db)
    .where(inArray(documentVersions.documentId, documentIds))
    .orderBy(asc(documentVersions.documentId), desc(documentVersions.version));
}

export type VersionMeta = Awaited<ReturnType<typeof listVersionMeta>>[number];

export async function findVersionContent(db: DbOrTx, documentId: string, version: number) {
  const [row] = await db
    .select({
      fileName: documentVersions.fileName,
      mediaType: documentVersions.mediaType,
      sha256: documentVersions.sha256,
      nonce: documentVersions.nonce,
      authTag: documentVersions.authTag,
      ciphertext: documentVersions.ciphertext,
    })
    .from(documentVersions)
    .where(and(eq(documentVersions.documentId, documentId), eq(documentVersions.version, version)));
  return row;
}

// The organization that uploaded the first version owns the document.
export async function findOwnerOrgId(db: DbOrTx, documentId: string) {
  const [row] = await db
    .select({ orgId: documentVersions.uploadedByOrgId })
    .from(documentVersions)
    .where(and(eq(documentVersions.documentId, documentId), eq(documentVersions.version, 1)));
  return row?.orgId;
}

export async function insertDocument(db: DbOrTx, row: typeof documents.$inferInsert) {
  await db.insert(documents).values(row);
}

export async function insertVersion(db: DbOrTx, row: typeof documentVersions.$inferInsert) {
  await db.insert(documentVersions).values(row);
}

export async function setCurrentVersion(db: DbOrTx, documentId: string, version: number, name: string, now: Date) {
  await db.update(documents).set({ currentVersion: version, name, updatedAt: now }).where(eq(documents.id, documentId));
}

export async function deleteDocument(db: DbOrTx, documentId: string) {
  await db.delete(documents).where(eq(documents.id, documentId));
}
