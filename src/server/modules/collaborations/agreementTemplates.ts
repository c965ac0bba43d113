import { emptyAgreement, type AgreementContent } from '../../../common/agreement.ts';
import type { CollaborationKind } from '../../../common/collaboration.ts';

// Sensible starting clauses per kind of collaboration; the parties edit them before proposing.

interface KindDefaults {
  scope: string;
  decisionClasses: [string, AgreementContent['decisionRights']['rules'][number]['rule']][];
  voteWeighting: AgreementContent['decisionRights']['voteWeighting'];
  ipOwnership: AgreementContent['intellectualProperty']['foregroundOwnership'];
  noticeDays: number;
  kpi: { name: string; metric: string; unit: string };
}

const defaults: Record<CollaborationKind, KindDefaults> = {
  strategic_alliance: {
    scope: 'Joint go-to-market and shared capabilities in the markets named below.',
    decisionClasses: [
      ['Operational plans', 'simple_majority'],
      ['Budget and new partners', 'unanimity'],
    ],
    voteWeighting: 'equal',
    ipOwnership: 'contributor',
    noticeDays: 90,
    kpi: { name: 'Joint revenue', metric: 'revenue from joint offers', unit: 'EUR' },
  },
  joint_venture: {
    scope: 'A jointly owned undertaking with its own budget and management.',
    decisionClasses: [
      ['Day-to-day management', 'simple_majority'],
      ['Capital, statutes and dissolution', 'unanimity'],
    ],
    voteWeighting: 'contribution',
    ipOwnership: 'joint',
    noticeDays: 180,
    kpi: { name: 'Venture revenue', metric: 'revenue of the venture', unit: 'EUR' },
  },
  consortium: {
    scope: 'A joint bid for and delivery of the contract described below.',
    decisionClasses: [
      ['Delivery decisions', 'simple_majority'],
      ['Bid price and work split', 'two_thirds'],
      ['New members', 'unanimity'],
    ],
    voteWeighting: 'contribution',
    ipOwnership: 'per_workstream',
    noticeDays: 60,
    kpi: { name: 'Milestones on time', metric: 'share of milestones delivered on time', unit: '%' },
  },
  purchasing_cooperative: {
    scope: 'Pooled purchasing of the categories listed below for volume discounts.',
    decisionClasses: [
      ['Supplier choice', 'simple_majority'],
      ['Membership and fees', 'two_thirds'],
    ],
    voteWeighting: 'equal',
    ipOwnership: 'joint',
    noticeDays: 30,
    kpi: { name: 'Savings', metric: 'savings against list prices', unit: '%' },
  },
  marketing_cooperative: {
    scope: 'Joint marketing of the members’ products under a shared brand.',
    decisionClasses: [
      ['Campaigns', 'simple_majority'],
      ['Brand and budget', 'two_thirds'],
    ],
    voteWeighting: 'equal',
    ipOwnership: 'joint',
    noticeDays: 60,
    kpi: { name: 'Leads', metric: 'qualified leads from joint campaigns', unit: 'leads' },
  },
  supply_chain_partnership: {
    scope: 'Coordinated supply of the goods below, with shared forecasts and service levels.',
    decisionClasses: [
      ['Forecasts and schedules', 'simple_majority'],
      ['Prices and exclusivity', 'unanimity'],
    ],
    voteWeighting: 'equal',
    ipOwnership: 'contributor',
    noticeDays: 90,
    kpi: { name: 'On-time in-full', metric: 'orders delivered on time and in full', unit: '%' },
  },
  joint_rnd: {
    scope: 'Joint research and development of the results described below.',
    decisionClasses: [
      ['Research plan', 'simple_majority'],
      ['Publication and exploitation', 'unanimity'],
    ],
    voteWeighting: 'equal',
    ipOwnership: 'joint',
    noticeDays: 90,
    kpi: { name: 'Prototypes', metric: 'working prototypes delivered', unit: 'prototypes' },
  },
  technology_integration: {
    scope: 'Integration of the parties’ systems so that data and orders flow between them.',
    decisionClasses: [
      ['Technical changes', 'simple_majority'],
      ['Data shared and its use', 'unanimity'],
    ],
    voteWeighting: 'equal',
    ipOwnership: 'contributor',
    noticeDays: 60,
    kpi: { name: 'Automated orders', metric: 'share of orders exchanged automatically', unit: '%' },
  },
  informal_alliance: {
    scope: 'Mutual referrals and shared know-how, without joint investment.',
    decisionClasses: [['Joint activities', 'simple_majority']],
    voteWeighting: 'equal',
    ipOwnership: 'contributor',
    noticeDays: 30,
    kpi: { name: 'Referrals', metric: 'customers referred to each other', unit: 'customers' },
  },
};

export function agreementTemplate(kind: CollaborationKind, partyOrgIds: string[], startDate: string): AgreementContent {
  const d = defaults[kind];
  const [lead] = partyOrgIds;
  return {
    ...emptyAgreement,
    scope: { description: d.scope, inScope: [], outOfScope: [] },
    workstreams: [
      {
        name: 'Coordination',
        raci: partyOrgIds.map((orgId) => ({ orgId, role: orgId === lead ? ('A' as const) : ('R' as const) })),
      },
    ],
    decisionRights: {
      rules: d.decisionClasses.map(([decisionClass, rule]) => ({ decisionClass, rule })),
      voteWeighting: d.voteWeighting,
    },
    kpis: [{ ...d.kpi, target: null, baseline: null, frequency: 'quarterly' }],
    intellectualProperty: {
      background: 'Each party keeps the intellectual property it brings in.',
      foregroundOwnership: d.ipOwnership,
      licences:
        'Each party grants the others a royalty-free licence to use its background IP for the collaboration only.',
    },
    confidentiality: {
      applies: true,
      termMonths: 24,
      text: 'Information exchanged for the collaboration stays confidential.',
    },
    disputeResolution: {
      steps: [
        { kind: 'negotiation', days: 30 },
        { kind: 'mediation', days: 60 },
        { kind: 'arbitration', days: 120 },
      ],
    },
    exit: {
      noticeDays: d.noticeDays,
      contributedResources: 'returned',
      sharedData: 'deleted',
      text: 'A leaving party gives written notice; ongoing commitments are completed or handed over.',
    },
    term: { startDate, endDate: null, renewal: 'by_agreement' },
  };
}
