import type { Deps } from '../../deps.ts';
import type { Actor } from '../../http/actor.ts';
import { AppError } from '../../http/errors.ts';
import { sanitizeFileName } from './documents.fileNames.ts';
import { buildInvitation, type PartStat } from './icalendar.ts';
import { loadMeeting, participantsOf } from './meetings.context.ts';
import { endOf } from './meetings.presenter.ts';
import * as repo from './meetings.repository.ts';

const partStats: Record<string, PartStat> = { yes: 'ACCEPTED', maybe: 'TENTATIVE', no: 'DECLINED' };

// The .ics of a scheduled (or cancelled after scheduling) meeting; its UID never changes.
export async function meetingInvitation(deps: Deps, actor: Actor, meetingId: string) {
  const { meeting, home } = await loadMeeting(deps.db, actor, meetingId);
  if (!meeting.chosenSlotId) {
    throw new AppError('conflict', { detail: 'The meeting has no time yet: pick a slot first.' });
  }
  const slot = (await repo.listSlots(deps.db, [meeting.id])).find((s) => s.id === meeting.chosenSlotId)!;
  const answers = await repo.listAnswers(deps.db, [slot.id]);
  const host = new URL(deps.config.publicUrl).hostname;
  const creator = await repo.findCreator(deps.db, meeting.createdByUserId);
  const organizer = creator ?? { name: 'Synergia', email: `no-reply@${host}` };
  const attendees = participantsOf(home)
    .filter((p) => p.email !== organizer.email)
    .filter((p, index, all) => all.findIndex((q) => q.userId === p.userId) === index)
    .map((p) => ({
      name: `${p.name} (${p.orgName})`,
      email: p.email,
      partStat: partStats[answers.find((a) => a.userId === p.userId)?.answer ?? ''] ?? 'NEEDS-ACTION',
    }));
  const path = meeting.collaborationId ? `/collaborations/${meeting.collaborationId}/meetings` : '/introductions';
  const calendar = buildInvitation({
    uid: `meeting-${meeting.id}@${host}`,
    sequence: meeting.sequence,
    stamp: deps.now(),
    start: slot.startsAt,
    end: endOf(slot.startsAt, meeting.durationMinutes),
    summary: meeting.title,
    description: meeting.description,
    location: meeting.location,
    url: `${deps.config.publicUrl}${path}`,
    organizer,
    attendees,
    cancelled: meeting.status === 'cancelled',
  });
  return { fileName: sanitizeFileName(`${meeting.title}.ics`), calendar };
}
