import { and, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../deps.ts';
import { networkMembers, networks, partnerRatings } from '../../db/schema.ts';
import { neutralTrust, type Trust } from './engine/score.ts';

// Trust in an organization, for matching: the ratings its partners gave it after working together
// (a score of 1 counts 0, 5 counts 1) and whether a manager of one of its networks verified it.

async function ratingTotals(db: DbOrTx, orgIds: string[]) {
  if (orgIds.length === 0) return new Map<string, { count: number; sum: number }>();
  const rows = await db
    .select({
      orgId: partnerRatings.ratedOrgId,
      count: sql<number>`count(*)::int`,
      sum: sql<number>`(sum(${partnerRatings.score} - 1) / 4.0)::float8`,
    })
    .from(partnerRatings)
    .where(inArray(partnerRatings.ratedOrgId, orgIds))
    .groupBy(partnerRatings.ratedOrgId);
  return new Map(rows.map((r) => [r.orgId, { count: Number(r.count), sum: Number(r.sum) }]));
}

/** Trust for the match index; `verifiedIds` comes from the memberships the loader reads anyway. */
export async function trustOf(
  db: DbOrTx,
  orgIds: string[],
  verifiedIds: ReadonlySet<string>,
): Promise<Map<string, Trust>> {
  const totals = await ratingTotals(db, orgIds);
  return new Map(
    orgIds.map((orgId) => {
      const rated = totals.get(orgId);
      const trust: Trust = {
        verified: verifiedIds.has(orgId),
        ratingSum: rated?.sum ?? neutralTrust.ratingSum,
        ratingCount: rated?.count ?? neutralTrust.ratingCount,
      };
      return [orgId, trust];
    }),
  );
}

export interface TrustEvidence {
  verified: boolean;
  /** The networks whose managers verified it, by name: a verification is only as good as its network. */
  verifiedBy: string[];
  ratingCount: number;
  /** Mean stars (1–5) of the ratings, or null without any. */
  averageStars: number | null;
}

/** What a suggestion card says about trust: who verified it, and the ratings behind the score. */
export async function trustEvidenceOf(db: DbOrTx, orgIds: string[]): Promise<Map<string, TrustEvidence>> {
  if (orgIds.length === 0) return new Map();
  const [totals, verifications] = await Promise.all([
    ratingTotals(db, orgIds),
    db
      .select({ orgId: networkMembers.orgId, network: networks.name })
      .from(networkMembers)
      .innerJoin(networks, eq(networks.id, networkMembers.networkId))
      .where(
        and(
          inArray(networkMembers.orgId, orgIds),
          eq(networkMembers.status, 'active'),
          isNotNull(networkMembers.verifiedAt),
        ),
      )
      .orderBy(networks.name),
  ]);
  const verifiedBy = new Map<string, string[]>();
  for (const { orgId, network } of verifications) verifiedBy.set(orgId, [...(verifiedBy.get(orgId) ?? []), network]);
  return new Map(
    orgIds.map((orgId) => {
      const rated = totals.get(orgId);
      const averageStars = rated ? 1 + (4 * rated.sum) / rated.count : null;
      const networkNames = verifiedBy.get(orgId) ?? [];
      return [
        orgId,
        { verified: networkNames.length > 0, verifiedBy: networkNames, ratingCount: rated?.count ?? 0, averageStars },
      ];
    }),
  );
}
