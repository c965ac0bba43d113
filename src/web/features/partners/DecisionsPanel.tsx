import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { MatchDecision } from '../../../common/matching.ts';
import type { MatchDecisionEntry } from '../../api/matching.ts';
import { formatDateTime } from '../../components/formatDate.ts';
import { notifyFailure, notifySuccess } from '../../components/notify.ts';
import { PageLoader } from '../../components/PageLoader.tsx';
import { QueryErrorAlert } from '../../components/QueryErrorAlert.tsx';
import { useDecideOnCandidate, useMatchDecisions } from './useMatches.ts';

const sections: Record<MatchDecision, { title: string; empty: string; undo: string; undone: string }> = {
  saved: {
    title: 'Every saved partner',
    empty: 'Nothing saved yet: use Save on a suggestion to keep it here, whatever the filters.',
    undo: 'Remove',
    undone: 'no longer saved',
  },
  dismissed: {
    title: 'Dismissed',
    empty: 'Nothing dismissed. Dismissed organizations are never suggested again until you restore them here.',
    undo: 'Suggest again',
    undone: 'will be suggested again',
  },
};

/** Every saved and dismissed candidate, whether or not it ranks under the current filters. */
export function DecisionsPanel({ orgId, canEdit }: { orgId: string; canEdit: boolean }) {
  return (
    <Stack gap="lg">
      <DecisionSection orgId={orgId} decision="saved" canEdit={canEdit} />
      <DecisionSection orgId={orgId} decision="dismissed" canEdit={canEdit} />
    </Stack>
  );
}

function DecisionSection({ orgId, decision, canEdit }: { orgId: string; decision: MatchDecision; canEdit: boolean }) {
  const list = useMatchDecisions(orgId, decision);
  const text = sections[decision];
  let body;
  if (list.isPending) body = <PageLoader />;
  else if (list.isError) body = <QueryErrorAlert error={list.error} onRetry={() => void list.refetch()} />;
  else if (list.data.items.length === 0)
    body = (
      <Text size="sm" c="dimmed">
        {text.empty}
      </Text>
    );
  else
    body = (
      <Stack gap="xs">
        {list.data.items.map((entry) => (
          <DecisionRow key={entry.org.id} orgId={orgId} entry={entry} canEdit={canEdit} />
        ))}
      </Stack>
    );
  return (
    <Stack gap="xs" aria-label={text.title} component="section">
      <Title order={2} size="h4">
        {text.title}
      </Title>
      {body}
    </Stack>
  );
}

function DecisionRow({ orgId, entry, canEdit }: { orgId: string; entry: MatchDecisionEntry; canEdit: boolean }) {
  const decide = useDecideOnCandidate(orgId);
  const text = sections[entry.decision];
  const place = [entry.org.city, entry.org.country].filter(Boolean).join(', ');
  return (
    <Paper withBorder radius="md" px="md" py="xs">
      <Group justify="space-between" wrap="nowrap">
        <Stack gap={0}>
          <Text fw={600}>{entry.org.name}</Text>
          <Text size="xs" c="dimmed">
            {place} · {entry.decision} by {entry.decidedBy} on {formatDateTime(entry.decidedAt)}
          </Text>
        </Stack>
        {canEdit && (
          <Button
            size="compact-sm"
            variant="subtle"
            loading={decide.isPending}
            onClick={() =>
              decide.mutate(
                { candidateOrgId: entry.org.id, decision: null },
                {
                  onSuccess: () => notifySuccess(`${entry.org.name} ${text.undone}`),
                  onError: (error) => notifyFailure(error, 'Could not change that'),
                },
              )
            }
          >
            {text.undo}
          </Button>
        )}
      </Group>
    </Paper>
  );
}
