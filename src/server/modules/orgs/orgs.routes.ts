import { z } from 'zod';
import {
  acceptInvitationBody,
  changeRoleBody,
  createdInvitationView,
  createOrgBody,
  idSchema,
  invitationView,
  inviteBody,
  orgMemberView,
  orgView,
  strategicProfileBody,
  strategicProfileView,
  updateOrgBody,
} from '../../../common/schemas.ts';
import { orgRoles } from '../../../common/vocabulary.ts';
import type { Deps } from '../../deps.ts';
import { requireActor } from '../../http/actor.ts';
import type { App } from '../../http/types.ts';
import * as invitations from './invitations.service.ts';
import * as members from './members.service.ts';
import * as orgs from './orgs.service.ts';
import * as strategy from './strategicProfile.service.ts';

const tags = ['orgs'];
const user = { auth: 'user' } as const;
const orgParams = z.object({ orgId: idSchema });

export function registerOrgRoutes(app: App, deps: Deps): void {
  app.post(
    '/api/v1/orgs',
    { config: user, schema: { tags, body: createOrgBody, response: { 201: orgView } } },
    async (req, reply) => reply.status(201).send(await orgs.createOrg(deps, requireActor(req), req.body)),
  );
  app.get(
    '/api/v1/orgs',
    {
      config: user,
      schema: {
        tags,
        description: 'The organizations the caller belongs to',
        response: { 200: z.object({ items: z.array(orgView) }) },
      },
    },
    async (req) => ({ items: await orgs.listMyOrgs(deps, requireActor(req)) }),
  );
  app.get(
    '/api/v1/orgs/:orgId',
    { config: user, schema: { tags, params: orgParams, response: { 200: orgView } } },
    async (req) => orgs.getOrg(deps, requireActor(req), req.params.orgId),
  );
  app.patch(
    '/api/v1/orgs/:orgId',
    { config: user, schema: { tags, params: orgParams, body: updateOrgBody, response: { 200: orgView } } },
    async (req) => orgs.updateOrg(deps, requireActor(req), req.params.orgId, req.body),
  );

  app.get(
    '/api/v1/orgs/:orgId/strategic-profile',
    { config: user, schema: { tags, params: orgParams, response: { 200: strategicProfileView } } },
    async (req) => strategy.getStrategicProfile(deps, requireActor(req), req.params.orgId),
  );
  app.put(
    '/api/v1/orgs/:orgId/strategic-profile',
    {
      config: user,
      schema: { tags, params: orgParams, body: strategicProfileBody, response: { 200: strategicProfileView } },
    },
    async (req) => strategy.putStrategicProfile(deps, requireActor(req), req.params.orgId, req.body),
  );

  app.get(
    '/api/v1/orgs/:orgId/members',
    {
      config: user,
      schema: { tags, params: orgParams, response: { 200: z.object({ items: z.array(orgMemberView) }) } },
    },
    async (req) => ({ items: await members.listMembers(deps, requireActor(req), req.params.orgId) }),
  );
  const memberParams = orgParams.extend({ userId: idSchema });
  app.patch(
    '/api/v1/orgs/:orgId/members/:userId',
    { config: user, schema: { tags, params: memberParams, body: changeRoleBody } },
    async (req, reply) => {
      await members.changeMemberRole(deps, requireActor(req), req.params.orgId, req.params.userId, req.body.role);
      return reply.status(204).send();
    },
  );
  app.delete(
    '/api/v1/orgs/:orgId/members/:userId',
    {
      config: user,
      schema: { tags, description: 'Remove a member, or leave when it is yourself', params: memberParams },
    },
    async (req, reply) => {
      await members.removeMember(deps, requireActor(req), req.params.orgId, req.params.userId);
      return reply.status(204).send();
    },
  );

  app.post(
    '/api/v1/orgs/:orgId/invitations',
    { config: user, schema: { tags, params: orgParams, body: inviteBody, response: { 201: createdInvitationView } } },
    async (req, reply) =>
      reply.status(201).send(await invitations.inviteMember(deps, requireActor(req), req.params.orgId, req.body)),
  );
  app.get(
    '/api/v1/orgs/:orgId/invitations',
    {
      config: user,
      schema: { tags, params: orgParams, response: { 200: z.object({ items: z.array(invitationView) }) } },
    },
    async (req) => ({ items: await invitations.listInvitations(deps, requireActor(req), req.params.orgId) }),
  );
  app.delete(
    '/api/v1/orgs/:orgId/invitations/:invitationId',
    { config: user, schema: { tags, params: orgParams.extend({ invitationId: idSchema }) } },
    async (req, reply) => {
      await invitations.revokeInvitation(deps, requireActor(req), req.params.orgId, req.params.invitationId);
      return reply.status(204).send();
    },
  );
  app.get(
    '/api/v1/invitations/:token',
    {
      config: { auth: 'public' },
      schema: {
        tags,
        params: z.object({ token: z.string().min(1).max(200) }),
        response: { 200: z.object({ orgName: z.string(), role: z.enum(orgRoles), email: z.string() }) },
      },
    },
    async (req) => invitations.previewInvitation(deps, req.params.token),
  );
  app.post(
    '/api/v1/invitations/accept',
    {
      config: user,
      schema: {
        tags,
        body: acceptInvitationBody,
        response: { 200: z.object({ orgId: idSchema, role: z.enum(orgRoles) }) },
      },
    },
    async (req) => invitations.acceptInvitation(deps, requireActor(req), req.body.token),
  );
}
