import { Badge, Tooltip } from '@mantine/core';
import type { CollaborationState } from '../../../common/collaboration.ts';
import { stateColors, stateHints, stateLabels } from './collaborationLabels.ts';

export function CollaborationStateBadge({ state, size = 'sm' }: { state: CollaborationState; size?: 'sm' | 'lg' }) {
  return (
    <Tooltip label={stateHints[state]} withArrow multiline maw={280}>
      <Badge color={stateColors[state]} variant="light" size={size} data-testid="collaboration-state">
        {stateLabels[state]}
      </Badge>
    </Tooltip>
  );
}
