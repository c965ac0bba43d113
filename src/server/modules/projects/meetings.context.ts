import type { DbOrTx } from '../../deps.ts';
import type { Actor } from '../../http/actor.ts';
import { AppError } from '../../http/errors.ts';
import { findWorkCollaboration } from './documents.repository.ts';
import * as repo from './meetings.repository.ts';

// Who takes part in a meeting: the people of its collaboration's accepted parties, or of the two
// organizations of its introduction.
export interface MeetingHome {
  collaborationId: string | null;
  introductionId: string | null;
  // Every member of the taking-part organizations, viewers included (they read, but do not answer).
  members: repo.OrgPerson[];
  // The actor's own memberships among them.
  mine: repo.OrgPerson[];
}

async function homeFor(
  db: DbOrTx,
  actor: Actor,
  ids: { collaborationId: string | null; introductionId: string | null },
  orgIds: string[],
): Promise<MeetingHome> {
  const members = await repo.membersOf(db, orgIds);
  return { ...ids, members, mine: members.filter((m) => m.userId === actor.userId) };
}

export async function loadCollaborationHome(db: DbOrTx, actor: Actor, collaborationId: string) {
  if (!(await findWorkCollaboration(db, actor.userId, collaborationId))) throw new AppError('not_found');
  const orgIds = await repo.acceptedPartyOrgIds(db, collaborationId);
  return homeFor(db, actor, { collaborationId, introductionId: null }, orgIds);
}

export async function loadIntroductionHome(db: DbOrTx, actor: Actor, introductionId: string) {
  const introduction = await repo.findIntroductionOf(db, actor.userId, introductionId);
  if (!introduction) throw new AppError('not_found');
  const home = await homeFor(db, actor, { collaborationId: null, introductionId }, [
    introduction.fromOrgId,
    introduction.toOrgId,
  ]);
  return { ...home, accepted: introduction.status === 'accepted' };
}

export async function loadMeeting(db: DbOrTx, actor: Actor, meetingId: string, lock = false) {
  const meeting = await repo.findMeeting(db, actor.userId, meetingId, lock);
  if (!meeting) throw new AppError('not_found');
  const home = meeting.collaborationId
    ? await loadCollaborationHome(db, actor, meeting.collaborationId)
    : await loadIntroductionHome(db, actor, meeting.introductionId!);
  return { meeting, home };
}

export const participantsOf = (home: MeetingHome) => home.members.filter((m) => m.role !== 'viewer');

// The organization the actor answers and proposes for: the first where they are not a viewer.
export function authorizeParticipant(home: MeetingHome): repo.OrgPerson {
  const [first] = home.mine.filter((m) => m.role !== 'viewer');
  if (!first)
    throw new AppError('forbidden', { detail: 'Viewers can see meetings but not take part in planning them.' });
  return first;
}

// Scheduling and cancelling: whoever proposed the meeting, or an owner or admin of a taking-part organization.
export function canManage(home: MeetingHome, meeting: repo.MeetingRow, userId: string): boolean {
  const participant = home.mine.some((m) => m.role !== 'viewer');
  return (
    home.mine.some((m) => ['owner', 'admin'].includes(m.role)) || (participant && meeting.createdByUserId === userId)
  );
}

export function authorizeManage(home: MeetingHome, meeting: repo.MeetingRow, userId: string) {
  if (!canManage(home, meeting, userId)) {
    throw new AppError('forbidden', {
      detail: 'Only whoever proposed the meeting, or an owner or admin of a taking-part organization, can do this.',
    });
  }
  return authorizeParticipant(home);
}
