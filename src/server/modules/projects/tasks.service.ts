import type { z } from 'zod';
import type { createTaskBody, taskListQuery, updateTaskBody } from '../../../common/projects.ts';
import type { Deps, DbOrTx } from '../../deps.ts';
import type { Actor } from '../../http/actor.ts';
import { AppError } from '../../http/errors.ts';
import { notify } from '../notifications/notify.ts';
import { recordWorkChange } from './activity.service.ts';
import { loadWorkContext, today } from './projects.context.ts';
import { authorizeWork, canDeleteTask } from './projects.policy.ts';
import { findVisibleProject } from './projects.repository.ts';
import { presentTask } from './tasks.presenter.ts';
import * as repo from './tasks.repository.ts';
import { checkTaskChange } from './tasks.validation.ts';

export const taskLink = (task: Pick<repo.TaskRow, 'id' | 'projectId' | 'collaborationId'>) =>
  `/collaborations/${task.collaborationId}/work?project=${task.projectId}&task=${task.id}`;

async function loadProjectFor(db: DbOrTx, actor: Actor, projectId: string) {
  const project = await findVisibleProject(db, actor.userId, projectId);
  if (!project) throw new AppError('not_found');
  return { project, context: await loadWorkContext(db, actor, project.collaborationId) };
}

async function loadTaskFor(db: DbOrTx, actor: Actor, taskId: string, lock = false) {
  const task = await repo.findVisibleTask(db, actor.userId, taskId, lock);
  if (!task) throw new AppError('not_found');
  return { task, context: await loadWorkContext(db, actor, task.collaborationId) };
}

export async function listTasks(deps: Deps, actor: Actor, projectId: string, filters: z.infer<typeof taskListQuery>) {
  const { context } = await loadProjectFor(deps.db, actor, projectId);
  const day = today(deps.now());
  const rows = await repo.listProjectTasks(deps.db, projectId, filters, day);
  const details = await repo.loadTaskDetails(deps.db, rows);
  return rows.map((row) => presentTask(row, details, day, context.roles, actor.userId));
}

export async function getTask(deps: Deps, actor: Actor, taskId: string) {
  const { task, context } = await loadTaskFor(deps.db, actor, taskId);
  const details = await repo.loadTaskDetails(deps.db, [task]);
  return presentTask(task, details, today(deps.now()), context.roles, actor.userId);
}

async function notifyAssignee(db: DbOrTx, actor: Actor, task: repo.TaskRow) {
  if (!task.assigneeUserId || task.assigneeUserId === actor.userId) return;
  await notify(db, {
    userIds: [task.assigneeUserId],
    kind: 'task_assigned',
    title: `You were assigned "${task.title}"`,
    link: taskLink(task),
    collaborationId: task.collaborationId,
  });
}

// The owner organization's people and the task's RACI people hear about status changes.
async function notifyStatusChange(db: DbOrTx, actor: Actor, task: repo.TaskRow, raciUserIds: string[]) {
  const userIds = [...(await repo.orgMemberIds(db, task.ownerOrgId)), ...raciUserIds].filter(
    (id) => id !== actor.userId,
  );
  await notify(db, {
    userIds,
    kind: 'task_updated',
    title: `"${task.title}" is now ${task.status.replace('_', ' ')}`,
    link: taskLink(task),
    collaborationId: task.collaborationId,
  });
}

