import type {
  Availability,
  BusinessSystemKind,
  DirectoryMode,
  HofstedeDimension,
  NetworkKind,
  NetworkMemberStatus,
  OrgRole,
  Priority,
  SizeClass,
  StrategicGoal,
  ValueDimension,
  Visibility,
} from '../../common/vocabulary.ts';

// Human labels for the closed vocabularies in src/common/vocabulary.ts.

export const visibilityLabels: Record<Visibility, string> = {
  public: 'Public',
  network: 'Network members',
  private: 'Private',
};

export const visibilityHints: Record<Visibility, string> = {
  public: 'Anyone signed in to Synergia can see this',
  network: 'Only members of networks you belong to can see this',
  private: 'Only people in your organization can see this',
};

export const availabilityLabels: Record<Availability, string> = {
  available: 'Available',
  limited: 'Limited',
  committed: 'Committed',
};

export const priorityLabels: Record<Priority, string> = {
  low: 'Low',
  medium: 'Medium',
  high: 'High',
  critical: 'Critical',
};

export const roleLabels: Record<OrgRole, string> = {
  owner: 'Owner',
  admin: 'Admin',
  member: 'Member',
  viewer: 'Viewer',
};

export const sizeClassLabels: Record<SizeClass, string> = {
  micro: 'Micro',
  small: 'Small',
  medium: 'Medium',
  large: 'Large',
};

export const goalLabels: Record<StrategicGoal, string> = {
  market_expansion: 'Market expansion',
  cost_reduction: 'Cost reduction',
  innovation: 'Innovation',
  risk_mitigation: 'Risk mitigation',
  access_to_capabilities: 'Access to capabilities',
  bargaining_power: 'Bargaining power',
  sustainability: 'Sustainability',
};

export const valueLabels: Record<ValueDimension, string> = {
  sustainability: 'Sustainability',
  growth: 'Growth',
  quality: 'Quality',
  community: 'Community',
  innovation: 'Innovation',
};

export const businessSystemLabels: Record<BusinessSystemKind, string> = {
  erp: 'ERP',
  crm: 'CRM',
  accounting: 'Accounting',
  other: 'Other',
};

export const hofstedeLabels: Record<HofstedeDimension, { name: string; hint: string }> = {
  pdi: { name: 'Power distance', hint: 'How far people accept that power is distributed unequally' },
  idv: { name: 'Individualism', hint: 'Looking after oneself rather than the group' },
  mas: { name: 'Masculinity', hint: 'Drive for achievement and competition over caring and consensus' },
  uai: { name: 'Uncertainty avoidance', hint: 'Discomfort with ambiguity; preference for rules' },
  lto: { name: 'Long-term orientation', hint: 'Pragmatic planning for the future over tradition' },
  ivr: { name: 'Indulgence', hint: 'Freedom to enjoy life rather than restraint' },
};

export const networkKindLabels: Record<NetworkKind, string> = {
  cluster: 'Cluster',
  industry_association: 'Industry association',
  supply_chain: 'Supply chain',
  franchise: 'Franchise',
  virtual: 'Virtual network',
  cooperative: 'Cooperative',
};

export const directoryModeLabels: Record<DirectoryMode, string> = {
  public: 'Public directory',
  members_only: 'Members-only directory',
};

export const membershipStatusLabels: Record<NetworkMemberStatus, string> = {
  requested: 'Requested',
  invited: 'Invited',
  active: 'Active',
  suspended: 'Suspended',
};

export const membershipStatusColors: Record<NetworkMemberStatus, string> = {
  requested: 'yellow',
  invited: 'grape',
  active: 'green',
  suspended: 'red',
};

/** Options for a Select from a label record, in the vocabulary's order. */
export function optionsFrom<K extends string>(labels: Record<K, string>): { value: K; label: string }[] {
  return (Object.keys(labels) as K[]).map((value) => ({ value, label: labels[value] }));
}
