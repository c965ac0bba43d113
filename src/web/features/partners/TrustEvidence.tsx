import { Badge, Text } from '@mantine/core';
import type { MatchCandidate } from '../../api/matching.ts';
import { Hint } from '../../components/Hint.tsx';

type Trust = MatchCandidate['trust'];

const verifiedByText = (trust: Trust) => `Verified by the manager of ${trust.verifiedBy.join(', ')}`;

/** A manager of one of the candidate's networks vouched for it; the tooltip names the networks. */
export function VerifiedBadge({ trust }: { trust: Trust }) {
  if (!trust.verified) return null;
  return (
    <Hint label={verifiedByText(trust)}>
      <Badge color="teal" variant="light" size="sm" data-testid="candidate-verified">
        Verified
      </Badge>
    </Hint>
  );
}

/**
 * What the trust score rests on, in words on the card rather than only in a tooltip: who verified the
 * candidate and the partner ratings, when there are any.
 */
export function TrustNote({ trust }: { trust: Trust }) {
  const parts = trust.verified ? [verifiedByText(trust)] : [];
  if (trust.ratingCount > 0 && trust.averageStars !== null) {
    const partners = trust.ratingCount === 1 ? '1 partner' : `${trust.ratingCount} partners`;
    parts.push(`★ ${trust.averageStars.toFixed(1)} / 5 from ${partners} after working together`);
  }
  if (parts.length === 0) return null;
  return (
    <Text size="xs" c="dimmed" data-testid="trust-note">
      {parts.join(' · ')}
    </Text>
  );
}
