import { Stack } from '@mantine/core';
import type { Org } from '../../../api/orgs.ts';
import { PageLoader } from '../../../components/PageLoader.tsx';
import { QueryErrorAlert } from '../../../components/QueryErrorAlert.tsx';
import { useCurrentUser } from '../../auth/useCurrentUser.ts';
import { useOrgMembers } from '../useOrgMembers.ts';
import { InviteMemberForm } from './InviteMemberForm.tsx';
import { MembersTable } from './MembersTable.tsx';
import { PendingInvitations } from './PendingInvitations.tsx';

export function MembersTab({ org }: { org: Org }) {
  const members = useOrgMembers(org.id);
  const currentUser = useCurrentUser();
  if (members.isPending) return <PageLoader />;
  if (members.isError) return <QueryErrorAlert error={members.error} onRetry={() => void members.refetch()} />;
  return (
    <Stack gap="md">
      <MembersTable org={org} members={members.data} currentUserId={currentUser.data?.id ?? ''} />
      {org.abilities.manageMembers && (
        <>
          <InviteMemberForm org={org} />
          <PendingInvitations org={org} />
        </>
      )}
    </Stack>
  );
}
