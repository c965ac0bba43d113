import { Anchor, Group, Stack, Text, Title } from '@mantine/core';
import type { MapMember } from '../../../api/networkAnalytics.ts';
import { formatMetric, memberMetricInfo } from '../metricCatalog.ts';
import { MetricLabel } from '../shared/MetricLabel.tsx';

// What the side panel shows before a member is chosen: how to use the map and who the brokers are.

export function topMembersBy(
  members: Iterable<MapMember>,
  value: (member: MapMember) => number | null,
  count: number,
): MapMember[] {
  return [...members]
    .filter((m) => value(m) !== null)
    .sort((a, b) => (value(b) ?? 0) - (value(a) ?? 0) || a.name.localeCompare(b.name))
    .slice(0, count);
}

export function MapOverview({
  members,
  onSelect,
}: {
  members: Map<string, MapMember>;
  onSelect: (orgId: string) => void;
}) {
  const brokers = topMembersBy(members.values(), (m) => m.metrics.betweenness, 8);
  const articulation = [...members.values()].filter((m) => m.metrics.articulation).length;
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        Click a member on the map, or find it by name, to see its metrics, its ties and its vulnerability. Scroll to
        zoom, drag to move.
      </Text>
      <Text size="sm">
        {articulation === 0
          ? 'No single member holds the network together.'
          : `${articulation} ${articulation === 1 ? 'member holds' : 'members hold'} parts of the network together (articulation points, drawn with a dark ring).`}
      </Text>
      <Stack gap={4}>
        <Title order={2} size="h6">
          Top brokers by <MetricLabel label="betweenness" help={memberMetricInfo.betweenness.help} size="sm" fw={700} />
        </Title>
        <Stack gap={2} data-testid="top-brokers">
          {brokers.map((member, i) => (
            <Group key={member.orgId} justify="space-between" wrap="nowrap">
              <Anchor component="button" type="button" size="sm" ta="left" onClick={() => onSelect(member.orgId)}>
                {i + 1}. {member.name}
              </Anchor>
              <Text size="xs" ff="monospace" c="dimmed">
                {formatMetric(member.metrics.betweenness, 'decimal')}
              </Text>
            </Group>
          ))}
        </Stack>
      </Stack>
    </Stack>
  );
}
