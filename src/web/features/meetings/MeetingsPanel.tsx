import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { MeetingHome } from '../../api/meetings.ts';
import { EmptyState } from '../../components/EmptyState.tsx';
import { PageLoader } from '../../components/PageLoader.tsx';
import { QueryErrorAlert } from '../../components/QueryErrorAlert.tsx';
import { MeetingCard } from './MeetingCard.tsx';
import { ProposeMeetingModal } from './ProposeMeetingModal.tsx';
import { useMeetings } from './useMeetings.ts';

interface MeetingsPanelProps {
  home: MeetingHome;
  // null leaves the heading to the surrounding page or dialog.
  title?: string | null;
  defaultTitle: string;
}

/** Meetings of a collaboration or of an introduction: propose, answer, pick a time, add to the calendar. */
export function MeetingsPanel({ home, title = 'Meetings', defaultTitle }: MeetingsPanelProps) {
  const meetings = useMeetings(home);
  const [proposing, setProposing] = useState(false);
  if (meetings.isPending) return <PageLoader />;
  if (meetings.isError) return <QueryErrorAlert error={meetings.error} onRetry={() => void meetings.refetch()} />;
  const { items, abilities } = meetings.data;
  const propose = abilities.propose && (
    <Button onClick={() => setProposing(true)} data-testid="propose-meeting">
      Propose a meeting
    </Button>
  );
  return (
    <Stack gap="md">
      <Group justify="space-between">
        {title !== null && (
          <Title order={2} size="h4">
            {title}
          </Title>
        )}
        {items.length > 0 && propose}
      </Group>
      {items.length === 0 ? (
        <EmptyState
          title="No meetings yet"
          description={
            <Text size="sm" c="dimmed" span>
              Propose a few times; everyone says which suit them, then one is picked and sent as a calendar invitation.
            </Text>
          }
          action={propose}
        />
      ) : (
        items.map((meeting) => <MeetingCard key={meeting.id} home={home} meeting={meeting} />)
      )}
      {proposing && <ProposeMeetingModal home={home} defaultTitle={defaultTitle} onClose={() => setProposing(false)} />}
    </Stack>
  );
}
