import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createNetwork, createOrg, joinNetwork, json, signUp } from '../../testing/factories.ts';
import { createTestApp } from '../../testing/testApp.ts';
import { demoPartnerLogin, loadDemoJointWork } from './demoJointWork.ts';

const t = await createTestApp();

test('the demo collaboration is active, with work in progress both partners see', async () => {
  const dana = await signUp(t, 'Dana');
  const freight = await createOrg(t, dana, { name: 'Desmet Freight' });
  const bakery = await createOrg(t, dana, { name: 'Pauwels Bakery' });
  const network = await createNetwork(t, dana, freight.id);
  await joinNetwork(t, dana, dana, network.id, bakery.id);

  const { collaborationId } = await loadDemoJointWork(t.deps, {
    demoUserId: dana.id,
    demoOrgId: freight.id,
    partnerOrgId: bakery.id,
    networkId: network.id,
  });

  const signIn = await t.request({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { email: demoPartnerLogin.email, password: demoPartnerLogin.password },
  });
  assert.equal(signIn.statusCode, 200, signIn.body);
  const piet = { cookie: String(signIn.headers['set-cookie']).split(';')[0] };
  for (const as of [dana, piet]) {
    const collaboration = json<{ state: string }>(
      await t.request({ method: 'GET', url: `/api/v1/collaborations/${collaborationId}`, as }),
    );
    assert.equal(collaboration.state, 'active');
  }
  const projects = json<{ items: { id: string; taskCounts: { total: number; done: number; overdue: number } }[] }>(
    await t.request({ method: 'GET', url: `/api/v1/collaborations/${collaborationId}/projects`, as: piet }),
  );
  assert.deepEqual(projects.items[0]?.taskCounts, { total: 4, done: 1, overdue: 1 });
  const tasks = json<{ items: { title: string; blocked: boolean }[] }>(
    await t.request({ method: 'GET', url: `/api/v1/projects/${projects.items[0]!.id}/tasks`, as: dana }),
  );
  assert.deepEqual(
    tasks.items.filter((task) => task.blocked).map((task) => task.title),
    ['First delivery to Park Noord'],
  );
  const documents = json<{ items: { name: string }[] }>(
    await t.request({ method: 'GET', url: `/api/v1/collaborations/${collaborationId}/documents`, as: dana }),
  );
  assert.deepEqual(
    documents.items.map((d) => d.name),
    ['Packaging quote.csv'],
  );
  const meetings = json<{ items: { title: string; status: string }[] }>(
    await t.request({ method: 'GET', url: `/api/v1/collaborations/${collaborationId}/meetings`, as: dana }),
  );
  assert.deepEqual(
    meetings.items.map((m) => [m.title, m.status]),
    [['Pilot kick-off', 'proposed']],
  );
  const activity = json<{ items: unknown[] }>(
    await t.request({ method: 'GET', url: `/api/v1/collaborations/${collaborationId}/activity`, as: dana }),
  );
  assert.ok(activity.items.length >= 8, `activity: ${activity.items.length}`);
});
