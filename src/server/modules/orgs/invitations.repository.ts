import { and, desc, eq, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../deps.ts';
import { orgInvitations, orgs } from '../../db/schema.ts';

export type InvitationRow = typeof orgInvitations.$inferSelect;

export async function insertInvitation(db: DbOrTx, invitation: typeof orgInvitations.$inferInsert) {
  const [row] = await db.insert(orgInvitations).values(invitation).returning();
  return row!;
}

export async function listInvitations(db: DbOrTx, orgId: string) {
  return db
    .select()
    .from(orgInvitations)
    .where(eq(orgInvitations.orgId, orgId))
    .orderBy(desc(orgInvitations.createdAt));
}

export async function findOpenInvitationByTokenHash(db: DbOrTx, tokenHash: string) {
  const [row] = await db
    .select({ invitation: orgInvitations, orgName: orgs.name })
    .from(orgInvitations)
    .innerJoin(orgs, eq(orgs.id, orgInvitations.orgId))
    .where(and(eq(orgInvitations.tokenHash, tokenHash), isNull(orgInvitations.acceptedAt)))
    .for('update', { of: orgInvitations });
  return row;
}

export async function markAccepted(db: DbOrTx, invitationId: string, now: Date) {
  await db.update(orgInvitations).set({ acceptedAt: now }).where(eq(orgInvitations.id, invitationId));
}

export async function deleteInvitation(db: DbOrTx, orgId: string, invitationId: string) {
  const rows = await db
    .delete(orgInvitations)
    .where(and(eq(orgInvitations.id, invitationId), eq(orgInvitations.orgId, orgId), isNull(orgInvitations.acceptedAt)))
    .returning({ id: orgInvitations.id });
  return rows.length > 0;
}
