import { Text, Timeline } from '@mantine/core';
import type { Collaboration } from '../../../api/collaborations.ts';
import { formatDateTime } from '../../../components/formatDate.ts';
import { stateColors, stateLabels } from '../collaborationLabels.ts';

export function TransitionHistory({ collaboration }: { collaboration: Collaboration }) {
  const transitions = [...collaboration.transitions].reverse();
  return (
    <Timeline active={transitions.length} bulletSize={14} lineWidth={2} data-testid="transition-history">
      {transitions.map((t) => (
        <Timeline.Item
          key={`${t.at}-${t.to}`}
          color={stateColors[t.to]}
          title={
            t.from ? `${stateLabels[t.from]} → ${stateLabels[t.to]}` : `Created as ${stateLabels[t.to].toLowerCase()}`
          }
        >
          {t.reason && (
            <Text size="sm" c="dimmed">
              {t.reason}
            </Text>
          )}
          <Text size="xs" c="dimmed">
            {formatDateTime(t.at)}
          </Text>
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
