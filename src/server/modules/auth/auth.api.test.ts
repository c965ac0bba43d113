import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createTestApp } from '../../testing/testApp.ts';
import { json, sessionCookieOf, signUp } from '../../testing/factories.ts';

const t = await createTestApp();

describe('accounts and sessions', () => {
  test('sign-up sets an HttpOnly, SameSite=Lax session cookie of at least 128 random bits', async () => {
    const response = await t.request({
      method: 'POST',
      url: '/api/v1/auth/signup',
      payload: { email: 'Ada@Example.test', password: 'long enough password', name: 'Ada' },
    });
    assert.equal(response.statusCode, 201);
    assert.equal(json<{ user: { email: string } }>(response).user.email, 'ada@example.test');
    const cookie = response.cookies.find((c) => c.name === 'synergia_session');
    assert.ok(cookie);
    assert.equal(cookie.httpOnly, true);
    assert.equal(cookie.sameSite, 'Lax');
    assert.equal(cookie.secure, undefined, 'not Secure over plain http');
    assert.ok(Buffer.from(cookie.value, 'base64url').length >= 16);
  });

  test('a second sign-up with the same e-mail gets 409 naming the field', async () => {
    const user = await signUp(t);
    const response = await t.request({
      method: 'POST',
      url: '/api/v1/auth/signup',
      payload: { email: user.email, password: 'another password', name: 'Dup' },
    });
    assert.equal(response.statusCode, 409);
    assert.equal(json(response).code, 'auth.email_taken');
    assert.deepEqual(json<{ errors: unknown[] }>(response).errors, [{ field: 'email', message: 'already registered' }]);
  });

  test('invalid input gets problem+json naming each field', async () => {
    const response = await t.request({
      method: 'POST',
      url: '/api/v1/auth/signup',
      payload: { email: 'not-an-email', password: 'short', name: 'X' },
    });
    assert.equal(response.statusCode, 400);
    assert.match(String(response.headers['content-type']), /^application\/problem\+json/);
    const fields = json<{ errors: { field: string }[] }>(response)
      .errors.map((e) => e.field)
      .sort();
    assert.deepEqual(fields, ['email', 'password']);
  });

  test('sign-in rotates the session and sign-out ends it', async () => {
    const user = await signUp(t);
    const login = await t.request({
      method: 'POST',
      url: '/api/v1/auth/login',
      as: { cookie: user.cookie },
      payload: { email: user.email, password: user.password },
    });
    assert.equal(login.statusCode, 200);
    const fresh = sessionCookieOf(login);
    assert.notEqual(fresh, user.cookie);
    assert.equal(
      (await t.request({ method: 'GET', url: '/api/v1/auth/me', as: { cookie: user.cookie } })).statusCode,
      401,
    );
    assert.equal((await t.request({ method: 'GET', url: '/api/v1/auth/me', as: { cookie: fresh } })).statusCode, 200);
    await t.request({ method: 'POST', url: '/api/v1/auth/logout', as: { cookie: fresh } });
    const after = await t.request({ method: 'GET', url: '/api/v1/auth/me', as: { cookie: fresh } });
    assert.equal(after.statusCode, 401);
    assert.equal(json(after).code, 'auth.required');
  });

  test('a wrong password is refused without telling whether the account exists', async () => {
    const user = await signUp(t);
    const wrong = await t.request({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: user.email, password: 'wrong password' },
    });
    const missing = await t.request({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'nobody@example.test', password: 'wrong password' },
    });
    assert.equal(wrong.statusCode, 401);
    assert.deepEqual(json(wrong), json(missing));
  });

  test('passwords are stored as argon2id with m=19456, t=2, p=1', async () => {
    const user = await signUp(t);
    const { users } = await import('../../db/schema.ts');
    const { eq } = await import('drizzle-orm');
    const [row] = await t.deps.db.select().from(users).where(eq(users.id, user.id));
    assert.match(row?.passwordHash ?? '', /^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });

  test('bodies over 1 MiB get 413 problem+json', async () => {
    const response = await t.request({
      method: 'POST',
      url: '/api/v1/auth/signup',
      payload: { email: 'big@example.test', password: 'x'.repeat(1024 * 1024), name: 'Big' },
    });
    assert.equal(response.statusCode, 413);
    assert.equal(json(response).code, 'payload.too_large');
  });
});

