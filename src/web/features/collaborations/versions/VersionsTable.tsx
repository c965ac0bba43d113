import { Badge, Table, Text } from '@mantine/core';
import type { AgreementVersionSummary } from '../../../api/collaborations.ts';
import { formatDateTime } from '../../../components/formatDate.ts';
import { Hint } from '../../../components/Hint.tsx';
import { versionStatusColors, versionStatusLabels } from './versionStatus.ts';

interface VersionsTableProps {
  versions: AgreementVersionSummary[];
  selected: number | null;
  onSelect: (version: number) => void;
}

export function VersionsTable({ versions, selected, onSelect }: VersionsTableProps) {
  return (
    <Table.ScrollContainer minWidth={770}>
      <Table verticalSpacing="xs" highlightOnHover data-testid="versions-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Version</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Hash (SHA-256)</Table.Th>
            <Table.Th>Created</Table.Th>
            <Table.Th>Proposed</Table.Th>
            <Table.Th>In effect</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {versions.map((v) => (
            <Table.Tr
              key={v.version}
              onClick={() => onSelect(v.version)}
              style={{ cursor: 'pointer' }}
              bg={v.version === selected ? 'var(--mantine-color-indigo-0)' : undefined}
              aria-selected={v.version === selected}
            >
              <Table.Td>
                <Text size="sm" fw={600}>
                  {v.version}
                </Text>
              </Table.Td>
              <Table.Td>
                <Badge color={versionStatusColors[v.status]} variant="light" size="sm">
                  {versionStatusLabels[v.status]}
                </Badge>
              </Table.Td>
              <Table.Td>
                {v.contentHash ? (
                  <Hint label={v.contentHash} maw={520}>
                    <Text size="sm" ff="monospace">
                      {v.contentHash.slice(0, 16)}…
                    </Text>
                  </Hint>
                ) : (
                  <Text size="sm" c="dimmed">
                    set when proposed
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm" c="dimmed">
                  {formatDateTime(v.createdAt)}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" c="dimmed">
                  {formatDateTime(v.proposedAt)}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" c="dimmed">
                  {formatDateTime(v.effectiveAt)}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
