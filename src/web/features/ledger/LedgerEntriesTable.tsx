import { ActionIcon, Badge, Code, Popover, Table, Text } from '@mantine/core';
import type { LedgerEntry } from '../../api/ledger.ts';
import { formatDateTime } from '../../components/formatDate.ts';
import { describeLedgerEntry, ledgerEntryType } from './describeLedgerEntry.ts';
import { ActionsHeader } from '../../components/ActionsHeader.tsx';

interface LedgerEntriesTableProps {
  entries: LedgerEntry[];
  nameOf: (orgId: string) => string;
}

export function LedgerEntriesTable({ entries, nameOf }: LedgerEntriesTableProps) {
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table verticalSpacing={6} striped data-testid="ledger-entries">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={50}>#</Table.Th>
            <Table.Th w={180}>Recorded</Table.Th>
            <Table.Th w={170}>Type</Table.Th>
            <Table.Th>Summary</Table.Th>
            <Table.Th w={130}>Leaf hash</Table.Th>
            <ActionsHeader w={40} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((entry) => (
            <Table.Tr key={entry.sequence}>
              <Table.Td>
                <Text size="sm" ff="monospace">
                  {entry.sequence}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                  {formatDateTime(entry.recordedAt)}
                </Text>
              </Table.Td>
              <Table.Td>
                <Badge variant="light" size="sm" tt="none" ff="monospace">
                  {ledgerEntryType(entry)}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{describeLedgerEntry(entry, nameOf)}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="xs" ff="monospace" c="dimmed" title={entry.leafHash}>
                  {entry.leafHash.slice(0, 14)}…
                </Text>
              </Table.Td>
              <Table.Td>
                <Popover position="left" withArrow shadow="md">
                  <Popover.Target>
                    <ActionIcon variant="subtle" size="sm" aria-label={`Payload of entry ${entry.sequence}`}>
                      {'{}'}
                    </ActionIcon>
                  </Popover.Target>
                  <Popover.Dropdown maw={480}>
                    <Code block>{JSON.stringify(entry.payload, null, 2)}</Code>
                  </Popover.Dropdown>
                </Popover>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
