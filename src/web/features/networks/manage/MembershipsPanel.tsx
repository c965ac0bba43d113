import { Badge, Group, Pagination, Paper, SegmentedControl, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { foldText } from '../../../../common/foldText.ts';
import type { NetworkMemberStatus } from '../../../../common/vocabulary.ts';
import type { Network } from '../../../api/networks.ts';
import { PageLoader } from '../../../components/PageLoader.tsx';
import { QueryErrorAlert } from '../../../components/QueryErrorAlert.tsx';
import { useNetworkMemberships } from '../useNetworkMemberships.ts';
import { MembershipsTable } from './MembershipsTable.tsx';

const pageSize = 25;
type StatusFilter = 'all' | Exclude<NetworkMemberStatus, 'requested'>;

export function MembershipsPanel({ network }: { network: Network }) {
  const memberships = useNetworkMemberships(network.id);
  const [status, setStatus] = useState<StatusFilter>('all');
  const [text, setText] = useState('');
  const [page, setPage] = useState(1);

  if (memberships.isPending) return <PageLoader />;
  if (memberships.isError)
    return <QueryErrorAlert error={memberships.error} onRetry={() => void memberships.refetch()} />;
  const requests = memberships.data.filter((m) => m.status === 'requested');
  const others = memberships.data
    .filter((m) => m.status !== 'requested' && (status === 'all' || m.status === status))
    .filter((m) => foldText(m.orgName).includes(foldText(text.trim())));
  const pages = Math.max(1, Math.ceil(others.length / pageSize));
  const shownPage = Math.min(page, pages);

  return (
    <Stack gap="md">
      <Paper withBorder radius="md" p="md">
        <Group gap="xs" mb="sm">
          <Title order={2} size="h5">
            Requests to join
          </Title>
          {requests.length > 0 && <Badge color="yellow">{requests.length}</Badge>}
        </Group>
        {requests.length === 0 ? (
          <Text size="sm" c="dimmed">
            No pending requests.
          </Text>
        ) : (
          <MembershipsTable network={network} memberships={requests} testId="join-requests" />
        )}
      </Paper>
      <Paper withBorder radius="md" p="md">
        <Group justify="space-between" mb="sm" wrap="wrap">
          <Title order={2} size="h5">
            Members
          </Title>
          <Group gap="sm">
            <TextInput
              size="xs"
              placeholder="Filter by name"
              value={text}
              aria-label="Filter members by name"
              onChange={(e) => {
                setText(e.currentTarget.value);
                setPage(1);
              }}
            />
            <SegmentedControl
              size="xs"
              value={status}
              onChange={(v) => {
                setStatus(v as StatusFilter);
                setPage(1);
              }}
              data={[
                { value: 'all', label: 'All' },
                { value: 'active', label: 'Active' },
                { value: 'suspended', label: 'Suspended' },
                { value: 'invited', label: 'Invited' },
              ]}
            />
          </Group>
        </Group>
        {others.length === 0 ? (
          <Text size="sm" c="dimmed">
            No memberships match.
          </Text>
        ) : (
          <MembershipsTable
            network={network}
            memberships={others.slice((shownPage - 1) * pageSize, shownPage * pageSize)}
            testId="network-memberships"
          />
        )}
        {pages > 1 && (
          <Group justify="center" mt="sm">
            <Pagination size="sm" total={pages} value={shownPage} onChange={setPage} />
          </Group>
        )}
      </Paper>
    </Stack>
  );
}
