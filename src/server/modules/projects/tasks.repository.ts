import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { TaskStatus } from '../../../common/projects.ts';
import type { DbOrTx } from '../../deps.ts';
import { collaborationParties, orgMembers, orgs, taskDependencies, taskRoles, tasks, users } from '../../db/schema.ts';
import { visibleCollaborationIds } from '../collaborations/collaborations.repository.ts';

export type TaskRow = typeof tasks.$inferSelect;
export type RaciRow = typeof taskRoles.$inferSelect;

export async function findVisibleTask(db: DbOrTx, userId: string, taskId: string, lock = false) {
  const query = db
    .select()
    .from(tasks)
    .where(and(eq(tasks.id, taskId), sql`${tasks.collaborationId} in ${visibleCollaborationIds(userId)}`));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

export interface TaskFilters {
  status?: TaskStatus;
  ownerOrgId?: string;
  assigneeUserId?: string;
  overdue?: boolean;
}

export async function listProjectTasks(db: DbOrTx, projectId: string, filters: TaskFilters, today: string) {
  const conditions: SQL[] = [eq(tasks.projectId, projectId)];
  if (filters.status) conditions.push(eq(tasks.status, filters.status));
  if (filters.ownerOrgId) conditions.push(eq(tasks.ownerOrgId, filters.ownerOrgId));
  if (filters.assigneeUserId) conditions.push(eq(tasks.assigneeUserId, filters.assigneeUserId));
  const overdue = sql`(${tasks.dueDate} < ${today} and ${tasks.status} <> 'done')`;
  if (filters.overdue !== undefined) conditions.push(filters.overdue ? overdue : sql`not coalesce(${overdue}, false)`);
  return db
    .select()
    .from(tasks)
    .where(and(...conditions))
    .orderBy(asc(tasks.position), asc(tasks.createdAt));
}

// Names and related rows the task view shows, for a batch of tasks.
export async function loadTaskDetails(db: DbOrTx, rows: TaskRow[]) {
  const ids = rows.map((r) => r.id);
  const userIds = rows.flatMap((r) => (r.assigneeUserId ? [r.assigneeUserId] : []));
  const orgIds = [...new Set(rows.map((r) => r.ownerOrgId))];
  if (ids.length === 0) return { roles: [], dependencies: [], userNames: new Map(), orgNames: new Map() };
  const [roles, dependencies, orgRows] = await Promise.all([
    db
      .select({ taskId: taskRoles.taskId, userId: taskRoles.userId, role: taskRoles.role, name: users.name })
      .from(taskRoles)
      .innerJoin(users, eq(users.id, taskRoles.userId))
      .where(inArray(taskRoles.taskId, ids))
      .orderBy(asc(users.name)),
    db
      .select({
        taskId: taskDependencies.taskId,
        dependsOnTaskId: taskDependencies.dependsOnTaskId,
        title: tasks.title,
        status: tasks.status,
      })
      .from(taskDependencies)
      .innerJoin(tasks, eq(tasks.id, taskDependencies.dependsOnTaskId))
      .where(inArray(taskDependencies.taskId, ids)),
    db.select({ id: orgs.id, name: orgs.name }).from(orgs).where(inArray(orgs.id, orgIds)),
  ]);
  const userRows =
    userIds.length === 0
      ? []
      : await db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, userIds));
  return {
    roles,
    dependencies,
    userNames: new Map(userRows.map((u) => [u.id, u.name])),
    orgNames: new Map(orgRows.map((o) => [o.id, o.name])),
  };
}
export type TaskDetails = Awaited<ReturnType<typeof loadTaskDetails>>;

export async function insertTask(db: DbOrTx, row: typeof tasks.$inferInsert) {
  const [created] = await db.insert(tasks).values(row).returning();
  return created!;
}

export async function updateTask(db: DbOrTx, taskId: string, patch: Partial<typeof tasks.$inferInsert>) {
  const [updated] = await db.update(tasks).set(patch).where(eq(tasks.id, taskId)).returning();
  return updated!;
}

export async function deleteTask(db: DbOrTx, taskId: string) {
  await db.delete(tasks).where(eq(tasks.id, taskId));
}

export async function nextPosition(db: DbOrTx, projectId: string) {
  const [row] = await db
    .select({ next: sql<number>`(coalesce(max(${tasks.position}), -1) + 1)::int` })
    .from(tasks)
    .where(eq(tasks.projectId, projectId));
  return row?.next ?? 0;
}

export async function replaceRoles(db: DbOrTx, taskId: string, roles: { userId: string; role: RaciRow['role'] }[]) {
  await db.delete(taskRoles).where(eq(taskRoles.taskId, taskId));
  const unique = [...new Map(roles.map((r) => [`${r.userId}:${r.role}`, r])).values()];
  if (unique.length > 0) await db.insert(taskRoles).values(unique.map((r) => ({ taskId, ...r })));
}

export async function replaceDependencies(db: DbOrTx, taskId: string, dependsOn: string[]) {
  await db.delete(taskDependencies).where(eq(taskDependencies.taskId, taskId));
  const unique = [...new Set(dependsOn)];
  if (unique.length > 0) {
    await db.insert(taskDependencies).values(unique.map((dependsOnTaskId) => ({ taskId, dependsOnTaskId })));
  }
}

export async function projectDependencyEdges(db: DbOrTx, projectId: string) {
  return db
    .select({ taskId: taskDependencies.taskId, dependsOnTaskId: taskDependencies.dependsOnTaskId })
    .from(taskDependencies)
    .innerJoin(tasks, eq(tasks.id, taskDependencies.taskId))
    .where(eq(tasks.projectId, projectId));
}

export async function tasksInProject(db: DbOrTx, projectId: string, taskIds: string[]) {
  if (taskIds.length === 0) return [];
  return db
    .select({ id: tasks.id, title: tasks.title, status: tasks.status })
    .from(tasks)
    .where(and(eq(tasks.projectId, projectId), inArray(tasks.id, taskIds)));
}

export async function acceptedPartyOrgIds(db: DbOrTx, collaborationId: string) {
  const rows = await db
    .select({ orgId: collaborationParties.orgId })
    .from(collaborationParties)
    .where(and(eq(collaborationParties.collaborationId, collaborationId), eq(collaborationParties.status, 'accepted')));
  return new Set(rows.map((r) => r.orgId));
}

// Which of these users belong to one of these organizations.
export async function membersAmong(db: DbOrTx, orgIds: string[], userIds: string[]) {
  if (orgIds.length === 0 || userIds.length === 0) return new Set<string>();
  const rows = await db
    .selectDistinct({ userId: orgMembers.userId })
    .from(orgMembers)
    .where(and(inArray(orgMembers.orgId, orgIds), inArray(orgMembers.userId, userIds)));
  return new Set(rows.map((r) => r.userId));
}

export async function orgMemberIds(db: DbOrTx, orgId: string) {
  const rows = await db.select({ userId: orgMembers.userId }).from(orgMembers).where(eq(orgMembers.orgId, orgId));
  return rows.map((r) => r.userId);
}
