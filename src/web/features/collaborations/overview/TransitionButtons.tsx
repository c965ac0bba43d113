import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { collaborationTransitions, type CollaborationState } from '../../../../common/collaboration.ts';
import type { Collaboration } from '../../../api/collaborations.ts';
import { notifyFailure, notifySuccess } from '../../../components/notify.ts';
import { stateHints, stateLabels, transitionActions } from '../collaborationLabels.ts';
import { useTransitionCollaboration } from '../useCollaborations.ts';

/** The moves allowed from the current state; `active` is reached by signing, except when resuming a review. */
export function allowedTransitions(state: CollaborationState): CollaborationState[] {
  return collaborationTransitions[state].filter((to) => to !== 'active' || state === 'under_review');
}

export function TransitionButtons({ collaboration }: { collaboration: Collaboration }) {
  const [target, setTarget] = useState<CollaborationState | null>(null);
  const [reason, setReason] = useState('');
  const transition = useTransitionCollaboration(collaboration.id);
  const allowed = allowedTransitions(collaboration.state);
  if (!collaboration.abilities.commit || allowed.length === 0) return null;

  const confirm = () => {
    if (!target) return;
    transition.mutate(
      { to: target, reason: reason.trim() },
      {
        onSuccess: () => {
          notifySuccess(`${collaboration.name} is now ${stateLabels[target].toLowerCase()}`);
          setTarget(null);
          setReason('');
        },
        onError: (error) => notifyFailure(error, 'Could not change the state'),
      },
    );
  };

  return (
    <>
      <Group gap="xs" data-testid="transition-buttons">
        {allowed.map((to) => (
          <Button
            key={to}
            size="xs"
            variant={to === 'terminated' ? 'outline' : 'light'}
            color={to === 'terminated' ? 'red' : undefined}
            onClick={() => setTarget(to)}
          >
            {transitionActions[to]}
          </Button>
        ))}
      </Group>
      <Modal
        opened={target !== null}
        onClose={() => setTarget(null)}
        title={target ? `${transitionActions[target]}?` : ''}
      >
        {target && (
          <Stack gap="sm">
            <Text size="sm">{stateHints[target]}</Text>
            {target === 'terminated' && (
              <Text size="sm" c="red">
                This cannot be undone. Every party sees the reason, and it is written to the ledger.
              </Text>
            )}
            <Textarea
              label="Reason"
              description="Recorded in the history and the ledger"
              autosize
              minRows={2}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setTarget(null)}>
                Cancel
              </Button>
              <Button
                color={target === 'terminated' ? 'red' : undefined}
                loading={transition.isPending}
                onClick={confirm}
              >
                {transitionActions[target]}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </>
  );
}
