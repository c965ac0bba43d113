import type { z } from 'zod';
import type { createTokenBody, loginBody, signupBody } from '../../../common/schemas.ts';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../http/actor.ts';
import { AppError } from '../../http/errors.ts';
import { sessionAbsoluteMs, sessionIdleMs } from '../../http/sessionCookie.ts';
import { recordAudit } from '../audit/recordAudit.ts';
import * as repo from './auth.repository.ts';
import { decoyPasswordHash, hashPassword, verifyPassword } from './passwords.ts';
import { hashSecret, newSecret } from './secrets.ts';
import { checkSignInAllowed, forgetFailures, rememberFailure } from './signInThrottle.ts';

export interface SignedIn {
  user: { id: string; email: string; name: string };
  sessionToken: string;
}

async function openSession(deps: Deps, userId: string): Promise<string> {
  const token = newSecret();
  const now = deps.now();
  await repo.insertSession(deps.db, {
    id: hashSecret(token),
    userId,
    now,
    expiresAt: new Date(now.getTime() + sessionAbsoluteMs),
  });
  return token;
}

export async function signUp(deps: Deps, input: z.infer<typeof signupBody>): Promise<SignedIn> {
  const passwordHash = await hashPassword(input.password);
  const user = await deps.db.transaction(async (tx) => {
    const created = await repo.insertUser(tx, { email: input.email, name: input.name, passwordHash });
    if (!created)
      throw new AppError('auth.email_taken', { errors: [{ field: 'email', message: 'already registered' }] });
    await recordAudit(tx, {
      actorUserId: created.id,
      orgId: null,
      action: 'user.signed_up',
      subjectType: 'user',
      subjectId: created.id,
    });
    return created;
  });
  return { user: { id: user.id, email: user.email, name: user.name }, sessionToken: await openSession(deps, user.id) };
}

// Rotation: any session presented at sign-in is ended and a new one opened.
export async function signIn(
  deps: Deps,
  input: z.infer<typeof loginBody>,
  context: { address: string; previousSessionToken: string | undefined },
): Promise<SignedIn> {
  const keys = [`account:${input.email}`, `address:${context.address}`];
  await checkSignInAllowed(deps, keys);
  const user = await repo.findUserByEmail(deps.db, input.email);
  const passwordHash = user?.passwordHash ?? (await decoyPasswordHash());
  const valid = (await verifyPassword(passwordHash, input.password)) && user?.passwordHash != null;
  if (!user || !valid) {
    await rememberFailure(deps, keys);
    throw new AppError('auth.invalid_credentials');
  }
  await forgetFailures(deps, keys[0]!);
  if (context.previousSessionToken) await repo.deleteSession(deps.db, hashSecret(context.previousSessionToken));
  return { user: { id: user.id, email: user.email, name: user.name }, sessionToken: await openSession(deps, user.id) };
}

export async function signOut(deps: Deps, sessionToken: string | undefined): Promise<void> {
  if (sessionToken) await repo.deleteSession(deps.db, hashSecret(sessionToken));
}

export async function actorFromSession(deps: Deps, sessionToken: string): Promise<Actor | null> {
  const now = deps.now();
  const sessionId = hashSecret(sessionToken);
  const session = await repo.findLiveSession(deps.db, sessionId, now, new Date(now.getTime() - sessionIdleMs));
  if (!session) return null;
  // One write a minute is enough to keep the idle clock honest.
  if (now.getTime() - session.lastSeenAt.getTime() > 60_000) await repo.touchSession(deps.db, sessionId, now);
  return { userId: session.userId, via: 'session', sessionId };
}

export async function actorFromBearer(deps: Deps, token: string): Promise<Actor | null> {
  const row = await repo.findLiveApiToken(deps.db, hashSecret(token));
  if (!row) return null;
  const now = deps.now();
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > 60_000) {
    await repo.touchApiToken(deps.db, row.id, now);
  }
  return { userId: row.userId, via: 'token' };
}

export async function getCurrentUser(deps: Deps, actor: Actor) {
  const user = await repo.findUserById(deps.db, actor.userId);
  if (!user) throw new AppError('auth.required');
  return { id: user.id, email: user.email, name: user.name };
}

function presentToken(row: { id: string; name: string; createdAt: Date; lastUsedAt: Date | null }) {
  return {
    id: row.id,
    name: row.name,
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
  };
}

export async function createApiToken(deps: Deps, actor: Actor, input: z.infer<typeof createTokenBody>) {
  const token = newSecret('syn_');
  const row = await deps.db.transaction(async (tx) => {
    const created = await repo.insertApiToken(tx, {
      userId: actor.userId,
      name: input.name,
      tokenHash: hashSecret(token),
    });
    await recordAudit(tx, {
      actorUserId: actor.userId,
      orgId: null,
      action: 'api_token.created',
      subjectType: 'api_token',
      subjectId: created.id,
      data: { name: input.name },
    });
    return created;
  });
  return { ...presentToken(row), token };
}

export async function listApiTokens(deps: Deps, actor: Actor) {
  return (await repo.listApiTokens(deps.db, actor.userId)).map(presentToken);
}

export async function revokeApiToken(deps: Deps, actor: Actor, tokenId: string): Promise<void> {
  await deps.db.transaction(async (tx) => {
    if (!(await repo.revokeApiToken(tx, actor.userId, tokenId, deps.now()))) throw new AppError('not_found');
    await recordAudit(tx, {
      actorUserId: actor.userId,
      orgId: null,
      action: 'api_token.revoked',
      subjectType: 'api_token',
      subjectId: tokenId,
    });
  });
}
