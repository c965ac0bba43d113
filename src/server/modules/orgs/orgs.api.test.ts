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

describe('members and invitations', () => {
  test('an invitation link makes the invitee a member with the invited role; a viewer cannot write', async () => {
    const owner = await signUp(t, 'Owner');
    const org = await createOrg(t, owner);
    const colleague = await signUp(t, 'Colleague');
    const invited = await t.request({
      method: 'POST',
      url: `/api/v1/orgs/${org.id}/invitations`,
      as: owner,
      payload: { email: colleague.email, role: 'viewer' },
    });
    assert.equal(invited.statusCode, 201);
    const { link, emailed } = json<{ link: string; emailed: boolean }>(invited);
    assert.equal(emailed, false, 'no SMTP configured');
    const token = link.split('/invitations/')[1]!;
    const preview = await t.request({ method: 'GET', url: `/api/v1/invitations/${token}` });
    assert.equal(json(preview).orgName, org.name);
    const accepted = await t.request({
      method: 'POST',
      url: '/api/v1/invitations/accept',
      as: colleague,
      payload: { token },
    });
    assert.equal(accepted.statusCode, 200, accepted.body);
    const again = await t.request({
      method: 'POST',
      url: '/api/v1/invitations/accept',
      as: colleague,
      payload: { token },
    });
    assert.equal(again.statusCode, 404, 'a link works once');
    const write = await t.request({
      method: 'PATCH',
      url: `/api/v1/orgs/${org.id}`,
      as: colleague,
      payload: { city: 'Parma' },
    });
    assert.equal(write.statusCode, 403);
    assert.equal(json(write).code, 'forbidden');
    const view = json(await t.request({ method: 'GET', url: `/api/v1/orgs/${org.id}`, as: colleague }));
    assert.deepEqual(view.abilities, { edit: false, manageMembers: false });
  });

  test('an invitation for another e-mail address cannot be used', async () => {
    const owner = await signUp(t);
    const org = await createOrg(t, owner);
    const stranger = await signUp(t);
    const { link } = json<{ link: string }>(
      await t.request({
        method: 'POST',
        url: `/api/v1/orgs/${org.id}/invitations`,
        as: owner,
        payload: { email: 'someone@example.test' },
      }),
    );
    const response = await t.request({
      method: 'POST',
      url: '/api/v1/invitations/accept',
      as: stranger,
      payload: { token: link.split('/invitations/')[1] },
    });
    assert.equal(response.statusCode, 403);
    assert.equal(json(response).code, 'invitation.wrong_email');
  });

  test('with SMTP configured the invitation is e-mailed', async () => {
    const mailing = await createTestApp({ mailer: true });
    const owner = await signUp(mailing);
    const org = await createOrg(mailing, owner);
    const response = await mailing.request({
      method: 'POST',
      url: `/api/v1/orgs/${org.id}/invitations`,
      as: owner,
      payload: { email: 'new@example.test', role: 'member' },
    });
    assert.equal(json(response).emailed, true);
    assert.equal(mailing.sentMail[0]?.to, 'new@example.test');
    assert.ok(mailing.sentMail[0]?.text.includes(json<{ link: string }>(response).link));
  });

  test('an organization is never left without an owner', async () => {
    const owner = await signUp(t);
    const org = await createOrg(t, owner);
    const leave = await t.request({ method: 'DELETE', url: `/api/v1/orgs/${org.id}/members/${owner.id}`, as: owner });
    assert.equal(leave.statusCode, 409);
    assert.equal(json(leave).code, 'org.last_owner');
    const demote = await t.request({
      method: 'PATCH',
      url: `/api/v1/orgs/${org.id}/members/${owner.id}`,
      as: owner,
      payload: { role: 'admin' },
    });
    assert.equal(json(demote).code, 'org.last_owner');

    const successor = await signUp(t);
    const { link } = json<{ link: string }>(
      await t.request({
        method: 'POST',
        url: `/api/v1/orgs/${org.id}/invitations`,
        as: owner,
        payload: { email: successor.email, role: 'owner' },
      }),
    );
    await t.request({
      method: 'POST',
      url: '/api/v1/invitations/accept',
      as: successor,
      payload: { token: link.split('/invitations/')[1] },
    });
    const left = await t.request({ method: 'DELETE', url: `/api/v1/orgs/${org.id}/members/${owner.id}`, as: owner });
    assert.equal(left.statusCode, 204);
    const members = json<{ items: { userId: string; role: string }[] }>(
      await t.request({ method: 'GET', url: `/api/v1/orgs/${org.id}/members`, as: successor }),
    );
    assert.deepEqual(
      members.items.map((m) => [m.userId, m.role]),
      [[successor.id, 'owner']],
    );
  });

  test('concurrent demotions of the two owners leave one owner', async () => {
    const first = await signUp(t);
    const org = await createOrg(t, first);
    const second = await signUp(t);
    const { link } = json<{ link: string }>(
      await t.request({
        method: 'POST',
        url: `/api/v1/orgs/${org.id}/invitations`,
        as: first,
        payload: { email: second.email, role: 'owner' },
      }),
    );
    await t.request({
      method: 'POST',
      url: '/api/v1/invitations/accept',
      as: second,
      payload: { token: link.split('/invitations/')[1] },
    });
    const results = await Promise.all([
      t.request({
        method: 'PATCH',
        url: `/api/v1/orgs/${org.id}/members/${first.id}`,
        as: second,
        payload: { role: 'member' },
      }),
      t.request({
        method: 'PATCH',
        url: `/api/v1/orgs/${org.id}/members/${second.id}`,
        as: first,
        payload: { role: 'member' },
      }),
    ]);
    // Whichever runs second finds its actor demoted (403) or the last owner at stake (409).
    assert.equal(results.filter((r) => r.statusCode === 204).length, 1);
    assert.ok(results.some((r) => r.statusCode === 403 || r.statusCode === 409));
    const members = json<{ items: { role: string }[] }>(
      await t.request({ method: 'GET', url: `/api/v1/orgs/${org.id}/members`, as: first }),
    );
    assert.equal(members.items.filter((m) => m.role === 'owner').length, 1);
  });

  test('only an owner can grant the owner role', async () => {
    const owner = await signUp(t);
    const org = await createOrg(t, owner);
    const admin = await signUp(t);
    const { link } = json<{ link: string }>(
      await t.request({
        method: 'POST',
        url: `/api/v1/orgs/${org.id}/invitations`,
        as: owner,
        payload: { email: admin.email, role: 'admin' },
      }),
    );
    await t.request({
      method: 'POST',
      url: '/api/v1/invitations/accept',
      as: admin,
      payload: { token: link.split('/invitations/')[1] },
    });
    const selfPromotion = await t.request({
      method: 'PATCH',
      url: `/api/v1/orgs/${org.id}/members/${admin.id}`,
      as: admin,
      payload: { role: 'owner' },
    });
    assert.equal(selfPromotion.statusCode, 403);
  });
});
