import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import {
  addListing,
  createNetwork,
  createOrg,
  joinNetwork,
  json,
  signUp,
  type TestUser,
} from '../../testing/factories.ts';
import { createTestApp } from '../../testing/testApp.ts';
import { directoryOf, names, type DirectoryPage } from './networks.testSetup.ts';

const t = await createTestApp();

const directory = (as: TestUser, networkId: string, query = '') => directoryOf(t, as, networkId, query);

let manager: TestUser;
let baker: TestUser;
let outsider: TestUser;
let networkId: string;
let bakeryId: string;

before(async () => {
  manager = await signUp(t, 'Manager');
  baker = await signUp(t, 'Baker');
  outsider = await signUp(t, 'Outsider');
  const chamber = await createOrg(t, manager, { name: 'Chamber of Bologna', naceCode: '94.1', employees: 20 });
  networkId = (await createNetwork(t, manager, chamber.id, { name: 'Bologna Food Cluster' })).id;
  const bakery = await createOrg(t, baker, {
    name: 'Forno Bianchi',
    description: 'Sourdough bakery supplying cafés',
    naceCode: '10.71',
    employees: 6,
    turnoverBand: 'under_2m',
    region: 'Emilia-Romagna',
    city: 'Modena',
    visibility: 'network',
  });
  bakeryId = bakery.id;
  await addListing(t, baker, bakery.id, 'offers', {
    capability: 'food.bakery.bread',
    title: 'Daily sourdough loaves',
    visibility: 'network',
  });
  await addListing(t, baker, bakery.id, 'offers', {
    capability: 'food.bakery.pastry',
    title: 'Secret croissant recipe',
    visibility: 'private',
  });
  await addListing(t, baker, bakery.id, 'needs', {
    capability: 'digital.web.seo',
    title: 'Search engine optimisation',
    visibility: 'public',
  });
  await joinNetwork(t, manager, baker, networkId, bakery.id);
  const roastery = await createOrg(t, outsider, {
    name: 'Blue Hill Roasters',
    country: 'DE',
    city: 'Munich',
    naceCode: '10.83',
    employees: 70,
  });
  await addListing(t, outsider, roastery.id, 'offers', {
    capability: 'food.coffee.roasted-beans',
    title: 'Green coffee roasting',
    visibility: 'public',
  });
});

