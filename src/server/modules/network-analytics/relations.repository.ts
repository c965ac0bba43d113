import { and, asc, eq, ne, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../deps.ts';
import { orgRelations, orgs } from '../../db/schema.ts';

export type RelationRow = typeof orgRelations.$inferSelect;
export type NewRelation = typeof orgRelations.$inferInsert;

const supplier = alias(orgs, 'supplier_org');
const customer = alias(orgs, 'customer_org');

const columns = { relation: orgRelations, supplierName: supplier.name, customerName: customer.name };

function selectRelations(db: DbOrTx) {
  return db
    .select(columns)
    .from(orgRelations)
    .innerJoin(supplier, eq(supplier.id, orgRelations.supplierOrgId))
    .innerJoin(customer, eq(customer.id, orgRelations.customerOrgId));
}

export type RelationWithNames = Awaited<ReturnType<typeof listRelationsOf>>[number];

// Every relation in which the organization is either side, whoever declared it. The caller checked that the
// actor belongs to the organization: relations are private to the two sides.
export async function listRelationsOf(db: DbOrTx, orgId: string) {
  return selectRelations(db)
    .where(or(eq(orgRelations.supplierOrgId, orgId), eq(orgRelations.customerOrgId, orgId)))
    .orderBy(asc(orgRelations.createdAt), asc(orgRelations.id));
}

export async function findRelationOf(db: DbOrTx, orgId: string, relationId: string) {
  const [row] = await selectRelations(db).where(
    and(
      eq(orgRelations.id, relationId),
      or(eq(orgRelations.supplierOrgId, orgId), eq(orgRelations.customerOrgId, orgId)),
    ),
  );
  return row;
}

// Sum of the shares the organization declared on one side (inputs: as customer; revenue: as supplier).
export async function declaredShareTotal(
  db: DbOrTx,
  orgId: string,
  side: 'inputs' | 'revenue',
  exceptRelationId: string | null,
): Promise<number> {
  const sideColumn = side === 'inputs' ? orgRelations.customerOrgId : orgRelations.supplierOrgId;
  const [row] = await db
    .select({ total: sql<number>`coalesce(sum(${orgRelations.share}), 0)::float8` })
    .from(orgRelations)
    .where(
      and(
        eq(orgRelations.declaredByOrgId, orgId),
        eq(sideColumn, orgId),
        exceptRelationId ? ne(orgRelations.id, exceptRelationId) : undefined,
      ),
    );
  return Number(row?.total ?? 0);
}

export async function findDuplicate(db: DbOrTx, relation: Omit<NewRelation, 'share'>, exceptRelationId?: string) {
  const [row] = await db
    .select({ id: orgRelations.id })
    .from(orgRelations)
    .where(
      and(
        eq(orgRelations.supplierOrgId, relation.supplierOrgId),
        eq(orgRelations.customerOrgId, relation.customerOrgId),
        eq(orgRelations.declaredByOrgId, relation.declaredByOrgId),
        eq(orgRelations.capability, relation.capability ?? ''),
        exceptRelationId ? ne(orgRelations.id, exceptRelationId) : undefined,
      ),
    );
  return row;
}

export async function insertRelation(db: DbOrTx, relation: NewRelation) {
  const [row] = await db.insert(orgRelations).values(relation).returning({ id: orgRelations.id });
  return row!;
}

export async function updateRelation(db: DbOrTx, relationId: string, changes: Partial<NewRelation>) {
  await db.update(orgRelations).set(changes).where(eq(orgRelations.id, relationId));
}

export async function deleteRelation(db: DbOrTx, relationId: string) {
  await db.delete(orgRelations).where(eq(orgRelations.id, relationId));
}
