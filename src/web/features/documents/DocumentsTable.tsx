import { Anchor, Badge, Button, FileButton, Group, Table, Text } from '@mantine/core';
import { documentContentUrl, type DocumentItem } from '../../api/documents.ts';
import { ConfirmButton } from '../../components/ConfirmButton.tsx';
import { formatDateTime } from '../../components/formatDate.ts';
import { formatBytes, mediaTypeLabel } from './documentFormat.ts';
import { ActionsHeader } from '../../components/ActionsHeader.tsx';

interface DocumentsTableProps {
  documents: DocumentItem[];
  onHistory: (documentId: string) => void;
  onNewVersion: (document: DocumentItem, file: File) => void;
  onDelete: (document: DocumentItem) => void;
}

export function DocumentsTable({ documents, onHistory, onNewVersion, onDelete }: DocumentsTableProps) {
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table verticalSpacing="sm" highlightOnHover data-testid="documents-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Name</Table.Th>
            <Table.Th>Version</Table.Th>
            <Table.Th>Size</Table.Th>
            <Table.Th>Type</Table.Th>
            <Table.Th>Uploaded by</Table.Th>
            <Table.Th>Date</Table.Th>
            <ActionsHeader />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {documents.map((d) => {
            const current = d.currentVersion;
            return (
              <Table.Tr key={d.id} data-testid="document-row" data-name={d.name}>
                <Table.Td>
                  <Anchor
                    href={documentContentUrl(d.id, current.version)}
                    download={current.fileName}
                    fw={600}
                    data-testid="document-download"
                  >
                    {d.name}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <Badge variant="light" color={current.version > 1 ? 'indigo' : 'gray'}>
                    v{current.version}
                  </Badge>
                </Table.Td>
                <Table.Td>{formatBytes(current.sizeBytes)}</Table.Td>
                <Table.Td>{mediaTypeLabel(current.mediaType)}</Table.Td>
                <Table.Td>
                  <Text size="sm">{current.uploadedBy.name ?? 'Former member'}</Text>
                  <Text size="xs" c="dimmed">
                    {current.uploadedBy.orgName}
                  </Text>
                </Table.Td>
                <Table.Td>{formatDateTime(current.createdAt)}</Table.Td>
                <Table.Td>
                  <Group gap={6} justify="flex-end" wrap="nowrap">
                    <Button size="xs" variant="subtle" onClick={() => onHistory(d.id)}>
                      History
                    </Button>
                    {d.abilities.upload && (
                      <FileButton onChange={(file) => file && onNewVersion(d, file)}>
                        {(props) => (
                          <Button {...props} size="xs" variant="default">
                            New version
                          </Button>
                        )}
                      </FileButton>
                    )}
                    {d.abilities.delete && (
                      <ConfirmButton
                        size="xs"
                        variant="subtle"
                        color="red"
                        question={`Delete ${d.name} and all its versions for every party?`}
                        confirmLabel="Delete"
                        onConfirm={() => onDelete(d)}
                      >
                        Delete
                      </ConfirmButton>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
