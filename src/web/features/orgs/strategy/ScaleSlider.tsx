import { Group, Slider, Stack, Text } from '@mantine/core';

interface ScaleSliderProps {
  label: string;
  description: string;
  value: number;
  onChange: (value: number) => void;
  lowLabel: string;
  highLabel: string;
  error?: string;
  readOnly: boolean;
  testId: string;
}

/** A 1–5 scale with its meaning spelled out at both ends. */
export function ScaleSlider(props: ScaleSliderProps) {
  const { label, description, value, onChange, lowLabel, highLabel, error, readOnly, testId } = props;
  return (
    <Stack gap={4}>
      <Group justify="space-between">
        <Text size="sm" fw={500}>
          {label}
        </Text>
        <Text size="sm" fw={600} c="indigo">
          {value} / 5
        </Text>
      </Group>
      <Text size="xs" c="dimmed">
        {description}
      </Text>
      <Slider
        thumbLabel={label}
        data-testid={testId}
        min={1}
        max={5}
        step={1}
        value={value}
        onChange={onChange}
        disabled={readOnly}
        marks={[1, 2, 3, 4, 5].map((v) => ({ value: v }))}
      />
      <Group justify="space-between">
        <Text size="xs" c="dimmed">
          {lowLabel}
        </Text>
        <Text size="xs" c="dimmed">
          {highLabel}
        </Text>
      </Group>
      {error && (
        <Text size="xs" c="red">
          {error}
        </Text>
      )}
    </Stack>
  );
}
