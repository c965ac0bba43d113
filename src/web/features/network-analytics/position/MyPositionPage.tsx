import { Anchor, Select, Stack } from '@mantine/core';
import { Link, useSearchParams } from 'react-router';
import { EmptyState } from '../../../components/EmptyState.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { PageLoader } from '../../../components/PageLoader.tsx';
import { QueryErrorAlert } from '../../../components/QueryErrorAlert.tsx';
import { useNetworks } from '../../networks/useNetworks.ts';
import { useCurrentOrg } from '../../orgs/CurrentOrgContext.ts';
import { PositionDetails } from './PositionDetails.tsx';

/** "My position": the current organization's place in each network it is an active member of. */
export function MyPositionPage() {
  const { currentOrg } = useCurrentOrg();
  const networks = useNetworks();
  const [searchParams, setSearchParams] = useSearchParams();

  if (!currentOrg) {
    return (
      <EmptyState
        title="No organization yet"
        description="Create your organization and join a network to see your position in it."
        action={
          <Anchor component={Link} to="/org/new">
            Create your organization
          </Anchor>
        }
      />
    );
  }
  if (networks.isPending) return <PageLoader />;
  if (networks.isError) return <QueryErrorAlert error={networks.error} onRetry={() => void networks.refetch()} />;

  const memberOf = networks.data.filter((n) =>
    n.myMemberships.some((m) => m.orgId === currentOrg.id && m.status === 'active'),
  );
  const requested = searchParams.get('network');
  const network = memberOf.find((n) => n.id === requested) ?? memberOf[0] ?? null;
  const networkId = network?.id ?? null;
  const networkName = network?.name ?? null;

  return (
    <Stack gap="lg">
      <PageHeader
        title="My position"
        description={`Where ${currentOrg.name} stands${
          networkName ? ` in ${networkName}` : ' in its networks'
        }: centrality, brokerage, ties and vulnerability.`}
        actions={
          memberOf.length > 1 ? (
            <Select
              aria-label="Network"
              data={memberOf.map((n) => ({ value: n.id, label: n.name }))}
              value={networkId}
              onChange={(value) => value && setSearchParams({ network: value })}
              allowDeselect={false}
              w={280}
            />
          ) : undefined
        }
      />
      {networkId === null ? (
        <EmptyState
          title="Not a member of any network"
          description={`${currentOrg.name} is not an active member of a network yet.`}
          action={
            <Anchor component={Link} to="/networks">
              Find a network
            </Anchor>
          }
        />
      ) : (
        <PositionDetails key={`${networkId}-${currentOrg.id}`} networkId={networkId} orgId={currentOrg.id} />
      )}
    </Stack>
  );
}
