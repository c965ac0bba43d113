import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { jobHandlers } from '../../jobs/jobHandlers.ts';
import { runJobsUntilIdle } from '../../jobs/jobWorker.ts';
import { createTestApp } from '../../testing/testApp.ts';
import { createOrg, json, signUp } from '../../testing/factories.ts';

const t = await createTestApp();

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
    // Kept in the outbox like every e-mail, where the invitee, already a user, reads it.
    const outbox = json<{ items: { to: string; subject: string; text: string; status: string }[] }>(
      await t.request({ method: 'GET', url: '/api/v1/me/outbox', as: colleague }),
    );
    assert.deepEqual(
      outbox.items.map((m) => [m.to, m.subject, m.status, m.text.includes(link)]),
      [[colleague.email, `You are invited to join ${org.name} on Synergia`, 'kept', true]],
    );
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

  test('with SMTP configured the invitation is e-mailed through the outbox', async () => {
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
    assert.equal(mailing.sentMail.length, 0, 'queued in the transaction, sent by the job worker');
    assert.equal(await runJobsUntilIdle(mailing.deps, jobHandlers), 1);
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
