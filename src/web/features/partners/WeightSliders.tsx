import { Button, Group, Slider, Stack, Text, Tooltip } from '@mantine/core';
import { matchComponentLabels, matchComponents, type GeoScope, type MatchWeights } from '../../../common/matching.ts';
import { notifyFailure, notifySuccess } from '../../components/notify.ts';
import { componentHints } from './scoringModel.ts';
import type { PartnerSearchState } from './usePartnerSearch.ts';
import { useSaveMatchPreferences } from './useMatches.ts';

interface WeightSlidersProps {
  search: PartnerSearchState;
  /** The weights the server used for the ranking on screen (saved or network defaults), normalised. */
  effective: MatchWeights;
  savedScope: GeoScope | null;
}

const share = (weights: MatchWeights, name: keyof MatchWeights) => {
  const sum = matchComponents.reduce((total, n) => total + weights[n], 0);
  return sum > 0 ? Math.round((weights[name] / sum) * 100) : 0;
};

/** Only the ratios matter: the largest weight sits at the end of its slider, so small ones stay adjustable. */
function spread(weights: MatchWeights): MatchWeights {
  const max = Math.max(...matchComponents.map((n) => weights[n]));
  if (max <= 0) return weights;
  const scaled = { ...weights };
  for (const n of matchComponents) scaled[n] = Math.round((weights[n] / max) * 100) / 100;
  return scaled;
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
      {matchComponents.map((name) => (
        <Stack key={name} gap={2}>
          <Group justify="space-between" gap={4} wrap="nowrap">
            <Tooltip label={componentHints[name]} multiline maw={280} withArrow openDelay={300}>
              <Text size="xs" fw={500}>
                {matchComponentLabels[name]}
              </Text>
            </Tooltip>
            <Text size="xs" c="dimmed" data-testid={`weight-share-${name}`}>
              {share(weights, name)} %
            </Text>
          </Group>
          <Slider
            aria-label={`Weight of ${matchComponentLabels[name]}`}
            thumbLabel={`Weight of ${matchComponentLabels[name]}`}
            data-testid={`weight-slider-${name}`}
            min={0}
            max={1}
            step={0.01}
            size="sm"
            label={(v) => v.toFixed(2)}
            value={weights[name]}
            onChange={(v) => {
              const next = { ...weights, [name]: v };
              // Something must count: the last weight above 0 stops short of it.
              if (matchComponents.some((n) => next[n] > 0)) search.setWeights(next);
            }}
          />
        </Stack>
      ))}
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
