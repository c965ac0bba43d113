import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { before, describe, test } from 'node:test';
import { addListing, createNetwork, createOrg, json, signUp, type TestUser } from '../testing/factories.ts';
import { createTestApp } from '../testing/testApp.ts';
import { emptyAgreement } from '../../common/agreement.ts';
import { moduleSamples } from './isolationSamples.ts';

// Walks every API route: an outsider gets the same 404 for another tenant's object as for a missing one.

const t = await createTestApp();

// Ids of the owner's objects, by path parameter name; module sample files add their own.
type Ids = Record<string, string>;

type Body = (ids: Ids) => unknown;
const offer = { capability: 'digital.web.seo', title: 'SEO' };
const coreBodies: Record<string, Body> = {
  'POST /api/v1/orgs/:orgId/resources': () => ({ category: 'human', name: 'Bakers' }),
  'PATCH /api/v1/orgs/:orgId/resources/:resourceId': () => ({ name: 'Renamed' }),
  'POST /api/v1/orgs/:orgId/offers': () => offer,
  'PATCH /api/v1/orgs/:orgId/offers/:listingId': () => ({ title: 'Renamed' }),
  'POST /api/v1/orgs/:orgId/needs': () => offer,
  'PATCH /api/v1/orgs/:orgId/needs/:listingId': () => ({ title: 'Renamed' }),
  'PATCH /api/v1/orgs/:orgId': () => ({ city: 'Modena' }),
  'PUT /api/v1/orgs/:orgId/strategic-profile': () => ({ riskAppetite: 2 }),
  'PATCH /api/v1/orgs/:orgId/members/:userId': () => ({ role: 'owner' }),
  'POST /api/v1/orgs/:orgId/invitations': () => ({ email: 'x@example.test', role: 'member' }),
  'PATCH /api/v1/networks/:networkId': () => ({ description: 'changed' }),
  'POST /api/v1/networks/:networkId/join-requests': (ids) => ({ orgId: ids.orgId }),
  'POST /api/v1/networks/:networkId/invitations': (ids) => ({ orgId: ids.orgId }),
  'PATCH /api/v1/networks/:networkId/memberships/:orgId': () => ({ status: 'suspended' }),
  'PUT /api/v1/networks/:networkId/memberships/:orgId/verification': () => undefined,
  'POST /api/v1/networks/:networkId/imports': () => 'name,country\nImported,IT\n',
  'POST /api/v1/networks': (ids) => ({ name: 'Sneaky', kind: 'cluster', managingOrgId: ids.orgId }),
  'POST /api/v1/introductions/:introductionId/accept': () => undefined,
  'POST /api/v1/introductions/:introductionId/decline': () => undefined,
  'PUT /api/v1/orgs/:orgId/matches/:candidateOrgId/decision': () => ({ decision: 'saved' }),
  'PUT /api/v1/networks/:networkId/match-defaults': () => ({ weights: { geography: 0.5 } }),
  'POST /api/v1/orgs/:orgId/matches/team': (ids) => ({ needIds: [ids.needId] }),
  'POST /api/v1/introductions': (ids) => ({ fromOrgId: ids.orgId, toOrgId: ids.orgId, message: 'hello' }),
  'POST /api/v1/collaborations': (ids) => ({ name: 'Sneaky', kind: 'consortium', initiatorOrgId: ids.orgId }),
  'POST /api/v1/collaborations/:collaborationId/parties': (ids) => ({ orgId: ids.orgId }),
  'POST /api/v1/collaborations/:collaborationId/responses': (ids) => ({ orgId: ids.orgId, accept: true }),
  'POST /api/v1/collaborations/:collaborationId/exit': (ids) => ({ orgId: ids.orgId }),
  'POST /api/v1/collaborations/:collaborationId/transitions': () => ({ to: 'under_review' }),
  'PUT /api/v1/collaborations/:collaborationId/agreement/draft': () => ({ content: emptyAgreement }),
  'PUT /api/v1/collaborations/:collaborationId/ratings': (ids) => ({
    raterOrgId: ids.orgId,
    ratedOrgId: ids.orgId,
    score: 4,
  }),
  'POST /api/v1/collaborations/:collaborationId/agreement/versions/:version/propose': () => undefined,
  'POST /api/v1/collaborations/:collaborationId/agreement/versions/:version/signatures': (ids) => ({
    orgId: ids.orgId,
    contentHash: '0'.repeat(64),
  }),
};

