import type { DocumentVersionView, DocumentView } from '../../../common/documents.ts';
import { AppError } from '../../http/errors.ts';
import type { DocumentRow, VersionMeta } from './documents.repository.ts';

export function presentVersion(v: VersionMeta): DocumentVersionView {
  return {
    version: v.version,
    fileName: v.fileName,
    mediaType: v.mediaType,
    sizeBytes: v.sizeBytes,
    sha256: v.sha256,
    uploadedBy: {
      userId: v.uploadedByUserId,
      name: v.uploaderName,
      orgId: v.uploadedByOrgId,
      orgName: v.uploaderOrgName,
    },
    createdAt: v.createdAt.toISOString(),
  };
}

export function presentDocument(
  document: DocumentRow,
  versions: VersionMeta[],
  abilities: DocumentView['abilities'],
): DocumentView {
  const current = versions.find((v) => v.version === document.currentVersion);
  if (!current) throw new AppError('internal', { detail: `document ${document.id} has no current version` });
  return {
    id: document.id,
    collaborationId: document.collaborationId,
    taskId: document.taskId,
    name: document.name,
    currentVersion: presentVersion(current),
    createdAt: document.createdAt.toISOString(),
    updatedAt: document.updatedAt.toISOString(),
    abilities,
  };
}
