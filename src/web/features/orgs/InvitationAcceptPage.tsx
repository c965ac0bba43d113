import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError } from '../../api/client.ts';
import { notifySuccess } from '../../components/notify.ts';
import { PageLoader } from '../../components/PageLoader.tsx';
import { roleLabels } from '../../components/vocabularyLabels.ts';
import { AuthCard } from '../auth/AuthCard.tsx';
import { withNext } from '../auth/safeNextPath.ts';
import { useCurrentUser } from '../auth/useCurrentUser.ts';
import { currentOrgStorageKey } from './CurrentOrgContext.ts';
import { useAcceptInvitation, useInvitationPreview } from './useOrgInvitations.ts';

export function InvitationAcceptPage() {
  const { token = '' } = useParams();
  const navigate = useNavigate();
  const preview = useInvitationPreview(token);
  const currentUser = useCurrentUser();
  const accept = useAcceptInvitation();
  const here = `/invitations/${token}`;

  if (preview.isPending || currentUser.isPending) return <PageLoader />;
  if (preview.isError) {
    const invalid = preview.error instanceof ApiError && preview.error.status === 404;
    return (
      <AuthCard title="Invitation not valid" subtitle="This link cannot be used.">
        <Alert color="red" variant="light">
          {invalid
            ? 'The invitation has expired, was revoked or was already used. Ask the person who invited you for a new link.'
            : 'We could not load the invitation. Please try again.'}
        </Alert>
        <Button component={Link} to="/" variant="default">
          Go to Synergia
        </Button>
      </AuthCard>
    );
  }

  const { orgName, role, email } = preview.data;
  const user = currentUser.data;
  const wrongAccount = user && user.email.toLowerCase() !== email.toLowerCase();
  return (
    <AuthCard title={`Join ${orgName}`} subtitle={`You are invited as ${roleLabels[role].toLowerCase()}.`}>
      <Text size="sm">
        This invitation was sent to <b>{email}</b>.
      </Text>
      {!user && (
        <Stack gap="xs">
          <Text size="sm" c="dimmed">
            Sign in or create an account with that e-mail address to accept.
          </Text>
          <Group grow>
            <Button component={Link} to={withNext('/sign-up', here)}>
              Create account
            </Button>
            <Button component={Link} to={withNext('/sign-in', here)} variant="default">
              Sign in
            </Button>
          </Group>
        </Stack>
      )}
      {user && wrongAccount && (
        <Alert color="yellow" variant="light" title="Different account">
          You are signed in as {user.email}. Sign out and sign in as {email} to accept this invitation.
        </Alert>
      )}
      {accept.isError && (
        <Alert
          color="red"
          variant="light"
          title={accept.error instanceof ApiError ? accept.error.title : 'Could not accept'}
        >
          {accept.error instanceof ApiError ? accept.error.detail : accept.error.message}
        </Alert>
      )}
      {user && !wrongAccount && (
        <Button
          loading={accept.isPending}
          onClick={() =>
            accept.mutate(token, {
              onSuccess: ({ orgId }) => {
                localStorage.setItem(currentOrgStorageKey, JSON.stringify(orgId));
                notifySuccess(`Welcome to ${orgName}`);
                navigate('/org/identity', { replace: true });
              },
            })
          }
        >
          Accept and join {orgName}
        </Button>
      )}
    </AuthCard>
  );
}
