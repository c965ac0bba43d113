import { Badge, Group, Table, Text } from '@mantine/core';
import type { Membership, Network } from '../../../api/networks.ts';
import { formatDateTime } from '../../../components/formatDate.ts';
import { membershipStatusColors, membershipStatusLabels } from '../../../components/vocabularyLabels.ts';
import { MembershipActions } from './MembershipActions.tsx';
import { ActionsHeader } from '../../../components/ActionsHeader.tsx';

interface MembershipsTableProps {
  network: Network;
  memberships: Membership[];
  testId: string;
}

export function MembershipsTable({ network, memberships, testId }: MembershipsTableProps) {
  return (
    <Table.ScrollContainer minWidth={550}>
      <Table verticalSpacing="xs" horizontalSpacing="md" highlightOnHover data-testid={testId}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Organization</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Since</Table.Th>
            <ActionsHeader />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {memberships.map((membership) => (
            <Table.Tr key={membership.orgId}>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {membership.orgName}
                </Text>
                {membership.orgId === network.managingOrg.id && (
                  <Text size="xs" c="dimmed">
                    Managing organization
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Group gap={4}>
                  <Badge color={membershipStatusColors[membership.status]} variant="light" size="sm" miw="max-content">
                    {membershipStatusLabels[membership.status]}
                  </Badge>
                  {membership.verifiedAt && (
                    <Badge
                      color="blue"
                      variant="outline"
                      size="sm"
                      miw="max-content"
                      title={`Verified by the network manager on ${formatDateTime(membership.verifiedAt)}`}
                      data-testid="verified-badge"
                    >
                      Verified
                    </Badge>
                  )}
                </Group>
              </Table.Td>
              <Table.Td>
                <Text size="sm" c="dimmed">
                  {formatDateTime(membership.since)}
                </Text>
              </Table.Td>
              <Table.Td>
                <MembershipActions network={network} membership={membership} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
