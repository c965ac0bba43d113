import { z } from 'zod';
import {
  collaborationParams,
  createThreadBody,
  editMessageBody,
  introductionParams,
  messageParams,
  messageView,
  postMessageBody,
  taskParams,
  threadParams,
  threadView,
} from '../../../common/projects.ts';
import type { Deps } from '../../deps.ts';
import { requireActor } from '../../http/actor.ts';
import type { App } from '../../http/types.ts';
import * as messages from './threads.messages.service.ts';
import * as threads from './threads.service.ts';

const tags = ['threads'];
const user = { auth: 'user' } as const;

export function registerThreadRoutes(app: App, deps: Deps): void {
  app.get(
    '/api/v1/collaborations/:collaborationId/threads',
    {
      config: user,
      schema: {
        tags,
        description: "The collaboration's threads (task threads included), with your unread counts",
        params: collaborationParams,
        response: { 200: z.object({ items: z.array(threadView) }) },
      },
    },
    async (req) => ({ items: await threads.listThreads(deps, requireActor(req), req.params.collaborationId) }),
  );
  app.post(
    '/api/v1/collaborations/:collaborationId/threads',
    {
      config: user,
      schema: { tags, params: collaborationParams, body: createThreadBody, response: { 201: threadView } },
    },
    async (req, reply) =>
      reply.status(201).send(await threads.createThread(deps, requireActor(req), req.params.collaborationId, req.body)),
  );
  app.get(
    '/api/v1/tasks/:taskId/thread',
    {
      config: user,
      schema: {
        tags,
        description: "The task's thread, created on first use",
        params: taskParams,
        response: { 200: threadView },
      },
    },
    async (req) => threads.getTaskThread(deps, requireActor(req), req.params.taskId),
  );
  app.get(
    '/api/v1/introductions/:introductionId/thread',
    {
      config: user,
      schema: {
        tags,
        description: 'The thread of an accepted introduction, for the members of its two organizations',
        params: introductionParams,
        response: { 200: threadView },
      },
    },
    async (req) => threads.getIntroductionThread(deps, requireActor(req), req.params.introductionId),
  );
  app.get(
    '/api/v1/threads/:threadId',
    { config: user, schema: { tags, params: threadParams, response: { 200: threadView } } },
    async (req) => threads.getThread(deps.db, requireActor(req), req.params.threadId),
  );
  app.get(
    '/api/v1/threads/:threadId/messages',
    {
      config: user,
      schema: { tags, params: threadParams, response: { 200: z.object({ items: z.array(messageView) }) } },
    },
    async (req) => ({ items: await messages.listMessages(deps, requireActor(req), req.params.threadId) }),
  );
  app.post(
    '/api/v1/threads/:threadId/messages',
    {
      config: user,
      schema: {
        tags,
        description: 'Post a message; mentioned people (of the organizations in the thread) are notified',
        params: threadParams,
        body: postMessageBody,
        response: { 201: messageView },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await messages.postMessage(deps, requireActor(req), req.params.threadId, req.body)),
  );
  app.patch(
    '/api/v1/messages/:messageId',
    {
      config: user,
      schema: {
        tags,
        description: 'Edit your own message',
        params: messageParams,
        body: editMessageBody,
        response: { 200: messageView },
      },
    },
    async (req) => messages.editMessage(deps, requireActor(req), req.params.messageId, req.body),
  );
  app.post(
    '/api/v1/threads/:threadId/read',
    {
      config: user,
      schema: {
        tags,
        description: 'Mark every message so far as read',
        params: threadParams,
        response: { 200: threadView },
      },
    },
    async (req) => threads.markThreadRead(deps, requireActor(req), req.params.threadId),
  );
}
