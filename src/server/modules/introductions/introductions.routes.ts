import { z } from 'zod';
import { introductionView, requestIntroductionBody } from '../../../common/matching.ts';
import { idSchema } from '../../../common/schemas.ts';
import type { Deps } from '../../deps.ts';
import { requireActor } from '../../http/actor.ts';
import type { App } from '../../http/types.ts';
import * as introductions from './introductions.service.ts';

const tags = ['matching'];
const user = { auth: 'user' } as const;
const params = z.object({ introductionId: idSchema });

export function registerIntroductionRoutes(app: App, deps: Deps): void {
  app.post(
    '/api/v1/introductions',
    {
      config: user,
      schema: {
        tags,
        description: 'Ask to be introduced; contact details stay hidden until accepted',
        body: requestIntroductionBody,
        response: { 201: introductionView },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await introductions.requestIntroduction(deps, requireActor(req), req.body)),
  );
  app.get(
    '/api/v1/introductions',
    {
      config: user,
      schema: {
        tags,
        description: 'Incoming and outgoing introductions of your organizations',
        response: { 200: z.object({ items: z.array(introductionView) }) },
      },
    },
    async (req) => ({ items: await introductions.listIntroductions(deps, requireActor(req)) }),
  );
  for (const [action, accept] of [
    ['accept', true],
    ['decline', false],
  ] as const) {
    app.post(
      `/api/v1/introductions/:introductionId/${action}`,
      { config: user, schema: { tags, params, response: { 200: introductionView } } },
      async (req) => introductions.answerIntroduction(deps, requireActor(req), req.params.introductionId, accept),
    );
  }
}
