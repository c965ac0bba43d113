import { Group, Progress, SimpleGrid, Stack, Text } from '@mantine/core';
import { Hint } from '../../components/Hint.tsx';
import { matchComponentLabels, matchComponents, type MatchWeights } from '../../../common/matching.ts';
import { componentHints, componentShortLabels } from './scoringModel.ts';

export const percent = (value: number) => Math.round(value * 100);

function barColor(value: number): string {
  if (value >= 0.7) return 'teal';
  if (value >= 0.4) return 'indigo';
  return 'orange';
}

/**
 * One small bar per score component, in the order of the model. What each component means opens on
 * hover and touch; ten cards of eight bars would be eighty tab stops, so keyboard readers have the
 * page's "How is this scored?" instead, and each bar's accessible name gives its value.
 */
export function ComponentBars({ components }: { components: MatchWeights }) {
  return (
    <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm" verticalSpacing={6} data-testid="component-bars">
      {matchComponents.map((name) => {
        const value = components[name];
        return (
          <Hint
            key={name}
            label={`${matchComponentLabels[name]}: ${componentHints[name]}`}
            maw={300}
            openDelay={300}
            focusable={false}
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
          </Hint>
        );
      })}
    </SimpleGrid>
  );
}
