import { Stack, Text } from '@mantine/core';
import { useEffect } from 'react';
import type { Thread } from '../../api/projects.ts';
import { PageLoader } from '../../components/PageLoader.tsx';
import { QueryErrorAlert } from '../../components/QueryErrorAlert.tsx';
import { notifyFailure } from '../../components/notify.ts';
import { MessageComposer } from './MessageComposer.tsx';
import { MessageItem } from './MessageItem.tsx';
import { usePeople } from './useProjects.ts';
import { useMarkThreadRead, useMessages, usePostMessage } from './useThreads.ts';

/** A thread's messages, oldest first, with a composer; what is on screen counts as read. */
export function ThreadPanel({
  collaborationId,
  thread,
  canWrite,
}: {
  collaborationId: string;
  thread: Thread;
  canWrite: boolean;
}) {
  const messages = useMessages(collaborationId, thread.id);
  const post = usePostMessage(collaborationId, thread.id);
  const markRead = useMarkThreadRead(collaborationId);
  const people = usePeople(collaborationId).data ?? [];
  const count = messages.data?.length ?? 0;
  const { mutate: markReadNow } = markRead;

  useEffect(() => {
    if (count > 0) markReadNow(thread.id);
  }, [count, thread.id, markReadNow]);

  return (
    <Stack gap="sm">
      {messages.isPending && <PageLoader />}
      {messages.isError && <QueryErrorAlert error={messages.error} onRetry={() => void messages.refetch()} />}
      {messages.data?.length === 0 && (
        <Text size="sm" c="dimmed">
          No messages yet.{canWrite && ' Start the discussion below.'}
        </Text>
      )}
      {messages.data?.map((m) => (
        <MessageItem key={m.id} message={m} collaborationId={collaborationId} />
      ))}
      {canWrite ? (
        <MessageComposer
          people={people}
          pending={post.isPending}
          onSend={(input, clear) => post.mutate(input, { onSuccess: clear, onError: (e) => notifyFailure(e) })}
        />
      ) : (
        <Text size="xs" c="dimmed">
          Viewers can read the discussion but not write in it.
        </Text>
      )}
    </Stack>
  );
}
