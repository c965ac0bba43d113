import type { z } from 'zod';
import type { CreateMeetingInput, MeetingView, SlotAnswer, meetingListView } from '../../common/meetings.ts';
import { api, apiUrl } from './client.ts';

export type Meeting = MeetingView;
export type MeetingList = z.infer<typeof meetingListView>;
export type MeetingHome = { collaborationId: string } | { introductionId: string };

const homePath = (home: MeetingHome) =>
  'collaborationId' in home
    ? `collaborations/${home.collaborationId}/meetings`
    : `introductions/${home.introductionId}/meetings`;

export const listMeetings = (home: MeetingHome) => api.get<MeetingList>(homePath(home));
export const proposeMeeting = (home: MeetingHome, input: CreateMeetingInput) =>
  api.post<Meeting>(homePath(home), input);
export const answerMeetingSlot = (meetingId: string, slotId: string, answer: SlotAnswer) =>
  api.put<Meeting>(`meetings/${meetingId}/slots/${slotId}/answer`, { answer });
export const scheduleMeeting = (meetingId: string, slotId: string) =>
  api.post<Meeting>(`meetings/${meetingId}/schedule`, { slotId });
export const cancelMeeting = (meetingId: string) => api.post<Meeting>(`meetings/${meetingId}/cancel`);

/** The .ics invitation of a scheduled meeting, as a plain download link. */
export const meetingInvitationUrl = (meetingId: string) => apiUrl(`meetings/${meetingId}/invitation.ics`);
