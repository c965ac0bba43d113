import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreateMeetingInput, SlotAnswer } from '../../../common/meetings.ts';
import {
  answerMeetingSlot,
  cancelMeeting,
  listMeetings,
  proposeMeeting,
  scheduleMeeting,
  type MeetingHome,
} from '../../api/meetings.ts';

// Collaboration meetings sit under the collaboration's key, so that its live events refresh them.
export const meetingKeys = {
  list: (home: MeetingHome) =>
    'collaborationId' in home
      ? (['collaborations', home.collaborationId, 'meetings'] as const)
      : (['introductions', home.introductionId, 'meetings'] as const),
};

export function useMeetings(home: MeetingHome) {
  return useQuery({ queryKey: meetingKeys.list(home), queryFn: () => listMeetings(home), refetchInterval: 15_000 });
}

function useMeetingMutation<T>(home: MeetingHome, mutationFn: (input: T) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: meetingKeys.list(home) }),
  });
}

export const useProposeMeeting = (home: MeetingHome) =>
  useMeetingMutation(home, (input: CreateMeetingInput) => proposeMeeting(home, input));

export const useAnswerSlot = (home: MeetingHome) =>
  useMeetingMutation(home, (input: { meetingId: string; slotId: string; answer: SlotAnswer }) =>
    answerMeetingSlot(input.meetingId, input.slotId, input.answer),
  );

export const useScheduleMeeting = (home: MeetingHome) =>
  useMeetingMutation(home, (input: { meetingId: string; slotId: string }) =>
    scheduleMeeting(input.meetingId, input.slotId),
  );

export const useCancelMeeting = (home: MeetingHome) =>
  useMeetingMutation(home, (meetingId: string) => cancelMeeting(meetingId));
