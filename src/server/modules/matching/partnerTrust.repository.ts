import { inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../deps.ts';
import { partnerRatings } from '../../db/schema.ts';
import { neutralTrust, type Trust } from './engine/score.ts';

// Trust in an organization, for matching: the ratings its partners gave it after working together
// (a score of 1 counts 0, 5 counts 1) and whether a manager of one of its networks verified it.
export async function trustOf(
  db: DbOrTx,
  orgIds: string[],
  verifiedIds: ReadonlySet<string>,
): Promise<Map<string, Trust>> {
  const totals =
    orgIds.length === 0
      ? []
      : await db
          .select({
            orgId: partnerRatings.ratedOrgId,
            count: sql<number>`count(*)::int`,
            sum: sql<number>`(sum(${partnerRatings.score} - 1) / 4.0)::float8`,
          })
          .from(partnerRatings)
          .where(inArray(partnerRatings.ratedOrgId, orgIds))
          .groupBy(partnerRatings.ratedOrgId);
  const byOrg = new Map(totals.map((t) => [t.orgId, t]));
  return new Map(
    orgIds.map((orgId) => {
      const rated = byOrg.get(orgId);
      const trust: Trust = {
        verified: verifiedIds.has(orgId),
        ratingSum: rated ? Number(rated.sum) : neutralTrust.ratingSum,
        ratingCount: rated ? Number(rated.count) : neutralTrust.ratingCount,
      };
      return [orgId, trust];
    }),
  );
}
