import { Alert, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { Collaboration } from '../../api/collaborations.ts';
import type { DocumentItem } from '../../api/documents.ts';
import { EmptyState } from '../../components/EmptyState.tsx';
import { notifyFailure, notifySuccess } from '../../components/notify.ts';
import { PageLoader } from '../../components/PageLoader.tsx';
import { QueryErrorAlert } from '../../components/QueryErrorAlert.tsx';
import { notifyUploadFailure } from './documentFormat.ts';
import { DocumentHistoryModal } from './DocumentHistoryModal.tsx';
import { DocumentsTable } from './DocumentsTable.tsx';
import { UploadDropzone } from './UploadDropzone.tsx';
import { useDeleteDocument, useDocuments, useUploadDocument, useUploadDocumentVersion } from './useDocuments.ts';

/** The collaboration's shared documents: upload, versions, downloads. */
export function DocumentsTab({ collaboration }: { collaboration: Collaboration }) {
  const documents = useDocuments(collaboration.id);
  const upload = useUploadDocument(collaboration.id);
  const newVersion = useUploadDocumentVersion(collaboration.id);
  const remove = useDeleteDocument(collaboration.id);
  const [historyOf, setHistoryOf] = useState<string | null>(null);

  if (documents.isPending) return <PageLoader />;
  if (documents.isError) return <QueryErrorAlert error={documents.error} onRetry={() => void documents.refetch()} />;
  const { items, abilities, uploadLimitBytes } = documents.data;

  const uploadFiles = async (files: File[]) => {
    for (const file of files) {
      try {
        await upload.mutateAsync(file);
        notifySuccess(`${file.name} is shared with the parties.`);
      } catch (error) {
        notifyUploadFailure(error, file.name);
      }
    }
  };
  const uploadVersion = (document: DocumentItem, file: File) =>
    newVersion.mutate(
      { documentId: document.id, file },
      {
        onSuccess: (d) => notifySuccess(`${d.name} is now at version ${d.currentVersion.version}.`),
        onError: (error) => notifyUploadFailure(error, file.name),
      },
    );
  const deleteDocument = (document: DocumentItem) =>
    remove.mutate(document.id, {
      onSuccess: () => notifySuccess(`${document.name} was deleted.`),
      onError: (error) => notifyFailure(error),
    });

  return (
    <Stack gap="md">
      <Title order={2} size="h4">
        Documents
      </Title>
      {abilities.upload ? (
        <UploadDropzone
          limitBytes={uploadLimitBytes}
          uploading={upload.isPending}
          onFiles={(files) => void uploadFiles(files)}
        />
      ) : (
        <Alert color="gray" variant="light">
          <Text size="sm">
            You can read and download the documents; uploading is for members of a party (not viewers).
          </Text>
        </Alert>
      )}
      {items.length === 0 ? (
        <EmptyState
          title="No documents yet"
          description="Offers, price lists, drawings and minutes shared here are visible to the parties only."
        />
      ) : (
        <DocumentsTable
          documents={items}
          onHistory={setHistoryOf}
          onNewVersion={uploadVersion}
          onDelete={deleteDocument}
        />
      )}
      <DocumentHistoryModal
        collaborationId={collaboration.id}
        documentId={historyOf}
        onClose={() => setHistoryOf(null)}
      />
    </Stack>
  );
}
