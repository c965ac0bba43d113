import type { AgreementVersion } from '../../../api/collaborations.ts';

export const versionStatusColors: Record<AgreementVersion['status'], string> = {
  draft: 'gray',
  proposed: 'blue',
  effective: 'green',
  superseded: 'dark',
};

export const versionStatusLabels: Record<AgreementVersion['status'], string> = {
  draft: 'Draft',
  proposed: 'Proposed',
  effective: 'In effect',
  superseded: 'Superseded',
};
