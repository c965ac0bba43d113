import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { Network } from '../../api/networks.ts';
import { directoryModeLabels, networkKindLabels } from '../../components/vocabularyLabels.ts';
import { JoinNetworkButton } from './JoinNetworkButton.tsx';
import { MyMembershipBadges } from './MyMembershipBadges.tsx';

export function NetworkCard({ network }: { network: Network }) {
  return (
    <Card withBorder radius="md" padding="lg" data-testid="network-card">
      <Stack gap="sm" h="100%">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={2}>
            <Title order={3} size="h4">
              {network.name}
            </Title>
            <Text size="xs" c="dimmed">
              Managed by {network.managingOrg.name}
            </Text>
          </Stack>
          <Badge variant="light" color="indigo" style={{ flexShrink: 0 }}>
            {networkKindLabels[network.kind]}
          </Badge>
        </Group>
        <Text size="sm" c={network.description ? undefined : 'dimmed'} lineClamp={3} style={{ flex: 1 }}>
          {network.description || 'No description yet.'}
        </Text>
        <Group gap="xs">
          <Badge variant="outline" color="gray">
            {network.memberCount} {network.memberCount === 1 ? 'member' : 'members'}
          </Badge>
          <Badge variant="outline" color="gray">
            {directoryModeLabels[network.directory]}
          </Badge>
          {network.abilities.manage && (
            <Badge variant="filled" color="grape">
              You manage it
            </Badge>
          )}
        </Group>
        <Group justify="space-between" mt="xs">
          <MyMembershipBadges network={network} />
          <Group gap="xs" ml="auto">
            <JoinNetworkButton network={network} />
            <Button size="xs" variant="light" component={Link} to={`/networks/${network.id}`}>
              Open
            </Button>
          </Group>
        </Group>
      </Stack>
    </Card>
  );
}
