// Collaboration kinds, life cycle and party states, shared by the server, web and CLI.

export const collaborationKinds = [
  'strategic_alliance',
  'joint_venture',
  'consortium',
  'purchasing_cooperative',
  'marketing_cooperative',
  'supply_chain_partnership',
  'joint_rnd',
  'technology_integration',
  'informal_alliance',
] as const;
export type CollaborationKind = (typeof collaborationKinds)[number];

export const collaborationKindLabels: Record<CollaborationKind, string> = {
  strategic_alliance: 'Strategic alliance',
  joint_venture: 'Joint venture',
  consortium: 'Consortium',
  purchasing_cooperative: 'Purchasing cooperative',
  marketing_cooperative: 'Marketing cooperative',
  supply_chain_partnership: 'Supply-chain partnership',
  joint_rnd: 'Joint R&D project',
  technology_integration: 'Technology integration',
  informal_alliance: 'Informal alliance',
};

export const collaborationStates = [
  'proposed',
  'negotiating',
  'active',
  'under_review',
  'completed',
  'terminated',
] as const;
export type CollaborationState = (typeof collaborationStates)[number];

// The allowed transitions; anything else is refused. `active` is entered only when an agreement takes effect.
export const collaborationTransitions: Record<CollaborationState, readonly CollaborationState[]> = {
  proposed: ['negotiating', 'terminated'],
  negotiating: ['terminated'],
  active: ['under_review', 'completed', 'terminated'],
  under_review: ['active', 'completed', 'terminated'],
  completed: [],
  terminated: [],
};

export function canTransition(from: CollaborationState, to: CollaborationState): boolean {
  return collaborationTransitions[from].includes(to);
}

export const partyStatuses = ['invited', 'accepted', 'declined', 'exited'] as const;
export type PartyStatus = (typeof partyStatuses)[number];
