import { Button, Group } from '@mantine/core';
import type { Introduction } from '../../api/introductions.ts';
import { ConfirmButton } from '../../components/ConfirmButton.tsx';
import { notifyFailure, notifySuccess } from '../../components/notify.ts';
import { useAnswerIntroduction } from './useIntroductions.ts';

/** Accept (which reveals both contacts) or decline an incoming request. */
export function AnswerButtons({ introduction }: { introduction: Introduction }) {
  const answer = useAnswerIntroduction();
  const from = introduction.from.name;
  const respond = (accept: boolean) =>
    answer.mutate(
      { introductionId: introduction.id, accept },
      {
        onSuccess: () =>
          notifySuccess(accept ? `You and ${from} can now see each other's contact details` : `Declined ${from}`),
        onError: (error) => notifyFailure(error, 'Could not answer the request'),
      },
    );
  return (
    <Group gap="xs" wrap="nowrap">
      <Button
        size="xs"
        color="teal"
        loading={answer.isPending && answer.variables.accept}
        onClick={() => respond(true)}
      >
        Accept
      </Button>
      <ConfirmButton
        size="xs"
        variant="default"
        loading={answer.isPending && !answer.variables.accept}
        question={`Decline the request from ${from}? They will see that you declined; no contact details are shared.`}
        confirmLabel="Decline"
        onConfirm={() => respond(false)}
      >
        Decline
      </ConfirmButton>
    </Group>
  );
}