export async function createTask(deps: Deps, actor: Actor, projectId: string, input: z.infer<typeof createTaskBody>) {
  const id = await deps.db.transaction(async (tx) => {
    const { project, context } = await loadProjectFor(tx, actor, projectId);
    const party = authorizeWork(context.roles);
    const scope = { collaborationId: project.collaborationId, projectId, taskId: null };
    await checkTaskChange(tx, scope, input, input);
    const { raci, dependsOn, ...fields } = input;
    const task = await repo.insertTask(tx, {
      ...fields,
      projectId,
      collaborationId: project.collaborationId,
      position: await repo.nextPosition(tx, projectId),
      createdByUserId: actor.userId,
    });
    await repo.replaceRoles(tx, task.id, raci);
    await repo.replaceDependencies(tx, task.id, dependsOn);
    await recordWorkChange(tx, {
      collaborationId: project.collaborationId,
      actorUserId: actor.userId,
      actorOrgId: party.orgId,
      verb: 'created',
      objectType: 'task',
      objectId: task.id,
      summary: `created task "${task.title}" in project "${project.name}"`,
      liveType: 'task',
    });
    await notifyAssignee(tx, actor, task);
    return task.id;
  });
  return getTask(deps, actor, id);
}

function describeChange(before: repo.TaskRow, after: repo.TaskRow, changes: z.infer<typeof updateTaskBody>) {
  if (after.status !== before.status)
    return { verb: 'status_changed', summary: `moved task "${after.title}" to ${after.status.replace('_', ' ')}` };
  if (after.assigneeUserId !== before.assigneeUserId)
    return { verb: 'assigned', summary: `reassigned task "${after.title}"` };
  const fields = Object.keys(changes).join(', ');
  return { verb: 'updated', summary: `updated task "${after.title}"${fields ? ` (${fields})` : ''}` };
}

export async function updateTask(deps: Deps, actor: Actor, taskId: string, changes: z.infer<typeof updateTaskBody>) {
  await deps.db.transaction(async (tx) => {
    const { task, context } = await loadTaskFor(tx, actor, taskId, true);
    const party = authorizeWork(context.roles);
    const current = await repo.loadTaskDetails(tx, [task]);
    const resulting = {
      ownerOrgId: changes.ownerOrgId ?? task.ownerOrgId,
      assigneeUserId: changes.assigneeUserId === undefined ? task.assigneeUserId : changes.assigneeUserId,
      status: changes.status ?? task.status,
      dependsOn: changes.dependsOn ?? current.dependencies.map((d) => d.dependsOnTaskId),
    };
    const scope = { collaborationId: task.collaborationId, projectId: task.projectId, taskId };
    await checkTaskChange(tx, scope, changes, resulting);
    const { raci, dependsOn, ...fields } = changes;
    const updated = await repo.updateTask(tx, taskId, { ...fields, updatedAt: deps.now() });
    if (raci) await repo.replaceRoles(tx, taskId, raci);
    if (dependsOn) await repo.replaceDependencies(tx, taskId, dependsOn);
    const { verb, summary } = describeChange(task, updated, changes);
    await recordWorkChange(tx, {
      collaborationId: task.collaborationId,
      actorUserId: actor.userId,
      actorOrgId: party.orgId,
      verb,
      objectType: 'task',
      objectId: taskId,
      summary,
      liveType: 'task',
    });
    if (updated.assigneeUserId !== task.assigneeUserId) await notifyAssignee(tx, actor, updated);
    if (updated.status !== task.status) {
      const raciUserIds = (raci ?? current.roles).map((r) => r.userId);
      await notifyStatusChange(tx, actor, updated, raciUserIds);
    }
  });
  return getTask(deps, actor, taskId);
}

export async function deleteTask(deps: Deps, actor: Actor, taskId: string) {
  await deps.db.transaction(async (tx) => {
    const { task, context } = await loadTaskFor(tx, actor, taskId, true);
    const party = authorizeWork(context.roles);
    if (!canDeleteTask(context.roles, task, actor.userId)) {
      throw new AppError('forbidden', { detail: 'Only the owner organization or the creator can delete a task.' });
    }
    await repo.deleteTask(tx, taskId);
    await recordWorkChange(tx, {
      collaborationId: task.collaborationId,
      actorUserId: actor.userId,
      actorOrgId: party.orgId,
      verb: 'deleted',
      objectType: 'task',
      objectId: taskId,
      summary: `deleted task "${task.title}"`,
      liveType: 'task',
    });
  });
}
