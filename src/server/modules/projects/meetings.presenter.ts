import type { MeetingView, SlotAnswer } from '../../../common/meetings.ts';
import type { MeetingRow, OrgPerson } from './meetings.repository.ts';
import type * as repo from './meetings.repository.ts';

type SlotRow = Awaited<ReturnType<typeof repo.listSlots>>[number];
type AnswerRow = Awaited<ReturnType<typeof repo.listAnswers>>[number];

export interface MeetingPresentation {
  meeting: MeetingRow;
  creatorName: string | null;
  participants: OrgPerson[];
  slots: SlotRow[];
  answers: AnswerRow[];
  viewerUserId: string;
  abilities: MeetingView['abilities'];
}

export const endOf = (start: Date, minutes: number) => new Date(start.getTime() + minutes * 60_000);

export function presentMeeting(p: MeetingPresentation): MeetingView {
  const m = p.meeting;
  return {
    id: m.id,
    collaborationId: m.collaborationId,
    introductionId: m.introductionId,
    title: m.title,
    description: m.description,
    location: m.location,
    durationMinutes: m.durationMinutes,
    status: m.status,
    chosenSlotId: m.chosenSlotId,
    createdBy: { userId: m.createdByUserId, name: p.creatorName },
    createdAt: m.createdAt.toISOString(),
    updatedAt: m.updatedAt.toISOString(),
    participants: p.participants.map(({ userId, name, orgId, orgName }) => ({ userId, name, orgId, orgName })),
    slots: p.slots
      .filter((s) => s.meetingId === m.id)
      .map((slot) => {
        const answers = p.answers.filter((a) => a.slotId === slot.id);
        const tally = (answer: SlotAnswer) => answers.filter((a) => a.answer === answer).length;
        return {
          id: slot.id,
          startsAt: slot.startsAt.toISOString(),
          endsAt: endOf(slot.startsAt, m.durationMinutes).toISOString(),
          answers: answers.map(({ userId, name, orgId, orgName, answer }) => ({
            userId,
            name,
            orgId,
            orgName,
            answer,
          })),
          counts: { yes: tally('yes'), maybe: tally('maybe'), no: tally('no') },
          myAnswer: answers.find((a) => a.userId === p.viewerUserId)?.answer ?? null,
        };
      }),
    abilities: p.abilities,
  };
}
