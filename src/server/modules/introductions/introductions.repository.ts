import { and, desc, eq, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../deps.ts';
import { introductions, orgs, users } from '../../db/schema.ts';
import { myOrgIds } from '../orgs/visibility.ts';

export type IntroductionRow = typeof introductions.$inferSelect;

const fromOrg = alias(orgs, 'from_org');
const toOrg = alias(orgs, 'to_org');
const requester = alias(users, 'requester');
const responder = alias(users, 'responder');

// Introductions in which one of the user's organizations is either side.
function involving(userId: string) {
  return or(
    sql`${introductions.fromOrgId} in ${myOrgIds(userId)}`,
    sql`${introductions.toOrgId} in ${myOrgIds(userId)}`,
  );
}

const columns = {
  introduction: introductions,
  fromName: fromOrg.name,
  toName: toOrg.name,
  requester: { name: requester.name, email: requester.email },
  responder: { name: responder.name, email: responder.email },
};

function selectIntroductions(db: DbOrTx) {
  return db
    .select(columns)
    .from(introductions)
    .innerJoin(fromOrg, eq(fromOrg.id, introductions.fromOrgId))
    .innerJoin(toOrg, eq(toOrg.id, introductions.toOrgId))
    .innerJoin(requester, eq(requester.id, introductions.requestedByUserId))
    .leftJoin(responder, eq(responder.id, introductions.respondedByUserId));
}

export type IntroductionWithNames = Awaited<ReturnType<typeof listIntroductions>>[number];

export async function listIntroductions(db: DbOrTx, userId: string) {
  return selectIntroductions(db).where(involving(userId)).orderBy(desc(introductions.createdAt));
}

export async function findIntroduction(db: DbOrTx, userId: string, id: string) {
  const [row] = await selectIntroductions(db).where(and(eq(introductions.id, id), involving(userId)));
  return row;
}

export async function findOpenBetween(db: DbOrTx, fromOrgId: string, toOrgId: string) {
  const [row] = await db
    .select({ id: introductions.id })
    .from(introductions)
    .where(
      and(
        eq(introductions.fromOrgId, fromOrgId),
        eq(introductions.toOrgId, toOrgId),
        eq(introductions.status, 'requested'),
      ),
    );
  return row;
}

export async function insertIntroduction(db: DbOrTx, row: typeof introductions.$inferInsert) {
  const [created] = await db.insert(introductions).values(row).returning();
  return created!;
}

// Only an open introduction can be answered; the status check in the WHERE makes double answers no-ops.
export async function answerIntroduction(
  db: DbOrTx,
  id: string,
  answer: { status: 'accepted' | 'declined'; respondedByUserId: string; respondedAt: Date },
) {
  const rows = await db
    .update(introductions)
    .set(answer)
    .where(and(eq(introductions.id, id), eq(introductions.status, 'requested')))
    .returning({ id: introductions.id });
  return rows.length > 0;
}
