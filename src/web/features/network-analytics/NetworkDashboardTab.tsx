import { Stack, Text, Title } from '@mantine/core';
import { NetworkHistoryCharts } from './dashboard/NetworkHistoryCharts.tsx';
import { NetworkStatCards } from './dashboard/NetworkStatCards.tsx';
import { TopMembersTables } from './dashboard/TopMembersTables.tsx';
import { AnalyticsGate } from './shared/AnalyticsGate.tsx';

export function NetworkDashboardTab({ networkId }: { networkId: string }) {
  return (
    <Stack gap="md">
      <AnalyticsGate networkId={networkId}>
        {(analytics, snapshot) => {
          const previous = analytics.history.length >= 2 ? analytics.history[analytics.history.length - 2]! : null;
          const { betweenness } = snapshot.parameters;
          return (
            <Stack gap="md" data-testid="network-dashboard">
              <NetworkStatCards metrics={snapshot.network} previous={previous?.network ?? null} />
              <Title order={2} size="h4">
                Over time
              </Title>
              <NetworkHistoryCharts history={analytics.history} />
              <Title order={2} size="h4">
                Members who stand out
              </Title>
              <TopMembersTables networkId={networkId} members={snapshot.members} />
              <Text size="xs" c="dimmed">
                Betweenness{' '}
                {betweenness.mode === 'exact'
                  ? 'is exact'
                  : `is estimated from ${betweenness.samples ?? 'sampled'} shortest paths, within ±${betweenness.epsilon} with probability ${1 - (betweenness.delta ?? 0)}`}
                . Tie weights: {snapshot.parameters.weighting}
              </Text>
            </Stack>
          );
        }}
      </AnalyticsGate>
    </Stack>
  );
}
