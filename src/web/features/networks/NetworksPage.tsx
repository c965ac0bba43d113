import { Button, SimpleGrid, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import type { Network } from '../../api/networks.ts';
import { EmptyState } from '../../components/EmptyState.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { PageLoader } from '../../components/PageLoader.tsx';
import { QueryErrorAlert } from '../../components/QueryErrorAlert.tsx';
import { CreateNetworkModal } from './CreateNetworkModal.tsx';
import { NetworkCard } from './NetworkCard.tsx';
import { useNetworks } from './useNetworks.ts';

function NetworkGrid({ title, networks }: { title: string; networks: Network[] }) {
  if (networks.length === 0) return null;
  return (
    <Stack gap="sm">
      <Title order={2} size="h4">
        {title}
      </Title>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        {networks.map((network) => (
          <NetworkCard key={network.id} network={network} />
        ))}
      </SimpleGrid>
    </Stack>
  );
}

export function NetworksPage() {
  const networks = useNetworks();
  const [creating, setCreating] = useState(false);
  const createButton = <Button onClick={() => setCreating(true)}>Create network</Button>;
  const items = networks.data ?? [];
  const mine = items.filter((n) => n.abilities.manage || n.myMemberships.length > 0);
  const others = items.filter((n) => !mine.includes(n));

  return (
    <Stack gap="lg">
      <PageHeader
        title="Networks"
        description="Clusters, associations, cooperatives and supply chains. Join one to find partners in its directory."
        actions={createButton}
      />
      {networks.isPending && <PageLoader />}
      {networks.isError && <QueryErrorAlert error={networks.error} onRetry={() => void networks.refetch()} />}
      {networks.data && items.length === 0 && (
        <EmptyState
          title="No networks yet"
          description="There is no public network on this server yet. Start one for your cluster or association."
          action={createButton}
        />
      )}
      <NetworkGrid title="Your networks" networks={mine} />
      <NetworkGrid title={mine.length > 0 ? 'Other public networks' : 'Public networks'} networks={others} />
      {creating && <CreateNetworkModal onClose={() => setCreating(false)} />}
    </Stack>
  );
}
