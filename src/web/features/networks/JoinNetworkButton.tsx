import { Button, Menu } from '@mantine/core';
import { Link } from 'react-router';
import type { Network } from '../../api/networks.ts';
import type { Org } from '../../api/orgs.ts';
import { notifyFailure, notifySuccess } from '../../components/notify.ts';
import { useCurrentOrg } from '../orgs/CurrentOrgContext.ts';
import { useRequestToJoin } from './useNetworks.ts';

/** Asks to join with one of the user's organizations, or accepts the network's invitation. */
export function JoinNetworkButton({ network }: { network: Network }) {
  const { orgs } = useCurrentOrg();
  const requestToJoin = useRequestToJoin();
  const statusOf = (orgId: string) => network.myMemberships.find((m) => m.orgId === orgId)?.status;
  const candidates = orgs.filter((o) => o.abilities.manageMembers && (!statusOf(o.id) || statusOf(o.id) === 'invited'));
  if (orgs.length === 0) {
    return (
      <Button size="xs" variant="default" component={Link} to="/org/new">
        Create an organization to join
      </Button>
    );
  }
  if (candidates.length === 0) return null;

  const join = (org: Org) => {
    const invited = statusOf(org.id) === 'invited';
    requestToJoin.mutate(
      { networkId: network.id, orgId: org.id },
      {
        onSuccess: (result) =>
          notifySuccess(
            result.status === 'active'
              ? `${org.name} is now a member of ${network.name}`
              : `Request sent. ${network.managingOrg.name} will review it.`,
          ),
        onError: (error) =>
          notifyFailure(error, invited ? 'Could not accept the invitation' : 'Could not send the request'),
      },
    );
  };

  const label = (org: Org) => (statusOf(org.id) === 'invited' ? `Accept invitation for ${org.name}` : org.name);
  const [only] = candidates;
  if (candidates.length === 1 && only) {
    return (
      <Button size="xs" loading={requestToJoin.isPending} onClick={() => join(only)}>
        {statusOf(only.id) === 'invited' ? 'Accept invitation' : 'Request to join'}
      </Button>
    );
  }
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button size="xs" loading={requestToJoin.isPending}>
          Request to join…
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>Join as</Menu.Label>
        {candidates.map((org) => (
          <Menu.Item key={org.id} onClick={() => join(org)}>
            {label(org)}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
