import { z } from 'zod';

// Documents shared inside a collaboration: versions, who uploaded them, what they are.

const idSchema = z.uuid();

export const documentParams = z.object({ documentId: idSchema });
export const documentVersionParams = z.object({ documentId: idSchema, version: z.coerce.number().int().min(1) });
export const documentCollaborationParams = z.object({ collaborationId: idSchema });
export const uploadDocumentQuery = z.object({ taskId: idSchema.optional() });
export const listDocumentsQuery = z.object({ taskId: idSchema.optional() });

export const documentVersionView = z.object({
  version: z.number().int(),
  fileName: z.string(),
  mediaType: z.string(),
  sizeBytes: z.number().int(),
  sha256: z.string(),
  uploadedBy: z.object({
    userId: idSchema.nullable(),
    name: z.string().nullable(),
    orgId: idSchema,
    orgName: z.string(),
  }),
  createdAt: z.string(),
});

export const documentView = z.object({
  id: idSchema,
  collaborationId: idSchema,
  taskId: idSchema.nullable(),
  name: z.string(),
  currentVersion: documentVersionView,
  createdAt: z.string(),
  updatedAt: z.string(),
  abilities: z.object({ upload: z.boolean(), delete: z.boolean() }),
});

export const documentDetailView = documentView.extend({ versions: z.array(documentVersionView) });

export const documentListView = z.object({
  items: z.array(documentView),
  uploadLimitBytes: z.number().int(),
  abilities: z.object({ upload: z.boolean() }),
});

export type DocumentView = z.infer<typeof documentView>;
export type DocumentVersionView = z.infer<typeof documentVersionView>;
export type DocumentDetailView = z.infer<typeof documentDetailView>;