// Required query strings, so that validation passes and the tenant check is what answers.
const coreQueries: Record<string, string> = {
  'GET /api/v1/collaborations/:collaborationId/agreement/diff': '?from=1&to=1',
  'GET /api/v1/ledgers/:ledgerId/proofs/inclusion': '?sequence=0',
  'GET /api/v1/ledgers/:ledgerId/proofs/consistency': '?first=1&second=1',
};

const bodies: Record<string, Body> = Object.assign({}, coreBodies, ...moduleSamples.map((m) => m.bodies ?? {}));
const queries: Record<string, string> = Object.assign({}, coreQueries, ...moduleSamples.map((m) => m.queries ?? {}));

// Routes whose path holds no tenant object, and why they are safe without one.
const withoutTenantObject: Record<string, string> = {
  'GET /api/v1/invitations/:token': 'the token is a 256-bit secret link; tested in orgs.api.test.ts',
};

function fill(url: string, ids: Ids): string {
  return url.replace(/:(\w+)/g, (_m, name: string) => {
    const aliases: Record<string, string> = { candidateOrgId: 'orgId' };
    const field = name === 'listingId' && url.includes('/needs/') ? 'needId' : (aliases[name] ?? name);
    const value = ids[field];
    assert.ok(value, `no id for :${name} in ${url}: add it to a module's isolation samples`);
    return value;
  });
}

// Every id random, except the few path parameters that are not UUIDs.
const randomIds = (): Ids =>
  new Proxy({} as Ids, { get: (_target, name: string) => (name === 'version' ? '1' : randomUUID()) });

let owner: TestUser;
let outsider: TestUser;
let own: Ids;

before(async () => {
  owner = await signUp(t, 'Owner');
  outsider = await signUp(t, 'Outsider');
  await createOrg(t, outsider, { name: 'Outsider Ltd' });
  const org = await createOrg(t, owner, { name: 'Hidden Bakery', visibility: 'network' });
  const network = await createNetwork(t, owner, org.id, { directory: 'members_only' });
  const resource = json<{ id: string }>(
    await t.request({
      method: 'POST',
      url: `/api/v1/orgs/${org.id}/resources`,
      as: owner,
      payload: { category: 'physical', name: 'Oven' },
    }),
  );
  const listing = await addListing(t, owner, org.id, 'offers', offer);
  const need = await addListing(t, owner, org.id, 'needs', offer);
  const invitation = json<{ id: string }>(
    await t.request({
      method: 'POST',
      url: `/api/v1/orgs/${org.id}/invitations`,
      as: owner,
      payload: { email: 'c@example.test' },
    }),
  );
  const token = json<{ id: string }>(
    await t.request({ method: 'POST', url: '/api/v1/auth/tokens', as: owner, payload: { name: 'ci' } }),
  );
  const partner = await createOrg(t, owner, { name: 'Hidden Partner', visibility: 'private' });
  const collaboration = json<{ id: string; ledgerId: string }>(
    await t.request({
      method: 'POST',
      url: '/api/v1/collaborations',
      as: owner,
      payload: {
        name: 'Hidden alliance',
        kind: 'strategic_alliance',
        initiatorOrgId: org.id,
        partyOrgIds: [partner.id],
      },
    }),
  );
  await t.request({
    method: 'POST',
    url: `/api/v1/collaborations/${collaboration.id}/responses`,
    as: owner,
    payload: { orgId: partner.id, accept: true },
  });
  const introduction = json<{ id: string }>(
    await t.request({
      method: 'POST',
      url: '/api/v1/introductions',
      as: owner,
      payload: { fromOrgId: partner.id, toOrgId: org.id, message: 'Introduce us' },
    }),
  );
  own = {
    orgId: org.id,
    networkId: network.id,
    resourceId: resource.id,
    listingId: listing.id,
    needId: need.id,
    userId: owner.id,
    invitationId: invitation.id,
    tokenId: token.id,
    collaborationId: collaboration.id,
    ledgerId: collaboration.ledgerId,
    version: '1',
    introductionId: introduction.id,
  };
  for (const samples of moduleSamples) Object.assign(own, await samples.setup?.({ t, owner, ids: own }));
});

