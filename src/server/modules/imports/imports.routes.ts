import { z } from 'zod';
import { idSchema } from '../../../common/schemas.ts';
import type { Deps } from '../../deps.ts';
import { requireActor } from '../../http/actor.ts';
import type { App } from '../../http/types.ts';
import { importOrgs } from './importOrgs.service.ts';
import { csvRowErrorSchema, orgCsvColumns } from './orgCsv.ts';

export function registerImportRoutes(app: App, deps: Deps): void {
  app.post(
    '/api/v1/networks/:networkId/imports',
    {
      config: { auth: 'user' },
      schema: {
        tags: ['networks'],
        description: `Import member organizations from CSV (text/csv). Columns: ${orgCsvColumns.join(', ')}. Every row is checked first; nothing is written if any row is invalid unless skipInvalid=true.`,
        params: z.object({ networkId: idSchema }),
        querystring: z.object({ skipInvalid: z.enum(['true', 'false']).default('false') }),
        body: z
          .string()
          .min(1)
          .max(1024 * 1024),
        response: {
          200: z.object({ imported: z.number(), skipped: z.number(), errors: z.array(csvRowErrorSchema) }),
        },
      },
    },
    async (req) =>
      importOrgs(deps, requireActor(req), {
        csv: req.body,
        networkId: req.params.networkId,
        skipInvalid: req.query.skipInvalid === 'true',
      }),
  );
}
