import type { TieType } from '../../../api/networkAnalytics.ts';

export const tieTypeLabels: Record<TieType, string> = {
  collaboration: 'Collaboration',
  supply: 'Supplier',
  introduction: 'Introduction',
};

export const tieTypeBadgeColors: Record<TieType, string> = {
  collaboration: 'indigo',
  supply: 'orange',
  introduction: 'teal',
};
