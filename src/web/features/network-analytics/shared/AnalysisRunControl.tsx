import { Alert, Button, Group, Progress, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import type { NetworkAnalytics } from '../../../api/networkAnalytics.ts';
import { formatDateTime } from '../../../components/formatDate.ts';
import { notifyFailure } from '../../../components/notify.ts';
import { networkAnalyticsKeys } from '../networkAnalyticsQueryKeys.ts';
import { analysisInProgress, useStartAnalysis } from '../useNetworkAnalytics.ts';

// When the network was last analysed, the button to analyse it again (for those who may), and the
// progress of a running analysis, which the analytics query polls.

function RunProgress({ run }: { run: NonNullable<NetworkAnalytics['run']> }) {
  const progress = run.progress;
  const share = progress && progress.total > 0 ? (progress.done / progress.total) * 100 : null;
  return (
    <Stack gap={4} w={260} data-testid="analysis-progress">
      <Text size="xs">
        {run.status === 'queued' ? 'Waiting for a worker…' : `Analysing: ${progress?.stage ?? 'starting'}`}
        {progress && progress.total > 0 ? ` (${progress.done}/${progress.total})` : ''}
      </Text>
      <Progress value={share ?? 100} animated={share === null} striped size="sm" aria-label="Analysis progress" />
    </Stack>
  );
}

export function AnalysisRunControl({ networkId, analytics }: { networkId: string; analytics: NetworkAnalytics }) {
  const start = useStartAnalysis(networkId);
  const queryClient = useQueryClient();
  const inProgress = analysisInProgress(analytics);
  const wasInProgress = useRef(inProgress);

  useEffect(() => {
    // A finished analysis changes every member's figures: refresh everything of this network.
    if (wasInProgress.current && !inProgress) {
      void queryClient.invalidateQueries({ queryKey: networkAnalyticsKeys.network(networkId) });
    }
    wasInProgress.current = inProgress;
  }, [inProgress, networkId, queryClient]);

  const latest = analytics.latest;
  return (
    <Stack gap="xs">
      <Group justify="space-between" align="center">
        <Text size="sm" c="dimmed" data-testid="analysis-date" data-snapshot-id={latest?.id ?? ''}>
          {latest
            ? `Analysed ${formatDateTime(latest.finishedAt)} · ${latest.network.members} members · ${latest.network.ties} ties`
            : 'This network has not been analysed yet.'}
        </Text>
        <Group gap="sm">
          {inProgress && analytics.run && <RunProgress run={analytics.run} />}
          {analytics.abilities.run && (
            <Button
              size="xs"
              loading={start.isPending}
              disabled={inProgress}
              onClick={() =>
                start.mutate(undefined, { onError: (error) => notifyFailure(error, 'Could not start the analysis') })
              }
            >
              {latest ? 'Run a new analysis' : 'Analyse the network'}
            </Button>
          )}
        </Group>
      </Group>
      {analytics.run?.status === 'failed' && (
        <Alert color="red" variant="light" title="The last analysis failed">
          {analytics.run.error ?? 'No reason was recorded.'}
        </Alert>
      )}
    </Stack>
  );
}
