import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { emailOutbox, jobs, notifications } from '../../db/schema.ts';
import { jobHandlers } from '../../jobs/jobHandlers.ts';
import { runJobsUntilIdle } from '../../jobs/jobWorker.ts';
import { createOrg, json, signUp, type TestUser } from '../../testing/factories.ts';
import { createTestApp, type TestApp } from '../../testing/testApp.ts';
import { digestJob, nextDigestAt, scheduleNextDigest } from './digest.ts';
import { notify } from './notify.ts';

interface Outbox {
  smtpConfigured: boolean;
  items: { to: string; subject: string; text: string; status: string }[];
}

const outboxOf = async (t: TestApp, as: TestUser) =>
  json<Outbox>(await t.request({ method: 'GET', url: '/api/v1/me/outbox', as }));

const choose = (t: TestApp, as: TestUser, email: string) =>
  t.request({
    method: 'PUT',
    url: '/api/v1/me/notification-preferences',
    as,
    payload: { email, mutedKinds: [], live: true },
  });

describe('without SMTP', async () => {
  const t = await createTestApp();

  test('an instant e-mail is kept in the outbox, visible to its recipient only', async () => {
    const ada = await signUp(t, 'Ada');
    const bob = await signUp(t, 'Bob');
    await choose(t, ada, 'instant');
    await notify(t.deps.db, {
      userIds: [ada.id, bob.id],
      kind: 'task_assigned',
      title: 'Bake 400 croissants',
      body: 'Due Friday',
      link: '/collaborations/x/tasks/y',
    });
    assert.equal(await runJobsUntilIdle(t.deps, jobHandlers), 1);
    const outbox = await outboxOf(t, ada);
    assert.equal(outbox.smtpConfigured, false);
    assert.equal(outbox.items.length, 1);
    assert.equal(outbox.items[0]?.to, ada.email);
    assert.equal(outbox.items[0]?.status, 'kept');
    assert.equal(outbox.items[0]?.subject, 'Synergia: Bake 400 croissants');
    assert.match(outbox.items[0]!.text, /Open: http:\/\/synergia\.test\/collaborations\/x\/tasks\/y/);
    // Bob chose nothing (daily digest): no instant e-mail, and he never sees Ada's.
    assert.deepEqual((await outboxOf(t, bob)).items, []);
    // Rerunning writes nothing twice.
    assert.equal(await runJobsUntilIdle(t.deps, jobHandlers), 0);
    assert.equal((await outboxOf(t, ada)).items.length, 1);
  });

  test('the digest is scheduled daily at 07:00 UTC, once however many processes start', async () => {
    assert.equal(nextDigestAt(new Date('2026-03-01T06:59:00Z')).toISOString(), '2026-03-01T07:00:00.000Z');
    assert.equal(nextDigestAt(new Date('2026-03-01T07:00:00Z')).toISOString(), '2026-03-02T07:00:00.000Z');
    const now = new Date('2026-03-01T10:00:00Z');
    await scheduleNextDigest(t.deps.db, now);
    await scheduleNextDigest(t.deps.db, now);
    const queued = await t.deps.db.select().from(jobs).where(eq(jobs.kind, digestJob));
    assert.equal(queued.filter((j) => j.runAt.toISOString() === '2026-03-02T07:00:00.000Z').length, 1);
  });
});

describe('with SMTP and a controlled clock', async () => {
  let now = new Date();
  const t = await createTestApp({ mailer: true, now: () => now });

  test('the daily digest sends one e-mail per user, grouped by collaboration, then schedules tomorrow', async () => {
    const ada = await signUp(t, 'Ada');
    const bob = await signUp(t, 'Bob');
    const carl = await signUp(t, 'Carl');
    await choose(t, carl, 'off');
    const org = await createOrg(t, ada);
    const created = await t.request({
      method: 'POST',
      url: '/api/v1/collaborations',
      as: ada,
      payload: { name: 'Bread alliance', kind: 'strategic_alliance', initiatorOrgId: org.id },
    });
    const collaborationId = json<{ id: string }>(created).id;
    // Older than a day: the digest skips it.
    await notify(t.deps.db, { userIds: [ada.id], kind: 'message', title: 'Too old' });
    await t.deps.db
      .update(notifications)
      .set({ createdAt: new Date(Date.now() - 2 * 86_400_000) })
      .where(eq(notifications.title, 'Too old'));
    now = new Date();
    await notify(t.deps.db, { userIds: [ada.id, carl.id], kind: 'message', title: 'Hello from Bob', collaborationId });
    await notify(t.deps.db, { userIds: [ada.id], kind: 'meeting', title: 'Pick a slot', collaborationId });
    await notify(t.deps.db, { userIds: [ada.id], kind: 'analytics', title: 'Network report ready' });
    await notify(t.deps.db, { userIds: [bob.id], kind: 'message', title: 'Already read' });
    await t.request({ method: 'POST', url: '/api/v1/me/notifications/read-all', as: bob });

    // Yesterday's schedule: its 07:00 run is due now.
    await scheduleNextDigest(t.deps.db, new Date(now.getTime() - 86_400_000));
    await runJobsUntilIdle(t.deps, jobHandlers);

    assert.deepEqual(
      t.sentMail.map((m) => m.to),
      [ada.email],
    );
    const text = t.sentMail[0]!.text;
    assert.equal(t.sentMail[0]!.subject, 'Synergia: 3 unread notifications today');
    assert.ok(text.indexOf('General') < text.indexOf('Network report ready'));
    assert.ok(text.indexOf('Bread alliance') < text.indexOf('Hello from Bob'));
    assert.ok(text.indexOf('Bread alliance') < text.indexOf('Pick a slot'));
    assert.equal(text.includes('Too old'), false);
    assert.equal((await outboxOf(t, ada)).items[0]?.status, 'sent');

    const next = await t.deps.db.select().from(jobs).where(eq(jobs.kind, digestJob));
    assert.ok(next.some((j) => j.status === 'queued' && j.runAt.getTime() === nextDigestAt(now).getTime()));
    // Covered notifications are not e-mailed again by the next digest.
    const before = t.sentMail.length;
    await scheduleNextDigest(t.deps.db, new Date(now.getTime() - 86_400_000));
    await runJobsUntilIdle(t.deps, jobHandlers);
    assert.equal(t.sentMail.length, before);
  });

  test('a failed delivery is retried with backoff and marked failed after the last attempt', async () => {
    const dana = await signUp(t, 'Dana');
    await choose(t, dana, 'instant');
    t.deps.mailer.send = async () => false;
    await notify(t.deps.db, { userIds: [dana.id], kind: 'document', title: 'Contract uploaded' });
    now = new Date();
    await runJobsUntilIdle(t.deps, jobHandlers);
    const rows = await t.deps.db.select().from(emailOutbox).where(eq(emailOutbox.to, dana.email));
    assert.equal(rows[0]?.status, 'pending');
    assert.equal(rows[0]?.attempts.length, 1);
    for (const minutes of [1, 3]) {
      now = new Date(now.getTime() + minutes * 10 * 60_000);
      await runJobsUntilIdle(t.deps, jobHandlers);
    }
    const [final] = await t.deps.db.select().from(emailOutbox).where(eq(emailOutbox.to, dana.email));
    assert.equal(final?.status, 'failed');
    assert.equal(final?.attempts.length, 3);
  });
});
