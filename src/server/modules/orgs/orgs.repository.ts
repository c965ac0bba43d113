import { and, asc, eq, sql } from 'drizzle-orm';
import type { OrgRole } from '../../../common/vocabulary.ts';
import type { DbOrTx } from '../../deps.ts';
import { orgMembers, orgs, strategicProfiles, users } from '../../db/schema.ts';
import { visibleTo } from './visibility.ts';

export type OrgRow = typeof orgs.$inferSelect;
export type NewOrg = typeof orgs.$inferInsert;

const myRole = (userId: string) =>
  sql<OrgRole | null>`(select ${orgMembers.role} from ${orgMembers}
    where ${orgMembers.orgId} = ${orgs.id} and ${orgMembers.userId} = ${userId})`;

// Missing and invisible organizations look the same: undefined.
export async function findVisibleOrg(db: DbOrTx, userId: string, orgId: string) {
  const [row] = await db
    .select({ org: orgs, myRole: myRole(userId) })
    .from(orgs)
    .where(and(eq(orgs.id, orgId), visibleTo(userId, orgs.id, orgs.visibility)));
  return row;
}

export async function listMyOrgs(db: DbOrTx, userId: string) {
  return db
    .select({ org: orgs, myRole: orgMembers.role })
    .from(orgs)
    .innerJoin(orgMembers, and(eq(orgMembers.orgId, orgs.id), eq(orgMembers.userId, userId)))
    .orderBy(asc(orgs.name));
}

export async function insertOrg(db: DbOrTx, org: NewOrg) {
  const [row] = await db.insert(orgs).values(org).returning();
  return row!;
}

export async function updateOrg(db: DbOrTx, orgId: string, changes: Partial<NewOrg>) {
  const [row] = await db.update(orgs).set(changes).where(eq(orgs.id, orgId)).returning();
  return row!;
}

// Any change to a profile part marks the organization changed, so derived indexes refresh it.
export async function touchOrg(db: DbOrTx, orgId: string, now: Date) {
  await db.update(orgs).set({ updatedAt: now }).where(eq(orgs.id, orgId));
}

export async function findStrategicProfile(db: DbOrTx, userId: string, orgId: string) {
  const [row] = await db
    .select()
    .from(strategicProfiles)
    .where(
      and(eq(strategicProfiles.orgId, orgId), visibleTo(userId, strategicProfiles.orgId, strategicProfiles.visibility)),
    );
  return row;
}

export async function upsertStrategicProfile(db: DbOrTx, profile: typeof strategicProfiles.$inferInsert) {
  await db
    .insert(strategicProfiles)
    .values(profile)
    .onConflictDoUpdate({ target: strategicProfiles.orgId, set: { ...profile, updatedAt: new Date() } });
}

export async function insertMember(db: DbOrTx, member: { orgId: string; userId: string; role: OrgRole }) {
  await db.insert(orgMembers).values(member).onConflictDoNothing();
}

export async function listMembers(db: DbOrTx, orgId: string) {
  return db
    .select({ userId: users.id, name: users.name, email: users.email, role: orgMembers.role })
    .from(orgMembers)
    .innerJoin(users, eq(users.id, orgMembers.userId))
    .where(eq(orgMembers.orgId, orgId))
    .orderBy(asc(users.name));
}

// Locks the organization's member rows so that two concurrent changes cannot both remove the last owner.
export async function lockMembers(db: DbOrTx, orgId: string) {
  return db.select().from(orgMembers).where(eq(orgMembers.orgId, orgId)).for('update');
}

export async function setMemberRole(db: DbOrTx, orgId: string, userId: string, role: OrgRole) {
  await db
    .update(orgMembers)
    .set({ role })
    .where(and(eq(orgMembers.orgId, orgId), eq(orgMembers.userId, userId)));
}

export async function deleteMember(db: DbOrTx, orgId: string, userId: string) {
  await db.delete(orgMembers).where(and(eq(orgMembers.orgId, orgId), eq(orgMembers.userId, userId)));
}
