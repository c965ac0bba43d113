import { Text, type TextProps } from '@mantine/core';
import { Hint } from '../../../components/Hint.tsx';

/** A metric's name with its one-sentence explanation on hover, focus or touch. */
export function MetricLabel({ label, help, ...textProps }: { label: string; help: string } & TextProps) {
  return (
    <Hint label={help} w={300} openDelay={150}>
      <Text
        component="span"
        size="sm"
        style={{ textDecoration: 'underline dotted', textUnderlineOffset: 3, cursor: 'help' }}
        {...textProps}
      >
        {label}
      </Text>
    </Hint>
  );
}
