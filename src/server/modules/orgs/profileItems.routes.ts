import { z } from 'zod';
import {
  idSchema,
  offerBody,
  offerView,
  resourceBody,
  resourceView,
  updateOfferBody,
  updateResourceBody,
} from '../../../common/schemas.ts';
import type { Deps } from '../../deps.ts';
import { requireActor } from '../../http/actor.ts';
import type { App } from '../../http/types.ts';
import * as items from './profileItems.service.ts';

const user = { auth: 'user' } as const;
const orgParams = z.object({ orgId: idSchema });

export function registerProfileItemRoutes(app: App, deps: Deps): void {
  const tags = ['resources'];
  const resourceParams = orgParams.extend({ resourceId: idSchema });
  app.get(
    '/api/v1/orgs/:orgId/resources',
    {
      config: user,
      schema: { tags, params: orgParams, response: { 200: z.object({ items: z.array(resourceView) }) } },
    },
    async (req) => ({ items: await items.listResources(deps, requireActor(req), req.params.orgId) }),
  );
  app.post(
    '/api/v1/orgs/:orgId/resources',
    { config: user, schema: { tags, params: orgParams, body: resourceBody, response: { 201: resourceView } } },
    async (req, reply) =>
      reply.status(201).send(await items.addResource(deps, requireActor(req), req.params.orgId, req.body)),
  );
  app.patch(
    '/api/v1/orgs/:orgId/resources/:resourceId',
    {
      config: user,
      schema: { tags, params: resourceParams, body: updateResourceBody, response: { 200: resourceView } },
    },
    async (req) => items.changeResource(deps, requireActor(req), req.params.orgId, req.params.resourceId, req.body),
  );
  app.delete(
    '/api/v1/orgs/:orgId/resources/:resourceId',
    { config: user, schema: { tags, params: resourceParams } },
    async (req, reply) => {
      await items.removeResource(deps, requireActor(req), req.params.orgId, req.params.resourceId);
      return reply.status(204).send();
    },
  );

  for (const kind of ['offer', 'need'] as const) {
    const path = `/api/v1/orgs/:orgId/${kind}s`;
    const itemParams = orgParams.extend({ listingId: idSchema });
    const kindTags = [`${kind}s`];
    app.get(
      path,
      {
        config: user,
        schema: { tags: kindTags, params: orgParams, response: { 200: z.object({ items: z.array(offerView) }) } },
      },
      async (req) => ({ items: await items.listListings(deps, requireActor(req), req.params.orgId, kind) }),
    );
    app.post(
      path,
      { config: user, schema: { tags: kindTags, params: orgParams, body: offerBody, response: { 201: offerView } } },
      async (req, reply) =>
        reply.status(201).send(await items.addListing(deps, requireActor(req), req.params.orgId, kind, req.body)),
    );
    app.patch(
      `${path}/:listingId`,
      {
        config: user,
        schema: { tags: kindTags, params: itemParams, body: updateOfferBody, response: { 200: offerView } },
      },
      async (req) =>
        items.changeListing(
          deps,
          requireActor(req),
          { orgId: req.params.orgId, kind, id: req.params.listingId },
          req.body,
        ),
    );
    app.delete(
      `${path}/:listingId`,
      { config: user, schema: { tags: kindTags, params: itemParams } },
      async (req, reply) => {
        await items.removeListing(deps, requireActor(req), { orgId: req.params.orgId, kind, id: req.params.listingId });
        return reply.status(204).send();
      },
    );
  }
}
