import { Group, Slider, Stack, Text } from '@mantine/core';
import { Hint } from '../../components/Hint.tsx';
import { matchComponentLabels, matchComponents, type MatchWeights } from '../../../common/matching.ts';
import { componentHints } from './scoringModel.ts';
import { shareOf } from './weightShares.ts';

interface ComponentWeightSlidersProps {
  weights: MatchWeights;
  onChange: (weights: MatchWeights) => void;
}

/** One slider per score component, with the share it counts after scaling; something always counts. */
export function ComponentWeightSliders({ weights, onChange }: ComponentWeightSlidersProps) {
  return matchComponents.map((name) => (
    <Stack key={name} gap={2}>
      <Group justify="space-between" gap={4} wrap="nowrap">
        <Hint label={componentHints[name]} maw={280} openDelay={300}>
          <Text size="xs" fw={500}>
            {matchComponentLabels[name]}
          </Text>
        </Hint>
        <Text size="xs" c="dimmed" data-testid={`weight-share-${name}`}>
          {shareOf(weights, name)} %
        </Text>
      </Group>
      <Slider
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
          if (matchComponents.some((n) => next[n] > 0)) onChange(next);
        }}
      />
    </Stack>
  ));
}
