import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { updateTaskBody } from '../../../common/projects.ts';
import type { DbOrTx } from '../../deps.ts';
import { milestones } from '../../db/schema.ts';
import { AppError, validationError } from '../../http/errors.ts';
import { findDependencyCycle } from './tasks.graph.ts';
import * as repo from './tasks.repository.ts';

type TaskChanges = z.infer<typeof updateTaskBody>;
export interface TaskScope {
  collaborationId: string;
  projectId: string;
  // Null while the task is being created.
  taskId: string | null;
}
// The task as it will be once the change is applied.
export interface ResultingTask {
  ownerOrgId: string;
  assigneeUserId: string | null;
  status: repo.TaskRow['status'];
  dependsOn: string[];
}

async function checkPeople(db: DbOrTx, scope: TaskScope, changes: TaskChanges, task: ResultingTask) {
  const parties = await repo.acceptedPartyOrgIds(db, scope.collaborationId);
  if (changes.ownerOrgId !== undefined && !parties.has(changes.ownerOrgId)) {
    throw validationError('ownerOrgId', 'must be an accepted party of the collaboration');
  }
  const assigneeTouched = changes.assigneeUserId !== undefined || changes.ownerOrgId !== undefined;
  if (assigneeTouched && task.assigneeUserId) {
    const members = await repo.membersAmong(db, [task.ownerOrgId], [task.assigneeUserId]);
    if (!members.has(task.assigneeUserId)) {
      throw validationError('assigneeUserId', 'must be a member of the owner organization');
    }
  }
  if (changes.raci && changes.raci.length > 0) {
    const userIds = changes.raci.map((r) => r.userId);
    const members = await repo.membersAmong(db, [...parties], userIds);
    const index = userIds.findIndex((id) => !members.has(id));
    if (index >= 0) throw validationError(`raci.${index}.userId`, 'must be a member of a party organization');
  }
}

async function checkMilestone(db: DbOrTx, scope: TaskScope, milestoneId: string | null | undefined) {
  if (!milestoneId) return;
  const [row] = await db
    .select({ id: milestones.id })
    .from(milestones)
    .where(and(eq(milestones.id, milestoneId), eq(milestones.projectId, scope.projectId)));
  if (!row) throw validationError('milestoneId', 'must be a milestone of the same project');
}

async function checkDependencies(db: DbOrTx, scope: TaskScope, dependsOn: string[] | undefined) {
  if (!dependsOn || dependsOn.length === 0) return;
  const unique = [...new Set(dependsOn)];
  if (scope.taskId && unique.includes(scope.taskId))
    throw validationError('dependsOn', 'a task cannot depend on itself');
  const found = await repo.tasksInProject(db, scope.projectId, unique);
  if (found.length !== unique.length) throw validationError('dependsOn', 'must be tasks of the same project');
  if (!scope.taskId) return;
  const cycle = findDependencyCycle(await repo.projectDependencyEdges(db, scope.projectId), scope.taskId, unique);
  if (cycle) {
    throw validationError('dependsOn', `would create a cycle of ${cycle.length - 1} dependent tasks`);
  }
}

// A task is done only after everything it depends on is done.
async function checkDoneAllowed(db: DbOrTx, scope: TaskScope, task: ResultingTask) {
  if (task.status !== 'done' || task.dependsOn.length === 0) return;
  const open = (await repo.tasksInProject(db, scope.projectId, task.dependsOn)).filter((t) => t.status !== 'done');
  if (open.length > 0) {
    throw new AppError('conflict', {
      detail: `The task cannot be done while it depends on unfinished tasks: ${open.map((t) => `"${t.title}"`).join(', ')}.`,
    });
  }
}

// Every reference a change touches must stay inside the collaboration, the project and its parties.
export async function checkTaskChange(db: DbOrTx, scope: TaskScope, changes: TaskChanges, task: ResultingTask) {
  await checkPeople(db, scope, changes, task);
  await checkMilestone(db, scope, changes.milestoneId);
  await checkDependencies(db, scope, changes.dependsOn);
  if (changes.status !== undefined || changes.dependsOn !== undefined) await checkDoneAllowed(db, scope, task);
}
