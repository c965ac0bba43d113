import { and, count, eq, gt, isNull, lt, min, or } from 'drizzle-orm';
import type { DbOrTx } from '../../deps.ts';
import { apiTokens, loginFailures, sessions, users } from '../../db/schema.ts';

export async function findUserByEmail(db: DbOrTx, email: string) {
  const [row] = await db.select().from(users).where(eq(users.email, email));
  return row;
}

export async function findUserById(db: DbOrTx, userId: string) {
  const [row] = await db.select().from(users).where(eq(users.id, userId));
  return row;
}

export async function insertUser(db: DbOrTx, user: { email: string; name: string; passwordHash: string }) {
  const [row] = await db.insert(users).values(user).onConflictDoNothing().returning();
  return row;
}

export async function insertSession(db: DbOrTx, session: { id: string; userId: string; expiresAt: Date; now: Date }) {
  await db.insert(sessions).values({
    id: session.id,
    userId: session.userId,
    expiresAt: session.expiresAt,
    createdAt: session.now,
    lastSeenAt: session.now,
  });
}

export async function findLiveSession(db: DbOrTx, sessionId: string, now: Date, idleSince: Date) {
  const [row] = await db
    .select()
    .from(sessions)
    .where(and(eq(sessions.id, sessionId), gt(sessions.expiresAt, now), gt(sessions.lastSeenAt, idleSince)));
  return row;
}

export async function touchSession(db: DbOrTx, sessionId: string, now: Date) {
  await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, sessionId));
}

export async function deleteSession(db: DbOrTx, sessionId: string) {
  await db.delete(sessions).where(eq(sessions.id, sessionId));
}

export async function deleteExpiredSessions(db: DbOrTx, now: Date, idleSince: Date) {
  await db.delete(sessions).where(or(lt(sessions.expiresAt, now), lt(sessions.lastSeenAt, idleSince)));
}

export async function countRecentFailures(db: DbOrTx, key: string, since: Date) {
  const [row] = await db
    .select({ failures: count(), oldest: min(loginFailures.failedAt) })
    .from(loginFailures)
    .where(and(eq(loginFailures.key, key), gt(loginFailures.failedAt, since)));
  return { failures: row?.failures ?? 0, oldest: row?.oldest ?? null };
}

export async function recordFailures(db: DbOrTx, keys: string[], now: Date) {
  await db.insert(loginFailures).values(keys.map((key) => ({ key, failedAt: now })));
}

export async function clearFailures(db: DbOrTx, key: string) {
  await db.delete(loginFailures).where(eq(loginFailures.key, key));
}

export async function insertApiToken(db: DbOrTx, token: { userId: string; name: string; tokenHash: string }) {
  const [row] = await db.insert(apiTokens).values(token).returning();
  return row!;
}

export async function findLiveApiToken(db: DbOrTx, tokenHash: string) {
  const [row] = await db
    .select()
    .from(apiTokens)
    .where(and(eq(apiTokens.tokenHash, tokenHash), isNull(apiTokens.revokedAt)));
  return row;
}

export async function touchApiToken(db: DbOrTx, tokenId: string, now: Date) {
  await db.update(apiTokens).set({ lastUsedAt: now }).where(eq(apiTokens.id, tokenId));
}

export async function listApiTokens(db: DbOrTx, userId: string) {
  return db
    .select()
    .from(apiTokens)
    .where(and(eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)))
    .orderBy(apiTokens.createdAt);
}

export async function revokeApiToken(db: DbOrTx, userId: string, tokenId: string, now: Date) {
  const rows = await db
    .update(apiTokens)
    .set({ revokedAt: now })
    .where(and(eq(apiTokens.id, tokenId), eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)))
    .returning({ id: apiTokens.id });
  return rows.length > 0;
}
