import { Badge, Paper, Stack, Table, Text, Title } from '@mantine/core';
import type { Collaboration } from '../../../api/collaborations.ts';
import { formatDateTime } from '../../../components/formatDate.ts';
import { partyStatusColors, partyStatusLabels } from '../collaborationLabels.ts';

export function PartiesPanel({ collaboration }: { collaboration: Collaboration }) {
  return (
    <Paper withBorder radius="md" p="md">
      <Stack gap="sm">
        <Title order={2} size="h5">
          Parties
        </Title>
        <Table.ScrollContainer minWidth={360}>
          <Table verticalSpacing="xs" data-testid="parties-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Organization</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th>Since</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {collaboration.parties.map((party) => (
                <Table.Tr key={party.orgId}>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {party.name}
                    </Text>
                    {party.orgId === collaboration.initiatorOrgId && (
                      <Text size="xs" c="dimmed">
                        Initiator
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Badge color={partyStatusColors[party.status]} variant="light" size="sm" miw="max-content">
                      {partyStatusLabels[party.status]}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                      {formatDateTime(party.respondedAt ?? party.invitedAt)}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Stack>
    </Paper>
  );
}
