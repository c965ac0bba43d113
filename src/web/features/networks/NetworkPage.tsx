import { Anchor, Badge, Breadcrumbs, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { Link, Navigate, useLocation, useNavigate, useParams } from 'react-router';
import type { Network } from '../../api/networks.ts';
import { PageLoader } from '../../components/PageLoader.tsx';
import { QueryErrorAlert } from '../../components/QueryErrorAlert.tsx';
import { directoryModeLabels, networkKindLabels } from '../../components/vocabularyLabels.ts';
import { MemberDirectory } from './directory/MemberDirectory.tsx';
import { JoinNetworkButton } from './JoinNetworkButton.tsx';
import { LazyNetworkDashboardTab, LazyNetworkMapTab } from '../network-analytics/lazyPages.tsx';
import { ManageNetworkTab } from './manage/ManageNetworkTab.tsx';
import { MyMembershipBadges } from './MyMembershipBadges.tsx';
import { useNetwork } from './useNetworks.ts';

export function NetworkHeader({ network }: { network: Network }) {
  return (
    <Stack gap={6}>
      <Group gap="sm" align="center" justify="space-between">
        <Group gap="sm">
          <Title order={1} size="h2">
            {network.name}
          </Title>
          <Badge variant="light" color="indigo">
            {networkKindLabels[network.kind]}
          </Badge>
        </Group>
        <Group gap="sm">
          <MyMembershipBadges network={network} />
          <JoinNetworkButton network={network} />
        </Group>
      </Group>
      <Text size="sm" c="dimmed">
        Managed by {network.managingOrg.name} · {network.memberCount} active members ·{' '}
        {directoryModeLabels[network.directory]}
      </Text>
      {network.description && (
        <Text size="sm" maw={820}>
          {network.description}
        </Text>
      )}
    </Stack>
  );
}

export function NetworkPage() {
  const { networkId = '', tab = 'directory' } = useParams();
  const { search } = useLocation();
  const navigate = useNavigate();
  const network = useNetwork(networkId);

  if (network.isPending) return <PageLoader />;
  if (network.isError) return <QueryErrorAlert error={network.error} onRetry={() => void network.refetch()} />;
  const analysisTabs = ['map', 'dashboard'];
  if (tab !== 'directory' && !analysisTabs.includes(tab) && !(tab === 'manage' && network.data.abilities.manage)) {
    return <Navigate to={`/networks/${networkId}`} replace />;
  }
  return (
    <Stack gap="lg">
      <Breadcrumbs>
        <Anchor component={Link} to="/networks" size="sm">
          Networks
        </Anchor>
        <Text size="sm">{network.data.name}</Text>
      </Breadcrumbs>
      <NetworkHeader network={network.data} />
      <Tabs
        value={tab}
        onChange={(next) =>
          navigate(next && next !== 'directory' ? `/networks/${networkId}/${next}` : `/networks/${networkId}${search}`)
        }
      >
        <Tabs.List mb="md">
          <Tabs.Tab value="directory">Member directory</Tabs.Tab>
          <Tabs.Tab value="map">Map</Tabs.Tab>
          <Tabs.Tab value="dashboard">Dashboard</Tabs.Tab>
          {network.data.abilities.manage && <Tabs.Tab value="manage">Manage</Tabs.Tab>}
        </Tabs.List>
        <Tabs.Panel value="directory">{tab === 'directory' && <MemberDirectory network={network.data} />}</Tabs.Panel>
        <Tabs.Panel value="map">{tab === 'map' && <LazyNetworkMapTab networkId={networkId} />}</Tabs.Panel>
        <Tabs.Panel value="dashboard">
          {tab === 'dashboard' && <LazyNetworkDashboardTab networkId={networkId} />}
        </Tabs.Panel>
        <Tabs.Panel value="manage">{tab === 'manage' && <ManageNetworkTab network={network.data} />}</Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