describe('sign-in throttling', () => {
  test('after 10 failures in 15 minutes the account answers 429 with Retry-After, even with the right password', async () => {
    const user = await signUp(t);
    for (let i = 0; i < 10; i += 1) {
      const r = await t.request({
        method: 'POST',
        url: '/api/v1/auth/login',
        remoteAddress: `10.0.0.${i + 1}`,
        payload: { email: user.email, password: 'wrong password' },
      });
      assert.equal(r.statusCode, 401);
    }
    const blocked = await t.request({
      method: 'POST',
      url: '/api/v1/auth/login',
      remoteAddress: '10.0.1.1',
      payload: { email: user.email, password: user.password },
    });
    assert.equal(blocked.statusCode, 429);
    assert.equal(json(blocked).code, 'auth.throttled');
    const retryAfter = Number(blocked.headers['retry-after']);
    assert.ok(retryAfter > 0 && retryAfter <= 900, `Retry-After ${retryAfter}`);
  });

  test('after 10 failures from one address, that address is throttled for every account', async () => {
    const victim = await signUp(t);
    for (let i = 0; i < 10; i += 1) {
      await t.request({
        method: 'POST',
        url: '/api/v1/auth/login',
        remoteAddress: '192.0.2.77',
        payload: { email: `guess-${i}@example.test`, password: 'wrong password' },
      });
    }
    const blocked = await t.request({
      method: 'POST',
      url: '/api/v1/auth/login',
      remoteAddress: '192.0.2.77',
      payload: { email: victim.email, password: victim.password },
    });
    assert.equal(blocked.statusCode, 429);
    const elsewhere = await t.request({
      method: 'POST',
      url: '/api/v1/auth/login',
      remoteAddress: '192.0.2.78',
      payload: { email: victim.email, password: victim.password },
    });
    assert.equal(elsewhere.statusCode, 200);
  });
});

describe('personal API tokens', () => {
  test('a token is shown once, works as Bearer, is listed without its secret and stops working when revoked', async () => {
    const user = await signUp(t);
    const created = await t.request({
      method: 'POST',
      url: '/api/v1/auth/tokens',
      as: user,
      payload: { name: 'script' },
    });
    assert.equal(created.statusCode, 201);
    const { token, id } = json<{ token: string; id: string }>(created);
    assert.match(token, /^syn_[A-Za-z0-9_-]{43}$/);
    const me = await t.request({ method: 'GET', url: '/api/v1/auth/me', as: { token } });
    assert.equal(me.statusCode, 200);
    assert.equal(json<{ user: { id: string } }>(me).user.id, user.id);
    const list = await t.request({ method: 'GET', url: '/api/v1/auth/tokens', as: user });
    assert.equal(list.body.includes(token), false);
    assert.equal(json<{ items: { id: string }[] }>(list).items[0]?.id, id);
    assert.equal((await t.request({ method: 'DELETE', url: `/api/v1/auth/tokens/${id}`, as: user })).statusCode, 204);
    const revoked = await t.request({ method: 'GET', url: '/api/v1/auth/me', as: { token } });
    assert.equal(revoked.statusCode, 401);
  });

  test("one user cannot revoke another user's token", async () => {
    const owner = await signUp(t);
    const other = await signUp(t);
    const created = json<{ id: string }>(
      await t.request({ method: 'POST', url: '/api/v1/auth/tokens', as: owner, payload: { name: 'mine' } }),
    );
    const response = await t.request({ method: 'DELETE', url: `/api/v1/auth/tokens/${created.id}`, as: other });
    assert.equal(response.statusCode, 404);
  });
});
