import { Anchor, Paper, SimpleGrid, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { MapMember } from '../../../api/networkAnalytics.ts';
import { topMembersBy } from '../map/MapOverview.tsx';
import { formatMetric, memberMetricInfo, type MapMetricKey } from '../metricCatalog.ts';
import { MetricLabel } from '../shared/MetricLabel.tsx';

const rows = 10;

function RankingTable({
  networkId,
  title,
  metric,
  members,
  empty,
}: {
  networkId: string;
  title: string;
  metric: MapMetricKey;
  members: MapMember[];
  empty: string;
}) {
  const info = memberMetricInfo[metric];
  const value = (m: MapMember) => (metric === 'vulnerability' ? m.vulnerability : m.metrics[metric]);
  const top = topMembersBy(members, value, rows);
  return (
    <Paper withBorder radius="md" p="sm" data-testid={`ranking-${metric}`}>
      <Title order={3} size="h6">
        {title}
      </Title>
      <Text size="xs" c="dimmed" mb={4}>
        by <MetricLabel label={info.label.toLowerCase()} help={info.help} size="xs" />
      </Text>
      {top.length === 0 ? (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      ) : (
        <Table fz="sm" verticalSpacing={3}>
          <Table.Tbody>
            {top.map((member, i) => (
              <Table.Tr key={member.orgId}>
                <Table.Td w={24} c="dimmed">
                  {i + 1}
                </Table.Td>
                <Table.Td>
                  <Anchor component={Link} to={`/networks/${networkId}/map?member=${member.orgId}`} size="sm">
                    {member.name}
                  </Anchor>
                </Table.Td>
                <Table.Td ta="right" ff="monospace">
                  {formatMetric(value(member), info.format)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}

export function TopMembersTables({ networkId, members }: { networkId: string; members: MapMember[] }) {
  return (
    <SimpleGrid cols={{ base: 1, md: 3 }} spacing="sm">
      <RankingTable
        networkId={networkId}
        title="Top brokers"
        metric="betweenness"
        members={members}
        empty="No member lies between others."
      />
      <RankingTable
        networkId={networkId}
        title="Most constrained"
        metric="constraint"
        members={members}
        empty="No member has ties."
      />
      <RankingTable
        networkId={networkId}
        title="Most vulnerable"
        metric="vulnerability"
        members={members}
        empty="Members' vulnerability is visible to the network's managers; yours is on your position page."
      />
    </SimpleGrid>
  );
}
