import { and, asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../deps.ts';
import { listings, resources } from '../../db/schema.ts';
import { visibleTo } from './visibility.ts';

export type ResourceRow = typeof resources.$inferSelect;
export type ListingRow = typeof listings.$inferSelect;
export type ListingKind = ListingRow['kind'];

export async function listVisibleResources(db: DbOrTx, userId: string, orgId: string) {
  return db
    .select()
    .from(resources)
    .where(and(eq(resources.orgId, orgId), visibleTo(userId, resources.orgId, resources.visibility)))
    .orderBy(asc(resources.category), asc(resources.name));
}

export async function insertResource(db: DbOrTx, resource: typeof resources.$inferInsert) {
  const [row] = await db.insert(resources).values(resource).returning();
  return row!;
}

// Writes are scoped by the organization as well as the id: another org's row is simply not found.
export async function updateResource(
  db: DbOrTx,
  orgId: string,
  resourceId: string,
  changes: Partial<typeof resources.$inferInsert>,
) {
  const [row] = await db
    .update(resources)
    .set(changes)
    .where(and(eq(resources.id, resourceId), eq(resources.orgId, orgId)))
    .returning();
  return row;
}

export async function deleteResource(db: DbOrTx, orgId: string, resourceId: string) {
  const rows = await db
    .delete(resources)
    .where(and(eq(resources.id, resourceId), eq(resources.orgId, orgId)))
    .returning({ id: resources.id });
  return rows.length > 0;
}

export async function listVisibleListings(db: DbOrTx, userId: string, orgId: string, kind: ListingKind) {
  return db
    .select()
    .from(listings)
    .where(
      and(eq(listings.orgId, orgId), eq(listings.kind, kind), visibleTo(userId, listings.orgId, listings.visibility)),
    )
    .orderBy(asc(listings.capability), asc(listings.title));
}

export async function insertListing(db: DbOrTx, listing: typeof listings.$inferInsert) {
  const [row] = await db.insert(listings).values(listing).returning();
  return row!;
}

export async function updateListing(
  db: DbOrTx,
  orgId: string,
  kind: ListingKind,
  listingId: string,
  changes: Partial<typeof listings.$inferInsert>,
) {
  const [row] = await db
    .update(listings)
    .set(changes)
    .where(and(eq(listings.id, listingId), eq(listings.orgId, orgId), eq(listings.kind, kind)))
    .returning();
  return row;
}

export async function deleteListing(db: DbOrTx, orgId: string, kind: ListingKind, listingId: string) {
  const rows = await db
    .delete(listings)
    .where(and(eq(listings.id, listingId), eq(listings.orgId, orgId), eq(listings.kind, kind)))
    .returning({ id: listings.id });
  return rows.length > 0;
}
