import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import type { Session, TestApp } from './testApp.ts';

export interface TestUser extends Session {
  id: string;
  email: string;
  password: string;
  cookie: string;
}

export function sessionCookieOf(response: LightMyRequestResponse): string {
  const cookie = response.cookies.find((c) => c.name === 'synergia_session');
  assert.ok(cookie, 'expected a session cookie');
  return `synergia_session=${cookie.value}`;
}

export function json<T = Record<string, unknown>>(response: LightMyRequestResponse): T {
  return response.json() as T;
}

export async function signUp(t: TestApp, name = 'Test User'): Promise<TestUser> {
  const email = `user-${randomUUID().slice(0, 8)}@example.test`;
  const password = 'correct horse battery staple';
  const response = await t.request({ method: 'POST', url: '/api/v1/auth/signup', payload: { email, password, name } });
  assert.equal(response.statusCode, 201, response.body);
  return { id: json<{ user: { id: string } }>(response).user.id, email, password, cookie: sessionCookieOf(response) };
}

export async function createOrg(t: TestApp, as: Session, overrides: Record<string, unknown> = {}) {
  const response = await t.request({
    method: 'POST',
    url: '/api/v1/orgs',
    as,
    payload: { name: `Org ${randomUUID().slice(0, 6)}`, country: 'IT', city: 'Bologna', ...overrides },
  });
  assert.equal(response.statusCode, 201, response.body);
  return json<{ id: string; name: string }>(response);
}

export async function createNetwork(
  t: TestApp,
  as: Session,
  managingOrgId: string,
  overrides: Record<string, unknown> = {},
) {
  const response = await t.request({
    method: 'POST',
    url: '/api/v1/networks',
    as,
    payload: { name: `Network ${randomUUID().slice(0, 6)}`, kind: 'cluster', managingOrgId, ...overrides },
  });
  assert.equal(response.statusCode, 201, response.body);
  return json<{ id: string }>(response);
}

// Asks to join and has the manager admit the organization.
export async function joinNetwork(t: TestApp, manager: Session, member: Session, networkId: string, orgId: string) {
  const asked = await t.request({
    method: 'POST',
    url: `/api/v1/networks/${networkId}/join-requests`,
    as: member,
    payload: { orgId },
  });
  assert.equal(asked.statusCode, 200, asked.body);
  const admitted = await t.request({
    method: 'PATCH',
    url: `/api/v1/networks/${networkId}/memberships/${orgId}`,
    as: manager,
    payload: { status: 'active' },
  });
  assert.equal(admitted.statusCode, 204, admitted.body);
}

export async function addListing(
  t: TestApp,
  as: Session,
  orgId: string,
  kind: 'offers' | 'needs',
  body: Record<string, unknown>,
) {
  const response = await t.request({ method: 'POST', url: `/api/v1/orgs/${orgId}/${kind}`, as, payload: body });
  assert.equal(response.statusCode, 201, response.body);
  return json<{ id: string }>(response);
}
