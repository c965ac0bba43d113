import { Group, Select, Stack } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { EmptyState } from '../../components/EmptyState.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { PageLoader } from '../../components/PageLoader.tsx';
import { QueryErrorAlert } from '../../components/QueryErrorAlert.tsx';
import { MemberDirectory } from './directory/MemberDirectory.tsx';
import { useNetworks } from './useNetworks.ts';

/** The directory of one network at a time, starting with a network the user belongs to. */
export function DirectoryPage() {
  const networks = useNetworks();
  const [params, setParams] = useSearchParams();
  if (networks.isPending) return <PageLoader />;
  if (networks.isError) return <QueryErrorAlert error={networks.error} onRetry={() => void networks.refetch()} />;

  const items = networks.data;
  const browsable = items.filter(
    (n) => n.directory === 'public' || n.abilities.manage || n.myMemberships.some((m) => m.status === 'active'),
  );
  const isMine = (id: string) =>
    items.some((n) => n.id === id && (n.abilities.manage || n.myMemberships.some((m) => m.status === 'active')));
  const requested = params.get('network');
  const network = browsable.find((n) => n.id === requested) ?? browsable.find((n) => isMine(n.id)) ?? browsable[0];

  return (
    <Stack gap="lg">
      <PageHeader
        title="Directory"
        description="Find organizations by what they do, where they are and what they offer or need."
        actions={
          browsable.length > 1 && network ? (
            <Group>
              <Select
                aria-label="Network"
                w={320}
                data={browsable.map((n) => ({ value: n.id, label: n.name }))}
                value={network.id}
                allowDeselect={false}
                onChange={(id) => id && setParams({ network: id })}
              />
            </Group>
          ) : undefined
        }
      />
      {network ? (
        <MemberDirectory key={network.id} network={network} />
      ) : (
        <EmptyState
          title="No directory to browse"
          description="Join a network, or create one, to see its members here."
        />
      )}
    </Stack>
  );
}
