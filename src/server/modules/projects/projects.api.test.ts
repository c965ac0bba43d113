import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { describe, test } from 'node:test';
import { activityEvents } from '../../db/schema.ts';
import { makeAgreementEffective } from '../../testing/collaborationFactories.ts';
import { json } from '../../testing/factories.ts';
import { createTestApp } from '../../testing/testApp.ts';
import { createWorkspace } from './projects.testSetup.ts';

const t = await createTestApp();

interface ProjectJson {
  id: string;
  name: string;
  status: string;
  taskCounts: { total: number; done: number; overdue: number };
  milestones: { id: string; title: string; objectiveClauseId: string | null; completedAt: string | null }[];
  abilities: { edit: boolean };
}

describe('projects', () => {
  test('a party creates, lists, reads and updates a project; the viewer reads it without edit ability', async () => {
    const w = await createWorkspace(t);
    const list = await t.request({
      method: 'GET',
      url: `/api/v1/collaborations/${w.collaborationId}/projects`,
      as: w.bob,
    });
    assert.equal(list.statusCode, 200);
    const [project] = json<{ items: ProjectJson[] }>(list).items;
    assert.equal(project?.name, 'Launch');
    assert.deepEqual(project?.taskCounts, { total: 0, done: 0, overdue: 0 });
    assert.equal(project?.abilities.edit, true);

    const asViewer = json<ProjectJson>(
      await t.request({ method: 'GET', url: `/api/v1/projects/${w.projectId}`, as: w.viewer }),
    );
    assert.equal(asViewer.abilities.edit, false);

    const patched = await t.request({
      method: 'PATCH',
      url: `/api/v1/projects/${w.projectId}`,
      as: w.bob,
      payload: { name: 'Launch 2027', status: 'completed' },
    });
    assert.equal(patched.statusCode, 200, patched.body);
    assert.equal(json<ProjectJson>(patched).name, 'Launch 2027');
    assert.equal(json<ProjectJson>(patched).status, 'completed');
  });

  test('a viewer gets 403 on writes; a non-party gets 404 like for a missing project', async () => {
    const w = await createWorkspace(t);
    const write = (as: typeof w.viewer, url: string, method: 'POST' | 'PATCH', payload: object) =>
      t.request({ method, url, as, payload });
    const created = await write(w.viewer, `/api/v1/collaborations/${w.collaborationId}/projects`, 'POST', {
      name: 'Mine',
    });
    assert.equal(created.statusCode, 403);
    assert.equal(json(created).code, 'forbidden');
    assert.equal((await write(w.viewer, `/api/v1/projects/${w.projectId}`, 'PATCH', { name: 'x' })).statusCode, 403);

    const foreign = await t.request({ method: 'GET', url: `/api/v1/projects/${w.projectId}`, as: w.outsider });
    const missing = await t.request({ method: 'GET', url: `/api/v1/projects/${randomUUID()}`, as: w.outsider });
    assert.equal(foreign.statusCode, 404);
    assert.deepEqual(json(foreign), json(missing));
    const foreignList = await t.request({
      method: 'GET',
      url: `/api/v1/collaborations/${w.collaborationId}/projects`,
      as: w.outsider,
    });
    assert.equal(foreignList.statusCode, 404);
  });

  test('bad input is a 400 naming the field', async () => {
    const w = await createWorkspace(t);
    const response = await t.request({
      method: 'POST',
      url: `/api/v1/collaborations/${w.collaborationId}/projects`,
      as: w.alice,
      payload: { name: '  ' },
    });
    assert.equal(response.statusCode, 400);
    assert.equal(json<{ errors: { field: string }[] }>(response).errors[0]?.field, 'name');
    const badStatus = await t.request({
      method: 'PATCH',
      url: `/api/v1/projects/${w.projectId}`,
      as: w.alice,
      payload: { status: 'paused' },
    });
    assert.equal(json<{ errors: { field: string }[] }>(badStatus).errors[0]?.field, 'status');
  });
});

