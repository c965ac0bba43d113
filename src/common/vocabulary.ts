// Closed vocabularies shared by the server, the web forms and the CLI.

export const resourceCategories = [
  'human',
  'technological',
  'financial',
  'physical',
  'client_network',
  'marketing',
  'knowledge',
] as const;
export type ResourceCategory = (typeof resourceCategories)[number];

export const resourceCategoryLabels: Record<ResourceCategory, string> = {
  human: 'Human',
  technological: 'Technological',
  financial: 'Financial',
  physical: 'Physical / equipment',
  client_network: 'Client network',
  marketing: 'Marketing',
  knowledge: 'Knowledge / IP',
};

export const visibilities = ['public', 'network', 'private'] as const;
export type Visibility = (typeof visibilities)[number];

export const availabilities = ['available', 'limited', 'committed'] as const;
export type Availability = (typeof availabilities)[number];

export const priorities = ['low', 'medium', 'high', 'critical'] as const;
export type Priority = (typeof priorities)[number];

export const orgRoles = ['owner', 'admin', 'member', 'viewer'] as const;
export type OrgRole = (typeof orgRoles)[number];

export const turnoverBands = ['under_2m', '2m_10m', '10m_50m', 'over_50m'] as const;
export type TurnoverBand = (typeof turnoverBands)[number];

export const turnoverBandLabels: Record<TurnoverBand, string> = {
  under_2m: 'up to €2 m',
  '2m_10m': '€2 m – €10 m',
  '10m_50m': '€10 m – €50 m',
  over_50m: 'over €50 m',
};

export const sizeClasses = ['micro', 'small', 'medium', 'large'] as const;
export type SizeClass = (typeof sizeClasses)[number];

export const strategicGoals = [
  'market_expansion',
  'cost_reduction',
  'innovation',
  'risk_mitigation',
  'access_to_capabilities',
  'bargaining_power',
  'sustainability',
] as const;
export type StrategicGoal = (typeof strategicGoals)[number];

export const valueDimensions = ['sustainability', 'growth', 'quality', 'community', 'innovation'] as const;
export type ValueDimension = (typeof valueDimensions)[number];

export const businessSystemKinds = ['erp', 'crm', 'accounting', 'other'] as const;
export type BusinessSystemKind = (typeof businessSystemKinds)[number];

export const hofstedeDimensions = ['pdi', 'idv', 'mas', 'uai', 'lto', 'ivr'] as const;
export type HofstedeDimension = (typeof hofstedeDimensions)[number];

export const networkKinds = [
  'cluster',
  'industry_association',
  'supply_chain',
  'franchise',
  'virtual',
  'cooperative',
] as const;
export type NetworkKind = (typeof networkKinds)[number];

export const directoryModes = ['public', 'members_only'] as const;
export type DirectoryMode = (typeof directoryModes)[number];

export const networkMemberStatuses = ['requested', 'invited', 'active', 'suspended'] as const;
export type NetworkMemberStatus = (typeof networkMemberStatuses)[number];
