import assert from 'node:assert/strict';
import { test } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { json } from './testing/factories.ts';
import { createTestApp } from './testing/testApp.ts';

const t = await createTestApp();

test('health answers ok once the database answers', async () => {
  const response = await t.request({ method: 'GET', url: '/api/health' });
  assert.equal(response.statusCode, 200);
  assert.deepEqual(json(response), { status: 'ok', version: '1.0.0', database: 'ok' });
});

test('an unknown API path is a problem+json 404', async () => {
  const response = await t.request({ method: 'GET', url: '/api/v1/nothing-here' });
  assert.equal(response.statusCode, 404);
  assert.match(String(response.headers['content-type']), /^application\/problem\+json/);
  assert.equal(json(response).code, 'not_found');
});

test('malformed JSON is a 400 naming the body, not a 500', async () => {
  const response = await t.request({
    method: 'POST',
    url: '/api/v1/auth/login',
    headers: { 'content-type': 'application/json' },
    payload: '{"email": ',
  });
  assert.equal(response.statusCode, 400);
  assert.equal(json<{ errors: { field: string }[] }>(response).errors[0]?.field, '(body)');
});

test('an invalid id in the path names the parameter', async () => {
  const user = await t.request({
    method: 'POST',
    url: '/api/v1/auth/signup',
    payload: { email: 'path@example.test', password: 'long enough password', name: 'P' },
  });
  const cookie = user.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  const response = await t.request({ method: 'GET', url: '/api/v1/orgs/not-a-uuid', headers: { cookie } });
  assert.equal(response.statusCode, 400);
  assert.equal(json<{ errors: { field: string }[] }>(response).errors[0]?.field, 'params.orgId');
});

test('security headers are set', async () => {
  const response = await t.request({ method: 'GET', url: '/api/health' });
  assert.equal(response.headers['x-content-type-options'], 'nosniff');
  assert.ok(String(response.headers['content-security-policy']).includes("default-src 'self'"));
  assert.equal(String(response.headers['content-security-policy']).includes('upgrade-insecure-requests'), false);
});

test('large answers are gzip-compressed for clients that accept it, small ones are not', async () => {
  const plain = await t.request({ method: 'GET', url: '/api/openapi.json' });
  const zipped = await t.request({ method: 'GET', url: '/api/openapi.json', headers: { 'accept-encoding': 'gzip' } });
  assert.equal(plain.headers['content-encoding'], undefined);
  assert.equal(zipped.headers['content-encoding'], 'gzip');
  const unzipped = gunzipSync(zipped.rawPayload).toString('utf8');
  assert.equal(unzipped, plain.body);
  assert.ok(zipped.rawPayload.length < plain.rawPayload.length / 3, 'compressed to under a third');
  const small = await t.request({ method: 'GET', url: '/api/health', headers: { 'accept-encoding': 'gzip' } });
  assert.equal(small.headers['content-encoding'], undefined);
});
