import { Button, Paper, Stack } from '@mantine/core';
import { useState } from 'react';
import { EmptyState } from '../../components/EmptyState.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { PageLoader } from '../../components/PageLoader.tsx';
import { QueryErrorAlert } from '../../components/QueryErrorAlert.tsx';
import { CollaborationsTable } from './CollaborationsTable.tsx';
import { CreateCollaborationModal } from './CreateCollaborationModal.tsx';
import { PendingInvitations } from './PendingInvitations.tsx';
import { useCollaborations } from './useCollaborations.ts';

export function CollaborationsPage() {
  const collaborations = useCollaborations();
  const [creating, setCreating] = useState(false);
  const createButton = <Button onClick={() => setCreating(true)}>New collaboration</Button>;
  return (
    <Stack gap="lg">
      <PageHeader
        title="Collaborations"
        description="Alliances, consortia, cooperatives and partnerships: parties, a signed agreement and a verifiable record."
        actions={createButton}
      />
      {collaborations.isPending && <PageLoader />}
      {collaborations.isError && (
        <QueryErrorAlert error={collaborations.error} onRetry={() => void collaborations.refetch()} />
      )}
      {collaborations.data && <PendingInvitations collaborations={collaborations.data} />}
      {collaborations.data && collaborations.data.length === 0 && (
        <EmptyState
          title="No collaborations yet"
          description="Start one with partners you found in a network directory. You draft the agreement together and every party signs it."
          action={createButton}
        />
      )}
      {collaborations.data && collaborations.data.length > 0 && (
        <Paper withBorder radius="md" p="xs">
          <CollaborationsTable collaborations={collaborations.data} />
        </Paper>
      )}
      {creating && <CreateCollaborationModal onClose={() => setCreating(false)} />}
    </Stack>
  );
}
