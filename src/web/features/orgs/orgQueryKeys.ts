import type { ListingKind } from '../../api/orgs.ts';

export const orgKeys = {
  mine: ['orgs', 'mine'] as const,
  one: (orgId: string) => ['orgs', orgId] as const,
  resources: (orgId: string) => ['orgs', orgId, 'resources'] as const,
  listings: (orgId: string, kind: ListingKind) => ['orgs', orgId, `${kind}s`] as const,
  strategicProfile: (orgId: string) => ['orgs', orgId, 'strategic-profile'] as const,
  members: (orgId: string) => ['orgs', orgId, 'members'] as const,
  invitations: (orgId: string) => ['orgs', orgId, 'invitations'] as const,
};
