import { and, asc, desc, eq, inArray, or, sql } from 'drizzle-orm';
import type { SlotAnswer } from '../../../common/meetings.ts';
import type { OrgRole } from '../../../common/vocabulary.ts';
import type { DbOrTx } from '../../deps.ts';
import {
  collaborationParties,
  introductions,
  meetingAnswers,
  meetings,
  meetingSlots,
  orgMembers,
  orgs,
  users,
} from '../../db/schema.ts';
import { myOrgIds } from '../orgs/visibility.ts';
import { acceptedCollaborationIds } from './documents.repository.ts';

export type MeetingRow = typeof meetings.$inferSelect;

function acceptedIntroductionIds(userId: string) {
  return sql`(select ${introductions.id} from ${introductions} where ${introductions.status} = 'accepted'
    and (${introductions.fromOrgId} in ${myOrgIds(userId)} or ${introductions.toOrgId} in ${myOrgIds(userId)}))`;
}

// A meeting is seen by the people of its collaboration's accepted parties or of its introduction's two sides.
function visibleMeetings(userId: string) {
  return or(
    sql`${meetings.collaborationId} in ${acceptedCollaborationIds(userId)}`,
    sql`${meetings.introductionId} in ${acceptedIntroductionIds(userId)}`,
  );
}

export async function findMeeting(db: DbOrTx, userId: string, meetingId: string, lock = false) {
  const query = db
    .select()
    .from(meetings)
    .where(and(eq(meetings.id, meetingId), visibleMeetings(userId)));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

export async function listMeetings(db: DbOrTx, home: { collaborationId: string } | { introductionId: string }) {
  const where =
    'collaborationId' in home
      ? eq(meetings.collaborationId, home.collaborationId)
      : eq(meetings.introductionId, home.introductionId);
  return db.select().from(meetings).where(where).orderBy(desc(meetings.createdAt));
}

// An introduction one of the user's organizations is a side of, whatever its status.
export async function findIntroductionOf(db: DbOrTx, userId: string, introductionId: string) {
  const [row] = await db
    .select({
      id: introductions.id,
      status: introductions.status,
      fromOrgId: introductions.fromOrgId,
      toOrgId: introductions.toOrgId,
    })
    .from(introductions)
    .where(
      and(
        eq(introductions.id, introductionId),
        or(
          sql`${introductions.fromOrgId} in ${myOrgIds(userId)}`,
          sql`${introductions.toOrgId} in ${myOrgIds(userId)}`,
        ),
      ),
    );
  return row;
}

export async function acceptedPartyOrgIds(db: DbOrTx, collaborationId: string) {
  const rows = await db
    .select({ orgId: collaborationParties.orgId })
    .from(collaborationParties)
    .where(and(eq(collaborationParties.collaborationId, collaborationId), eq(collaborationParties.status, 'accepted')));
  return rows.map((r) => r.orgId);
}

export interface OrgPerson {
  userId: string;
  name: string;
  email: string;
  orgId: string;
  orgName: string;
  role: OrgRole;
}

export async function membersOf(db: DbOrTx, orgIds: string[]): Promise<OrgPerson[]> {
  if (orgIds.length === 0) return [];
  return db
    .select({
      userId: users.id,
      name: users.name,
      email: users.email,
      orgId: orgs.id,
      orgName: orgs.name,
      role: orgMembers.role,
    })
    .from(orgMembers)
    .innerJoin(users, eq(users.id, orgMembers.userId))
    .innerJoin(orgs, eq(orgs.id, orgMembers.orgId))
    .where(inArray(orgMembers.orgId, orgIds))
    .orderBy(asc(orgs.name), asc(users.name));
}

export async function listSlots(db: DbOrTx, meetingIds: string[]) {
  if (meetingIds.length === 0) return [];
  return db
    .select()
    .from(meetingSlots)
    .where(inArray(meetingSlots.meetingId, meetingIds))
    .orderBy(asc(meetingSlots.startsAt));
}

export async function listAnswers(db: DbOrTx, slotIds: string[]) {
  if (slotIds.length === 0) return [];
  return db
    .select({
      slotId: meetingAnswers.slotId,
      userId: meetingAnswers.userId,
      name: users.name,
      orgId: meetingAnswers.orgId,
      orgName: orgs.name,
      answer: meetingAnswers.answer,
    })
    .from(meetingAnswers)
    .innerJoin(users, eq(users.id, meetingAnswers.userId))
    .innerJoin(orgs, eq(orgs.id, meetingAnswers.orgId))
    .where(inArray(meetingAnswers.slotId, slotIds))
    .orderBy(asc(orgs.name), asc(users.name));
}

export async function findCreator(db: DbOrTx, userId: string | null) {
  if (!userId) return undefined;
  const [row] = await db.select({ name: users.name, email: users.email }).from(users).where(eq(users.id, userId));
  return row;
}

export async function insertMeeting(db: DbOrTx, row: typeof meetings.$inferInsert, startTimes: Date[]) {
  const [created] = await db.insert(meetings).values(row).returning();
  await db.insert(meetingSlots).values(startTimes.map((startsAt) => ({ meetingId: created!.id, startsAt })));
  return created!;
}

export async function upsertAnswer(
  db: DbOrTx,
  row: { slotId: string; userId: string; orgId: string; answer: SlotAnswer; answeredAt: Date },
) {
  await db
    .insert(meetingAnswers)
    .values(row)
    .onConflictDoUpdate({
      target: [meetingAnswers.slotId, meetingAnswers.userId],
      set: { answer: row.answer, orgId: row.orgId, answeredAt: row.answeredAt },
    });
}

export async function setMeetingStatus(
  db: DbOrTx,
  meetingId: string,
  change: { status: MeetingRow['status']; chosenSlotId?: string; updatedAt: Date },
  // The change revises an invitation already sent: its SEQUENCE goes up.
  revised: boolean,
) {
  await db
    .update(meetings)
    .set({ ...change, ...(revised ? { sequence: sql`${meetings.sequence} + 1` } : {}) })
    .where(eq(meetings.id, meetingId));
}
