import type { DirectorySearch } from '../../api/networks.ts';

export const networkKeys = {
  all: ['networks'] as const,
  one: (networkId: string) => ['networks', networkId] as const,
  directory: (networkId: string, search: DirectorySearch) => ['networks', networkId, 'directory', search] as const,
  memberships: (networkId: string) => ['networks', networkId, 'memberships'] as const,
};
