import type { CollaborationKind, CollaborationState, PartyStatus } from '../../../common/collaboration.ts';

export { collaborationKindLabels } from '../../../common/collaboration.ts';

export const collaborationKindHints: Record<CollaborationKind, string> = {
  strategic_alliance: 'Independent firms pool capabilities for shared goals, such as a joint offer or market.',
  joint_venture: 'The partners create and jointly own a new undertaking with its own budget and management.',
  consortium: 'Several firms bid for and deliver one contract together, each doing its share of the work.',
  purchasing_cooperative: 'Members pool their purchases to get volume prices from suppliers.',
  marketing_cooperative: 'Members market their products together, often under a shared brand.',
  supply_chain_partnership: 'Buyer and suppliers coordinate forecasts, stock and service levels.',
  joint_rnd: 'Partners research and develop something together and share the results.',
  technology_integration: 'The partners connect their systems so that data and orders flow between them.',
  informal_alliance: 'Referrals and shared know-how, without joint investment.',
};

export const stateLabels: Record<CollaborationState, string> = {
  proposed: 'Proposed',
  negotiating: 'Negotiating',
  active: 'Active',
  under_review: 'Under review',
  completed: 'Completed',
  terminated: 'Terminated',
};

export const stateColors: Record<CollaborationState, string> = {
  proposed: 'grape',
  negotiating: 'yellow',
  active: 'green',
  under_review: 'orange',
  completed: 'blue',
  terminated: 'red',
};

export const stateHints: Record<CollaborationState, string> = {
  proposed: 'Waiting for an invited organization to accept.',
  negotiating: 'The parties draft the agreement. It becomes active when every party has signed it.',
  active: 'The agreement is in effect.',
  under_review: 'The parties review the collaboration; signing a new version makes it active again.',
  completed: 'The collaboration ended as planned.',
  terminated: 'The collaboration was ended early.',
};

/** The verb on the button that moves a collaboration into a state. */
export const transitionActions: Record<CollaborationState, string> = {
  proposed: 'Propose',
  negotiating: 'Start negotiating',
  active: 'Resume (active)',
  under_review: 'Start a review',
  completed: 'Mark completed',
  terminated: 'Terminate',
};

export const partyStatusLabels: Record<PartyStatus, string> = {
  invited: 'Invited',
  accepted: 'Accepted',
  declined: 'Declined',
  exited: 'Exited',
};

export const partyStatusColors: Record<PartyStatus, string> = {
  invited: 'grape',
  accepted: 'green',
  declined: 'gray',
  exited: 'red',
};