const apiRoutes = () => t.routeTable.filter((r) => r.url.startsWith('/api/'));
const key = (r: { method: string; url: string }) => `${r.method} ${r.url}`;
const needsIsolation = (r: { method: string; url: string }) =>
  (r.url.includes('/:') || bodies[key(r)]?.(randomIds()) instanceof Object) && !(key(r) in withoutTenantObject);

describe('route table', () => {
  test('every API route declares its auth level', () => {
    const missing = apiRoutes()
      .filter((r) => r.auth === undefined)
      .map(key);
    assert.deepEqual(missing, []);
  });

  test('every API route is in the OpenAPI document', async () => {
    const spec = json<{ openapi: string; paths: Record<string, Record<string, unknown>> }>(
      await t.request({ method: 'GET', url: '/api/openapi.json' }),
    );
    assert.equal(spec.openapi, '3.1.0');
    const documented = new Set(
      Object.entries(spec.paths).flatMap(([path, ops]) =>
        Object.keys(ops).map((m) => `${m.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`),
      ),
    );
    const undocumented = apiRoutes()
      .filter((r) => r.url.startsWith('/api/v1/'))
      .map(key)
      .filter((k) => !documented.has(k));
    assert.deepEqual(undocumented, []);
  });
});

describe('tenant isolation on every route', () => {
  test('a foreign object and a missing one give the same 404 to an outsider', async () => {
    const routes = apiRoutes().filter(needsIsolation);
    assert.ok(routes.length >= 25, `only ${routes.length} routes walked`);
    for (const route of routes) {
      const body = bodies[key(route)];
      if (['POST', 'PUT', 'PATCH'].includes(route.method)) assert.ok(body, `add a sample body for ${key(route)}`);
      const call = (ids: Ids) =>
        t.request({
          method: route.method as 'GET',
          url: fill(route.url, ids) + (queries[key(route)] ?? ''),
          as: outsider,
          ...(body
            ? {
                payload: body(ids) as string,
                headers: typeof body(ids) === 'string' ? { 'content-type': 'text/csv' } : {},
              }
            : {}),
        });
      const foreign = await call(own);
      const missing = await call(randomIds());
      assert.equal(foreign.statusCode, 404, `${key(route)} on a foreign object: ${foreign.statusCode} ${foreign.body}`);
      assert.equal(missing.statusCode, 404, `${key(route)} on a missing object: ${missing.statusCode} ${missing.body}`);
      assert.deepEqual(json(foreign), json(missing), key(route));
    }
  });

  test('the owner reaches every one of those routes (so the 404s are not an accident)', async () => {
    const routes = apiRoutes()
      .filter(needsIsolation)
      .sort((a, b) => Number(a.method === 'DELETE') - Number(b.method === 'DELETE'));
    for (const route of routes) {
      const body = bodies[key(route)]?.(own);
      const response = await t.request({
        method: route.method as 'GET',
        url: fill(route.url, own) + (queries[key(route)] ?? ''),
        as: owner,
        ...(body
          ? { payload: body as string, headers: typeof body === 'string' ? { 'content-type': 'text/csv' } : {} }
          : {}),
      });
      assert.notEqual(response.statusCode, 404, `${key(route)} as owner: ${response.body}`);
      assert.ok(response.statusCode < 500, `${key(route)} as owner: ${response.body}`);
    }
  });

  test("lists never include another tenant's private organizations or networks", async () => {
    const orgs = await t.request({ method: 'GET', url: '/api/v1/orgs', as: outsider });
    assert.deepEqual(
      json<{ items: { name: string }[] }>(orgs).items.map((o) => o.name),
      ['Outsider Ltd'],
    );
    const networks = await t.request({ method: 'GET', url: '/api/v1/networks', as: outsider });
    assert.equal(
      json<{ items: { id: string }[] }>(networks).items.some((n) => n.id === own.networkId),
      false,
    );
  });
});
