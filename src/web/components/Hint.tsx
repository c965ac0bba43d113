import { Tooltip, type TooltipProps } from '@mantine/core';
import { cloneElement, type ReactElement } from 'react';

type HintProps = Omit<TooltipProps, 'events' | 'children'> & { children: ReactElement<{ tabIndex?: number }> };

/**
 * A tooltip that opens on hover, keyboard focus and touch over a target made focusable, so that what
 * it says reaches keyboard and touch readers too; while open it describes the target
 * (aria-describedby), for screen readers.
 */
export function Hint({ children, ...tooltipProps }: HintProps) {
  return (
    <Tooltip withArrow multiline maw={320} {...tooltipProps} events={{ hover: true, focus: true, touch: true }}>
      {cloneElement(children, { tabIndex: 0 })}
    </Tooltip>
  );
}
