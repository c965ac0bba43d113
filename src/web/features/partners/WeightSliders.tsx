import { Button, Group, Stack, Text } from '@mantine/core';
import type { GeoScope, MatchWeights } from '../../../common/matching.ts';
import { notifyFailure, notifySuccess } from '../../components/notify.ts';
import { ComponentWeightSliders } from './ComponentWeightSliders.tsx';
import type { PartnerSearchState } from './usePartnerSearch.ts';
import { useSaveMatchPreferences } from './useMatches.ts';
import { spread } from './weightShares.ts';

interface WeightSlidersProps {
  search: PartnerSearchState;
  /** The weights the server used for the ranking on screen (saved or network defaults), normalised. */
  effective: MatchWeights;
  savedScope: GeoScope | null;
}

/** One slider per component; the ranking follows as they move. The shares are what each counts after scaling. */
export function WeightSliders({ search, effective, savedScope }: WeightSlidersProps) {
  const save = useSaveMatchPreferences();
  const weights = search.weights ?? spread(effective);
  const changed = search.weights !== null;
  const scope = search.filters.scope ?? savedScope;

  const saveDefaults = () =>
    save.mutate(
      { weights, scope },
      {
        onSuccess: () => {
          search.setWeights(null);
          notifySuccess('Saved as your defaults. They apply to your suggestions in every network.');
        },
        onError: (error) => notifyFailure(error, 'Could not save your weights'),
      },
    );

  return (
    <Stack gap="xs" data-testid="weight-sliders">
      <ComponentWeightSliders weights={weights} onChange={search.setWeights} />
      <Group gap="xs" mt={4} wrap="nowrap">
        <Button size="xs" variant="light" flex={1} loading={save.isPending} onClick={saveDefaults}>
          Save as my defaults
        </Button>
        <Button size="xs" variant="default" disabled={!changed} onClick={() => search.setWeights(null)}>
          Reset
        </Button>
      </Group>
      <Text size="xs" c="dimmed">
        {changed
          ? 'Unsaved weights: the ranking uses them now. Reset returns to your defaults.'
          : 'Your saved defaults (or the network’s). Move a slider to re-rank.'}
      </Text>
    </Stack>
  );
}
