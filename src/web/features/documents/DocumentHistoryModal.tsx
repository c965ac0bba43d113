import { Anchor, Badge, Group, Modal, Stack, Table, Text } from '@mantine/core';
import { documentContentUrl } from '../../api/documents.ts';
import { formatDateTime } from '../../components/formatDate.ts';
import { PageLoader } from '../../components/PageLoader.tsx';
import { QueryErrorAlert } from '../../components/QueryErrorAlert.tsx';
import { formatBytes, mediaTypeLabel } from './documentFormat.ts';
import { useDocument } from './useDocuments.ts';

interface DocumentHistoryModalProps {
  collaborationId: string;
  documentId: string | null;
  onClose: () => void;
}

/** Every version of a document, newest first, each downloadable. */
export function DocumentHistoryModal({ collaborationId, documentId, onClose }: DocumentHistoryModalProps) {
  const document = useDocument(collaborationId, documentId);
  return (
    <Modal opened={documentId !== null} onClose={onClose} title="Version history" size="xl">
      {document.isPending ? (
        <PageLoader />
      ) : document.isError ? (
        <QueryErrorAlert error={document.error} onRetry={() => void document.refetch()} />
      ) : (
        <Stack gap="sm">
          <Text fw={600}>{document.data.name}</Text>
          <Table.ScrollContainer minWidth={770}>
            <Table striped verticalSpacing="xs" data-testid="document-versions">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Version</Table.Th>
                  <Table.Th>File</Table.Th>
                  <Table.Th>Type</Table.Th>
                  <Table.Th>Size</Table.Th>
                  <Table.Th>Uploaded by</Table.Th>
                  <Table.Th>Date</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {document.data.versions.map((v) => (
                  <Table.Tr key={v.version}>
                    <Table.Td>
                      <Group gap={6}>
                        v{v.version}
                        {v.version === document.data.currentVersion.version && (
                          <Badge size="xs" variant="light">
                            current
                          </Badge>
                        )}
                      </Group>
                    </Table.Td>
                    <Table.Td>
                      <Anchor href={documentContentUrl(document.data.id, v.version)} download={v.fileName} size="sm">
                        {v.fileName}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{mediaTypeLabel(v.mediaType)}</Table.Td>
                    <Table.Td>{formatBytes(v.sizeBytes)}</Table.Td>
                    <Table.Td>
                      {v.uploadedBy.name ?? 'Former member'} · {v.uploadedBy.orgName}
                    </Table.Td>
                    <Table.Td>{formatDateTime(v.createdAt)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Text size="xs" c="dimmed">
            SHA-256 of the current version: <code>{document.data.currentVersion.sha256}</code>
          </Text>
        </Stack>
      )}
    </Modal>
  );
}
