import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  deleteDocument,
  getDocument,
  listDocuments,
  uploadDocument,
  uploadDocumentVersion,
} from '../../api/documents.ts';

// Keys start with the collaboration, so that a live event for it refreshes the documents too.
export const documentKeys = {
  list: (collaborationId: string) => ['collaborations', collaborationId, 'documents'] as const,
  detail: (collaborationId: string, documentId: string) =>
    ['collaborations', collaborationId, 'documents', documentId] as const,
};

export function useDocuments(collaborationId: string) {
  return useQuery({ queryKey: documentKeys.list(collaborationId), queryFn: () => listDocuments(collaborationId) });
}

export function useDocument(collaborationId: string, documentId: string | null) {
  return useQuery({
    queryKey: documentKeys.detail(collaborationId, documentId ?? ''),
    queryFn: () => getDocument(documentId!),
    enabled: documentId !== null,
  });
}

function useInvalidateDocuments(collaborationId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: documentKeys.list(collaborationId) });
}

export function useUploadDocument(collaborationId: string) {
  const invalidate = useInvalidateDocuments(collaborationId);
  return useMutation({ mutationFn: (file: File) => uploadDocument(collaborationId, file), onSuccess: invalidate });
}

export function useUploadDocumentVersion(collaborationId: string) {
  const invalidate = useInvalidateDocuments(collaborationId);
  return useMutation({
    mutationFn: ({ documentId, file }: { documentId: string; file: File }) => uploadDocumentVersion(documentId, file),
    onSuccess: invalidate,
  });
}

export function useDeleteDocument(collaborationId: string) {
  const invalidate = useInvalidateDocuments(collaborationId);
  return useMutation({ mutationFn: (documentId: string) => deleteDocument(documentId), onSuccess: invalidate });
}
