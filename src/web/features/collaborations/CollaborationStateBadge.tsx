import { Badge } from '@mantine/core';
import type { CollaborationState } from '../../../common/collaboration.ts';
import { Hint } from '../../components/Hint.tsx';
import { stateColors, stateHints, stateLabels } from './collaborationLabels.ts';

export function CollaborationStateBadge({ state, size = 'sm' }: { state: CollaborationState; size?: 'sm' | 'lg' }) {
  return (
    <Hint label={stateHints[state]} maw={280}>
      <Badge color={stateColors[state]} variant="light" size={size} data-testid="collaboration-state">
        {stateLabels[state]}
      </Badge>
    </Hint>
  );
}
