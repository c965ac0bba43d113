import { z } from 'zod';
import {
  activityPage,
  activityQuery,
  collaborationParams,
  createMilestoneBody,
  createProjectBody,
  milestoneParams,
  milestoneView,
  personView,
  projectParams,
  projectView,
  updateMilestoneBody,
  updateProjectBody,
} from '../../../common/projects.ts';
import type { Deps } from '../../deps.ts';
import { requireActor } from '../../http/actor.ts';
import type { App } from '../../http/types.ts';
import { getActivity } from './activity.service.ts';
import * as projects from './projects.service.ts';

const tags = ['projects'];
const user = { auth: 'user' } as const;

export function registerProjectRoutes(app: App, deps: Deps): void {
  app.get(
    '/api/v1/collaborations/:collaborationId/projects',
    {
      config: user,
      schema: { tags, params: collaborationParams, response: { 200: z.object({ items: z.array(projectView) }) } },
    },
    async (req) => ({ items: await projects.listProjects(deps, requireActor(req), req.params.collaborationId) }),
  );
  app.post(
    '/api/v1/collaborations/:collaborationId/projects',
    {
      config: user,
      schema: { tags, params: collaborationParams, body: createProjectBody, response: { 201: projectView } },
    },
    async (req, reply) =>
      reply
        .status(201)
        .send(await projects.createProject(deps, requireActor(req), req.params.collaborationId, req.body)),
  );
  app.get(
    '/api/v1/projects/:projectId',
    { config: user, schema: { tags, params: projectParams, response: { 200: projectView } } },
    async (req) => projects.getProject(deps, requireActor(req), req.params.projectId),
  );
  app.patch(
    '/api/v1/projects/:projectId',
    { config: user, schema: { tags, params: projectParams, body: updateProjectBody, response: { 200: projectView } } },
    async (req) => projects.updateProject(deps, requireActor(req), req.params.projectId, req.body),
  );
  app.post(
    '/api/v1/projects/:projectId/milestones',
    {
      config: user,
      schema: {
        tags,
        description: 'A milestone, optionally serving one objective (its clause id) of the agreement in force',
        params: projectParams,
        body: createMilestoneBody,
        response: { 201: milestoneView },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await projects.createMilestone(deps, requireActor(req), req.params.projectId, req.body)),
  );
  app.patch(
    '/api/v1/milestones/:milestoneId',
    {
      config: user,
      schema: { tags, params: milestoneParams, body: updateMilestoneBody, response: { 200: milestoneView } },
    },
    async (req) => projects.updateMilestone(deps, requireActor(req), req.params.milestoneId, req.body),
  );
  app.get(
    '/api/v1/collaborations/:collaborationId/people',
    {
      config: user,
      schema: {
        tags,
        description: 'People of the accepted parties: owners, assignees, RACI roles and mentions are chosen among them',
        params: collaborationParams,
        response: { 200: z.object({ items: z.array(personView) }) },
      },
    },
    async (req) => ({ items: await projects.listPeople(deps, requireActor(req), req.params.collaborationId) }),
  );
  app.get(
    '/api/v1/collaborations/:collaborationId/activity',
    {
      config: user,
      schema: {
        tags,
        description: 'Who did what in the joint work, newest first',
        params: collaborationParams,
        querystring: activityQuery,
        response: { 200: activityPage },
      },
    },
    async (req) => getActivity(deps, requireActor(req), req.params.collaborationId, req.query),
  );
}
