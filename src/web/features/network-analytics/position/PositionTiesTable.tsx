import { Badge, Group, Table, Text } from '@mantine/core';
import type { MemberPosition } from '../../../api/networkAnalytics.ts';
import { tieTypeBadgeColors, tieTypeLabels } from '../shared/tieTypeLabels.ts';

type PositionTie = NonNullable<MemberPosition['latest']>['ties'][number];

export function PositionTiesTable({ ties }: { ties: PositionTie[] }) {
  if (ties.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No ties yet: collaborations, declared suppliers and customers, and accepted introductions create them.
      </Text>
    );
  }
  const sorted = [...ties].sort((a, b) => b.weight - a.weight);
  return (
    <Table.ScrollContainer minWidth={360}>
      <Table fz="sm" verticalSpacing={4} data-testid="position-ties">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Partner</Table.Th>
            <Table.Th>Through</Table.Th>
            <Table.Th ta="right">Weight</Table.Th>
            <Table.Th>Community</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sorted.map((tie) => (
            <Table.Tr key={tie.orgId}>
              <Table.Td>{tie.name}</Table.Td>
              <Table.Td>
                <Group gap={4}>
                  {tie.types.map((t) => (
                    <Badge key={t.type} size="xs" variant="light" color={tieTypeBadgeColors[t.type]}>
                      {tieTypeLabels[t.type]}
                    </Badge>
                  ))}
                </Group>
              </Table.Td>
              <Table.Td ta="right" ff="monospace">
                {tie.weight.toFixed(2)}
              </Table.Td>
              <Table.Td>
                <Text size="xs" c="dimmed">
                  {tie.sameCommunity ? 'same as yours' : 'another community'}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
