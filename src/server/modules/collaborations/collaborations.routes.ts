import { z } from 'zod';
import {
  collaborationSummaryView,
  collaborationView,
  createCollaborationBody,
  exitBody,
  partyBody,
  respondBody,
  transitionBody,
} from '../../../common/collaborationSchemas.ts';
import { idSchema } from '../../../common/schemas.ts';
import type { Deps } from '../../deps.ts';
import { requireActor } from '../../http/actor.ts';
import type { App } from '../../http/types.ts';
import * as collaborations from './collaborations.service.ts';
import * as parties from './parties.service.ts';

const tags = ['collaborations'];
const user = { auth: 'user' } as const;
const params = z.object({ collaborationId: idSchema });

export function registerCollaborationRoutes(app: App, deps: Deps): void {
  app.post(
    '/api/v1/collaborations',
    { config: user, schema: { tags, body: createCollaborationBody, response: { 201: collaborationView } } },
    async (req, reply) =>
      reply.status(201).send(await collaborations.createCollaboration(deps, requireActor(req), req.body)),
  );
  app.get(
    '/api/v1/collaborations',
    {
      config: user,
      schema: {
        tags,
        description: 'Collaborations in which one of your organizations is a party',
        response: { 200: z.object({ items: z.array(collaborationSummaryView) }) },
      },
    },
    async (req) => ({ items: await collaborations.listCollaborations(deps, requireActor(req)) }),
  );
  app.get(
    '/api/v1/collaborations/:collaborationId',
    { config: user, schema: { tags, params, response: { 200: collaborationView } } },
    async (req) => collaborations.getCollaboration(deps, requireActor(req), req.params.collaborationId),
  );
  app.post(
    '/api/v1/collaborations/:collaborationId/transitions',
    {
      config: user,
      schema: {
        tags,
        description: 'Move the collaboration through its life cycle',
        params,
        body: transitionBody,
        response: { 200: collaborationView },
      },
    },
    async (req) =>
      collaborations.transitionCollaboration(
        deps,
        requireActor(req),
        req.params.collaborationId,
        req.body.to,
        req.body.reason,
      ),
  );
  app.post(
    '/api/v1/collaborations/:collaborationId/parties',
    {
      config: user,
      schema: {
        tags,
        description: 'Invite another organization',
        params,
        body: partyBody,
        response: { 200: collaborationView },
      },
    },
    async (req) => parties.inviteParty(deps, requireActor(req), req.params.collaborationId, req.body.orgId),
  );
  app.post(
    '/api/v1/collaborations/:collaborationId/responses',
    {
      config: user,
      schema: {
        tags,
        description: 'Accept or decline an invitation for one of your organizations',
        params,
        body: respondBody,
      },
    },
    async (req, reply) => {
      const result = await parties.respondToInvitation(
        deps,
        requireActor(req),
        req.params.collaborationId,
        req.body.orgId,
        req.body.accept,
      );
      return result ? reply.send(result) : reply.status(204).send();
    },
  );
  app.post(
    '/api/v1/collaborations/:collaborationId/exit',
    {
      config: user,
      schema: {
        tags,
        description: "Leave under the agreement's exit terms",
        params,
        body: exitBody,
        response: { 200: collaborationView },
      },
    },
    async (req) =>
      parties.exitCollaboration(deps, requireActor(req), req.params.collaborationId, req.body.orgId, req.body.reason),
  );
}
