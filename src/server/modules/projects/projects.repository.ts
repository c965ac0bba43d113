import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../deps.ts';
import { collaborationParties, milestones, orgMembers, orgs, projects, tasks, users } from '../../db/schema.ts';
import { visibleCollaborationIds } from '../collaborations/collaborations.repository.ts';

export type ProjectRow = typeof projects.$inferSelect;
export type MilestoneRow = typeof milestones.$inferSelect;

export async function findVisibleProject(db: DbOrTx, userId: string, projectId: string) {
  const [row] = await db
    .select()
    .from(projects)
    .where(and(eq(projects.id, projectId), sql`${projects.collaborationId} in ${visibleCollaborationIds(userId)}`));
  return row;
}

export async function listProjects(db: DbOrTx, collaborationId: string) {
  return db
    .select()
    .from(projects)
    .where(eq(projects.collaborationId, collaborationId))
    .orderBy(asc(projects.status), desc(projects.createdAt));
}

export async function insertProject(db: DbOrTx, row: typeof projects.$inferInsert) {
  const [created] = await db.insert(projects).values(row).returning();
  return created!;
}

export async function updateProject(db: DbOrTx, projectId: string, patch: Partial<typeof projects.$inferInsert>) {
  await db.update(projects).set(patch).where(eq(projects.id, projectId));
}

// Totals per project, for progress bars: all tasks, done ones, and open ones past their due date.
export async function countTasks(db: DbOrTx, collaborationId: string, today: string) {
  const rows = await db
    .select({
      projectId: tasks.projectId,
      total: sql<number>`count(*)::int`,
      done: sql<number>`(count(*) filter (where ${tasks.status} = 'done'))::int`,
      overdue: sql<number>`(count(*) filter (where ${tasks.status} <> 'done' and ${tasks.dueDate} < ${today}))::int`,
    })
    .from(tasks)
    .where(eq(tasks.collaborationId, collaborationId))
    .groupBy(tasks.projectId);
  return new Map(rows.map((r) => [r.projectId, { total: r.total, done: r.done, overdue: r.overdue }]));
}

export async function listMilestones(db: DbOrTx, projectIds: string[]) {
  if (projectIds.length === 0) return [];
  return db
    .select()
    .from(milestones)
    .where(inArray(milestones.projectId, projectIds))
    .orderBy(asc(milestones.dueDate), asc(milestones.createdAt));
}

export async function findVisibleMilestone(db: DbOrTx, userId: string, milestoneId: string) {
  const [row] = await db
    .select({ milestone: milestones, project: projects })
    .from(milestones)
    .innerJoin(projects, eq(projects.id, milestones.projectId))
    .where(and(eq(milestones.id, milestoneId), sql`${projects.collaborationId} in ${visibleCollaborationIds(userId)}`));
  return row;
}

export async function insertMilestone(db: DbOrTx, row: typeof milestones.$inferInsert) {
  const [created] = await db.insert(milestones).values(row).returning();
  return created!;
}

export async function updateMilestone(db: DbOrTx, milestoneId: string, patch: Partial<typeof milestones.$inferInsert>) {
  // An empty PATCH changes nothing; Drizzle refuses an UPDATE without columns.
  const query = Object.values(patch).some((v) => v !== undefined)
    ? db.update(milestones).set(patch).where(eq(milestones.id, milestoneId)).returning()
    : db.select().from(milestones).where(eq(milestones.id, milestoneId));
  const [row] = await query;
  return row!;
}

// People of the accepted parties: who can own, be assigned, hold a RACI role or be mentioned.
export async function listPartyPeople(db: DbOrTx, collaborationId: string) {
  return db
    .select({ userId: users.id, name: users.name, orgId: orgs.id, orgName: orgs.name })
    .from(collaborationParties)
    .innerJoin(orgs, eq(orgs.id, collaborationParties.orgId))
    .innerJoin(orgMembers, eq(orgMembers.orgId, collaborationParties.orgId))
    .innerJoin(users, eq(users.id, orgMembers.userId))
    .where(and(eq(collaborationParties.collaborationId, collaborationId), eq(collaborationParties.status, 'accepted')))
    .orderBy(asc(orgs.name), asc(users.name));
}
