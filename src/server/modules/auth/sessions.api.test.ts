import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createTestApp } from '../../testing/testApp.ts';
import { signUp } from '../../testing/factories.ts';

let clock = new Date('2026-11-22T09:00:00Z');
const minutes = (n: number) => n * 60 * 1000;
const t = await createTestApp({ now: () => clock, env: { TRUST_PROXY: 'true' } });

test('behind an https proxy the session cookie is Secure', async () => {
  const response = await t.request({
    method: 'POST',
    url: '/api/v1/auth/signup',
    headers: { 'x-forwarded-proto': 'https' },
    payload: { email: 'secure@example.test', password: 'long enough password', name: 'Sec' },
  });
  assert.equal(response.statusCode, 201);
  assert.equal(response.cookies[0]?.secure, true);
});

test('a session ends after 30 idle minutes', async () => {
  const user = await signUp(t);
  const me = () => t.request({ method: 'GET', url: '/api/v1/auth/me', as: user });
  clock = new Date(clock.getTime() + minutes(29));
  assert.equal((await me()).statusCode, 200);
  clock = new Date(clock.getTime() + minutes(31));
  assert.equal((await me()).statusCode, 401);
});

test('an active session still ends 8 hours after sign-in', async () => {
  const user = await signUp(t);
  const me = () => t.request({ method: 'GET', url: '/api/v1/auth/me', as: user });
  for (let elapsed = 0; elapsed < 8 * 60 - 20; elapsed += 20) {
    clock = new Date(clock.getTime() + minutes(20));
    assert.equal((await me()).statusCode, 200, `still alive after ${elapsed + 20} minutes`);
  }
  clock = new Date(clock.getTime() + minutes(21));
  assert.equal((await me()).statusCode, 401);
});
