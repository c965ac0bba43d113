import type { DocumentDetailView, DocumentView, documentListView } from '../../common/documents.ts';
import type { z } from 'zod';
import { api, apiUrl, ApiError, type Problem } from './client.ts';

export type DocumentItem = DocumentView;
export type DocumentDetail = DocumentDetailView;
export type DocumentList = z.infer<typeof documentListView>;

export const listDocuments = (collaborationId: string) =>
  api.get<DocumentList>(`collaborations/${collaborationId}/documents`);
export const getDocument = (documentId: string) => api.get<DocumentDetail>(`documents/${documentId}`);
export const deleteDocument = (documentId: string) => api.delete(`documents/${documentId}`);

/** Where the browser downloads a version: always an attachment, with the session cookie. */
export const documentContentUrl = (documentId: string, version: number) =>
  apiUrl(`documents/${documentId}/versions/${version}/content`);

// Uploads go as multipart/form-data; errors come back as problem+json like every other call.
async function upload(path: string, file: File): Promise<DocumentDetail> {
  const form = new FormData();
  form.append('file', file, file.name);
  let response: Response;
  try {
    response = await fetch(apiUrl(path), { method: 'POST', body: form, credentials: 'same-origin' });
  } catch {
    throw new ApiError({ code: 'network', title: 'Cannot reach the server', status: 0 });
  }
  if (response.ok) return (await response.json()) as DocumentDetail;
  let problem: Problem = { code: 'http', title: response.statusText || 'Upload failed', status: response.status };
  try {
    const body = (await response.json()) as Problem;
    if (body && typeof body === 'object' && 'code' in body) problem = { ...body, status: response.status };
  } catch {
    // A proxy may answer an over-size upload with plain text; the status says enough.
  }
  throw new ApiError(problem);
}

export const uploadDocument = (collaborationId: string, file: File) =>
  upload(`collaborations/${collaborationId}/documents`, file);
export const uploadDocumentVersion = (documentId: string, file: File) =>
  upload(`documents/${documentId}/versions`, file);
