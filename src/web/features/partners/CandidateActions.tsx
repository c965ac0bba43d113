import { Badge, Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { MatchDecision } from '../../../common/matching.ts';
import type { Introduction } from '../../api/introductions.ts';
import type { MatchCandidate } from '../../api/matching.ts';
import { notifyFailure, notifySuccess } from '../../components/notify.ts';
import { useDecideOnCandidate } from './useMatches.ts';

interface CandidateActionsProps {
  orgId: string;
  candidate: MatchCandidate;
  canEdit: boolean;
  introduction: Introduction | undefined;
  onRequestIntroduction: () => void;
}

const introductionBadges: Record<Introduction['status'], { label: string; color: string }> = {
  requested: { label: 'Introduction requested', color: 'grape' },
  accepted: { label: 'Introduced', color: 'teal' },
  declined: { label: 'Introduction declined', color: 'gray' },
};

/** Save, dismiss (with an undo) and ask for an introduction. */
export function CandidateActions({
  orgId,
  candidate,
  canEdit,
  introduction,
  onRequestIntroduction,
}: CandidateActionsProps) {
  const decide = useDecideOnCandidate(orgId);
  const { id, name } = candidate.org;
  const saved = candidate.decision === 'saved';
  const pending = (decision: MatchDecision | null) => decide.isPending && decide.variables.decision === decision;

  const setDecision = (decision: MatchDecision | null, done: string) =>
    decide.mutate(
      { candidateOrgId: id, decision },
      { onSuccess: () => notifySuccess(done), onError: (error) => notifyFailure(error, 'Could not save your choice') },
    );

  const dismiss = () =>
    decide.mutate(
      { candidateOrgId: id, decision: 'dismissed' },
      {
        onSuccess: () =>
          notifications.show({
            id: `dismissed-${id}`,
            color: 'gray',
            title: `${name} dismissed`,
            message: (
              <Button
                size="compact-xs"
                variant="subtle"
                onClick={() => {
                  notifications.hide(`dismissed-${id}`);
                  decide.mutate({ candidateOrgId: id, decision: null });
                }}
              >
                Undo: suggest it again
              </Button>
            ),
            autoClose: 8000,
          }),
        onError: (error) => notifyFailure(error, 'Could not dismiss'),
      },
    );

  const open = introduction && introduction.status !== 'declined';
  return (
    <Group gap="xs" justify="flex-end">
      {!canEdit && (
        <Text size="xs" c="dimmed" mr="auto">
          Only people who can edit your organization save, dismiss or ask for introductions.
        </Text>
      )}
      {introduction && (
        <Badge color={introductionBadges[introduction.status].color} variant="light" data-testid="introduction-status">
          {introductionBadges[introduction.status].label}
        </Badge>
      )}
      <Button
        size="xs"
        variant={saved ? 'light' : 'default'}
        color={saved ? 'teal' : undefined}
        disabled={!canEdit}
        loading={pending(saved ? null : 'saved')}
        onClick={() =>
          saved ? setDecision(null, `${name} removed from your saved partners`) : setDecision('saved', `${name} saved`)
        }
      >
        {saved ? 'Saved ✓' : 'Save'}
      </Button>
      <Button size="xs" variant="default" disabled={!canEdit} loading={pending('dismissed')} onClick={dismiss}>
        Dismiss
      </Button>
      <Button size="xs" disabled={!canEdit || Boolean(open)} onClick={onRequestIntroduction}>
        Request introduction
      </Button>
    </Group>
  );
}
