import { Tooltip, type TooltipProps } from '@mantine/core';
import { cloneElement, type ReactElement } from 'react';

type HintProps = Omit<TooltipProps, 'events' | 'children'> & {
  children: ReactElement<{ tabIndex?: number }>;
  /**
   * False in long grids of repeated badges (the member directory), where a tab stop per badge would
   * bury the page's controls: the tooltip then opens on hover and touch only, so the caller keeps
   * what matters in the target's own text (visually hidden if need be).
   */
  focusable?: boolean;
};

/**
 * A tooltip that opens on hover, keyboard focus and touch over a target made focusable, so that what
 * it says reaches keyboard and touch readers too; while open it describes the target
 * (aria-describedby), for screen readers.
 */
export function Hint({ children, focusable = true, ...tooltipProps }: HintProps) {
  return (
    <Tooltip withArrow multiline maw={320} {...tooltipProps} events={{ hover: true, focus: focusable, touch: true }}>
      {focusable ? cloneElement(children, { tabIndex: 0 }) : children}
    </Tooltip>
  );
}
