import { z } from 'zod';
import {
  agreementChangeView,
  agreementVersionSummary,
  agreementVersionView,
  editDraftBody,
  signBody,
} from '../../../common/collaborationSchemas.ts';
import { idSchema } from '../../../common/schemas.ts';
import type { Deps } from '../../deps.ts';
import { requireActor } from '../../http/actor.ts';
import type { App } from '../../http/types.ts';
import * as agreements from './agreements.service.ts';
import { renderAgreementPdf } from './agreementPdf.ts';

const tags = ['agreements'];
const user = { auth: 'user' } as const;
const base = '/api/v1/collaborations/:collaborationId/agreement';
const params = z.object({ collaborationId: idSchema });
const versionParams = params.extend({ version: z.coerce.number().int().min(1) });

export function registerAgreementRoutes(app: App, deps: Deps): void {
  app.get(
    `${base}/versions`,
    {
      config: user,
      schema: { tags, params, response: { 200: z.object({ items: z.array(agreementVersionSummary) }) } },
    },
    async (req) => ({ items: await agreements.listVersions(deps, requireActor(req), req.params.collaborationId) }),
  );
  app.get(
    `${base}/versions/:version`,
    {
      config: user,
      schema: {
        tags,
        description: 'A version with its signatures and the checker’s findings',
        params: versionParams,
        response: { 200: agreementVersionView },
      },
    },
    async (req) => agreements.getVersion(deps, requireActor(req), req.params.collaborationId, req.params.version),
  );
  app.put(
    `${base}/draft`,
    {
      config: user,
      schema: {
        tags,
        description: 'Save the draft; after a proposal this opens a new version',
        params,
        body: editDraftBody,
        response: { 200: agreementVersionView },
      },
    },
    async (req) => agreements.editDraft(deps, requireActor(req), req.params.collaborationId, req.body.content),
  );
  app.post(
    `${base}/versions/:version/propose`,
    {
      config: user,
      schema: {
        tags,
        description: 'Freeze the version for signature',
        params: versionParams,
        response: { 200: agreementVersionView },
      },
    },
    async (req) => agreements.proposeVersion(deps, requireActor(req), req.params.collaborationId, req.params.version),
  );
  app.post(
    `${base}/versions/:version/signatures`,
    {
      config: user,
      schema: {
        tags,
        description: 'Sign the exact canonical bytes (their SHA-256) for one of your organizations',
        params: versionParams,
        body: signBody,
        response: { 200: agreementVersionView },
      },
    },
    async (req) =>
      agreements.signVersion(deps, requireActor(req), req.params.collaborationId, req.params.version, req.body),
  );
  app.get(
    `${base}/diff`,
    {
      config: user,
      schema: {
        tags,
        params,
        querystring: z.object({ from: z.coerce.number().int().min(1), to: z.coerce.number().int().min(1) }),
        response: { 200: z.object({ changes: z.array(agreementChangeView) }) },
      },
    },
    async (req) => ({
      changes: await agreements.diffVersions(
        deps,
        requireActor(req),
        req.params.collaborationId,
        req.query.from,
        req.query.to,
      ),
    }),
  );
  app.get(
    `${base}/versions/:version/canonical`,
    {
      config: user,
      schema: { tags, description: 'The RFC 8785 canonical JSON that the parties sign', params: versionParams },
    },
    async (req, reply) => {
      const json = await agreements.canonicalDocument(
        deps,
        requireActor(req),
        req.params.collaborationId,
        req.params.version,
      );
      return reply
        .type('application/json')
        .header('Content-Disposition', `attachment; filename="agreement-v${req.params.version}.json"`)
        .send(json);
    },
  );
  app.get(
    `${base}/versions/:version/pdf`,
    {
      config: user,
      schema: { tags, description: 'A readable PDF with parties, clauses and signatures', params: versionParams },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const { collaborationId, version } = req.params;
      const pdf = await renderAgreementPdf(deps, actor, collaborationId, version);
      return reply
        .type('application/pdf')
        .header('Content-Disposition', `attachment; filename="agreement-v${version}.pdf"`)
        .send(pdf);
    },
  );
}
