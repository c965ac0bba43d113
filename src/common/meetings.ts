import { z } from 'zod';

// Meetings: proposed time slots, everyone's availability, the slot picked, an iCalendar invitation.

const idSchema = z.uuid();

export const meetingStatuses = ['proposed', 'scheduled', 'cancelled'] as const;
export type MeetingStatus = (typeof meetingStatuses)[number];
export const slotAnswers = ['yes', 'maybe', 'no'] as const;
export type SlotAnswer = (typeof slotAnswers)[number];
export const maxMeetingSlots = 10;

export const meetingStatusLabels: Record<MeetingStatus, string> = {
  proposed: 'Finding a time',
  scheduled: 'Scheduled',
  cancelled: 'Cancelled',
};
export const slotAnswerLabels: Record<SlotAnswer, string> = { yes: 'Yes', maybe: 'If need be', no: 'No' };

export const meetingParams = z.object({ meetingId: idSchema });
export const meetingSlotParams = z.object({ meetingId: idSchema, slotId: idSchema });
export const meetingCollaborationParams = z.object({ collaborationId: idSchema });
export const meetingIntroductionParams = z.object({ introductionId: idSchema });

export const createMeetingBody = z.object({
  title: z.string().trim().min(1).max(200),
  description: z.string().trim().max(4000).default(''),
  location: z.string().trim().max(500).default(''),
  durationMinutes: z
    .number()
    .int()
    .min(5)
    .max(24 * 60),
  slots: z
    .array(z.iso.datetime({ offset: true }))
    .min(1)
    .max(maxMeetingSlots)
    .superRefine((slots, ctx) => {
      const seen = new Set<number>();
      slots.forEach((slot, index) => {
        const instant = Date.parse(slot);
        if (seen.has(instant))
          ctx.addIssue({ code: 'custom', path: [index], message: 'is the same time as another slot' });
        seen.add(instant);
      });
    }),
});

export const answerSlotBody = z.object({ answer: z.enum(slotAnswers) });
export const scheduleMeetingBody = z.object({ slotId: idSchema });

const person = z.object({ userId: idSchema, name: z.string(), orgId: idSchema, orgName: z.string() });

export const meetingSlotView = z.object({
  id: idSchema,
  startsAt: z.string(),
  endsAt: z.string(),
  answers: z.array(person.extend({ answer: z.enum(slotAnswers) })),
  counts: z.object({ yes: z.number().int(), maybe: z.number().int(), no: z.number().int() }),
  myAnswer: z.enum(slotAnswers).nullable(),
});

export const meetingView = z.object({
  id: idSchema,
  collaborationId: idSchema.nullable(),
  introductionId: idSchema.nullable(),
  title: z.string(),
  description: z.string(),
  location: z.string(),
  durationMinutes: z.number().int(),
  status: z.enum(meetingStatuses),
  chosenSlotId: idSchema.nullable(),
  createdBy: z.object({ userId: idSchema.nullable(), name: z.string().nullable() }),
  createdAt: z.string(),
  updatedAt: z.string(),
  participants: z.array(person),
  slots: z.array(meetingSlotView),
  abilities: z.object({ answer: z.boolean(), schedule: z.boolean(), cancel: z.boolean() }),
});

export const meetingListView = z.object({
  items: z.array(meetingView),
  abilities: z.object({ propose: z.boolean() }),
});

export type MeetingView = z.infer<typeof meetingView>;
export type MeetingSlotView = z.infer<typeof meetingSlotView>;
export type CreateMeetingInput = z.input<typeof createMeetingBody>;
