import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  createThread,
  editMessage,
  getTaskThread,
  listActivity,
  listMessages,
  listThreads,
  markThreadRead,
  postMessage,
} from '../../api/projects.ts';
import { workKeys } from './workQueryKeys.ts';

export function useThreads(collaborationId: string) {
  return useQuery({
    queryKey: workKeys.threads(collaborationId),
    queryFn: () => listThreads(collaborationId),
    select: (d) => d.items,
  });
}

export function useTaskThread(collaborationId: string, taskId: string) {
  return useQuery({ queryKey: workKeys.taskThread(collaborationId, taskId), queryFn: () => getTaskThread(taskId) });
}

export function useMessages(collaborationId: string, threadId: string) {
  return useQuery({
    queryKey: workKeys.messages(collaborationId, threadId),
    queryFn: () => listMessages(threadId),
    select: (d) => d.items,
  });
}

function useInvalidateThread(collaborationId: string) {
  const queryClient = useQueryClient();
  return (threadId: string) => {
    void queryClient.invalidateQueries({ queryKey: workKeys.messages(collaborationId, threadId) });
    void queryClient.invalidateQueries({ queryKey: workKeys.threads(collaborationId) });
    void queryClient.invalidateQueries({ queryKey: workKeys.activity(collaborationId) });
  };
}

export function useCreateThread(collaborationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { title: string; body: string }) => createThread(collaborationId, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: workKeys.threads(collaborationId) }),
  });
}

export function usePostMessage(collaborationId: string, threadId: string) {
  const invalidate = useInvalidateThread(collaborationId);
  return useMutation({
    mutationFn: (input: { body: string; mentionedUserIds: string[] }) => postMessage(threadId, input),
    onSuccess: () => invalidate(threadId),
  });
}

export function useEditMessage(collaborationId: string, threadId: string) {
  const invalidate = useInvalidateThread(collaborationId);
  return useMutation({
    mutationFn: ({ messageId, body }: { messageId: string; body: string }) => editMessage(messageId, body),
    onSuccess: () => invalidate(threadId),
  });
}

export function useMarkThreadRead(collaborationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (threadId: string) => markThreadRead(threadId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: workKeys.threads(collaborationId) }),
  });
}

export function useActivity(collaborationId: string) {
  return useInfiniteQuery({
    queryKey: workKeys.activity(collaborationId),
    queryFn: ({ pageParam }) => listActivity(collaborationId, pageParam),
    initialPageParam: 0,
    getNextPageParam: (last) => last.nextOffset ?? undefined,
  });
}
