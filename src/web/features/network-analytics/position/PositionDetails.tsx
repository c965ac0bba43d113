import { Anchor, Badge, Group, Loader, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { EmptyState } from '../../../components/EmptyState.tsx';
import { formatDateTime } from '../../../components/formatDate.ts';
import { QueryErrorAlert } from '../../../components/QueryErrorAlert.tsx';
import { MemberMetricsTable } from '../shared/MemberMetricsTable.tsx';
import { useMemberPosition, useMemberVulnerability } from '../useNetworkAnalytics.ts';
import { VulnerabilityDetails } from '../vulnerability/VulnerabilityDetails.tsx';
import { PositionTiesTable } from './PositionTiesTable.tsx';
import { VulnerabilityHistoryChart } from './VulnerabilityHistoryChart.tsx';

// One organization's place in one network: its metrics with percentiles, its ties, and its
// vulnerability with evidence, mitigation advice and history.

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder radius="md" p="md">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {title}
        </Title>
        {children}
      </Stack>
    </Paper>
  );
}

function VulnerabilitySection({ networkId, orgId }: { networkId: string; orgId: string }) {
  const vulnerability = useMemberVulnerability(networkId, orgId);
  if (vulnerability.isPending) return <Loader size="sm" />;
  if (vulnerability.isError) return <QueryErrorAlert error={vulnerability.error} />;
  const { latest, history } = vulnerability.data;
  if (!latest) return <Text size="sm">Not assessed yet.</Text>;
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
      <VulnerabilityDetails vulnerability={latest.vulnerability} defaultOpen />
      <Stack gap={4}>
        <Text size="sm" fw={600}>
          Over time
        </Text>
        <VulnerabilityHistoryChart history={history} />
      </Stack>
    </SimpleGrid>
  );
}

export function PositionDetails({ networkId, orgId }: { networkId: string; orgId: string }) {
  const position = useMemberPosition(networkId, orgId);
  if (position.isPending) return <Loader size="sm" />;
  if (position.isError) return <QueryErrorAlert error={position.error} onRetry={() => void position.refetch()} />;
  const latest = position.data.latest;
  if (!latest) {
    return (
      <EmptyState
        title="Not analysed yet"
        description="Your position appears here once the network's managers have analysed the network with your organization in it."
      />
    );
  }
  return (
    <Stack gap="md" data-testid="position-details">
      <Group gap="sm">
        <Badge variant="light" color="gray" size="lg">
          Community {latest.community + 1}: {latest.communitySize} of {latest.members} members
        </Badge>
        <Badge variant="light" color="indigo" size="lg">
          {latest.ties.length} {latest.ties.length === 1 ? 'tie' : 'ties'}
        </Badge>
        {latest.metrics.articulation && (
          <Badge color="dark" size="lg">
            Articulation point: parts of the network reach each other only through you
          </Badge>
        )}
        <Text size="xs" c="dimmed">
          Analysed {formatDateTime(latest.finishedAt)} ·{' '}
          <Anchor underline="always" component={Link} to={`/networks/${networkId}/map?member=${orgId}`} size="xs">
            see yourself on the map
          </Anchor>
        </Text>
      </Group>
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        <Section title="Your metrics">
          <MemberMetricsTable metrics={latest.metrics} percentiles={latest.percentiles} />
        </Section>
        <Section title="Your ties">
          <PositionTiesTable ties={latest.ties} />
        </Section>
      </SimpleGrid>
      <Section title="Your vulnerability">
        <VulnerabilitySection networkId={networkId} orgId={orgId} />
      </Section>
    </Stack>
  );
}
