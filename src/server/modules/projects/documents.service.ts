import { randomUUID } from 'node:crypto';
import type { Config } from '../../config.ts';
import type { DbOrTx, Deps, Tx } from '../../deps.ts';
import type { Actor } from '../../http/actor.ts';
import { AppError, validationError } from '../../http/errors.ts';
import { recordAudit } from '../audit/recordAudit.ts';
import { authorizeCollaboration, type PartyRole } from '../collaborations/collaborations.policy.ts';
import { myPartyRoles } from '../collaborations/collaborations.repository.ts';
import { notify, partyUserIds } from '../notifications/notify.ts';
import { recordActivity } from './activity.repository.ts';
import { findMasterKey, IntegrityError, loadMasterKey, newKey, opens } from '../../crypto/sealing.ts';
import { decryptVersion, encryptVersion, unwrapDataKey, wrapDataKey } from './documentCrypto.ts';
import { presentDocument, presentVersion } from './documents.presenter.ts';
import * as repo from './documents.repository.ts';
import { checkUpload, type UploadedFile } from './documents.upload.ts';
import { authorizeWork } from './projects.policy.ts';

type Context = { collaboration: { id: string; name: string; state: string }; roles: PartyRole[] };

// Only accepted parties see a collaboration's documents; anyone else gets the same 404 as for a missing one.
async function loadContext(db: DbOrTx, actor: Actor, collaborationId: string): Promise<Context> {
  const collaboration = await repo.findWorkCollaboration(db, actor.userId, collaborationId);
  if (!collaboration) throw new AppError('not_found');
  return { collaboration, roles: await myPartyRoles(db, actor.userId, collaborationId) };
}

async function loadDocument(db: DbOrTx, actor: Actor, documentId: string, lock = false) {
  const document = await repo.findDocument(db, actor.userId, documentId, lock);
  if (!document) throw new AppError('not_found');
  return { document, ...(await loadContext(db, actor, document.collaborationId)) };
}

const closedStates = new Set(['completed', 'terminated']);

function authorizeUpload(context: Context): PartyRole {
  const party = authorizeWork(context.roles);
  if (closedStates.has(context.collaboration.state)) {
    throw new AppError('conflict', { detail: `The collaboration is ${context.collaboration.state}: no new uploads.` });
  }
  return party;
}

function canUpload(context: Context): boolean {
  try {
    authorizeUpload(context);
    return true;
  } catch {
    return false;
  }
}

const canDelete = (roles: PartyRole[], ownerOrgId: string | undefined) =>
  roles.some((r) => r.orgId === ownerOrgId && r.status === 'accepted' && ['owner', 'admin'].includes(r.role));

// The collaboration's data key, created and wrapped by the master key on its first upload.
async function dataKeyFor(tx: DbOrTx, config: Config, collaborationId: string): Promise<Buffer> {
  const masterKey = loadMasterKey(config);
  let wrapped = await repo.findWrappedKey(tx, collaborationId);
  if (!wrapped) {
    await repo.insertWrappedKeyIfAbsent(tx, collaborationId, wrapDataKey(masterKey, collaborationId, newKey()));
    wrapped = await repo.findWrappedKey(tx, collaborationId);
  }
  return unwrapDataKey(masterKey, collaborationId, wrapped!);
}

/**
 * Whether the master key opens the collaborations' wrapped data keys (true when none is stored yet;
 * false when there is no master key to try, which is then not created).
 */
export async function masterKeyOpensDataKeys(db: DbOrTx, config: Config): Promise<boolean> {
  const sample = await repo.findAnyWrappedKey(db);
  if (!sample) return true;
  const key = findMasterKey(config);
  return key !== undefined && opens(() => unwrapDataKey(key, sample.collaborationId, sample.wrappedKey));
}

interface StoredVersion {
  documentId: string;
  version: number;
  party: PartyRole;
  upload: ReturnType<typeof checkUpload>;
}

// Encrypts and stores one version; returns the SHA-256 of its plaintext.
async function storeVersion(tx: Tx, deps: Deps, actor: Actor, collaborationId: string, v: StoredVersion) {
  const dataKey = await dataKeyFor(tx, deps.config, collaborationId);
  const sealed = encryptVersion(dataKey, v.documentId, v.version, v.upload.bytes);
  await repo.insertVersion(tx, {
    documentId: v.documentId,
    version: v.version,
    fileName: v.upload.fileName,
    mediaType: v.upload.mediaType,
    sizeBytes: v.upload.bytes.length,
    ...sealed,
    uploadedByUserId: actor.userId,
    uploadedByOrgId: v.party.orgId,
    createdAt: deps.now(),
  });
  return sealed.sha256;
}

async function announce(
  tx: Tx,
  actor: Actor,
  context: Context,
  v: StoredVersion & { sha256: string },
  verb: 'uploaded' | 'revised',
) {
  const collaborationId = context.collaboration.id;
  const summary =
    verb === 'uploaded' ? `uploaded ${v.upload.fileName}` : `uploaded version ${v.version} of ${v.upload.fileName}`;
  await recordActivity(tx, {
    collaborationId,
    actorUserId: actor.userId,
    actorOrgId: v.party.orgId,
    verb: `document.${verb}`,
    objectType: 'document',
    objectId: v.documentId,
    summary,
  });
  await recordAudit(tx, {
    actorUserId: actor.userId,
    orgId: v.party.orgId,
    action: `document.${verb}`,
    subjectType: 'document',
    subjectId: v.documentId,
    data: { version: v.version, sizeBytes: v.upload.bytes.length, sha256: v.sha256 },
  });
  await notify(tx, {
    userIds: await partyUserIds(tx, collaborationId, actor.userId),
    kind: 'document',
    title: `New document in ${context.collaboration.name}`,
    body: summary,
    link: `/collaborations/${collaborationId}/documents`,
    collaborationId,
  });
}

