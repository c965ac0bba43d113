import { z } from 'zod';
import {
  memberPositionView,
  memberVulnerabilityView,
  networkAnalyticsView,
  startRunView,
  whatIfBody,
  whatIfView,
} from '../../../common/networkAnalytics.ts';
import { idSchema } from '../../../common/schemas.ts';
import type { Deps } from '../../deps.ts';
import { requireActor } from '../../http/actor.ts';
import type { App } from '../../http/types.ts';
import * as analytics from './analytics.service.ts';

const tags = ['network-analytics'];
const user = { auth: 'user' } as const;
const networkParams = z.object({ networkId: idSchema });
const memberParams = z.object({ networkId: idSchema, orgId: idSchema });

export function registerAnalyticsRoutes(app: App, deps: Deps): void {
  app.get(
    '/api/v1/networks/:networkId/analytics',
    {
      config: user,
      schema: {
        tags,
        description: 'Latest analysis (network figures, members, ties for the map), history and the running job',
        params: networkParams,
        response: { 200: networkAnalyticsView },
      },
    },
    async (req) => analytics.getNetworkAnalytics(deps, requireActor(req), req.params.networkId),
  );
  app.post(
    '/api/v1/networks/:networkId/analytics/runs',
    {
      config: user,
      schema: {
        tags,
        description: "Queue an analysis (the managing organization's owners and admins)",
        params: networkParams,
        response: { 202: startRunView },
      },
    },
    async (req, reply) =>
      reply.status(202).send(await analytics.startAnalysis(deps, requireActor(req), req.params.networkId)),
  );
  app.get(
    '/api/v1/networks/:networkId/members/:orgId/vulnerability',
    {
      config: user,
      schema: {
        tags,
        description: "A member's vulnerability, latest and over time (the member itself and the managers)",
        params: memberParams,
        response: { 200: memberVulnerabilityView },
      },
    },
    async (req) => analytics.getMemberVulnerability(deps, requireActor(req), req.params.networkId, req.params.orgId),
  );
  app.get(
    '/api/v1/networks/:networkId/members/:orgId/position',
    {
      config: user,
      schema: {
        tags,
        description: "A member's metrics, percentiles within the network and ties, from the latest analysis",
        params: memberParams,
        response: { 200: memberPositionView },
      },
    },
    async (req) => analytics.getMemberPosition(deps, requireActor(req), req.params.networkId, req.params.orgId),
  );
  app.post(
    '/api/v1/networks/:networkId/what-if',
    {
      config: user,
      schema: {
        tags,
        description: 'What happens if these members leave: splits, lost inputs, collaborations, vulnerability',
        params: networkParams,
        body: whatIfBody,
        response: { 200: whatIfView },
      },
    },
    async (req) => analytics.runWhatIf(deps, requireActor(req), req.params.networkId, req.body.remove),
  );
}
