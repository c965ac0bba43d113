import { Alert } from '@mantine/core';
import type { ReactNode } from 'react';
import type { NetworkAnalytics, Snapshot } from '../../../api/networkAnalytics.ts';
import { EmptyState } from '../../../components/EmptyState.tsx';
import { PageLoader } from '../../../components/PageLoader.tsx';
import { QueryErrorAlert } from '../../../components/QueryErrorAlert.tsx';
import { useNetworkAnalytics } from '../useNetworkAnalytics.ts';
import { isHiddenFromActor } from './analyticsErrors.ts';
import { AnalysisRunControl } from './AnalysisRunControl.tsx';

// Loads a network's analytics and shows the run control above whatever needs the latest snapshot.

interface AnalyticsGateProps {
  networkId: string;
  children: (analytics: NetworkAnalytics, snapshot: Snapshot) => ReactNode;
}

export function AnalyticsGate({ networkId, children }: AnalyticsGateProps) {
  const analytics = useNetworkAnalytics(networkId);
  if (analytics.isPending) return <PageLoader label="Loading the network's analysis…" />;
  if (analytics.isError) {
    if (isHiddenFromActor(analytics.error)) {
      return (
        <Alert color="gray" variant="light" title="Members only">
          The network's map and figures are visible to its active members.
        </Alert>
      );
    }
    return <QueryErrorAlert error={analytics.error} onRetry={() => void analytics.refetch()} />;
  }
  const { latest } = analytics.data;
  return (
    <>
      <AnalysisRunControl networkId={networkId} analytics={analytics.data} />
      {latest ? (
        children(analytics.data, latest)
      ) : (
        <EmptyState
          title="No analysis yet"
          description={
            analytics.data.abilities.run
              ? 'Analyse the network to compute its structure, every member’s position and vulnerability.'
              : 'The network’s managers have not analysed it yet.'
          }
        />
      )}
    </>
  );
}
