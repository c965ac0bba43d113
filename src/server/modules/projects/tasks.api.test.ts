import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { describe, test } from 'node:test';
import { activityEvents, notifications } from '../../db/schema.ts';
import { json } from '../../testing/factories.ts';
import { createTestApp, type Session } from '../../testing/testApp.ts';
import { addMember, createTask, createWorkspace, type TaskJson } from './projects.testSetup.ts';

const t = await createTestApp();
const fieldOf = (body: unknown) => (body as { errors: { field: string }[] }).errors[0]?.field;
const patchTask = (as: Session, taskId: string, payload: object) =>
  t.request({ method: 'PATCH', url: `/api/v1/tasks/${taskId}`, as, payload });

describe('tasks', () => {
  test('a task owned by the partner, assigned to its member, with RACI; the assignee is notified', async () => {
    const w = await createWorkspace(t);
    const task = await createTask(t, w.alice, w.projectId, {
      title: 'Design the box',
      ownerOrgId: w.bobOrg.id,
      assigneeUserId: w.bob.id,
      dueDate: '2099-01-31',
      raci: [
        { userId: w.alice.id, role: 'accountable' },
        { userId: w.viewer.id, role: 'informed' },
      ],
    });
    assert.deepEqual(task.ownerOrg, { orgId: w.bobOrg.id, name: 'Bob Roasters' });
    assert.deepEqual(task.assignee, { userId: w.bob.id, name: 'Bob' });
    assert.deepEqual(
      task.raci.map((r) => `${r.name}:${r.role}`),
      ['Alice:accountable', 'Vera Viewer:informed'],
    );
    assert.equal(task.overdue, false);
    assert.equal(task.blocked, false);
    assert.deepEqual(task.abilities, { edit: true, delete: true });
    const sent = await t.deps.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.userId, w.bob.id), eq(notifications.kind, 'task_assigned')));
    assert.equal(sent.length, 1);
    assert.match(sent[0]!.title, /Design the box/);

    const asViewer = json<TaskJson>(await t.request({ method: 'GET', url: `/api/v1/tasks/${task.id}`, as: w.viewer }));
    assert.deepEqual(asViewer.abilities, { edit: false, delete: false });
  });

  test('owner, assignee, RACI, milestone and dependencies are checked: a 400 names the field', async () => {
    const w = await createWorkspace(t);
    const post = (payload: object) =>
      t.request({ method: 'POST', url: `/api/v1/projects/${w.projectId}/tasks`, as: w.alice, payload });
    const base = { title: 'Task', ownerOrgId: w.aliceOrg.id };
    assert.equal(fieldOf(json(await post({ ...base, title: '' }))), 'title');
    assert.equal(fieldOf(json(await post({ ...base, ownerOrgId: randomUUID() }))), 'ownerOrgId');
    assert.equal(fieldOf(json(await post({ ...base, assigneeUserId: w.bob.id }))), 'assigneeUserId');
    assert.equal(
      fieldOf(json(await post({ ...base, raci: [{ userId: w.outsider.id, role: 'consulted' }] }))),
      'raci.0.userId',
    );
    assert.equal(fieldOf(json(await post({ ...base, raci: [{ userId: w.bob.id, role: 'boss' }] }))), 'raci.0.role');
    assert.equal(fieldOf(json(await post({ ...base, dueDate: '31/01/2027' }))), 'dueDate');
    assert.equal(fieldOf(json(await post({ ...base, dependsOn: [randomUUID()] }))), 'dependsOn');
    assert.equal(fieldOf(json(await post({ ...base, milestoneId: randomUUID() }))), 'milestoneId');
    assert.equal(fieldOf(json(await post({ ...base, status: 'started' }))), 'status');

    const other = json<{ id: string }>(
      await t.request({
        method: 'POST',
        url: `/api/v1/collaborations/${w.collaborationId}/projects`,
        as: w.alice,
        payload: { name: 'Other' },
      }),
    );
    const elsewhere = await createTask(t, w.alice, other.id, base);
    const crossProject = await post({ ...base, dependsOn: [elsewhere.id] });
    assert.equal(crossProject.statusCode, 400);
    assert.equal(fieldOf(json(crossProject)), 'dependsOn');
  });

  test('a dependency cycle is refused with a 400 naming dependsOn', async () => {
    const w = await createWorkspace(t);
    const base = { ownerOrgId: w.aliceOrg.id };
    const a = await createTask(t, w.alice, w.projectId, { ...base, title: 'A' });
    const b = await createTask(t, w.alice, w.projectId, { ...base, title: 'B', dependsOn: [a.id] });
    const c = await createTask(t, w.alice, w.projectId, { ...base, title: 'C', dependsOn: [b.id] });
    const cycle = await patchTask(w.alice, a.id, { dependsOn: [c.id] });
    assert.equal(cycle.statusCode, 400);
    assert.equal(fieldOf(json(cycle)), 'dependsOn');
    assert.match(json<{ detail: string }>(cycle).detail, /cycle/);
    const self = await patchTask(w.alice, a.id, { dependsOn: [a.id] });
    assert.equal(fieldOf(json(self)), 'dependsOn');
    const unchanged = json<TaskJson>(await t.request({ method: 'GET', url: `/api/v1/tasks/${a.id}`, as: w.alice }));
    assert.deepEqual(unchanged.dependsOn, [], 'no partial write');
  });

  test('a task cannot be done while a dependency is open (409); it is blocked until then', async () => {
    const w = await createWorkspace(t);
    const base = { ownerOrgId: w.bobOrg.id };
    const first = await createTask(t, w.alice, w.projectId, { ...base, title: 'Roast samples' });
    const second = await createTask(t, w.alice, w.projectId, {
      ...base,
      title: 'Taste test',
      dependsOn: [first.id],
      raci: [{ userId: w.alice.id, role: 'informed' }],
    });
    assert.equal(second.blocked, true);
    assert.deepEqual(second.dependsOn, [{ taskId: first.id, title: 'Roast samples', status: 'todo' }]);
    const refused = await patchTask(w.bob, second.id, { status: 'done' });
    assert.equal(refused.statusCode, 409);
    assert.match(json<{ detail: string }>(refused).detail, /Roast samples/);

    assert.equal((await patchTask(w.bob, first.id, { status: 'done' })).statusCode, 200);
    const unblocked = json<TaskJson>(await t.request({ method: 'GET', url: `/api/v1/tasks/${second.id}`, as: w.bob }));
    assert.equal(unblocked.blocked, false);
    const done = await patchTask(w.bob, second.id, { status: 'done' });
    assert.equal(done.statusCode, 200, done.body);
    const feed = await t.deps.db
      .select({ verb: activityEvents.verb, summary: activityEvents.summary })
      .from(activityEvents)
      .where(eq(activityEvents.objectId, second.id));
    assert.deepEqual(
      feed.map((e) => `${e.verb}: ${e.summary}`).sort(),
      ['created: created task "Taste test" in project "Launch"', 'status_changed: moved task "Taste test" to done'],
      'the refused change left no row',
    );
    // The owner organization's other people and the RACI people hear about it, never the one acting.
    const updates = await t.deps.db
      .select({ userId: notifications.userId })
      .from(notifications)
      .where(and(eq(notifications.kind, 'task_updated'), eq(notifications.collaborationId, w.collaborationId)));
    const recipients = new Set(updates.map((u) => u.userId));
    assert.ok(recipients.has(w.alice.id));
    assert.ok(recipients.has(w.viewer.id));
    assert.ok(!recipients.has(w.bob.id));
  });

  test('status blocked marks a task blocked; past due and not done marks it overdue; filters select', async () => {
    const w = await createWorkspace(t);
    const carl = await addMember(t, w.bob, w.bobOrg.id, 'member', 'Carl');
    const base = { ownerOrgId: w.bobOrg.id };
    const late = await createTask(t, w.alice, w.projectId, { ...base, title: 'Late', dueDate: '2020-01-01' });
    const lateDone = await createTask(t, w.alice, w.projectId, {
      ...base,
      title: 'Late but done',
      dueDate: '2020-01-01',
      status: 'done',
    });
    const stuck = await createTask(t, w.alice, w.projectId, { ...base, title: 'Stuck', status: 'blocked' });
    await createTask(t, w.alice, w.projectId, { ownerOrgId: w.aliceOrg.id, title: 'Ours', assigneeUserId: w.alice.id });
    await createTask(t, w.alice, w.projectId, { ...base, title: "Carl's", assigneeUserId: carl.id });
    assert.equal(late.overdue, true);
    assert.equal(lateDone.overdue, false);
    assert.equal(stuck.blocked, true);

    const titles = async (query: string) =>
      json<{ items: TaskJson[] }>(
        await t.request({ method: 'GET', url: `/api/v1/projects/${w.projectId}/tasks${query}`, as: w.viewer }),
      ).items.map((i) => i.title);
    assert.deepEqual(await titles(''), ['Late', 'Late but done', 'Stuck', 'Ours', "Carl's"]);
    assert.deepEqual(await titles('?overdue=true'), ['Late']);
    assert.deepEqual(await titles('?overdue=false'), ['Late but done', 'Stuck', 'Ours', "Carl's"]);
    assert.deepEqual(await titles('?status=blocked'), ['Stuck']);
    assert.deepEqual(await titles(`?ownerOrgId=${w.aliceOrg.id}`), ['Ours']);
    assert.deepEqual(await titles(`?assigneeUserId=${carl.id}`), ["Carl's"]);
    const bad = await t.request({ method: 'GET', url: `/api/v1/projects/${w.projectId}/tasks?status=late`, as: w.bob });
    assert.equal(fieldOf(json(bad)), 'querystring.status');
  });

  test('changing the owner organization keeps the assignee only if they belong to it', async () => {
    const w = await createWorkspace(t);
    const task = await createTask(t, w.alice, w.projectId, {
      title: 'Ship',
      ownerOrgId: w.aliceOrg.id,
      assigneeUserId: w.alice.id,
    });
    const moved = await patchTask(w.alice, task.id, { ownerOrgId: w.bobOrg.id });
    assert.equal(fieldOf(json(moved)), 'assigneeUserId');
    const reassigned = await patchTask(w.alice, task.id, { ownerOrgId: w.bobOrg.id, assigneeUserId: w.bob.id });
    assert.equal(reassigned.statusCode, 200, reassigned.body);
    assert.equal(json<TaskJson>(reassigned).assignee?.name, 'Bob');
  });

  test('viewer 403 and non-party 404 on every task route; delete writes activity', async () => {
    const w = await createWorkspace(t);
    const task = await createTask(t, w.alice, w.projectId, { title: 'Ship', ownerOrgId: w.aliceOrg.id });
    const viewerPost = await t.request({
      method: 'POST',
      url: `/api/v1/projects/${w.projectId}/tasks`,
      as: w.viewer,
      payload: { title: 'x', ownerOrgId: w.bobOrg.id },
    });
    assert.equal(viewerPost.statusCode, 403);
    assert.equal((await patchTask(w.viewer, task.id, { title: 'x' })).statusCode, 403);
    assert.equal(
      (await t.request({ method: 'DELETE', url: `/api/v1/tasks/${task.id}`, as: w.viewer })).statusCode,
      403,
    );
    for (const [method, url] of [
      ['GET', `/api/v1/tasks/${task.id}`],
      ['GET', `/api/v1/projects/${w.projectId}/tasks`],
      ['DELETE', `/api/v1/tasks/${task.id}`],
    ] as const) {
      assert.equal((await t.request({ method, url, as: w.outsider })).statusCode, 404, url);
    }
    assert.equal((await patchTask(w.outsider, task.id, { title: 'x' })).statusCode, 404);

    const deleted = await t.request({ method: 'DELETE', url: `/api/v1/tasks/${task.id}`, as: w.alice });
    assert.equal(deleted.statusCode, 204);
    assert.equal((await t.request({ method: 'GET', url: `/api/v1/tasks/${task.id}`, as: w.alice })).statusCode, 404);
    const rows = await t.deps.db
      .select({ verb: activityEvents.verb })
      .from(activityEvents)
      .where(and(eq(activityEvents.objectId, task.id), eq(activityEvents.objectType, 'task')));
    assert.deepEqual(rows.map((r) => r.verb).sort(), ['created', 'deleted']);
  });
});
