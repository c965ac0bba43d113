import { z } from 'zod';
import {
  matchDecisions,
  matchDecisionsQuery,
  matchDecisionView,
  matchPreferencesBody,
  savedWeightsSchema,
  matchQuery,
  matchResultView,
  matchWeightsSchema,
  networkMatchDefaultsView,
  geoScopes,
  teamBody,
  teamView,
} from '../../../common/matching.ts';
import { idSchema } from '../../../common/schemas.ts';
import type { Deps } from '../../deps.ts';
import { requireActor } from '../../http/actor.ts';
import type { App } from '../../http/types.ts';
import * as matching from './matching.service.ts';
import { closeMatchEngine } from './matchIndexHolder.ts';
import { findTeam } from './team.service.ts';

const tags = ['matching'];
const user = { auth: 'user' } as const;
const orgParams = z.object({ orgId: idSchema });
const preferencesView = z.object({ weights: matchWeightsSchema, scope: z.enum(geoScopes).nullable() });

export function registerMatchingRoutes(app: App, deps: Deps): void {
  // The matching thread stops with the server.
  app.addHook('onClose', () => closeMatchEngine(deps.db));
  app.get(
    '/api/v1/orgs/:orgId/matches',
    {
      config: user,
      schema: {
        tags,
        description:
          'Suggested partners in one of the organization’s networks, ranked by the composite score, with components, matched need↔offer pairs and warnings. With `need`, who can fill that one need.',
        params: orgParams,
        querystring: matchQuery,
        response: { 200: matchResultView },
      },
    },
    async (req) => matching.findMatches(deps, requireActor(req), req.params.orgId, req.query),
  );
  app.post(
    '/api/v1/orgs/:orgId/matches/team',
    {
      config: user,
      schema: {
        tags,
        description: 'The smallest team of organizations that together cover the given needs, with what each covers',
        params: orgParams,
        body: teamBody,
        response: { 200: teamView },
      },
    },
    async (req) => findTeam(deps, requireActor(req), req.params.orgId, req.body),
  );
  app.get(
    '/api/v1/orgs/:orgId/match-decisions',
    {
      config: user,
      schema: {
        tags,
        description: 'The organization’s saved (default) or dismissed candidates, newest first',
        params: orgParams,
        querystring: matchDecisionsQuery,
        response: { 200: z.object({ items: z.array(matchDecisionView) }) },
      },
    },
    async (req) => ({
      items: await matching.listDecisions(deps, requireActor(req), req.params.orgId, req.query.decision),
    }),
  );
  app.put(
    '/api/v1/orgs/:orgId/matches/:candidateOrgId/decision',
    {
      config: user,
      schema: {
        tags,
        description: 'Save or dismiss a candidate (dismissed ones are not suggested again); null clears it',
        params: orgParams.extend({ candidateOrgId: idSchema }),
        body: z.object({ decision: z.enum(matchDecisions).nullable() }),
      },
    },
    async (req, reply) => {
      await matching.decideOnCandidate(
        deps,
        requireActor(req),
        req.params.orgId,
        req.params.candidateOrgId,
        req.body.decision,
      );
      return reply.status(204).send();
    },
  );
  const networkParams = z.object({ networkId: idSchema });
  app.get(
    '/api/v1/networks/:networkId/match-defaults',
    {
      config: user,
      schema: {
        tags,
        description: 'The component weights the network’s members start from',
        params: networkParams,
        response: { 200: networkMatchDefaultsView },
      },
    },
    async (req) => matching.getNetworkDefaults(deps, requireActor(req), req.params.networkId),
  );
  app.put(
    '/api/v1/networks/:networkId/match-defaults',
    {
      config: user,
      schema: {
        tags,
        description: 'Default component weights for the network’s members (managers only; audited)',
        params: networkParams,
        body: z.object({ weights: savedWeightsSchema }),
        response: { 200: networkMatchDefaultsView },
      },
    },
    async (req) => matching.setNetworkDefaults(deps, requireActor(req), req.params.networkId, req.body.weights),
  );
  app.delete(
    '/api/v1/networks/:networkId/match-defaults',
    {
      config: user,
      schema: {
        tags,
        description: 'Back to Synergia’s default weights for the network (managers only; audited)',
        params: networkParams,
        response: { 200: networkMatchDefaultsView },
      },
    },
    async (req) => matching.setNetworkDefaults(deps, requireActor(req), req.params.networkId, null),
  );
  app.get(
    '/api/v1/me/match-preferences',
    {
      config: user,
      schema: { tags, description: 'Your component weights and geographic scope', response: { 200: preferencesView } },
    },
    async (req) => matching.getPreferences(deps, requireActor(req)),
  );
  app.put(
    '/api/v1/me/match-preferences',
    { config: user, schema: { tags, body: matchPreferencesBody, response: { 200: preferencesView } } },
    async (req) => matching.savePreferences(deps, requireActor(req), req.body),
  );
}
