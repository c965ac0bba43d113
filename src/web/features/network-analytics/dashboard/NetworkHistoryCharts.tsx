import { Paper, SimpleGrid, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import type { HistoryPoint } from '../../../api/networkAnalytics.ts';
import { networkMetricInfo, type NetworkMetricKey } from '../metricCatalog.ts';
import { EChart } from '../shared/EChart.tsx';
import { historyChartOption } from '../shared/historyChartOption.ts';

// The network-level figures over time, grouped by scale so that each chart stays readable.

const groups: { title: string; left: NetworkMetricKey[]; right?: NetworkMetricKey[] }[] = [
  { title: 'Size', left: ['members', 'ties'], right: ['components', 'communities'] },
  {
    title: 'Cohesion and structure',
    left: ['density', 'degreeCentralization', 'modularity', 'reciprocity', 'sectorAssortativity'],
  },
  { title: 'Distances', left: ['averagePathLength', 'diameter'] },
];

const shortDate = new Intl.DateTimeFormat(undefined, {
  month: 'short',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

export function NetworkHistoryCharts({ history }: { history: HistoryPoint[] }) {
  const options = useMemo(() => {
    const dates = history.map((point) => shortDate.format(new Date(point.finishedAt)));
    return groups.map((group) =>
      historyChartOption(dates, [
        ...group.left.map((key) => ({
          name: networkMetricInfo[key].label,
          values: history.map((p) => p.network[key]),
        })),
        ...(group.right ?? []).map((key) => ({
          name: networkMetricInfo[key].label,
          values: history.map((p) => p.network[key]),
          rightAxis: true,
        })),
      ]),
    );
  }, [history]);

  return (
    <SimpleGrid cols={{ base: 1, md: 3 }} spacing="sm">
      {groups.map((group, i) => (
        <Paper key={group.title} withBorder radius="md" p="sm">
          <Title order={3} size="h6" mb={4}>
            {group.title}
          </Title>
          {history.length < 2 && (
            <Text size="xs" c="dimmed">
              One analysis so far: the lines grow with each new analysis.
            </Text>
          )}
          <EChart option={options[i]!} height={220} testId={`history-chart-${i}`} />
        </Paper>
      ))}
    </SimpleGrid>
  );
}
