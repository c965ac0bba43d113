import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  answerIntroduction,
  listIntroductions,
  requestIntroduction,
  type Introduction,
  type RequestIntroductionInput,
} from '../../api/introductions.ts';
import { introductionKeys } from './introductionQueryKeys.ts';

// The inbox is polled gently, so the badge in the navigation notices new requests, and reloaded
// whenever a page that shows it opens: the other side's answer should show without a reload.
export function useIntroductions() {
  return useQuery({
    queryKey: introductionKeys.all,
    queryFn: listIntroductions,
    select: (d) => d.items,
    staleTime: 0,
    refetchInterval: 60_000,
  });
}

/** Incoming requests the user can answer now: the number on the navigation badge. */
export const isWaitingForMe = (introduction: Introduction) =>
  introduction.direction === 'incoming' && introduction.status === 'requested' && introduction.abilities.respond;

export function useRequestIntroduction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: RequestIntroductionInput) => requestIntroduction(input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: introductionKeys.all }),
  });
}

export function useAnswerIntroduction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ introductionId, accept }: { introductionId: string; accept: boolean }) =>
      answerIntroduction(introductionId, accept),
    onSuccess: (answered) => {
      queryClient.setQueryData<{ items: Introduction[] }>(introductionKeys.all, (data) =>
        data ? { items: data.items.map((i) => (i.id === answered.id ? answered : i)) } : data,
      );
    },
  });
}
