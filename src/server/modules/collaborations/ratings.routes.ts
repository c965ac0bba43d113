import { z } from 'zod';
import { partnerRatingView, ratePartnerBody } from '../../../common/partnerRatings.ts';
import { idSchema } from '../../../common/schemas.ts';
import type { Deps } from '../../deps.ts';
import { requireActor } from '../../http/actor.ts';
import type { App } from '../../http/types.ts';
import * as ratings from './ratings.service.ts';

const tags = ['collaborations'];
const user = { auth: 'user' } as const;
const params = z.object({ collaborationId: idSchema });
const ratingList = z.object({ items: z.array(partnerRatingView) });

export function registerPartnerRatingRoutes(app: App, deps: Deps): void {
  app.get(
    '/api/v1/collaborations/:collaborationId/ratings',
    {
      config: user,
      schema: {
        tags,
        description: 'How the parties rated each other after working together',
        params,
        response: { 200: ratingList },
      },
    },
    async (req) => ratings.listPartnerRatings(deps, requireActor(req), req.params.collaborationId),
  );
  app.put(
    '/api/v1/collaborations/:collaborationId/ratings',
    {
      config: user,
      schema: {
        tags,
        description:
          'Rate another party (1–5) once the collaboration has been active; replaces your earlier rating of it. ' +
          'Ratings feed the trust component of partner matching (owners and admins of a party that took part, also after it exited; audited).',
        params,
        body: ratePartnerBody,
        response: { 200: ratingList },
      },
    },
    async (req) => ratings.ratePartner(deps, requireActor(req), req.params.collaborationId, req.body),
  );
}
