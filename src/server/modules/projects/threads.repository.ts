import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../deps.ts';
import { introductions, messages, orgMembers, orgs, threadReads, threads, users } from '../../db/schema.ts';
import { myOrgIds } from '../orgs/visibility.ts';
import { visibleCollaborationIds } from '../collaborations/collaborations.repository.ts';

export type ThreadRow = typeof threads.$inferSelect;
export type MessageRow = typeof messages.$inferSelect;

// A thread is visible through its collaboration, or through an accepted introduction of one of the user's orgs.
function visibleThread(userId: string) {
  return sql`(${threads.collaborationId} in ${visibleCollaborationIds(userId)}
    or ${threads.introductionId} in (select ${introductions.id} from ${introductions}
      where ${introductions.status} = 'accepted'
      and (${introductions.fromOrgId} in ${myOrgIds(userId)} or ${introductions.toOrgId} in ${myOrgIds(userId)})))`;
}

// Qualified by hand: Drizzle leaves single-table columns unqualified, which a correlated subquery would misread.
const outerThreadId = sql.raw('"threads"."id"');

// Messages in the thread and those the user has not read (their own never count as unread).
function threadCounts(userId: string) {
  const lastRead = sql`(select ${threadReads.lastReadAt} from ${threadReads}
    where ${threadReads.threadId} = ${outerThreadId} and ${threadReads.userId} = ${userId})`;
  return {
    messageCount: sql<number>`(select count(*)::int from ${messages} where ${messages.threadId} = ${outerThreadId})`,
    unreadCount: sql<number>`(select count(*)::int from ${messages} where ${messages.threadId} = ${outerThreadId}
      and ${messages.authorUserId} is distinct from ${userId}
      and (${lastRead} is null or ${messages.createdAt} > ${lastRead}))`,
  };
}

export async function findVisibleThread(db: DbOrTx, userId: string, threadId: string) {
  const [row] = await db
    .select({ thread: threads, ...threadCounts(userId) })
    .from(threads)
    .where(and(eq(threads.id, threadId), visibleThread(userId)));
  return row;
}
export type ThreadWithCounts = NonNullable<Awaited<ReturnType<typeof findVisibleThread>>>;

export async function listCollaborationThreads(db: DbOrTx, userId: string, collaborationId: string) {
  return db
    .select({ thread: threads, ...threadCounts(userId) })
    .from(threads)
    .where(eq(threads.collaborationId, collaborationId))
    .orderBy(sql`coalesce(${threads.lastMessageAt}, ${threads.createdAt}) desc`);
}

export async function findThreadOf(db: DbOrTx, home: { taskId: string } | { introductionId: string }) {
  const where = 'taskId' in home ? eq(threads.taskId, home.taskId) : eq(threads.introductionId, home.introductionId);
  const [row] = await db.select({ id: threads.id }).from(threads).where(where);
  return row;
}

// Created on first use; a concurrent first use finds the other's row through the unique index.
export async function ensureThread(db: DbOrTx, row: typeof threads.$inferInsert) {
  await db.insert(threads).values(row).onConflictDoNothing();
}

export async function insertThread(db: DbOrTx, row: typeof threads.$inferInsert) {
  const [created] = await db.insert(threads).values(row).returning();
  return created!;
}

export async function touchThread(db: DbOrTx, threadId: string, at: Date) {
  await db.update(threads).set({ lastMessageAt: at }).where(eq(threads.id, threadId));
}

const author = { name: users.name, orgName: orgs.name };

export async function listMessages(db: DbOrTx, threadId: string) {
  return db
    .select({ message: messages, ...author })
    .from(messages)
    .leftJoin(users, eq(users.id, messages.authorUserId))
    .innerJoin(orgs, eq(orgs.id, messages.authorOrgId))
    .where(eq(messages.threadId, threadId))
    .orderBy(asc(messages.createdAt), asc(messages.id))
    .limit(1000);
}
export type MessageWithAuthor = Awaited<ReturnType<typeof listMessages>>[number];

export async function findMessage(db: DbOrTx, messageId: string) {
  const [row] = await db
    .select({ message: messages, ...author })
    .from(messages)
    .leftJoin(users, eq(users.id, messages.authorUserId))
    .innerJoin(orgs, eq(orgs.id, messages.authorOrgId))
    .where(eq(messages.id, messageId));
  return row;
}

export async function insertMessage(db: DbOrTx, row: typeof messages.$inferInsert) {
  const [created] = await db.insert(messages).values(row).returning();
  return created!;
}

export async function editMessage(db: DbOrTx, messageId: string, body: string, editedAt: Date) {
  await db.update(messages).set({ body, editedAt }).where(eq(messages.id, messageId));
}

export async function userNames(db: DbOrTx, userIds: string[]) {
  if (userIds.length === 0) return new Map<string, string>();
  const rows = await db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, userIds));
  return new Map(rows.map((r) => [r.id, r.name]));
}

// Everything up to the newest message is read (the database clock stamped the messages).
export async function markRead(db: DbOrTx, threadId: string, userId: string) {
  const newest = sql`coalesce((select max(${messages.createdAt}) from ${messages} where ${messages.threadId} = ${threadId}), now())`;
  await db
    .insert(threadReads)
    .values({ threadId, userId, lastReadAt: newest })
    .onConflictDoUpdate({ target: [threadReads.threadId, threadReads.userId], set: { lastReadAt: newest } });
}

// The user's roles in the two organizations of an introduction.
export async function rolesIn(db: DbOrTx, userId: string, orgIds: string[]) {
  return db
    .select({ orgId: orgMembers.orgId, role: orgMembers.role })
    .from(orgMembers)
    .where(and(eq(orgMembers.userId, userId), inArray(orgMembers.orgId, orgIds)));
}

export async function membersOf(db: DbOrTx, orgIds: string[]) {
  const rows = await db
    .selectDistinct({ userId: orgMembers.userId })
    .from(orgMembers)
    .where(inArray(orgMembers.orgId, orgIds));
  return rows.map((r) => r.userId);
}

export async function introductionOrgIds(db: DbOrTx, introductionId: string) {
  const [row] = await db
    .select({ from: introductions.fromOrgId, to: introductions.toOrgId })
    .from(introductions)
    .where(eq(introductions.id, introductionId));
  return row ? [row.from, row.to] : [];
}
