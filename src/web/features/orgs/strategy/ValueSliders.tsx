import { Group, SimpleGrid, Slider, Stack, Text } from '@mantine/core';
import { valueDimensions, type ValueDimension } from '../../../../common/vocabulary.ts';
import { valueLabels } from '../../../components/vocabularyLabels.ts';

const hints: Record<ValueDimension, string> = {
  sustainability: 'Environmental and social responsibility',
  growth: 'Growing revenue, headcount and reach',
  quality: 'Craft, reliability and standards',
  community: 'Local roots and mutual support',
  innovation: 'New products, processes and ideas',
};

interface ValueSlidersProps {
  values: Record<ValueDimension, number>;
  onChange: (dimension: ValueDimension, value: number) => void;
  errors: Record<string, string>;
  readOnly: boolean;
}

/** How much each value matters to the organization, 0–100. */
export function ValueSliders({ values, onChange, errors, readOnly }: ValueSlidersProps) {
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xl" verticalSpacing="lg">
      {valueDimensions.map((dimension) => (
        <Stack key={dimension} gap={4}>
          <Group justify="space-between">
            <Text size="sm" fw={500} id={`value-${dimension}`}>
              {valueLabels[dimension]}
            </Text>
            <Text size="sm" fw={600} c="indigo">
              {values[dimension]}
            </Text>
          </Group>
          <Text size="xs" c="dimmed">
            {hints[dimension]}
          </Text>
          <Slider
            thumbLabel={valueLabels[dimension]}
            data-testid={`value-slider-${dimension}`}
            min={0}
            max={100}
            step={1}
            value={values[dimension]}
            onChange={(v) => onChange(dimension, v)}
            disabled={readOnly}
            marks={[{ value: 0 }, { value: 50 }, { value: 100 }]}
          />
          {errors[`values.${dimension}`] && (
            <Text size="xs" c="red">
              {errors[`values.${dimension}`]}
            </Text>
          )}
        </Stack>
      ))}
    </SimpleGrid>
  );
}
