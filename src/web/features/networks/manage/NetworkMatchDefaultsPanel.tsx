import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { MatchWeights } from '../../../../common/matching.ts';
import type { Network } from '../../../api/networks.ts';
import { PageLoader } from '../../../components/PageLoader.tsx';
import { QueryErrorAlert } from '../../../components/QueryErrorAlert.tsx';
import { notifyFailure, notifySuccess } from '../../../components/notify.ts';
import { ComponentWeightSliders } from '../../partners/ComponentWeightSliders.tsx';
import { useNetworkMatchDefaults, useSaveNetworkMatchDefaults } from '../../partners/useMatches.ts';
import { spread } from '../../partners/weightShares.ts';

/** The weights the network's members start from in Partners, until they save their own. */
export function NetworkMatchDefaultsPanel({ network }: { network: Network }) {
  const defaults = useNetworkMatchDefaults(network.id);
  const save = useSaveNetworkMatchDefaults(network.id);
  const [draft, setDraft] = useState<MatchWeights | null>(null);

  if (defaults.isPending) return <PageLoader />;
  if (defaults.isError) return <QueryErrorAlert error={defaults.error} onRetry={() => void defaults.refetch()} />;
  const weights = draft ?? spread(defaults.data.weights);

  const store = (next: MatchWeights | null, done: string) =>
    save.mutate(next, {
      onSuccess: () => {
        setDraft(null);
        notifySuccess(done);
      },
      onError: (error) => notifyFailure(error, 'Could not save the default weights'),
    });

  return (
    <Paper withBorder radius="md" p="md" data-testid="network-match-defaults">
      <Stack gap="xs" maw={520}>
        <Title order={2} size="h5">
          Partner suggestions
        </Title>
        <Text size="sm" c="dimmed">
          How much each component counts when members of {network.name} look for partners here. Members start from these
          weights; those who save their own keep theirs.
        </Text>
        <Text size="xs" fw={500} data-testid="network-match-defaults-source">
          {defaults.data.custom ? 'Set by this network' : 'Synergia’s defaults: this network has set none'}
        </Text>
        <ComponentWeightSliders weights={weights} onChange={setDraft} />
        <Group gap="xs" mt={4}>
          <Button
            size="xs"
            disabled={draft === null}
            loading={save.isPending && save.variables !== null}
            onClick={() => store(weights, 'Default weights saved for the network’s members')}
          >
            Save for all members
          </Button>
          <Button size="xs" variant="default" disabled={draft === null} onClick={() => setDraft(null)}>
            Discard changes
          </Button>
          <Button
            size="xs"
            variant="subtle"
            disabled={!defaults.data.custom}
            loading={save.isPending && save.variables === null}
            onClick={() => store(null, 'Back to Synergia’s default weights')}
          >
            Use Synergia’s defaults
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
