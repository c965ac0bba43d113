import { z } from 'zod';
import { capabilities } from '../../../common/reference/capabilities.ts';
import { countries } from '../../../common/reference/countries.ts';
import { naceCodes } from '../../../common/reference/nace.ts';
import { resourceCategories } from '../../../common/vocabulary.ts';
import type { App } from '../../http/types.ts';

const tags = ['reference'];
const publicRoute = { auth: 'public' } as const;

// Shipped classifications; static, so browsers may cache them for a day.
export function registerReferenceRoutes(app: App): void {
  const cache = (reply: { header: (k: string, v: string) => unknown }) =>
    reply.header('Cache-Control', 'public, max-age=86400');
  app.get(
    '/api/v1/reference/capabilities',
    {
      config: publicRoute,
      schema: {
        tags,
        response: {
          200: z.object({
            items: z.array(
              z.object({
                id: z.string(),
                label: z.string(),
                category: z.enum(resourceCategories),
                parent: z.string().nullable(),
              }),
            ),
          }),
        },
      },
    },
    async (_req, reply) => {
      cache(reply);
      return { items: [...capabilities] };
    },
  );
  app.get(
    '/api/v1/reference/nace',
    {
      config: publicRoute,
      schema: {
        tags,
        response: {
          200: z.object({
            items: z.array(
              z.object({ code: z.string(), label: z.string(), level: z.number(), parent: z.string().nullable() }),
            ),
          }),
        },
      },
    },
    async (_req, reply) => {
      cache(reply);
      return { items: [...naceCodes] };
    },
  );
  app.get(
    '/api/v1/reference/countries',
    {
      config: publicRoute,
      schema: {
        tags,
        response: { 200: z.object({ items: z.array(z.object({ code: z.string(), name: z.string() })) }) },
      },
    },
    async (_req, reply) => {
      cache(reply);
      return { items: [...countries] };
    },
  );
}
