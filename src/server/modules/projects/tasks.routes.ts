import { z } from 'zod';
import {
  createTaskBody,
  projectParams,
  taskListQuery,
  taskParams,
  taskView,
  updateTaskBody,
} from '../../../common/projects.ts';
import type { Deps } from '../../deps.ts';
import { requireActor } from '../../http/actor.ts';
import type { App } from '../../http/types.ts';
import * as tasks from './tasks.service.ts';

const tags = ['tasks'];
const user = { auth: 'user' } as const;

export function registerTaskRoutes(app: App, deps: Deps): void {
  app.get(
    '/api/v1/projects/:projectId/tasks',
    {
      config: user,
      schema: {
        tags,
        description: 'Tasks of a project; overdue = due before today and not done',
        params: projectParams,
        querystring: taskListQuery,
        response: { 200: z.object({ items: z.array(taskView) }) },
      },
    },
    async (req) => ({ items: await tasks.listTasks(deps, requireActor(req), req.params.projectId, req.query) }),
  );
  app.post(
    '/api/v1/projects/:projectId/tasks',
    { config: user, schema: { tags, params: projectParams, body: createTaskBody, response: { 201: taskView } } },
    async (req, reply) =>
      reply.status(201).send(await tasks.createTask(deps, requireActor(req), req.params.projectId, req.body)),
  );
  app.get(
    '/api/v1/tasks/:taskId',
    { config: user, schema: { tags, params: taskParams, response: { 200: taskView } } },
    async (req) => tasks.getTask(deps, requireActor(req), req.params.taskId),
  );
  app.patch(
    '/api/v1/tasks/:taskId',
    {
      config: user,
      schema: {
        tags,
        description: 'Change a task; it cannot become done while a task it depends on is open (409)',
        params: taskParams,
        body: updateTaskBody,
        response: { 200: taskView },
      },
    },
    async (req) => tasks.updateTask(deps, requireActor(req), req.params.taskId, req.body),
  );
  app.delete('/api/v1/tasks/:taskId', { config: user, schema: { tags, params: taskParams } }, async (req, reply) => {
    await tasks.deleteTask(deps, requireActor(req), req.params.taskId);
    return reply.status(204).send();
  });
}
