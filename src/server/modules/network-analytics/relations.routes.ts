import { z } from 'zod';
import {
  createRelationBody,
  relationListView,
  relationView,
  updateRelationBody,
} from '../../../common/networkAnalytics.ts';
import { idSchema } from '../../../common/schemas.ts';
import type { Deps } from '../../deps.ts';
import { requireActor } from '../../http/actor.ts';
import type { App } from '../../http/types.ts';
import * as relations from './relations.service.ts';

const tags = ['network-analytics'];
const user = { auth: 'user' } as const;
const orgParams = z.object({ orgId: idSchema });
const relationParams = z.object({ orgId: idSchema, relationId: idSchema });

export function registerRelationRoutes(app: App, deps: Deps): void {
  app.get(
    '/api/v1/orgs/:orgId/relations',
    {
      config: user,
      schema: {
        tags,
        description: "The organization's declared suppliers and customers (members of the organization only)",
        params: orgParams,
        response: { 200: relationListView },
      },
    },
    async (req) => relations.listRelations(deps, requireActor(req), req.params.orgId),
  );
  app.post(
    '/api/v1/orgs/:orgId/relations',
    {
      config: user,
      schema: {
        tags,
        description: 'Declare a supplier or customer with the share of inputs or revenue it represents',
        params: orgParams,
        body: createRelationBody,
        response: { 201: relationView },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await relations.createRelation(deps, requireActor(req), req.params.orgId, req.body)),
  );
  app.patch(
    '/api/v1/orgs/:orgId/relations/:relationId',
    {
      config: user,
      schema: { tags, params: relationParams, body: updateRelationBody, response: { 200: relationView } },
    },
    async (req) => relations.updateRelation(deps, requireActor(req), req.params.orgId, req.params.relationId, req.body),
  );
  app.delete(
    '/api/v1/orgs/:orgId/relations/:relationId',
    { config: user, schema: { tags, params: relationParams } },
    async (req, reply) => {
      await relations.deleteRelation(deps, requireActor(req), req.params.orgId, req.params.relationId);
      return reply.status(204).send();
    },
  );
}
