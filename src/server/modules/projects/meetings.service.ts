import type { z } from 'zod';
import { slotAnswerLabels, type createMeetingBody, type SlotAnswer } from '../../../common/meetings.ts';
import type { DbOrTx, Deps, Tx } from '../../deps.ts';
import type { Actor } from '../../http/actor.ts';
import { AppError, validationError } from '../../http/errors.ts';
import { recordAudit } from '../audit/recordAudit.ts';
import { notify, publishLive } from '../notifications/notify.ts';
import { recordActivity } from './activity.repository.ts';
import {
  authorizeManage,
  authorizeParticipant,
  canManage,
  loadCollaborationHome,
  loadIntroductionHome,
  loadMeeting,
  participantsOf,
  type MeetingHome,
} from './meetings.context.ts';
import { presentMeeting } from './meetings.presenter.ts';
import * as repo from './meetings.repository.ts';

// A slot's time as the activity feed and notices show it: '2026-11-26 09:00 UTC'.
const utcMinute = (at: Date) => `${at.toISOString().replace('T', ' ').slice(0, 16)} UTC`;

type CreateMeetingInput = z.infer<typeof createMeetingBody>;

async function presentMeetings(db: DbOrTx, actor: Actor, home: MeetingHome, meetings: repo.MeetingRow[]) {
  const slots = await repo.listSlots(
    db,
    meetings.map((m) => m.id),
  );
  const answers = await repo.listAnswers(
    db,
    slots.map((s) => s.id),
  );
  const participants = participantsOf(home);
  const answer = home.mine.some((m) => m.role !== 'viewer');
  const nameOf = (userId: string | null) => home.members.find((m) => m.userId === userId)?.name ?? null;
  return Promise.all(
    meetings.map(async (meeting) => {
      const manage = canManage(home, meeting, actor.userId) && meeting.status !== 'cancelled';
      const creatorName =
        nameOf(meeting.createdByUserId) ?? (await repo.findCreator(db, meeting.createdByUserId))?.name;
      return presentMeeting({
        meeting,
        creatorName: creatorName ?? null,
        participants,
        slots,
        answers,
        viewerUserId: actor.userId,
        abilities: { answer: answer && meeting.status !== 'cancelled', schedule: manage, cancel: manage },
      });
    }),
  );
}

const linkOf = (meeting: repo.MeetingRow) =>
  meeting.collaborationId ? `/collaborations/${meeting.collaborationId}/meetings` : '/introductions';

interface Change {
  verb: 'proposed' | 'answered' | 'scheduled' | 'cancelled';
  orgId: string;
  summary: string;
  // Set when the other participants get a notification.
  notice?: string;
}

// Feed, audit trail and the other participants, in the use-case's transaction.
async function announce(tx: Tx, actor: Actor, home: MeetingHome, meeting: repo.MeetingRow, change: Change) {
  if (meeting.collaborationId) {
    await recordActivity(tx, {
      collaborationId: meeting.collaborationId,
      actorUserId: actor.userId,
      actorOrgId: change.orgId,
      verb: `meeting.${change.verb}`,
      objectType: 'meeting',
      objectId: meeting.id,
      summary: change.summary,
    });
  }
  await recordAudit(tx, {
    actorUserId: actor.userId,
    orgId: change.orgId,
    action: `meeting.${change.verb}`,
    subjectType: 'meeting',
    subjectId: meeting.id,
  });
  const others = [...new Set(home.members.map((m) => m.userId))].filter((id) => id !== actor.userId);
  if (change.notice) {
    await notify(tx, {
      userIds: others,
      kind: 'meeting',
      title: change.notice,
      body: change.summary,
      link: linkOf(meeting),
      collaborationId: meeting.collaborationId,
    });
  } else {
    await publishLive(tx, {
      userIds: others,
      type: 'meeting',
      collaborationId: meeting.collaborationId,
      objectId: meeting.id,
    });
  }
}

function slotTimes(deps: Deps, slots: string[]): Date[] {
  const now = deps.now().getTime();
  return slots.map((slot, index) => {
    const startsAt = new Date(slot);
    if (startsAt.getTime() <= now) throw validationError(`slots.${index}`, 'must be in the future');
    return startsAt;
  });
}

async function propose(
  deps: Deps,
  actor: Actor,
  load: (db: DbOrTx) => Promise<MeetingHome>,
  input: CreateMeetingInput,
) {
  authorizeParticipant(await load(deps.db));
  const startTimes = slotTimes(deps, input.slots);
  const id = await deps.db.transaction(async (tx) => {
    const home = await load(tx);
    const me = authorizeParticipant(home);
    const { slots: _slots, ...fields } = input;
    const meeting = await repo.insertMeeting(
      tx,
      {
        ...fields,
        collaborationId: home.collaborationId,
        introductionId: home.introductionId,
        createdByUserId: actor.userId,
      },
      startTimes,
    );
    await announce(tx, actor, home, meeting, {
      verb: 'proposed',
      orgId: me.orgId,
      summary: `proposed the meeting "${meeting.title}" with ${startTimes.length} possible times`,
      notice: `${me.name} proposes a meeting: ${meeting.title}`,
    });
    return meeting.id;
  });
  return getMeeting(deps, actor, id);
}

