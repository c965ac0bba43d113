import { Badge, Text, Tooltip } from '@mantine/core';
import type { MatchCandidate } from '../../api/matching.ts';

type Trust = MatchCandidate['trust'];

/** A manager of one of the candidate's networks vouched for it; the tooltip names the networks. */
export function VerifiedBadge({ trust }: { trust: Trust }) {
  if (!trust.verified) return null;
  return (
    <Tooltip label={`Verified by the manager of ${trust.verifiedBy.join(', ')}`} withArrow multiline maw={320}>
      <Badge color="teal" variant="light" size="sm" data-testid="candidate-verified">
        Verified
      </Badge>
    </Tooltip>
  );
}

/** The partner ratings behind the trust score, when there are any. */
export function RatingsNote({ trust }: { trust: Trust }) {
  if (trust.ratingCount === 0 || trust.averageStars === null) return null;
  const partners = trust.ratingCount === 1 ? '1 partner' : `${trust.ratingCount} partners`;
  return (
    <Text size="xs" c="dimmed" data-testid="ratings-note">
      ★ {trust.averageStars.toFixed(1)} / 5 from {partners} after working together
    </Text>
  );
}