describe('milestones', () => {
  test('a milestone links to an objective of the agreement in force, and only to one that exists', async () => {
    const w = await createWorkspace(t);
    const url = `/api/v1/projects/${w.projectId}/milestones`;
    const early = await t.request({
      method: 'POST',
      url,
      as: w.alice,
      payload: { title: 'First 100 bundles', objectiveClauseId: 'o1' },
    });
    assert.equal(early.statusCode, 400);
    assert.equal(json<{ errors: { field: string }[] }>(early).errors[0]?.field, 'objectiveClauseId');

    await makeAgreementEffective(t, w);
    const unknown = await t.request({
      method: 'POST',
      url,
      as: w.alice,
      payload: { title: 'First 100 bundles', objectiveClauseId: 'o9' },
    });
    assert.equal(json<{ errors: { field: string }[] }>(unknown).errors[0]?.field, 'objectiveClauseId');
    const created = await t.request({
      method: 'POST',
      url,
      as: w.alice,
      payload: { title: 'First 100 bundles', objectiveClauseId: 'o1', dueDate: '2027-03-31' },
    });
    assert.equal(created.statusCode, 201, created.body);
    const milestone = json<{ id: string; objectiveClauseId: string }>(created);
    assert.equal(milestone.objectiveClauseId, 'o1');

    const completed = await t.request({
      method: 'PATCH',
      url: `/api/v1/milestones/${milestone.id}`,
      as: w.bob,
      payload: { completed: true },
    });
    assert.equal(completed.statusCode, 200, completed.body);
    assert.ok(json<{ completedAt: string | null }>(completed).completedAt);
    const viewerPatch = await t.request({
      method: 'PATCH',
      url: `/api/v1/milestones/${milestone.id}`,
      as: w.viewer,
      payload: { title: 'x' },
    });
    assert.equal(viewerPatch.statusCode, 403);
    const outsiderPatch = await t.request({
      method: 'PATCH',
      url: `/api/v1/milestones/${milestone.id}`,
      as: w.outsider,
      payload: { title: 'x' },
    });
    assert.equal(outsiderPatch.statusCode, 404);
    const project = json<ProjectJson>(
      await t.request({ method: 'GET', url: `/api/v1/projects/${w.projectId}`, as: w.alice }),
    );
    assert.deepEqual(
      project.milestones.map((m) => [m.title, m.objectiveClauseId, m.completedAt !== null]),
      [['First 100 bundles', 'o1', true]],
    );
  });
});

describe('people and activity', () => {
  test('people lists the users of the accepted parties with their organization', async () => {
    const w = await createWorkspace(t);
    const people = json<{ items: { name: string; orgName: string }[] }>(
      await t.request({ method: 'GET', url: `/api/v1/collaborations/${w.collaborationId}/people`, as: w.viewer }),
    );
    assert.deepEqual(
      people.items.map((p) => `${p.name} @ ${p.orgName}`),
      ['Alice @ Alice Bakery', 'Bob @ Bob Roasters', 'Vera Viewer @ Bob Roasters'],
    );
  });

  test('every change writes one activity row; the feed pages newest first with who and which organization', async () => {
    const w = await createWorkspace(t);
    await t.request({
      method: 'PATCH',
      url: `/api/v1/projects/${w.projectId}`,
      as: w.bob,
      payload: { description: 'Changed' },
    });
    await t.request({
      method: 'POST',
      url: `/api/v1/projects/${w.projectId}/milestones`,
      as: w.bob,
      payload: { title: 'Pilot' },
    });
    const rows = await t.deps.db
      .select()
      .from(activityEvents)
      .where(eq(activityEvents.collaborationId, w.collaborationId));
    assert.deepEqual(rows.map((r) => `${r.objectType}:${r.verb}`).sort(), [
      'milestone:created',
      'project:created',
      'project:updated',
    ]);

    const url = `/api/v1/collaborations/${w.collaborationId}/activity`;
    type Page = {
      items: { summary: string; actor: { name: string; orgName: string } }[];
      nextOffset: number | null;
    };
    const first = json<Page>(await t.request({ method: 'GET', url: `${url}?limit=2`, as: w.alice }));
    assert.deepEqual(
      first.items.map((i) => `${i.actor.name} (${i.actor.orgName}) ${i.summary}`),
      [
        'Bob (Bob Roasters) added milestone "Pilot" to project "Launch"',
        'Bob (Bob Roasters) updated project "Launch" (description)',
      ],
    );
    assert.equal(first.nextOffset, 2);
    const second = json<Page>(await t.request({ method: 'GET', url: `${url}?limit=2&offset=2`, as: w.alice }));
    assert.deepEqual(
      second.items.map((i) => i.summary),
      ['created project "Launch"'],
    );
    assert.equal(second.nextOffset, null);
    assert.equal((await t.request({ method: 'GET', url, as: w.outsider })).statusCode, 404);
    const badLimit = await t.request({ method: 'GET', url: `${url}?limit=0`, as: w.alice });
    assert.equal(json<{ errors: { field: string }[] }>(badLimit).errors[0]?.field, 'querystring.limit');
  });
});
