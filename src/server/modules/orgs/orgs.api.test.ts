import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createTestApp } from '../../testing/testApp.ts';
import { addListing, createOrg, json, signUp } from '../../testing/factories.ts';

const t = await createTestApp();

describe('organization profile', () => {
  test('the creator becomes owner and the EU size class is derived from staff and turnover', async () => {
    const user = await signUp(t);
    const org = await createOrg(t, user, { employees: 8, turnoverBand: 'under_2m', naceCode: '10.71' });
    const view = json(await t.request({ method: 'GET', url: `/api/v1/orgs/${org.id}`, as: user }));
    assert.equal(view.myRole, 'owner');
    assert.equal(view.sizeClass, 'micro');
    const patched = await t.request({
      method: 'PATCH',
      url: `/api/v1/orgs/${org.id}`,
      as: user,
      payload: { employees: 60 },
    });
    assert.equal(json(patched).sizeClass, 'medium');
    const bigTurnover = await t.request({
      method: 'PATCH',
      url: `/api/v1/orgs/${org.id}`,
      as: user,
      payload: { employees: 30, turnoverBand: '10m_50m' },
    });
    assert.equal(json(bigTurnover).sizeClass, 'medium');
  });

  test('each organization gets a unique slug from its name', async () => {
    const user = await signUp(t);
    const first = await createOrg(t, user, { name: 'Pâtisserie Müller & Söhne' });
    const second = await createOrg(t, user, { name: 'Pâtisserie Müller & Söhne' });
    const slugOf = async (id: string) =>
      json<{ slug: string }>(await t.request({ method: 'GET', url: `/api/v1/orgs/${id}`, as: user })).slug;
    const slugs = [await slugOf(first.id), await slugOf(second.id)];
    assert.deepEqual(slugs, ['patisserie-muller-and-sohne', 'patisserie-muller-and-sohne-2']);
  });

  test('unknown country and NACE codes are refused naming the field, and nothing changes', async () => {
    const user = await signUp(t);
    const org = await createOrg(t, user, { description: 'before' });
    const response = await t.request({
      method: 'PATCH',
      url: `/api/v1/orgs/${org.id}`,
      as: user,
      payload: { description: 'after', naceCode: '99.99' },
    });
    assert.equal(response.statusCode, 400);
    assert.equal(json<{ errors: { field: string }[] }>(response).errors[0]?.field, 'naceCode');
    const view = json(await t.request({ method: 'GET', url: `/api/v1/orgs/${org.id}`, as: user }));
    assert.equal(view.description, 'before');
    const created = await t.request({
      method: 'POST',
      url: '/api/v1/orgs',
      as: user,
      payload: { name: 'X', country: 'ZZ' },
    });
    assert.equal(json<{ errors: { field: string }[] }>(created).errors[0]?.field, 'country');
  });

  test('culture defaults to the country scores and each dimension can be overridden', async () => {
    const user = await signUp(t);
    const org = await createOrg(t, user, { country: 'DE' });
    const initial = json(await t.request({ method: 'GET', url: `/api/v1/orgs/${org.id}/strategic-profile`, as: user }));
    assert.deepEqual(initial.culture, { pdi: 35, idv: 67, mas: 66, uai: 65, lto: 83, ivr: 40 });
    assert.equal(initial.cultureSource, 'country');
    assert.equal(initial.filled, false);
    const saved = await t.request({
      method: 'PUT',
      url: `/api/v1/orgs/${org.id}/strategic-profile`,
      as: user,
      payload: {
        goals: ['innovation', 'market_expansion'],
        values: { sustainability: 80, growth: 60, quality: 90, community: 40, innovation: 70 },
        riskAppetite: 4,
        digitalMaturity: 2,
        businessSystems: [{ kind: 'erp', name: 'Odoo' }],
        cultureOverrides: { pdi: 20 },
      },
    });
    assert.equal(saved.statusCode, 200, saved.body);
    const view = json<{ culture: Record<string, number>; cultureSource: string; goals: string[]; filled: boolean }>(
      saved,
    );
    assert.equal(view.culture.pdi, 20);
    assert.equal(view.culture.idv, 67);
    assert.equal(view.cultureSource, 'mixed');
    assert.deepEqual(view.goals, ['innovation', 'market_expansion']);
    assert.equal(view.filled, true);
  });

  test('values outside 0–100 are refused with the path of the value', async () => {
    const user = await signUp(t);
    const org = await createOrg(t, user);
    const response = await t.request({
      method: 'PUT',
      url: `/api/v1/orgs/${org.id}/strategic-profile`,
      as: user,
      payload: { values: { sustainability: 101, growth: 1, quality: 1, community: 1, innovation: 1 } },
    });
    assert.equal(response.statusCode, 400);
    assert.equal(json<{ errors: { field: string }[] }>(response).errors[0]?.field, 'values.sustainability');
  });

  test('resources, offers and needs can be added, changed and removed', async () => {
    const user = await signUp(t);
    const org = await createOrg(t, user);
    const resource = await t.request({
      method: 'POST',
      url: `/api/v1/orgs/${org.id}/resources`,
      as: user,
      payload: { category: 'physical', name: 'Deck oven', capacity: 400, unit: 'loaves/day', visibility: 'public' },
    });
    assert.equal(resource.statusCode, 201);
    const resourceId = json<{ id: string }>(resource).id;
    const changed = await t.request({
      method: 'PATCH',
      url: `/api/v1/orgs/${org.id}/resources/${resourceId}`,
      as: user,
      payload: { availability: 'limited' },
    });
    assert.equal(json(changed).availability, 'limited');
    const offer = await addListing(t, user, org.id, 'offers', {
      capability: 'digital.web.seo',
      title: 'SEO audits',
      quantity: 5,
      unit: 'audits/month',
      availableFrom: '2026-12-01',
      availableUntil: '2027-06-30',
      priority: 'high',
    });
    const need = await addListing(t, user, org.id, 'needs', { capability: 'digital.web.hosting', title: 'Hosting' });
    const offers = json<{ items: { id: string }[] }>(
      await t.request({ method: 'GET', url: `/api/v1/orgs/${org.id}/offers`, as: user }),
    );
    assert.deepEqual(
      offers.items.map((o) => o.id),
      [offer.id],
    );
    // An offer is not reachable through the needs path.
    const crossKind = await t.request({ method: 'DELETE', url: `/api/v1/orgs/${org.id}/needs/${offer.id}`, as: user });
    assert.equal(crossKind.statusCode, 404);
    assert.equal(
      (await t.request({ method: 'DELETE', url: `/api/v1/orgs/${org.id}/needs/${need.id}`, as: user })).statusCode,
      204,
    );
    assert.equal(
      (await t.request({ method: 'DELETE', url: `/api/v1/orgs/${org.id}/resources/${resourceId}`, as: user }))
        .statusCode,
      204,
    );
  });

  test('an unknown capability or an inverted time window is refused naming the field', async () => {
    const user = await signUp(t);
    const org = await createOrg(t, user);
    const unknown = await t.request({
      method: 'POST',
      url: `/api/v1/orgs/${org.id}/offers`,
      as: user,
      payload: { capability: 'nonsense.tag', title: 'X' },
    });
    assert.equal(json<{ errors: { field: string }[] }>(unknown).errors[0]?.field, 'capability');
    const inverted = await t.request({
      method: 'POST',
      url: `/api/v1/orgs/${org.id}/needs`,
      as: user,
      payload: { capability: 'digital.web.seo', title: 'X', availableFrom: '2027-01-02', availableUntil: '2027-01-01' },
    });
    assert.equal(inverted.statusCode, 400);
    assert.equal(json<{ errors: { field: string }[] }>(inverted).errors[0]?.field, 'availableUntil');
  });
});
