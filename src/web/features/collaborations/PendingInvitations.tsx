import { Alert, Group, Paper, Stack, Text } from '@mantine/core';
import type { CollaborationSummary } from '../../api/collaborations.ts';
import { useCurrentOrg } from '../orgs/CurrentOrgContext.ts';
import { collaborationKindLabels } from './collaborationLabels.ts';
import { RespondButtons } from './RespondButtons.tsx';

/** Invitations that the user can answer: their organization is invited and they manage it. */
export function useMyInvitations(collaborations: CollaborationSummary[]) {
  const { orgs } = useCurrentOrg();
  const managed = orgs.filter((o) => o.abilities.manageMembers);
  return collaborations.flatMap((collaboration) =>
    collaboration.parties
      .filter((p) => p.status === 'invited' && managed.some((o) => o.id === p.orgId))
      .map((party) => ({ collaboration, party })),
  );
}

export function PendingInvitations({ collaborations }: { collaborations: CollaborationSummary[] }) {
  const invitations = useMyInvitations(collaborations);
  if (invitations.length === 0) return null;
  return (
    <Alert color="grape" variant="light" title="Invitations waiting for your answer" data-testid="pending-invitations">
      <Stack gap="xs">
        {invitations.map(({ collaboration, party }) => {
          const initiator = collaboration.parties.find((p) => p.orgId === collaboration.initiatorOrgId);
          return (
            <Paper key={`${collaboration.id}-${party.orgId}`} withBorder p="sm" radius="md">
              <Group justify="space-between" wrap="nowrap">
                <Stack gap={0}>
                  <Text size="sm" fw={600}>
                    {collaboration.name}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {initiator?.name ?? 'An organization'} invites {party.name} ·{' '}
                    {collaborationKindLabels[collaboration.kind]}
                  </Text>
                </Stack>
                <RespondButtons
                  collaborationId={collaboration.id}
                  collaborationName={collaboration.name}
                  orgId={party.orgId}
                  orgName={party.name}
                />
              </Group>
            </Paper>
          );
        })}
      </Stack>
    </Alert>
  );
}
