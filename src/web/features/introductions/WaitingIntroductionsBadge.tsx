import { Badge } from '@mantine/core';
import { isWaitingForMe, useIntroductions } from './useIntroductions.ts';

/** The number of incoming introduction requests the user can answer, for the navigation. */
export function WaitingIntroductionsBadge() {
  const introductions = useIntroductions();
  const waiting = (introductions.data ?? []).filter(isWaitingForMe).length;
  if (waiting === 0) return null;
  return (
    <Badge
      size="sm"
      color="red"
      circle
      aria-label={`${waiting} waiting for your answer`}
      data-testid="introductions-waiting"
    >
      {waiting}
    </Badge>
  );
}