export async function uploadDocument(
  deps: Deps,
  actor: Actor,
  input: { collaborationId: string; taskId?: string | undefined },
  readFile: () => Promise<UploadedFile>,
) {
  authorizeUpload(await loadContext(deps.db, actor, input.collaborationId));
  if (input.taskId && !(await repo.taskBelongsTo(deps.db, input.taskId, input.collaborationId))) {
    throw validationError('taskId', 'is not a task of this collaboration');
  }
  const upload = checkUpload(await readFile());
  const documentId = randomUUID();
  await deps.db.transaction(async (tx) => {
    const context = await loadContext(tx, actor, input.collaborationId);
    const party = authorizeUpload(context);
    const now = deps.now();
    await repo.insertDocument(tx, {
      id: documentId,
      collaborationId: input.collaborationId,
      taskId: input.taskId ?? null,
      name: upload.fileName,
      currentVersion: 1,
      createdByUserId: actor.userId,
      createdAt: now,
      updatedAt: now,
    });
    const stored = { documentId, version: 1, party, upload };
    const sha256 = await storeVersion(tx, deps, actor, input.collaborationId, stored);
    await announce(tx, actor, context, { ...stored, sha256 }, 'uploaded');
  });
  return getDocument(deps, actor, documentId);
}

export async function addDocumentVersion(
  deps: Deps,
  actor: Actor,
  documentId: string,
  readFile: () => Promise<UploadedFile>,
) {
  authorizeUpload(await loadDocument(deps.db, actor, documentId));
  const upload = checkUpload(await readFile());
  await deps.db.transaction(async (tx) => {
    const { document, ...context } = await loadDocument(tx, actor, documentId, true);
    const party = authorizeUpload(context);
    const stored = { documentId, version: document.currentVersion + 1, party, upload };
    const sha256 = await storeVersion(tx, deps, actor, document.collaborationId, stored);
    await repo.setCurrentVersion(tx, documentId, stored.version, upload.fileName, deps.now());
    await announce(tx, actor, context, { ...stored, sha256 }, 'revised');
  });
  return getDocument(deps, actor, documentId);
}

export async function listDocuments(deps: Deps, actor: Actor, collaborationId: string, taskId?: string) {
  const context = await loadContext(deps.db, actor, collaborationId);
  const documents = await repo.listDocuments(deps.db, collaborationId, taskId);
  const versions = await repo.listVersionMeta(
    deps.db,
    documents.map((d) => d.id),
  );
  const upload = canUpload(context);
  const items = documents.map((d) => {
    const own = versions.filter((v) => v.documentId === d.id);
    const ownerOrgId = own.find((v) => v.version === 1)?.uploadedByOrgId;
    return presentDocument(d, own, { upload, delete: canDelete(context.roles, ownerOrgId) });
  });
  return { items, uploadLimitBytes: deps.config.uploadLimitBytes, abilities: { upload } };
}

export async function getDocument(deps: Deps, actor: Actor, documentId: string) {
  const { document, ...context } = await loadDocument(deps.db, actor, documentId);
  const versions = await repo.listVersionMeta(deps.db, [documentId]);
  const ownerOrgId = versions.find((v) => v.version === 1)?.uploadedByOrgId;
  const abilities = { upload: canUpload(context), delete: canDelete(context.roles, ownerOrgId) };
  return { ...presentDocument(document, versions, abilities), versions: versions.map(presentVersion) };
}

// Viewers of a party may read; the plaintext hash is checked after decryption as well as the GCM tag.
export async function readDocumentVersion(deps: Deps, actor: Actor, documentId: string, version: number) {
  const { document } = await loadDocument(deps.db, actor, documentId);
  const stored = await repo.findVersionContent(deps.db, documentId, version);
  if (!stored) throw new AppError('not_found');
  try {
    const dataKey = await dataKeyFor(deps.db, deps.config, document.collaborationId);
    const bytes = decryptVersion(dataKey, documentId, version, stored);
    return { fileName: stored.fileName, mediaType: stored.mediaType, bytes };
  } catch (error) {
    if (!(error instanceof IntegrityError)) throw error;
    throw new AppError('document.corrupted', {
      detail: `Version ${version} of this document does not match what was stored; it will not be served.`,
    });
  }
}

export async function deleteDocument(deps: Deps, actor: Actor, documentId: string) {
  await deps.db.transaction(async (tx) => {
    const { document, roles } = await loadDocument(tx, actor, documentId, true);
    const ownerOrgId = await repo.findOwnerOrgId(tx, documentId);
    if (!ownerOrgId) throw new AppError('not_found');
    const party = authorizeCollaboration(roles, 'commit', ownerOrgId);
    await repo.deleteDocument(tx, documentId);
    await recordActivity(tx, {
      collaborationId: document.collaborationId,
      actorUserId: actor.userId,
      actorOrgId: party.orgId,
      verb: 'document.deleted',
      objectType: 'document',
      objectId: documentId,
      summary: `deleted ${document.name}`,
    });
    await recordAudit(tx, {
      actorUserId: actor.userId,
      orgId: party.orgId,
      action: 'document.deleted',
      subjectType: 'document',
      subjectId: documentId,
      data: { name: document.name },
    });
  });
}
