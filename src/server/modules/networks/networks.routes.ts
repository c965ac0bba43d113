import { z } from 'zod';
import {
  createNetworkBody,
  directoryPage,
  directoryQuery,
  idSchema,
  joinNetworkBody,
  membershipView,
  networkView,
  setMembershipBody,
  updateNetworkBody,
} from '../../../common/schemas.ts';
import { networkMemberStatuses } from '../../../common/vocabulary.ts';
import type { Deps } from '../../deps.ts';
import { requireActor } from '../../http/actor.ts';
import type { App } from '../../http/types.ts';
import * as memberships from './memberships.service.ts';
import * as networks from './networks.service.ts';

const tags = ['networks'];
const user = { auth: 'user' } as const;
const networkParams = z.object({ networkId: idSchema });
const memberParams = networkParams.extend({ orgId: idSchema });
const membershipResult = z.object({ orgId: idSchema, status: z.enum(networkMemberStatuses) });

export function registerNetworkRoutes(app: App, deps: Deps): void {
  app.post(
    '/api/v1/networks',
    { config: user, schema: { tags, body: createNetworkBody, response: { 201: networkView } } },
    async (req, reply) => reply.status(201).send(await networks.createNetwork(deps, requireActor(req), req.body)),
  );
  app.get(
    '/api/v1/networks',
    {
      config: user,
      schema: {
        tags,
        description: 'Public networks and those the caller belongs to',
        response: { 200: z.object({ items: z.array(networkView) }) },
      },
    },
    async (req) => ({ items: await networks.listNetworks(deps, requireActor(req)) }),
  );
  app.get(
    '/api/v1/networks/:networkId',
    { config: user, schema: { tags, params: networkParams, response: { 200: networkView } } },
    async (req) => networks.getNetwork(deps, requireActor(req), req.params.networkId),
  );
  app.patch(
    '/api/v1/networks/:networkId',
    { config: user, schema: { tags, params: networkParams, body: updateNetworkBody, response: { 200: networkView } } },
    async (req) => networks.updateNetwork(deps, requireActor(req), req.params.networkId, req.body),
  );
  app.get(
    '/api/v1/networks/:networkId/members',
    {
      config: user,
      schema: {
        tags,
        description: 'The member directory, with full-text search and filters',
        params: networkParams,
        querystring: directoryQuery,
        response: { 200: directoryPage },
      },
    },
    async (req) => networks.searchDirectory(deps, requireActor(req), req.params.networkId, req.query),
  );
  app.get(
    '/api/v1/networks/:networkId/memberships',
    {
      config: user,
      schema: {
        tags,
        description: 'Every membership with its status, for the managing organization',
        params: networkParams,
        querystring: z.object({ status: z.enum(networkMemberStatuses).optional() }),
        response: { 200: z.object({ items: z.array(membershipView) }) },
      },
    },
    async (req) => ({
      items: await networks.listMemberships(deps, requireActor(req), req.params.networkId, req.query.status),
    }),
  );
  app.post(
    '/api/v1/networks/:networkId/join-requests',
    {
      config: user,
      schema: {
        tags,
        description: 'Ask to join, or accept an invitation',
        params: networkParams,
        body: joinNetworkBody,
        response: { 200: membershipResult },
      },
    },
    async (req) => memberships.requestToJoin(deps, requireActor(req), req.params.networkId, req.body.orgId),
  );
  app.post(
    '/api/v1/networks/:networkId/invitations',
    {
      config: user,
      schema: {
        tags,
        description: 'Invite an organization, or admit one that asked',
        params: networkParams,
        body: joinNetworkBody,
        response: { 200: membershipResult },
      },
    },
    async (req) => memberships.inviteOrg(deps, requireActor(req), req.params.networkId, req.body.orgId),
  );
  app.patch(
    '/api/v1/networks/:networkId/memberships/:orgId',
    {
      config: user,
      schema: {
        tags,
        description: 'Admit, suspend or reinstate a member',
        params: memberParams,
        body: setMembershipBody,
      },
    },
    async (req, reply) => {
      await memberships.setMemberStatus(
        deps,
        requireActor(req),
        req.params.networkId,
        req.params.orgId,
        req.body.status,
      );
      return reply.status(204).send();
    },
  );
  for (const verified of [true, false]) {
    const route = verified ? app.put.bind(app) : app.delete.bind(app);
    route(
      '/api/v1/networks/:networkId/memberships/:orgId/verification',
      {
        config: user,
        schema: {
          tags,
          description: verified
            ? 'Verify an active member: it counts as verified in partner matching (managers only; in the ledger)'
            : 'Withdraw a member’s verification (managers only; in the ledger)',
          params: memberParams,
        },
      },
      async (req, reply) => {
        const { networkId, orgId } = req.params;
        await memberships.setMemberVerified(deps, requireActor(req), networkId, orgId, verified);
        return reply.status(204).send();
      },
    );
  }
  app.delete(
    '/api/v1/networks/:networkId/memberships/:orgId',
    { config: user, schema: { tags, description: 'Remove a member, or leave', params: memberParams } },
    async (req, reply) => {
      await memberships.removeMembership(deps, requireActor(req), req.params.networkId, req.params.orgId);
      return reply.status(204).send();
    },
  );
}
