import { z } from 'zod';
import { agreementContentSchema } from './agreement.ts';
import { collaborationKinds, collaborationStates, partyStatuses } from './collaboration.ts';

const idSchema = z.uuid();

export const createCollaborationBody = z.object({
  name: z.string().trim().min(1).max(160),
  description: z.string().trim().max(4000).default(''),
  kind: z.enum(collaborationKinds),
  networkId: idSchema.nullable().default(null),
  initiatorOrgId: idSchema,
  partyOrgIds: z.array(idSchema).max(50).default([]),
});

export const collaborationSummaryView = z.object({
  id: idSchema,
  name: z.string(),
  description: z.string(),
  kind: z.enum(collaborationKinds),
  state: z.enum(collaborationStates),
  networkId: idSchema.nullable(),
  initiatorOrgId: idSchema,
  ledgerId: idSchema,
  createdAt: z.string(),
  parties: z.array(
    z.object({
      orgId: idSchema,
      name: z.string(),
      status: z.enum(partyStatuses),
      invitedAt: z.string(),
      respondedAt: z.string().nullable(),
    }),
  ),
});

export const collaborationView = collaborationSummaryView.extend({
  transitions: z.array(
    z.object({
      from: z.enum(collaborationStates).nullable(),
      to: z.enum(collaborationStates),
      reason: z.string(),
      at: z.string(),
    }),
  ),
  abilities: z.object({
    edit: z.boolean(),
    commit: z.boolean(),
    respond: z.array(idSchema),
    sign: z.array(idSchema),
    /** Parties the caller may rate others for: accepted or exited, as their owner or admin. */
    rate: z.array(idSchema),
  }),
});

export const transitionBody = z.object({
  to: z.enum(collaborationStates),
  reason: z.string().trim().max(1000).default(''),
});
export const partyBody = z.object({ orgId: idSchema });
export const respondBody = z.object({ orgId: idSchema, accept: z.boolean() });
export const exitBody = z.object({ orgId: idSchema, reason: z.string().trim().max(1000).default('') });

export const findingView = z.object({
  severity: z.enum(['error', 'warning']),
  clause: z.string(),
  code: z.string(),
  message: z.string(),
});

export const agreementStatuses = ['draft', 'proposed', 'effective', 'superseded'] as const;
export const agreementVersionView = z.object({
  version: z.number(),
  status: z.enum(agreementStatuses),
  content: agreementContentSchema,
  contentHash: z.string().nullable(),
  createdAt: z.string(),
  proposedAt: z.string().nullable(),
  effectiveAt: z.string().nullable(),
  signatures: z.array(
    z.object({
      orgId: idSchema,
      orgName: z.string(),
      userName: z.string(),
      contentHash: z.string(),
      signedAt: z.string(),
    }),
  ),
  findings: z.array(findingView),
});
export const agreementVersionSummary = agreementVersionView.pick({
  version: true,
  status: true,
  contentHash: true,
  createdAt: true,
  proposedAt: true,
  effectiveAt: true,
});

export const editDraftBody = z.object({ content: agreementContentSchema });
export const signBody = z.object({
  orgId: idSchema,
  contentHash: z.string().regex(/^[0-9a-f]{64}$/, 'a SHA-256 hex digest'),
});
export const agreementChangeView = z.object({
  path: z.string(),
  kind: z.enum(['added', 'removed', 'changed']),
  before: z.unknown(),
  after: z.unknown(),
});
