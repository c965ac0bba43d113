import { Anchor, Badge, Group, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { CollaborationSummary } from '../../api/collaborations.ts';
import { formatDateTime } from '../../components/formatDate.ts';
import { Hint } from '../../components/Hint.tsx';
import { collaborationKindLabels, partyStatusColors, partyStatusLabels } from './collaborationLabels.ts';
import { CollaborationStateBadge } from './CollaborationStateBadge.tsx';

export function CollaborationsTable({ collaborations }: { collaborations: CollaborationSummary[] }) {
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table verticalSpacing="sm" highlightOnHover data-testid="collaborations-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Name</Table.Th>
            <Table.Th>Kind</Table.Th>
            <Table.Th>State</Table.Th>
            <Table.Th>Parties</Table.Th>
            <Table.Th>Started</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {collaborations.map((c) => (
            <Table.Tr key={c.id}>
              <Table.Td>
                <Anchor component={Link} to={`/collaborations/${c.id}`} fw={600} size="sm">
                  {c.name}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{collaborationKindLabels[c.kind]}</Text>
              </Table.Td>
              <Table.Td miw={130}>
                <CollaborationStateBadge state={c.state} />
              </Table.Td>
              <Table.Td>
                <Group gap={4}>
                  {c.parties.map((p) => (
                    <Hint key={p.orgId} label={partyStatusLabels[p.status]}>
                      <Badge
                        color={partyStatusColors[p.status]}
                        variant="dot"
                        size="sm"
                        tt="none"
                        data-testid="collaboration-party"
                      >
                        {p.name}
                        {p.status !== 'accepted' && ` · ${partyStatusLabels[p.status].toLowerCase()}`}
                      </Badge>
                    </Hint>
                  ))}
                </Group>
              </Table.Td>
              <Table.Td>
                <Text size="sm" c="dimmed">
                  {formatDateTime(c.createdAt)}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
