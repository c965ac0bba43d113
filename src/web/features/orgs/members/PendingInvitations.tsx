import { Badge, Paper, Table, Text, Title } from '@mantine/core';
import type { Org } from '../../../api/orgs.ts';
import { ConfirmButton } from '../../../components/ConfirmButton.tsx';
import { formatDateTime } from '../../../components/formatDate.ts';
import { notifyFailure, notifySuccess } from '../../../components/notify.ts';
import { QueryErrorAlert } from '../../../components/QueryErrorAlert.tsx';
import { roleLabels } from '../../../components/vocabularyLabels.ts';
import { useOrgInvitations, useRevokeInvitation } from '../useOrgInvitations.ts';
import { ActionsHeader } from '../../../components/ActionsHeader.tsx';

export function PendingInvitations({ org }: { org: Org }) {
  const invitations = useOrgInvitations(org.id, true);
  const revokeInvitation = useRevokeInvitation(org.id);
  if (invitations.isError)
    return <QueryErrorAlert error={invitations.error} onRetry={() => void invitations.refetch()} />;
  const now = Date.now();
  const pending = (invitations.data ?? []).filter(
    (i) => i.acceptedAt === null && new Date(i.expiresAt).getTime() > now,
  );
  return (
    <Paper withBorder radius="md" p="md">
      <Title order={2} size="h5" mb="sm">
        Pending invitations
      </Title>
      {pending.length === 0 ? (
        <Text size="sm" c="dimmed">
          No invitations waiting to be accepted.
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={550}>
          <Table verticalSpacing="xs" data-testid="pending-invitations">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>E-mail</Table.Th>
                <Table.Th>Role</Table.Th>
                <Table.Th>Expires</Table.Th>
                <ActionsHeader />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {pending.map((invitation) => (
                <Table.Tr key={invitation.id}>
                  <Table.Td>{invitation.email}</Table.Td>
                  <Table.Td>
                    <Badge variant="light" color="gray">
                      {roleLabels[invitation.role]}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{formatDateTime(invitation.expiresAt)}</Table.Td>
                  <Table.Td ta="right">
                    <ConfirmButton
                      size="xs"
                      variant="subtle"
                      color="red"
                      question={`Revoke the invitation for ${invitation.email}? The link stops working.`}
                      confirmLabel="Revoke"
                      onConfirm={() =>
                        revokeInvitation.mutate(invitation.id, {
                          onSuccess: () => notifySuccess('Invitation revoked'),
                          onError: (error) => notifyFailure(error),
                        })
                      }
                    >
                      Revoke
                    </ConfirmButton>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}
