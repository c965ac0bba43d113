import { Group, Progress, SimpleGrid, Stack, Text, Tooltip } from '@mantine/core';
import { matchComponentLabels, matchComponents, type MatchWeights } from '../../../common/matching.ts';
import { componentHints, componentShortLabels } from './scoringModel.ts';

export const percent = (value: number) => Math.round(value * 100);

function barColor(value: number): string {
  if (value >= 0.7) return 'teal';
  if (value >= 0.4) return 'indigo';
  return 'orange';
}

/** One small bar per score component, in the order of the model. */
export function ComponentBars({ components }: { components: MatchWeights }) {
  return (
    <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm" verticalSpacing={6} data-testid="component-bars">
      {matchComponents.map((name) => {
        const value = components[name];
        return (
          <Tooltip
            key={name}
            label={`${matchComponentLabels[name]}: ${componentHints[name]}`}
            multiline
            maw={300}
            withArrow
            openDelay={300}
          >
            <Stack gap={2} data-component={name}>
              <Group justify="space-between" gap={4} wrap="nowrap">
                <Text size="xs" c="dimmed" truncate>
                  {componentShortLabels[name]}
                </Text>
                <Text size="xs" fw={600}>
                  {percent(value)}
                </Text>
              </Group>
              <Progress
                value={percent(value)}
                color={barColor(value)}
                size="sm"
                aria-label={`${matchComponentLabels[name]}: ${percent(value)} of 100`}
              />
            </Stack>
          </Tooltip>
        );
      })}
    </SimpleGrid>
  );
}
