import { Button, Group } from '@mantine/core';
import { useNavigate } from 'react-router';
import { ConfirmButton } from '../../components/ConfirmButton.tsx';
import { notifyFailure, notifySuccess } from '../../components/notify.ts';
import { useRespondToInvitation } from './useCollaborations.ts';

interface RespondButtonsProps {
  collaborationId: string;
  collaborationName: string;
  orgId: string;
  orgName: string;
}

/** Accept or decline an invitation on behalf of one of the user's organizations. */
export function RespondButtons({ collaborationId, collaborationName, orgId, orgName }: RespondButtonsProps) {
  const respond = useRespondToInvitation();
  const navigate = useNavigate();
  const answer = (accept: boolean) =>
    respond.mutate(
      { collaborationId, orgId, accept },
      {
        onSuccess: () => {
          notifySuccess(accept ? `${orgName} joined ${collaborationName}` : `${orgName} declined ${collaborationName}`);
          if (!accept) navigate('/collaborations');
        },
        onError: (error) => notifyFailure(error, 'Could not answer the invitation'),
      },
    );
  return (
    <Group gap="xs" wrap="nowrap">
      <Button
        size="xs"
        color="teal"
        loading={respond.isPending && respond.variables.accept}
        onClick={() => answer(true)}
      >
        Accept
      </Button>
      <ConfirmButton
        size="xs"
        variant="default"
        question={`Decline for ${orgName}? ${orgName} will no longer see this collaboration.`}
        confirmLabel="Decline"
        onConfirm={() => answer(false)}
      >
        Decline
      </ConfirmButton>
    </Group>
  );
}