describe('networks', () => {
  test('a network lists public networks and the caller’s own, with its membership status', async () => {
    const mine = await createOrg(t, outsider, { name: 'Private Co-op' });
    const hidden = await createNetwork(t, outsider, mine.id, {
      name: 'Members Only Co-op',
      directory: 'members_only',
      kind: 'cooperative',
    });
    const seenByBaker = json<{ items: { id: string; myMemberships: unknown[] }[] }>(
      await t.request({ method: 'GET', url: '/api/v1/networks', as: baker }),
    );
    assert.ok(seenByBaker.items.some((n) => n.id === networkId));
    assert.equal(
      seenByBaker.items.some((n) => n.id === hidden.id),
      false,
    );
    const cluster = seenByBaker.items.find((n) => n.id === networkId);
    assert.deepEqual(cluster?.myMemberships, [{ orgId: bakeryId, status: 'active' }]);
  });

  test('joining takes a request and the manager’s admission; a non-manager cannot admit', async () => {
    const newcomer = await signUp(t);
    const org = await createOrg(t, newcomer, { name: 'Caterina Catering' });
    const asked = await t.request({
      method: 'POST',
      url: `/api/v1/networks/${networkId}/join-requests`,
      as: newcomer,
      payload: { orgId: org.id },
    });
    assert.deepEqual(json(asked), { orgId: org.id, status: 'requested' });
    const twice = await t.request({
      method: 'POST',
      url: `/api/v1/networks/${networkId}/join-requests`,
      as: newcomer,
      payload: { orgId: org.id },
    });
    assert.equal(json(twice).code, 'network.membership_exists');
    const selfAdmit = await t.request({
      method: 'PATCH',
      url: `/api/v1/networks/${networkId}/memberships/${org.id}`,
      as: newcomer,
      payload: { status: 'active' },
    });
    assert.equal(selfAdmit.statusCode, 403);
    const pending = json<{ items: { orgName: string }[] }>(
      await t.request({
        method: 'GET',
        url: `/api/v1/networks/${networkId}/memberships?status=requested`,
        as: manager,
      }),
    );
    assert.deepEqual(
      pending.items.map((m) => m.orgName),
      ['Caterina Catering'],
    );
    assert.equal(
      names(json<DirectoryPage>(await directory(manager, networkId, '?q=caterina'))).length,
      0,
      'not listed before admission',
    );
    const admitted = await t.request({
      method: 'PATCH',
      url: `/api/v1/networks/${networkId}/memberships/${org.id}`,
      as: manager,
      payload: { status: 'active' },
    });
    assert.equal(admitted.statusCode, 204);
    assert.deepEqual(names(json<DirectoryPage>(await directory(manager, networkId, '?q=caterina'))), [
      'Caterina Catering',
    ]);
  });

  test('an invitation from the manager is completed by the organization’s own request', async () => {
    const invitee = await signUp(t);
    const org = await createOrg(t, invitee, { name: 'Invited Logistics' });
    const invited = await t.request({
      method: 'POST',
      url: `/api/v1/networks/${networkId}/invitations`,
      as: manager,
      payload: { orgId: org.id },
    });
    assert.equal(json(invited).status, 'invited');
    const accepted = await t.request({
      method: 'POST',
      url: `/api/v1/networks/${networkId}/join-requests`,
      as: invitee,
      payload: { orgId: org.id },
    });
    assert.equal(json(accepted).status, 'active');
  });

  test('a suspended member drops out of the directory and loses network-only visibility', async () => {
    const member = await signUp(t);
    const org = await createOrg(t, member, { name: 'Suspended Farm' });
    await joinNetwork(t, manager, member, networkId, org.id);
    assert.equal((await t.request({ method: 'GET', url: `/api/v1/orgs/${bakeryId}`, as: member })).statusCode, 200);
    await t.request({
      method: 'PATCH',
      url: `/api/v1/networks/${networkId}/memberships/${org.id}`,
      as: manager,
      payload: { status: 'suspended' },
    });
    assert.equal((await t.request({ method: 'GET', url: `/api/v1/orgs/${bakeryId}`, as: member })).statusCode, 404);
    assert.equal(names(json<DirectoryPage>(await directory(manager, networkId, '?q=suspended'))).length, 0);
  });

  test('the managing organization cannot be removed; a member can leave', async () => {
    const network = json<{ managingOrg: { id: string } }>(
      await t.request({ method: 'GET', url: `/api/v1/networks/${networkId}`, as: manager }),
    );
    const removeManager = await t.request({
      method: 'DELETE',
      url: `/api/v1/networks/${networkId}/memberships/${network.managingOrg.id}`,
      as: manager,
    });
    assert.equal(removeManager.statusCode, 409);
    const leaver = await signUp(t);
    const org = await createOrg(t, leaver);
    await joinNetwork(t, manager, leaver, networkId, org.id);
    assert.equal(
      (await t.request({ method: 'DELETE', url: `/api/v1/networks/${networkId}/memberships/${org.id}`, as: leaver }))
        .statusCode,
      204,
    );
  });

  test('PATCH changes only the fields it names', async () => {
    const before = json(await t.request({ method: 'GET', url: `/api/v1/networks/${networkId}`, as: manager }));
    const after = json(
      await t.request({
        method: 'PATCH',
        url: `/api/v1/networks/${networkId}`,
        as: manager,
        payload: { description: 'Food makers of Emilia' },
      }),
    );
    assert.equal(after.directory, before.directory);
    assert.equal(after.description, 'Food makers of Emilia');
  });
});

