import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { NetworkMemberStatus } from '../../../common/vocabulary.ts';
import type { DbOrTx } from '../../deps.ts';
import { networkMembers, networks, orgMembers, orgs } from '../../db/schema.ts';
import { myOrgIds } from '../orgs/visibility.ts';

export type NetworkRow = typeof networks.$inferSelect;

// A network is visible when its directory is public or one of the actor's organizations has any membership in it.
function networkVisibleTo(userId: string) {
  return sql`(${networks.directory} = 'public' or exists (select 1 from ${networkMembers} nm
    where nm.network_id = ${networks.id} and nm.org_id in ${myOrgIds(userId)}))`;
}

const networkColumns = (userId: string) => ({
  network: networks,
  managingOrgName: orgs.name,
  memberCount: sql<number>`(select count(*)::int from ${networkMembers} nm
    where nm.network_id = ${networks.id} and nm.status = 'active')`,
  canManage: sql<boolean>`exists (select 1 from ${orgMembers} om where om.org_id = ${networks.managingOrgId}
    and om.user_id = ${userId} and om.role in ('owner', 'admin'))`,
});

export async function findVisibleNetwork(db: DbOrTx, userId: string, networkId: string) {
  const [row] = await db
    .select(networkColumns(userId))
    .from(networks)
    .innerJoin(orgs, eq(orgs.id, networks.managingOrgId))
    .where(and(eq(networks.id, networkId), networkVisibleTo(userId)));
  return row;
}

// Operator access (CLI) only: no visibility rule applies.
// True when one of the user's organizations is an active member of the network.
export async function isActiveMember(db: DbOrTx, userId: string, networkId: string): Promise<boolean> {
  const [row] = await db
    .select({ orgId: networkMembers.orgId })
    .from(networkMembers)
    .where(
      and(
        eq(networkMembers.networkId, networkId),
        eq(networkMembers.status, 'active'),
        sql`${networkMembers.orgId} in ${myOrgIds(userId)}`,
      ),
    )
    .limit(1);
  return Boolean(row);
}

export async function findNetworkById(db: DbOrTx, networkId: string) {
  const [row] = await db.select().from(networks).where(eq(networks.id, networkId));
  return row;
}

export async function listVisibleNetworks(db: DbOrTx, userId: string) {
  return db
    .select(networkColumns(userId))
    .from(networks)
    .innerJoin(orgs, eq(orgs.id, networks.managingOrgId))
    .where(networkVisibleTo(userId))
    .orderBy(asc(networks.name));
}

export async function myMemberships(db: DbOrTx, userId: string, networkIds: string[]) {
  if (networkIds.length === 0) return [];
  return db
    .select({ networkId: networkMembers.networkId, orgId: networkMembers.orgId, status: networkMembers.status })
    .from(networkMembers)
    .where(and(inArray(networkMembers.networkId, networkIds), sql`${networkMembers.orgId} in ${myOrgIds(userId)}`));
}

export async function insertNetwork(db: DbOrTx, network: typeof networks.$inferInsert) {
  const [row] = await db.insert(networks).values(network).returning();
  return row!;
}

export async function updateNetwork(db: DbOrTx, networkId: string, changes: Partial<typeof networks.$inferInsert>) {
  await db.update(networks).set(changes).where(eq(networks.id, networkId));
}

export async function findMembership(db: DbOrTx, networkId: string, orgId: string) {
  const [row] = await db
    .select()
    .from(networkMembers)
    .where(and(eq(networkMembers.networkId, networkId), eq(networkMembers.orgId, orgId)))
    .for('update');
  return row;
}

export async function insertMembership(db: DbOrTx, networkId: string, orgId: string, status: NetworkMemberStatus) {
  await db.insert(networkMembers).values({ networkId, orgId, status });
}

export async function insertActiveMemberships(db: DbOrTx, networkId: string, orgIds: string[]) {
  if (orgIds.length === 0) return;
  await db
    .insert(networkMembers)
    .values(orgIds.map((orgId) => ({ networkId, orgId, status: 'active' as const })))
    .onConflictDoNothing();
}

export async function setMembershipStatus(
  db: DbOrTx,
  networkId: string,
  orgId: string,
  status: NetworkMemberStatus,
  now: Date,
) {
  await db
    .update(networkMembers)
    .set({ status, updatedAt: now })
    .where(and(eq(networkMembers.networkId, networkId), eq(networkMembers.orgId, orgId)));
}

/** Marks memberships verified at a time, or not verified with null. */
export async function setMembershipsVerified(db: DbOrTx, networkId: string, orgIds: string[], verifiedAt: Date | null) {
  await db
    .update(networkMembers)
    .set({ verifiedAt })
    .where(and(eq(networkMembers.networkId, networkId), inArray(networkMembers.orgId, orgIds)));
}

export async function deleteMembership(db: DbOrTx, networkId: string, orgId: string) {
  await db.delete(networkMembers).where(and(eq(networkMembers.networkId, networkId), eq(networkMembers.orgId, orgId)));
}

export async function listMemberships(db: DbOrTx, networkId: string, status: NetworkMemberStatus | undefined) {
  return db
    .select({
      orgId: networkMembers.orgId,
      orgName: orgs.name,
      status: networkMembers.status,
      since: networkMembers.updatedAt,
      verifiedAt: networkMembers.verifiedAt,
    })
    .from(networkMembers)
    .innerJoin(orgs, eq(orgs.id, networkMembers.orgId))
    .where(and(eq(networkMembers.networkId, networkId), status ? eq(networkMembers.status, status) : undefined))
    .orderBy(asc(orgs.name));
}
