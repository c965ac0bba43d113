import { Badge, Group } from '@mantine/core';
import type { Network } from '../../api/networks.ts';
import { Hint } from '../../components/Hint.tsx';
import { membershipStatusColors, membershipStatusLabels } from '../../components/vocabularyLabels.ts';
import { useCurrentOrg } from '../orgs/CurrentOrgContext.ts';

/** The status of each of the user's organizations in a network. */
export function MyMembershipBadges({ network }: { network: Network }) {
  const { orgs } = useCurrentOrg();
  if (network.myMemberships.length === 0) return null;
  const nameOf = (orgId: string) => orgs.find((o) => o.id === orgId)?.name ?? 'Your organization';
  return (
    <Group gap={6}>
      {network.myMemberships.map((m) => (
        <Hint key={m.orgId} label={`${nameOf(m.orgId)}: ${membershipStatusLabels[m.status].toLowerCase()}`}>
          <Badge
            color={membershipStatusColors[m.status]}
            variant="light"
            size="sm"
            maw={280}
            data-testid="my-membership"
          >
            {nameOf(m.orgId)} · {membershipStatusLabels[m.status]}
          </Badge>
        </Hint>
      ))}
    </Group>
  );
}
