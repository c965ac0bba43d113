import { Button, Group, Paper, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import type { Collaboration } from '../../../api/collaborations.ts';
import { notifyFailure, notifySuccess } from '../../../components/notify.ts';
import { PartyPicker } from '../PartyPicker.tsx';
import { useInviteParty } from '../useCollaborations.ts';
import type { PartyCandidate } from '../usePartySearch.ts';

const openStates = ['proposed', 'negotiating', 'active', 'under_review'];

export function InvitePartyForm({ collaboration }: { collaboration: Collaboration }) {
  const [chosen, setChosen] = useState<PartyCandidate[]>([]);
  const invite = useInviteParty(collaboration.id);
  if (!collaboration.abilities.commit || !openStates.includes(collaboration.state)) return null;
  const present = collaboration.parties.filter((p) => p.status === 'invited' || p.status === 'accepted');

  const send = async () => {
    for (const candidate of chosen) {
      try {
        await invite.mutateAsync(candidate.id);
        notifySuccess(`${candidate.name} is invited`);
      } catch (error) {
        notifyFailure(error, `Could not invite ${candidate.name}`);
        return;
      }
    }
    setChosen([]);
  };

  return (
    <Paper withBorder radius="md" p="md">
      <Stack gap="sm">
        <Title order={2} size="h5">
          Invite a party
        </Title>
        <PartyPicker
          label="Organization"
          value={chosen}
          onChange={setChosen}
          excludeOrgIds={present.map((p) => p.orgId)}
        />
        <Group justify="flex-end">
          <Button size="sm" disabled={chosen.length === 0} loading={invite.isPending} onClick={() => void send()}>
            {chosen.length > 1 ? `Invite ${chosen.length} organizations` : 'Invite'}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
