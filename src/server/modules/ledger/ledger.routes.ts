import { z } from 'zod';
import { idSchema } from '../../../common/schemas.ts';
import type { Deps } from '../../deps.ts';
import { requireActor } from '../../http/actor.ts';
import type { App } from '../../http/types.ts';
import * as ledger from './ledger.service.ts';

const tags = ['ledger'];
const user = { auth: 'user' } as const;
const params = z.object({ ledgerId: idSchema });
const treeHead = z.object({
  ledgerId: z.string(),
  size: z.number(),
  rootHash: z.string(),
  timestamp: z.string(),
  signature: z.string(),
});
const entry = z.object({
  sequence: z.number(),
  recordedAt: z.string(),
  payload: z.record(z.string(), z.unknown()),
  leafHash: z.string(),
});
const size = z.coerce.number().int().min(0);

export function registerLedgerRoutes(app: App, deps: Deps): void {
  app.get(
    '/api/v1/ledgers/:ledgerId/entries',
    {
      config: user,
      schema: {
        tags,
        params,
        querystring: z.object({
          from: size.default(0),
          limit: z.coerce.number().int().min(1).max(10_000).default(1000),
        }),
        response: { 200: z.object({ ledgerId: z.string(), size: z.number(), entries: z.array(entry) }) },
      },
    },
    async (req) =>
      ledger.listLedgerEntries(deps, requireActor(req), req.params.ledgerId, req.query.from, req.query.limit),
  );
  app.get(
    '/api/v1/ledgers/:ledgerId/tree-head',
    {
      config: user,
      schema: {
        tags,
        description: 'The latest signed tree head and the Ed25519 public key',
        params,
        response: { 200: z.object({ treeHead: treeHead.nullable(), publicKeyPem: z.string() }) },
      },
    },
    async (req) => ledger.getTreeHead(deps, requireActor(req), req.params.ledgerId),
  );
  app.get(
    '/api/v1/ledgers/:ledgerId/proofs/inclusion',
    {
      config: user,
      schema: {
        tags,
        description: 'RFC 6962 audit path of one entry in the tree of the given size (default: the whole log)',
        params,
        querystring: z.object({ sequence: size, treeSize: z.coerce.number().int().min(1).optional() }),
        response: {
          200: z.object({
            sequence: z.number(),
            treeSize: z.number(),
            leafHash: z.string(),
            proof: z.array(z.string()),
            treeHead: treeHead.nullable(),
          }),
        },
      },
    },
    async (req) =>
      ledger.getInclusionProof(deps, requireActor(req), req.params.ledgerId, req.query.sequence, req.query.treeSize),
  );
  app.get(
    '/api/v1/ledgers/:ledgerId/proofs/consistency',
    {
      config: user,
      schema: {
        tags,
        description: 'RFC 6962 consistency proof between two tree sizes',
        params,
        querystring: z.object({ first: z.coerce.number().int().min(1), second: z.coerce.number().int().min(1) }),
        response: {
          200: z.object({
            first: z.number(),
            second: z.number(),
            proof: z.array(z.string()),
            firstTreeHead: treeHead.nullable(),
            secondTreeHead: treeHead.nullable(),
          }),
        },
      },
    },
    async (req) =>
      ledger.getConsistencyProof(deps, requireActor(req), req.params.ledgerId, req.query.first, req.query.second),
  );
  app.get(
    '/api/v1/ledgers/:ledgerId/export',
    {
      config: user,
      schema: {
        tags,
        description: 'The whole log with every signed tree head, for `synergia ledger verify --file`',
        params,
        response: {
          200: z.object({
            ledgerId: z.string(),
            publicKeyPem: z.string(),
            entries: z.array(entry),
            treeHeads: z.array(treeHead),
          }),
        },
      },
    },
    async (req, reply) => {
      const exported = await ledger.exportLedger(deps, requireActor(req), req.params.ledgerId);
      return reply
        .header('Content-Disposition', `attachment; filename="ledger-${req.params.ledgerId}.json"`)
        .send(exported);
    },
  );
}
