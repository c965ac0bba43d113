import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { MatchDecision, MatchWeights } from '../../../common/matching.ts';
import type { DbOrTx } from '../../deps.ts';
import {
  matchDecisionsTable,
  matchPreferences,
  networkMatchDefaults,
  networkMembers,
  networks,
  orgs,
  users,
} from '../../db/schema.ts';
import { visibleTo } from '../orgs/visibility.ts';

/** The networks the organization is an active member of, the one with the most active members first. */
export async function activeNetworksOf(db: DbOrTx, orgId: string) {
  const activeMembers = sql`(select count(*) from ${networkMembers} m
    where m.network_id = ${networks.id} and m.status = 'active')`;
  return db
    .select({ id: networks.id, name: networks.name })
    .from(networkMembers)
    .innerJoin(networks, eq(networks.id, networkMembers.networkId))
    .where(and(eq(networkMembers.orgId, orgId), eq(networkMembers.status, 'active')))
    .orderBy(desc(activeMembers), asc(networks.name));
}

export async function decisionsOf(db: DbOrTx, orgId: string) {
  return db.select().from(matchDecisionsTable).where(eq(matchDecisionsTable.orgId, orgId));
}

// Saved or dismissed candidates the user may still see, newest decision first.
export async function decisionList(db: DbOrTx, userId: string, orgId: string, decision: MatchDecision) {
  return db
    .select({
      org: {
        id: orgs.id,
        name: orgs.name,
        slug: orgs.slug,
        city: orgs.city,
        country: orgs.country,
        sizeClass: orgs.sizeClass,
        naceCode: orgs.naceCode,
      },
      decision: matchDecisionsTable.decision,
      decidedAt: matchDecisionsTable.decidedAt,
      decidedBy: users.name,
    })
    .from(matchDecisionsTable)
    .innerJoin(orgs, eq(orgs.id, matchDecisionsTable.candidateOrgId))
    .innerJoin(users, eq(users.id, matchDecisionsTable.userId))
    .where(
      and(
        eq(matchDecisionsTable.orgId, orgId),
        eq(matchDecisionsTable.decision, decision),
        visibleTo(userId, orgs.id, orgs.visibility),
      ),
    )
    .orderBy(desc(matchDecisionsTable.decidedAt));
}

export async function setDecision(db: DbOrTx, row: typeof matchDecisionsTable.$inferInsert) {
  await db
    .insert(matchDecisionsTable)
    .values(row)
    .onConflictDoUpdate({
      target: [matchDecisionsTable.orgId, matchDecisionsTable.candidateOrgId],
      set: { decision: row.decision, userId: row.userId, decidedAt: row.decidedAt },
    });
}

export async function clearDecision(db: DbOrTx, orgId: string, candidateOrgId: string) {
  await db
    .delete(matchDecisionsTable)
    .where(and(eq(matchDecisionsTable.orgId, orgId), eq(matchDecisionsTable.candidateOrgId, candidateOrgId)));
}

export async function preferencesOf(db: DbOrTx, userId: string) {
  const [row] = await db.select().from(matchPreferences).where(eq(matchPreferences.userId, userId));
  return row;
}

export async function savePreferences(db: DbOrTx, row: typeof matchPreferences.$inferInsert) {
  await db
    .insert(matchPreferences)
    .values(row)
    .onConflictDoUpdate({
      target: matchPreferences.userId,
      set: { weights: row.weights, scope: row.scope, updatedAt: new Date() },
    });
}

export async function networkDefaultsOf(db: DbOrTx, networkId: string): Promise<Partial<MatchWeights>> {
  const [row] = await db.select().from(networkMatchDefaults).where(eq(networkMatchDefaults.networkId, networkId));
  return row?.weights ?? {};
}

export async function saveNetworkDefaults(
  db: DbOrTx,
  networkId: string,
  weights: Partial<MatchWeights>,
  updatedAt: Date,
) {
  await db
    .insert(networkMatchDefaults)
    .values({ networkId, weights, updatedAt })
    .onConflictDoUpdate({ target: networkMatchDefaults.networkId, set: { weights, updatedAt } });
}

export async function clearNetworkDefaults(db: DbOrTx, networkId: string) {
  await db.delete(networkMatchDefaults).where(eq(networkMatchDefaults.networkId, networkId));
}

export async function orgCards(db: DbOrTx, ids: string[]) {
  if (ids.length === 0) return new Map<string, CardRow>();
  const rows = await db
    .select({
      id: orgs.id,
      name: orgs.name,
      slug: orgs.slug,
      city: orgs.city,
      country: orgs.country,
      sizeClass: orgs.sizeClass,
      naceCode: orgs.naceCode,
    })
    .from(orgs)
    .where(inArray(orgs.id, ids));
  return new Map(rows.map((r) => [r.id, r]));
}
type CardRow = {
  id: string;
  name: string;
  slug: string;
  city: string;
  country: string;
  sizeClass: string | null;
  naceCode: string | null;
};

export type { MatchDecision };
