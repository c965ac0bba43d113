import { Badge, Group } from '@mantine/core';
import { useThreads } from './useThreads.ts';

/** "Threads" with the number of messages you have not read yet. */
export function ThreadsTabLabel({ collaborationId }: { collaborationId: string }) {
  const threads = useThreads(collaborationId);
  const unread = (threads.data ?? []).reduce((sum, t) => sum + t.unreadCount, 0);
  return (
    <Group gap={6} wrap="nowrap">
      Threads
      {unread > 0 && (
        <Badge size="xs" color="red" circle={unread < 10} aria-label={`${unread} unread`}>
          {unread}
        </Badge>
      )}
    </Group>
  );
}
