import type { IntroductionStatus } from '../../../common/matching.ts';

export const introductionStatusLabels: Record<IntroductionStatus, string> = {
  requested: 'Waiting for an answer',
  accepted: 'Accepted',
  declined: 'Declined',
};

export const introductionStatusColors: Record<IntroductionStatus, string> = {
  requested: 'yellow',
  accepted: 'teal',
  declined: 'gray',
};
