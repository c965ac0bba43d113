import { asc, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../deps.ts';
import { orgs, partnerRatings } from '../../db/schema.ts';

export async function saveRating(db: DbOrTx, row: typeof partnerRatings.$inferInsert & { updatedAt: Date }) {
  await db
    .insert(partnerRatings)
    .values(row)
    .onConflictDoUpdate({
      target: [partnerRatings.collaborationId, partnerRatings.raterOrgId, partnerRatings.ratedOrgId],
      set: { score: row.score, comment: row.comment, ratedByUserId: row.ratedByUserId, updatedAt: row.updatedAt },
    });
}

export async function listRatings(db: DbOrTx, collaborationId: string) {
  const rater = alias(orgs, 'rater');
  const rated = alias(orgs, 'rated');
  return db
    .select({
      raterOrgId: partnerRatings.raterOrgId,
      raterName: rater.name,
      ratedOrgId: partnerRatings.ratedOrgId,
      ratedName: rated.name,
      score: partnerRatings.score,
      comment: partnerRatings.comment,
      updatedAt: partnerRatings.updatedAt,
    })
    .from(partnerRatings)
    .innerJoin(rater, eq(rater.id, partnerRatings.raterOrgId))
    .innerJoin(rated, eq(rated.id, partnerRatings.ratedOrgId))
    .where(eq(partnerRatings.collaborationId, collaborationId))
    .orderBy(asc(rated.name), asc(rater.name));
}
