import { Divider, Loader, Paper, Rating, Stack, Text, Title } from '@mantine/core';
import { hasBeenActive } from '../../../../common/partnerRatings.ts';
import type { Collaboration, PartnerRating } from '../../../api/collaborations.ts';
import { formatDateTime } from '../../../components/formatDate.ts';
import { QueryErrorAlert } from '../../../components/QueryErrorAlert.tsx';
import { usePartnerRatings } from '../usePartnerRatings.ts';
import { RatePartnerForm } from './RatePartnerForm.tsx';

function RatingEntry({ rating }: { rating: PartnerRating }) {
  return (
    <Stack gap={2} data-testid="partner-rating">
      <Text size="sm">
        <b>{rating.raterName}</b> rated <b>{rating.ratedName}</b>
      </Text>
      <Rating value={rating.score} readOnly size="sm" role="img" aria-label={`${rating.score} out of 5 stars`} />
      {rating.comment && (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {rating.comment}
        </Text>
      )}
      <Text size="xs" c="dimmed">
        {formatDateTime(rating.updatedAt)}
      </Text>
    </Stack>
  );
}

function RatingList({ ratings }: { ratings: PartnerRating[] }) {
  if (ratings.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No ratings yet.
      </Text>
    );
  }
  return (
    <Stack gap="sm">
      {ratings.map((rating) => (
        <RatingEntry key={`${rating.raterOrgId}:${rating.ratedOrgId}`} rating={rating} />
      ))}
    </Stack>
  );
}

/** How the parties rated each other, and a form for those who can still rate. */
export function PartnerRatingsPanel({ collaboration }: { collaboration: Collaboration }) {
  // Before an agreement takes effect the parties have not worked together, so there is nothing to rate.
  const workedTogether = hasBeenActive(collaboration.transitions);
  const ratings = usePartnerRatings(collaboration.id, workedTogether);
  const canRate = workedTogether && collaboration.abilities.rate.length > 0;

  return (
    <Paper withBorder radius="md" p="md" data-testid="partner-ratings">
      <Stack gap="sm">
        <Stack gap={2}>
          <Title order={2} size="h5">
            Partner ratings
          </Title>
          <Text size="sm" c="dimmed">
            Ratings from past collaborations count in the trust part of partner suggestions.
          </Text>
        </Stack>
        {!workedTogether ? (
          <Text size="sm">Parties rate each other once an agreement has taken effect.</Text>
        ) : ratings.isPending ? (
          <Loader size="sm" />
        ) : ratings.isError ? (
          <QueryErrorAlert error={ratings.error} onRetry={() => void ratings.refetch()} />
        ) : (
          <RatingList ratings={ratings.data} />
        )}
        {canRate && ratings.data && (
          <>
            <Divider />
            <RatePartnerForm collaboration={collaboration} ratings={ratings.data} />
          </>
        )}
      </Stack>
    </Paper>
  );
}
