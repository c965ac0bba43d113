import { Button, Group } from '@mantine/core';
import type { Membership, Network } from '../../../api/networks.ts';
import { ConfirmButton } from '../../../components/ConfirmButton.tsx';
import { notifyFailure, notifySuccess } from '../../../components/notify.ts';
import { useRemoveMembership, useSetMembershipStatus, useSetMemberVerified } from '../useNetworkMemberships.ts';

/** Verifying vouches for an active member; partner suggestions count it as trust. */
function VerifyButton({ network, membership }: { network: Network; membership: Membership }) {
  const setVerified = useSetMemberVerified(network.id);
  const verified = membership.verifiedAt !== null;
  const toggle = () =>
    setVerified.mutate(
      { orgId: membership.orgId, verified: !verified },
      {
        onSuccess: () =>
          notifySuccess(verified ? `${membership.orgName} is no longer verified` : `${membership.orgName} verified`),
        onError: (error) => notifyFailure(error),
      },
    );
  return (
    <Button
      size="xs"
      variant={verified ? 'subtle' : 'light'}
      color={verified ? 'gray' : 'blue'}
      loading={setVerified.isPending}
      onClick={toggle}
    >
      {verified ? 'Withdraw verification' : 'Verify'}
    </Button>
  );
}

/** Admit, verify, suspend, reinstate or remove one membership, as its status allows. */
export function MembershipActions({ network, membership }: { network: Network; membership: Membership }) {
  const setStatus = useSetMembershipStatus(network.id);
  const remove = useRemoveMembership(network.id);
  if (membership.orgId === network.managingOrg.id) return null;

  const change = (status: 'active' | 'suspended', done: string) =>
    setStatus.mutate(
      { orgId: membership.orgId, status },
      { onSuccess: () => notifySuccess(done), onError: (error) => notifyFailure(error) },
    );
  const removeLabel =
    membership.status === 'requested' ? 'Decline' : membership.status === 'invited' ? 'Withdraw' : 'Remove';

  return (
    <Group gap={4} justify="flex-end">
      {membership.status === 'requested' && (
        <Button
          size="xs"
          color="teal"
          loading={setStatus.isPending}
          onClick={() => change('active', `${membership.orgName} admitted`)}
        >
          Admit
        </Button>
      )}
      {membership.status === 'active' && <VerifyButton network={network} membership={membership} />}
      {membership.status === 'active' && (
        <Button
          size="xs"
          variant="light"
          color="orange"
          loading={setStatus.isPending}
          onClick={() => change('suspended', `${membership.orgName} suspended`)}
        >
          Suspend
        </Button>
      )}
      {membership.status === 'suspended' && (
        <Button
          size="xs"
          variant="light"
          color="teal"
          loading={setStatus.isPending}
          onClick={() => change('active', `${membership.orgName} reinstated`)}
        >
          Reinstate
        </Button>
      )}
      <ConfirmButton
        size="xs"
        variant="subtle"
        color="red"
        question={`${removeLabel} ${membership.orgName}? It disappears from the directory.`}
        confirmLabel={removeLabel}
        onConfirm={() =>
          remove.mutate(membership.orgId, {
            onSuccess: () => notifySuccess(`${membership.orgName}: ${removeLabel.toLowerCase()}d`),
            onError: (error) => notifyFailure(error),
          })
        }
      >
        {removeLabel}
      </ConfirmButton>
    </Group>
  );
}