describe('member directory', () => {
  test('full-text search matches names, descriptions and visible offers by word prefix', async () => {
    assert.deepEqual(names(json<DirectoryPage>(await directory(outsider, networkId, '?q=sourd'))), []);
    assert.deepEqual(names(json<DirectoryPage>(await directory(manager, networkId, '?q=sourd'))), ['Forno Bianchi']);
    assert.deepEqual(names(json<DirectoryPage>(await directory(manager, networkId, '?q=forno%20bian'))), [
      'Forno Bianchi',
    ]);
    assert.deepEqual(names(json<DirectoryPage>(await directory(manager, networkId, '?q=emilia'))), ['Forno Bianchi']);
    assert.deepEqual(
      names(json<DirectoryPage>(await directory(manager, networkId, '?q=croissant'))),
      [],
      'private offers are not searchable',
    );
  });

  test('filters by sector section or code, country, size class, and offered or needed capability subtree', async () => {
    const query = async (q: string) => names(json<DirectoryPage>(await directory(manager, networkId, q)));
    assert.ok((await query('?sector=C')).includes('Forno Bianchi'));
    assert.deepEqual(await query('?sector=10.7'), ['Forno Bianchi']);
    assert.equal((await query('?sector=J')).includes('Forno Bianchi'), false);
    assert.deepEqual(await query('?sizeClass=micro'), ['Forno Bianchi']);
    assert.deepEqual(await query('?offers=food.bakery'), ['Forno Bianchi']);
    assert.deepEqual(await query('?needs=digital.web&city=modena'), ['Forno Bianchi']);
    assert.deepEqual(await query('?country=DE'), []);
    assert.deepEqual(await query('?country=IT&region=emilia-romagna'), ['Forno Bianchi']);
  });

  test('entries show visible offers and needs only; a network-only member is hidden from outsiders', async () => {
    const page = json<DirectoryPage>(await directory(manager, networkId, '?q=forno'));
    assert.deepEqual(
      page.items[0]?.offers.map((o) => o.title),
      ['Daily sourdough loaves'],
    );
    assert.deepEqual(
      page.items[0]?.needs.map((o) => o.title),
      ['Search engine optimisation'],
    );
    const outside = json<DirectoryPage>(await directory(outsider, networkId));
    assert.equal(names(outside).includes('Forno Bianchi'), false);
    assert.ok(names(outside).includes('Chamber of Bologna'), 'public members are listed in a public directory');
  });

  test('a members-only directory is refused to non-members', async () => {
    const org = await createOrg(t, manager, { name: 'Closed Circle' });
    const closed = await createNetwork(t, manager, org.id, { directory: 'members_only' });
    const response = await directory(baker, closed.id);
    assert.equal(response.statusCode, 404);
  });

  test('search ignores case and diacritics, in names, places and offers', async () => {
    const polish = await signUp(t);
    const dairy = await createOrg(t, polish, { name: 'Spółdzielnia Mleczarska', country: 'PL', city: 'Łódź' });
    await joinNetwork(t, manager, polish, networkId, dairy.id);
    await addListing(t, polish, dairy.id, 'offers', {
      capability: 'food.dairy.cheese',
      title: 'Twaróg and crème fraîche',
      visibility: 'network',
    });
    const greek = await signUp(t);
    const bakery = await createOrg(t, greek, { name: 'Αρτοποιείο Αθήνα', country: 'GR', city: 'Athens' });
    await joinNetwork(t, manager, greek, networkId, bakery.id);
    const query = async (q: string) =>
      names(json<DirectoryPage>(await directory(manager, networkId, `?q=${encodeURIComponent(q)}`)));
    for (const q of ['lodz', 'ŁÓDŹ', 'Łódź', 'spoldzielnia mlecz', 'creme fraiche', 'twarog'])
      assert.deepEqual(await query(q), ['Spółdzielnia Mleczarska'], q);
    for (const q of ['αθηνα', 'ΑΘΉΝΑ', 'αρτοποιειο']) assert.deepEqual(await query(q), ['Αρτοποιείο Αθήνα'], q);
  });

  test('pagination reports the total and pages in name order', async () => {
    const first = json<DirectoryPage>(await directory(manager, networkId, '?limit=1'));
    const second = json<DirectoryPage>(await directory(manager, networkId, '?limit=1&offset=1'));
    assert.ok(first.total >= 3);
    assert.equal(second.total, first.total);
    assert.ok((first.items[0]?.name ?? '') < (second.items[0]?.name ?? ''));
  });
});
