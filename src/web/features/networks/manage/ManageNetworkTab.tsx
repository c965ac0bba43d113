import { Badge, Stack, Tabs } from '@mantine/core';
import type { Network } from '../../../api/networks.ts';
import { useNetworkMemberships } from '../useNetworkMemberships.ts';
import { CsvImportPanel } from './CsvImportPanel.tsx';
import { InviteOrgForm } from './InviteOrgForm.tsx';
import { MembershipsPanel } from './MembershipsPanel.tsx';
import { NetworkMatchDefaultsPanel } from './NetworkMatchDefaultsPanel.tsx';
import { NetworkSettingsForm } from './NetworkSettingsForm.tsx';

export function ManageNetworkTab({ network }: { network: Network }) {
  const memberships = useNetworkMemberships(network.id);
  const requests = (memberships.data ?? []).filter((m) => m.status === 'requested').length;
  return (
    <Tabs variant="pills" defaultValue="members" keepMounted={false}>
      <Tabs.List mb="md">
        <Tabs.Tab
          value="members"
          rightSection={
            requests > 0 ? (
              <Badge size="xs" color="yellow" circle>
                {requests}
              </Badge>
            ) : undefined
          }
        >
          Members and requests
        </Tabs.Tab>
        <Tabs.Tab value="add">Invite or import</Tabs.Tab>
        <Tabs.Tab value="settings">Settings</Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="members">
        <MembershipsPanel network={network} />
      </Tabs.Panel>
      <Tabs.Panel value="add">
        <Stack gap="md">
          <InviteOrgForm network={network} />
          <CsvImportPanel network={network} />
        </Stack>
      </Tabs.Panel>
      <Tabs.Panel value="settings">
        <Stack gap="md">
          <NetworkSettingsForm network={network} />
          <NetworkMatchDefaultsPanel network={network} />
        </Stack>
      </Tabs.Panel>
    </Tabs>
  );
}
