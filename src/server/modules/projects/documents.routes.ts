import {
  documentCollaborationParams,
  documentDetailView,
  documentListView,
  documentParams,
  documentVersionParams,
  listDocumentsQuery,
  uploadDocumentQuery,
} from '../../../common/documents.ts';
import type { Deps } from '../../deps.ts';
import { requireActor } from '../../http/actor.ts';
import { AppError } from '../../http/errors.ts';
import type { App } from '../../http/types.ts';
import { attachmentDisposition } from './documents.fileNames.ts';
import * as documents from './documents.service.ts';
import { readUploadedFile } from './documents.upload.ts';

const tags = ['documents'];
const user = { auth: 'user' } as const;
const consumes = ['multipart/form-data'];

// Stored media types are the sniffed ones; text is always UTF-8 (checked at upload).
const contentTypeOf = (mediaType: string) =>
  mediaType.startsWith('text/') ? `${mediaType}; charset=utf-8` : mediaType;

export function registerDocumentRoutes(app: App, deps: Deps): void {
  const limit = deps.config.uploadLimitBytes;
  app.post(
    '/api/v1/collaborations/:collaborationId/documents',
    {
      config: user,
      schema: {
        tags,
        consumes,
        description:
          'Upload a document (multipart/form-data, one file). The type is taken from the content; HTML, SVG, ' +
          'XML and scripts are refused (415), as are names that contradict the content; over the limit → 413.',
        params: documentCollaborationParams,
        querystring: uploadDocumentQuery,
        response: { 201: documentDetailView },
      },
    },
    async (req, reply) => {
      const input = { collaborationId: req.params.collaborationId, taskId: req.query.taskId };
      const created = await documents.uploadDocument(deps, requireActor(req), input, () =>
        readUploadedFile(req, limit),
      );
      return reply.status(201).send(created);
    },
  );
  app.get(
    '/api/v1/collaborations/:collaborationId/documents',
    {
      config: user,
      schema: {
        tags,
        description: "The collaboration's documents with their current version",
        params: documentCollaborationParams,
        querystring: listDocumentsQuery,
        response: { 200: documentListView },
      },
    },
    async (req) => documents.listDocuments(deps, requireActor(req), req.params.collaborationId, req.query.taskId),
  );
  app.post(
    '/api/v1/documents/:documentId/versions',
    {
      config: user,
      schema: {
        tags,
        consumes,
        description: 'Upload a new version of a document (multipart/form-data, one file)',
        params: documentParams,
        response: { 201: documentDetailView },
      },
    },
    async (req, reply) => {
      const updated = await documents.addDocumentVersion(deps, requireActor(req), req.params.documentId, () =>
        readUploadedFile(req, limit),
      );
      return reply.status(201).send(updated);
    },
  );
  app.get(
    '/api/v1/documents/:documentId',
    {
      config: user,
      schema: {
        tags,
        description: 'A document and all its versions',
        params: documentParams,
        response: { 200: documentDetailView },
      },
    },
    async (req) => documents.getDocument(deps, requireActor(req), req.params.documentId),
  );
  app.get(
    '/api/v1/documents/:documentId/versions/:version/content',
    {
      config: user,
      schema: {
        tags,
        description: 'Download one version, always as an attachment with its sniffed type',
        params: documentVersionParams,
      },
    },
    async (req, reply) => {
      const { documentId, version } = req.params;
      try {
        const file = await documents.readDocumentVersion(deps, requireActor(req), documentId, version);
        return reply
          .header('Content-Type', contentTypeOf(file.mediaType))
          .header('Content-Disposition', attachmentDisposition(file.fileName))
          .header('X-Content-Type-Options', 'nosniff')
          .header('Content-Security-Policy', 'sandbox')
          .header('Cache-Control', 'private, no-store')
          .send(file.bytes);
      } catch (error) {
        if (error instanceof AppError && error.code === 'document.corrupted') {
          req.log.error({ documentId, version }, 'a stored document version failed its integrity check');
        }
        throw error;
      }
    },
  );
  app.delete(
    '/api/v1/documents/:documentId',
    {
      config: user,
      schema: {
        tags,
        description: "Delete a document and all its versions (owners and admins of the uploader's organization)",
        params: documentParams,
      },
    },
    async (req, reply) => {
      await documents.deleteDocument(deps, requireActor(req), req.params.documentId);
      return reply.status(204).send();
    },
  );
}
