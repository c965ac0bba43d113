import { Text, Tooltip, type TextProps } from '@mantine/core';

/** A metric's name with its one-sentence explanation on hover or focus. */
export function MetricLabel({ label, help, ...textProps }: { label: string; help: string } & TextProps) {
  return (
    <Tooltip
      label={help}
      multiline
      w={300}
      withArrow
      openDelay={150}
      events={{ hover: true, focus: true, touch: true }}
    >
      <Text
        component="span"
        tabIndex={0}
        size="sm"
        style={{ textDecoration: 'underline dotted', textUnderlineOffset: 3, cursor: 'help' }}
        {...textProps}
      >
        {label}
      </Text>
    </Tooltip>
  );
}
