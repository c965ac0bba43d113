import { Stack } from '@mantine/core';
import { NetworkMapView } from './map/NetworkMapView.tsx';
import { AnalyticsGate } from './shared/AnalyticsGate.tsx';

export function NetworkMapTab({ networkId }: { networkId: string }) {
  return (
    <Stack gap="sm">
      <AnalyticsGate networkId={networkId}>
        {(analytics, snapshot) => (
          <NetworkMapView key={snapshot.id} networkId={networkId} analytics={analytics} snapshot={snapshot} />
        )}
      </AnalyticsGate>
    </Stack>
  );
}
