import { Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import type { NetworkMetricValues } from '../../../api/networkAnalytics.ts';
import { formatMetric, networkMetricInfo, type NetworkMetricKey } from '../metricCatalog.ts';
import { MetricLabel } from '../shared/MetricLabel.tsx';

const cardOrder: NetworkMetricKey[] = [
  'members',
  'ties',
  'density',
  'components',
  'largestComponent',
  'averagePathLength',
  'diameter',
  'degreeCentralization',
  'reciprocity',
  'sectorAssortativity',
  'modularity',
  'communities',
];

function qualifier(key: NetworkMetricKey, metrics: NetworkMetricValues): string | null {
  if (key === 'diameter') return metrics.diameterExact ? 'exact' : `estimate; at most ${metrics.diameterUpperBound}`;
  if (key === 'averagePathLength') return metrics.averagePathLengthExact ? 'exact' : 'estimated from a sample';
  if (key === 'reciprocity' && metrics.reciprocity === null) return 'no supply relations declared';
  if (key === 'sectorAssortativity' && metrics.sectorAssortativity === null) return 'undefined for this network';
  return null;
}

function change(key: NetworkMetricKey, current: NetworkMetricValues, previous: NetworkMetricValues | null) {
  const now = current[key];
  const before = previous?.[key];
  if (now === null || before === null || before === undefined || now === before) return null;
  const difference = now - before;
  return `${difference > 0 ? '+' : '−'}${formatMetric(Math.abs(difference), networkMetricInfo[key].format)} since the previous analysis`;
}

export function NetworkStatCards({
  metrics,
  previous,
}: {
  metrics: NetworkMetricValues;
  previous: NetworkMetricValues | null;
}) {
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, md: 4 }} spacing="sm" data-testid="network-stat-cards">
      {cardOrder.map((key) => {
        const info = networkMetricInfo[key];
        const note = qualifier(key, metrics);
        const delta = change(key, metrics, previous);
        return (
          <Paper key={key} withBorder radius="md" p="sm" data-stat={key}>
            <Stack gap={2}>
              <MetricLabel label={info.label} help={info.help} size="xs" c="dimmed" />
              <Text fw={700} size="xl" data-testid={`stat-${key}`}>
                {formatMetric(metrics[key], info.format)}
              </Text>
              {note && (
                <Text size="xs" c="dimmed">
                  {note}
                </Text>
              )}
              {delta && (
                <Text size="xs" c="indigo">
                  {delta}
                </Text>
              )}
            </Stack>
          </Paper>
        );
      })}
    </SimpleGrid>
  );
}
