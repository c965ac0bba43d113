import { z } from 'zod';

// An agreement is typed data: every clause has a shape, so it can be checked, diffed and signed.

const text = (max: number) => z.string().trim().max(max);
const isoDate = z.iso.date();
const orgRef = z.uuid();

export const decisionRules = ['simple_majority', 'two_thirds', 'unanimity'] as const;
export const raciRoles = ['R', 'A', 'C', 'I'] as const;
export const contributionKinds = ['resource', 'money', 'hours', 'other'] as const;
export const disputeSteps = ['negotiation', 'mediation', 'arbitration'] as const;
export const ipOwnership = ['joint', 'contributor', 'lead_party', 'per_workstream'] as const;
export const renewalModes = ['none', 'automatic', 'by_agreement'] as const;
export const exitResourceTreatments = ['returned', 'retained_by_collaboration', 'bought_out'] as const;
export const exitDataTreatments = ['deleted', 'returned', 'retained_under_licence'] as const;

export const objectiveSchema = z.object({
  id: z.string().min(1).max(40),
  text: text(500),
  metric: text(200),
  target: z.number().nullable(),
  unit: text(40),
  ownerOrgId: orgRef.nullable(),
  deadline: isoDate.nullable(),
});

export const contributionSchema = z.object({
  partyOrgId: orgRef,
  kind: z.enum(contributionKinds),
  resourceId: z.uuid().nullable().default(null),
  description: text(500),
  amount: z.number().min(0).nullable(),
  unit: text(40),
  declaredValue: z.number().min(0),
});

export const workstreamSchema = z.object({
  name: text(160).min(1),
  raci: z.array(z.object({ orgId: orgRef, role: z.enum(raciRoles) })).max(50),
});

export const agreementContentSchema = z.object({
  scope: z.object({
    description: text(4000),
    inScope: z.array(text(300)).max(50),
    outOfScope: z.array(text(300)).max(50),
  }),
  objectives: z.array(objectiveSchema).max(50),
  contributions: z.array(contributionSchema).max(200),
  workstreams: z.array(workstreamSchema).max(50),
  decisionRights: z.object({
    rules: z.array(z.object({ decisionClass: text(120).min(1), rule: z.enum(decisionRules) })).max(30),
    voteWeighting: z.enum(['equal', 'contribution']),
  }),
  kpis: z
    .array(
      z.object({
        name: text(160).min(1),
        metric: text(200),
        target: z.number().nullable(),
        unit: text(40),
        baseline: z.number().nullable(),
        frequency: z.enum(['monthly', 'quarterly', 'yearly']),
      }),
    )
    .max(50),
  intellectualProperty: z.object({
    background: text(2000),
    foregroundOwnership: z.enum(ipOwnership).nullable(),
    licences: text(2000),
  }),
  confidentiality: z.object({
    applies: z.boolean(),
    termMonths: z.number().int().min(0).max(600).nullable(),
    text: text(2000),
  }),
  disputeResolution: z.object({
    steps: z.array(z.object({ kind: z.enum(disputeSteps), days: z.number().int().min(1).max(365) })).max(3),
  }),
  exit: z.object({
    noticeDays: z.number().int().min(0).max(3650).nullable(),
    contributedResources: z.enum(exitResourceTreatments).nullable(),
    sharedData: z.enum(exitDataTreatments).nullable(),
    text: text(2000),
  }),
  term: z.object({ startDate: isoDate.nullable(), endDate: isoDate.nullable(), renewal: z.enum(renewalModes) }),
});
export type AgreementContent = z.infer<typeof agreementContentSchema>;

export const emptyAgreement: AgreementContent = {
  scope: { description: '', inScope: [], outOfScope: [] },
  objectives: [],
  contributions: [],
  workstreams: [],
  decisionRights: { rules: [], voteWeighting: 'equal' },
  kpis: [],
  intellectualProperty: { background: '', foregroundOwnership: null, licences: '' },
  confidentiality: { applies: false, termMonths: null, text: '' },
  disputeResolution: { steps: [] },
  exit: { noticeDays: null, contributedResources: null, sharedData: null, text: '' },
  term: { startDate: null, endDate: null, renewal: 'none' },
};
