import type {
  contributionKinds,
  decisionRules,
  disputeSteps,
  exitDataTreatments,
  exitResourceTreatments,
  ipOwnership,
  raciRoles,
  renewalModes,
} from '../../../../common/agreement.ts';
import type { Finding } from '../../../api/collaborations.ts';

type Of<T extends readonly string[]> = T[number];

export type ClauseKey = Finding['clause'];

/** Clauses in the order the editor shows them; `parties` findings point at the contributions. */
export const clauseLabels: Record<string, string> = {
  parties: 'Parties',
  scope: 'Scope',
  objectives: 'Objectives',
  contributions: 'Contributions',
  workstreams: 'Workstreams and roles (RACI)',
  decisionRights: 'Decision rights',
  kpis: 'KPIs',
  intellectualProperty: 'Intellectual property',
  confidentiality: 'Confidentiality',
  disputeResolution: 'Dispute resolution',
  exit: 'Exit',
  term: 'Term',
};
export const clauseOrder = Object.keys(clauseLabels);
export const clauseLabel = (clause: string) => clauseLabels[clause] ?? clause;
export const clauseAnchor = (clause: string) => `clause-${clause === 'parties' ? 'contributions' : clause}`;

export const decisionRuleLabels: Record<Of<typeof decisionRules>, string> = {
  simple_majority: 'Simple majority',
  two_thirds: 'Two thirds',
  unanimity: 'Unanimity',
};

export const contributionKindLabels: Record<Of<typeof contributionKinds>, string> = {
  resource: 'Resource',
  money: 'Money',
  hours: 'Hours of work',
  other: 'Other',
};

export const disputeStepLabels: Record<Of<typeof disputeSteps>, string> = {
  negotiation: 'Negotiation',
  mediation: 'Mediation',
  arbitration: 'Arbitration',
};

export const ipOwnershipLabels: Record<Of<typeof ipOwnership>, string> = {
  joint: 'Owned jointly',
  contributor: 'Owned by the party that creates it',
  lead_party: 'Owned by the lead party',
  per_workstream: 'Owned per workstream',
};

export const renewalLabels: Record<Of<typeof renewalModes>, string> = {
  none: 'Ends at the end date',
  automatic: 'Renews automatically',
  by_agreement: 'Renews if the parties agree',
};

export const exitResourceLabels: Record<Of<typeof exitResourceTreatments>, string> = {
  returned: 'Returned to the leaving party',
  retained_by_collaboration: 'Kept by the collaboration',
  bought_out: 'Bought out by the others',
};

export const exitDataLabels: Record<Of<typeof exitDataTreatments>, string> = {
  deleted: 'Deleted',
  returned: 'Returned',
  retained_under_licence: 'Kept under licence',
};

export const raciLabels: Record<Of<typeof raciRoles>, string> = {
  R: 'Responsible',
  A: 'Accountable',
  C: 'Consulted',
  I: 'Informed',
};

export const frequencyLabels = { monthly: 'Monthly', quarterly: 'Quarterly', yearly: 'Yearly' } as const;
export const voteWeightingLabels = { equal: 'One party, one vote', contribution: 'By declared contribution value' };
