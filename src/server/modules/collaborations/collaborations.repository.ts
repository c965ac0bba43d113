import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { CollaborationState, PartyStatus } from '../../../common/collaboration.ts';
import type { OrgRole } from '../../../common/vocabulary.ts';
import type { DbOrTx } from '../../deps.ts';
import { collaborationParties, collaborations, collaborationTransitions, orgMembers, orgs } from '../../db/schema.ts';
import { myOrgIds } from '../orgs/visibility.ts';

export type CollaborationRow = typeof collaborations.$inferSelect;

// Parties that may see a collaboration: invited, accepted or exited (a declined party steps out).
const seeingStatuses: PartyStatus[] = ['invited', 'accepted', 'exited'];

export function visibleCollaborationIds(userId: string) {
  return sql`(select ${collaborationParties.collaborationId} from ${collaborationParties}
    where ${collaborationParties.orgId} in ${myOrgIds(userId)}
    and ${collaborationParties.status} in ${seeingStatuses})`;
}

export async function findVisibleCollaboration(db: DbOrTx, userId: string, collaborationId: string, lock = false) {
  const query = db
    .select()
    .from(collaborations)
    .where(
      and(eq(collaborations.id, collaborationId), sql`${collaborations.id} in ${visibleCollaborationIds(userId)}`),
    );
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

export async function listVisibleCollaborations(db: DbOrTx, userId: string) {
  return db
    .select()
    .from(collaborations)
    .where(sql`${collaborations.id} in ${visibleCollaborationIds(userId)}`)
    .orderBy(desc(collaborations.updatedAt));
}

export async function insertCollaboration(db: DbOrTx, row: typeof collaborations.$inferInsert) {
  const [created] = await db.insert(collaborations).values(row).returning();
  return created!;
}

export async function setState(db: DbOrTx, collaborationId: string, state: CollaborationState, now: Date) {
  await db.update(collaborations).set({ state, updatedAt: now }).where(eq(collaborations.id, collaborationId));
}

export async function insertTransition(db: DbOrTx, row: typeof collaborationTransitions.$inferInsert) {
  await db.insert(collaborationTransitions).values(row);
}

export async function listTransitions(db: DbOrTx, collaborationId: string) {
  return db
    .select()
    .from(collaborationTransitions)
    .where(eq(collaborationTransitions.collaborationId, collaborationId))
    .orderBy(asc(collaborationTransitions.at));
}

export async function listParties(db: DbOrTx, collaborationIds: string[]) {
  if (collaborationIds.length === 0) return [];
  return db
    .select({
      collaborationId: collaborationParties.collaborationId,
      orgId: collaborationParties.orgId,
      orgName: orgs.name,
      status: collaborationParties.status,
      invitedAt: collaborationParties.invitedAt,
      respondedAt: collaborationParties.respondedAt,
    })
    .from(collaborationParties)
    .innerJoin(orgs, eq(orgs.id, collaborationParties.orgId))
    .where(inArray(collaborationParties.collaborationId, collaborationIds))
    .orderBy(asc(collaborationParties.invitedAt), asc(orgs.name));
}

export async function insertParties(
  db: DbOrTx,
  collaborationId: string,
  parties: { orgId: string; status: PartyStatus }[],
) {
  await db.insert(collaborationParties).values(parties.map((p) => ({ collaborationId, ...p })));
}

export async function setPartyStatus(
  db: DbOrTx,
  collaborationId: string,
  orgId: string,
  status: PartyStatus,
  now: Date,
) {
  await db
    .update(collaborationParties)
    .set({ status, respondedAt: now })
    .where(and(eq(collaborationParties.collaborationId, collaborationId), eq(collaborationParties.orgId, orgId)));
}

// The actor's role in each party organization of the collaboration.
export async function myPartyRoles(db: DbOrTx, userId: string, collaborationId: string) {
  return db
    .select({ orgId: collaborationParties.orgId, status: collaborationParties.status, role: orgMembers.role })
    .from(collaborationParties)
    .innerJoin(orgMembers, and(eq(orgMembers.orgId, collaborationParties.orgId), eq(orgMembers.userId, userId)))
    .where(eq(collaborationParties.collaborationId, collaborationId)) as Promise<
    { orgId: string; status: PartyStatus; role: OrgRole }[]
  >;
}