export function proposeCollaborationMeeting(
  deps: Deps,
  actor: Actor,
  collaborationId: string,
  input: CreateMeetingInput,
) {
  return propose(deps, actor, (db) => loadCollaborationHome(db, actor, collaborationId), input);
}

// A first meeting after an introduction: only once the other side has accepted it.
export function proposeIntroductionMeeting(
  deps: Deps,
  actor: Actor,
  introductionId: string,
  input: CreateMeetingInput,
) {
  const load = async (db: DbOrTx) => {
    const home = await loadIntroductionHome(db, actor, introductionId);
    if (!home.accepted) {
      throw new AppError('conflict', { detail: 'A meeting can be proposed once the introduction is accepted.' });
    }
    return home;
  };
  return propose(deps, actor, load, input);
}

export async function listCollaborationMeetings(deps: Deps, actor: Actor, collaborationId: string) {
  const home = await loadCollaborationHome(deps.db, actor, collaborationId);
  const meetings = await repo.listMeetings(deps.db, { collaborationId });
  const propose = home.mine.some((m) => m.role !== 'viewer');
  return { items: await presentMeetings(deps.db, actor, home, meetings), abilities: { propose } };
}

export async function listIntroductionMeetings(deps: Deps, actor: Actor, introductionId: string) {
  const home = await loadIntroductionHome(deps.db, actor, introductionId);
  const meetings = home.accepted ? await repo.listMeetings(deps.db, { introductionId }) : [];
  const propose = home.accepted && home.mine.some((m) => m.role !== 'viewer');
  return { items: await presentMeetings(deps.db, actor, home, meetings), abilities: { propose } };
}

export async function getMeeting(deps: Deps, actor: Actor, meetingId: string) {
  const { meeting, home } = await loadMeeting(deps.db, actor, meetingId);
  const [view] = await presentMeetings(deps.db, actor, home, [meeting]);
  return view!;
}

async function findSlot(db: DbOrTx, meeting: repo.MeetingRow, slotId: string, field: string) {
  const slot = (await repo.listSlots(db, [meeting.id])).find((s) => s.id === slotId);
  if (!slot) throw validationError(field, 'is not a time slot of this meeting');
  return slot;
}

function refuseIfCancelled(meeting: repo.MeetingRow) {
  if (meeting.status === 'cancelled') throw new AppError('conflict', { detail: 'This meeting was cancelled.' });
}

export async function answerSlot(deps: Deps, actor: Actor, meetingId: string, slotId: string, answer: SlotAnswer) {
  await deps.db.transaction(async (tx) => {
    const { meeting, home } = await loadMeeting(tx, actor, meetingId);
    const me = authorizeParticipant(home);
    refuseIfCancelled(meeting);
    const slot = await findSlot(tx, meeting, slotId, 'slotId');
    await repo.upsertAnswer(tx, { slotId, userId: actor.userId, orgId: me.orgId, answer, answeredAt: deps.now() });
    const summary = `answered "${slotAnswerLabels[answer]}" for ${utcMinute(slot.startsAt)} in "${meeting.title}"`;
    await announce(tx, actor, home, meeting, { verb: 'answered', orgId: me.orgId, summary });
  });
  return getMeeting(deps, actor, meetingId);
}

export async function scheduleMeeting(deps: Deps, actor: Actor, meetingId: string, slotId: string) {
  await deps.db.transaction(async (tx) => {
    const { meeting, home } = await loadMeeting(tx, actor, meetingId, true);
    const me = authorizeManage(home, meeting, actor.userId);
    refuseIfCancelled(meeting);
    const slot = await findSlot(tx, meeting, slotId, 'slotId');
    if (meeting.status === 'scheduled' && meeting.chosenSlotId === slotId) return;
    await repo.setMeetingStatus(
      tx,
      meetingId,
      { status: 'scheduled', chosenSlotId: slotId, updatedAt: deps.now() },
      meeting.chosenSlotId !== null,
    );
    const when = utcMinute(slot.startsAt);
    const verb = meeting.status === 'scheduled' ? 'moved' : 'scheduled';
    await announce(tx, actor, home, meeting, {
      verb: 'scheduled',
      orgId: me.orgId,
      summary: `${verb} "${meeting.title}" for ${when}`,
      notice: `Meeting ${verb}: ${meeting.title}`,
    });
  });
  return getMeeting(deps, actor, meetingId);
}

export async function cancelMeeting(deps: Deps, actor: Actor, meetingId: string) {
  await deps.db.transaction(async (tx) => {
    const { meeting, home } = await loadMeeting(tx, actor, meetingId, true);
    const me = authorizeManage(home, meeting, actor.userId);
    refuseIfCancelled(meeting);
    await repo.setMeetingStatus(
      tx,
      meetingId,
      { status: 'cancelled', updatedAt: deps.now() },
      meeting.chosenSlotId !== null,
    );
    await announce(tx, actor, home, meeting, {
      verb: 'cancelled',
      orgId: me.orgId,
      summary: `cancelled "${meeting.title}"`,
      notice: `Meeting cancelled: ${meeting.title}`,
    });
  });
  return getMeeting(deps, actor, meetingId);
}
