import type { z } from 'zod';
import type {
  createMilestoneBody,
  createProjectBody,
  updateMilestoneBody,
  updateProjectBody,
} from '../../../common/projects.ts';
import type { Deps, DbOrTx } from '../../deps.ts';
import type { Actor } from '../../http/actor.ts';
import { AppError, validationError } from '../../http/errors.ts';
import { effectiveVersion } from '../collaborations/agreements.repository.ts';
import { recordWorkChange } from './activity.service.ts';
import { loadWorkContext, today, type WorkContext } from './projects.context.ts';
import { authorizeWork, workAbilities } from './projects.policy.ts';
import * as repo from './projects.repository.ts';

function presentMilestone(m: repo.MilestoneRow) {
  return {
    id: m.id,
    projectId: m.projectId,
    title: m.title,
    dueDate: m.dueDate,
    objectiveClauseId: m.objectiveClauseId,
    completedAt: m.completedAt?.toISOString() ?? null,
  };
}

function presentProject(
  p: repo.ProjectRow,
  context: WorkContext,
  counts: { total: number; done: number; overdue: number } | undefined,
  milestones: repo.MilestoneRow[],
) {
  return {
    id: p.id,
    collaborationId: p.collaborationId,
    name: p.name,
    description: p.description,
    status: p.status,
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
    taskCounts: counts ?? { total: 0, done: 0, overdue: 0 },
    milestones: milestones.filter((m) => m.projectId === p.id).map(presentMilestone),
    abilities: workAbilities(context.roles),
  };
}

async function loadProjectFor(db: DbOrTx, actor: Actor, projectId: string) {
  const project = await repo.findVisibleProject(db, actor.userId, projectId);
  if (!project) throw new AppError('not_found');
  return { project, context: await loadWorkContext(db, actor, project.collaborationId) };
}

export async function listProjects(deps: Deps, actor: Actor, collaborationId: string) {
  const context = await loadWorkContext(deps.db, actor, collaborationId);
  const rows = await repo.listProjects(deps.db, collaborationId);
  const [counts, milestones] = await Promise.all([
    repo.countTasks(deps.db, collaborationId, today(deps.now())),
    repo.listMilestones(
      deps.db,
      rows.map((r) => r.id),
    ),
  ]);
  return rows.map((p) => presentProject(p, context, counts.get(p.id), milestones));
}

export async function getProject(deps: Deps, actor: Actor, projectId: string) {
  const { project, context } = await loadProjectFor(deps.db, actor, projectId);
  const [counts, milestones] = await Promise.all([
    repo.countTasks(deps.db, project.collaborationId, today(deps.now())),
    repo.listMilestones(deps.db, [project.id]),
  ]);
  return presentProject(project, context, counts.get(project.id), milestones);
}

export async function createProject(
  deps: Deps,
  actor: Actor,
  collaborationId: string,
  input: z.infer<typeof createProjectBody>,
) {
  const id = await deps.db.transaction(async (tx) => {
    const party = authorizeWork((await loadWorkContext(tx, actor, collaborationId)).roles);
    const created = await repo.insertProject(tx, { ...input, collaborationId, createdByUserId: actor.userId });
    await recordWorkChange(tx, {
      collaborationId,
      actorUserId: actor.userId,
      actorOrgId: party.orgId,
      verb: 'created',
      objectType: 'project',
      objectId: created.id,
      summary: `created project "${created.name}"`,
      liveType: 'project',
    });
    return created.id;
  });
  return getProject(deps, actor, id);
}

export async function updateProject(
  deps: Deps,
  actor: Actor,
  projectId: string,
  input: z.infer<typeof updateProjectBody>,
) {
  await deps.db.transaction(async (tx) => {
    const { project, context } = await loadProjectFor(tx, actor, projectId);
    const party = authorizeWork(context.roles);
    await repo.updateProject(tx, projectId, { ...input, updatedAt: deps.now() });
    const changed = Object.keys(input).join(', ') || 'nothing';
    await recordWorkChange(tx, {
      collaborationId: project.collaborationId,
      actorUserId: actor.userId,
      actorOrgId: party.orgId,
      verb: input.status && input.status !== project.status ? input.status : 'updated',
      objectType: 'project',
      objectId: projectId,
      summary:
        input.status && input.status !== project.status
          ? `marked project "${input.name ?? project.name}" ${input.status}`
          : `updated project "${input.name ?? project.name}" (${changed})`,
      liveType: 'project',
    });
  });
  return getProject(deps, actor, projectId);
}

// A milestone may serve one objective of the agreement in force; its clause id must exist there.
async function checkObjective(db: DbOrTx, collaborationId: string, objectiveClauseId: string | null | undefined) {
  if (!objectiveClauseId) return;
  const version = await effectiveVersion(db, collaborationId);
  if (!version) throw validationError('objectiveClauseId', 'the collaboration has no agreement in force yet');
  if (!version.content.objectives.some((o) => o.id === objectiveClauseId)) {
    throw validationError('objectiveClauseId', `the agreement in force has no objective "${objectiveClauseId}"`);
  }
}

export async function createMilestone(
  deps: Deps,
  actor: Actor,
  projectId: string,
  input: z.infer<typeof createMilestoneBody>,
) {
  return deps.db.transaction(async (tx) => {
    const { project, context } = await loadProjectFor(tx, actor, projectId);
    const party = authorizeWork(context.roles);
    await checkObjective(tx, project.collaborationId, input.objectiveClauseId);
    const created = await repo.insertMilestone(tx, { ...input, projectId });
    await recordWorkChange(tx, {
      collaborationId: project.collaborationId,
      actorUserId: actor.userId,
      actorOrgId: party.orgId,
      verb: 'created',
      objectType: 'milestone',
      objectId: created.id,
      summary: `added milestone "${created.title}" to project "${project.name}"`,
      liveType: 'project',
    });
    return presentMilestone(created);
  });
}

export async function updateMilestone(
  deps: Deps,
  actor: Actor,
  milestoneId: string,
  input: z.infer<typeof updateMilestoneBody>,
) {
  return deps.db.transaction(async (tx) => {
    const found = await repo.findVisibleMilestone(tx, actor.userId, milestoneId);
    if (!found) throw new AppError('not_found');
    const party = authorizeWork((await loadWorkContext(tx, actor, found.project.collaborationId)).roles);
    await checkObjective(tx, found.project.collaborationId, input.objectiveClauseId);
    const { completed, ...fields } = input;
    const completedAt = completed === undefined ? undefined : completed ? deps.now() : null;
    const updated = await repo.updateMilestone(tx, milestoneId, { ...fields, completedAt });
    const justCompleted = completed === true && !found.milestone.completedAt;
    await recordWorkChange(tx, {
      collaborationId: found.project.collaborationId,
      actorUserId: actor.userId,
      actorOrgId: party.orgId,
      verb: justCompleted ? 'completed' : 'updated',
      objectType: 'milestone',
      objectId: milestoneId,
      summary: `${justCompleted ? 'completed' : 'updated'} milestone "${updated.title}"`,
      liveType: 'project',
    });
    return presentMilestone(updated);
  });
}

export async function listPeople(deps: Deps, actor: Actor, collaborationId: string) {
  await loadWorkContext(deps.db, actor, collaborationId);
  return repo.listPartyPeople(deps.db, collaborationId);
}
