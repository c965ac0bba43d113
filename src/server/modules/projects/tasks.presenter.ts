import type { PartyRole } from '../collaborations/collaborations.policy.ts';
import { canDeleteTask, workAbilities } from './projects.policy.ts';
import type { TaskDetails, TaskRow } from './tasks.repository.ts';

export function isOverdue(task: Pick<TaskRow, 'dueDate' | 'status'>, today: string): boolean {
  return task.dueDate !== null && task.dueDate < today && task.status !== 'done';
}

export function presentTask(task: TaskRow, details: TaskDetails, today: string, roles: PartyRole[], userId: string) {
  const dependsOn = details.dependencies
    .filter((d) => d.taskId === task.id)
    .map((d) => ({ taskId: d.dependsOnTaskId, title: d.title, status: d.status }));
  return {
    id: task.id,
    projectId: task.projectId,
    collaborationId: task.collaborationId,
    milestoneId: task.milestoneId,
    title: task.title,
    description: task.description,
    status: task.status,
    ownerOrg: { orgId: task.ownerOrgId, name: details.orgNames.get(task.ownerOrgId) ?? '' },
    assignee: task.assigneeUserId
      ? { userId: task.assigneeUserId, name: details.userNames.get(task.assigneeUserId) ?? '' }
      : null,
    dueDate: task.dueDate,
    raci: details.roles
      .filter((r) => r.taskId === task.id)
      .map((r) => ({ userId: r.userId, name: r.name, role: r.role })),
    dependsOn,
    overdue: isOverdue(task, today),
    blocked: task.status === 'blocked' || dependsOn.some((d) => d.status !== 'done'),
    createdAt: task.createdAt.toISOString(),
    updatedAt: task.updatedAt.toISOString(),
    abilities: { edit: workAbilities(roles).edit, delete: canDeleteTask(roles, task, userId) },
  };
}
