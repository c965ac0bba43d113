import { Badge, Group, Stack, Tabs } from '@mantine/core';
import { useState } from 'react';
import type { Introduction } from '../../api/introductions.ts';
import { EmptyState } from '../../components/EmptyState.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { PageLoader } from '../../components/PageLoader.tsx';
import { QueryErrorAlert } from '../../components/QueryErrorAlert.tsx';
import { IntroductionCard } from './IntroductionCard.tsx';
import { isWaitingForMe, useIntroductions } from './useIntroductions.ts';

type Direction = Introduction['direction'];

const empty: Record<Direction, { title: string; description: string }> = {
  incoming: {
    title: 'No requests yet',
    description:
      'When another organization asks to be introduced to yours, the request appears here for you to answer.',
  },
  outgoing: {
    title: 'You have not asked for an introduction yet',
    description: 'Open Partners, pick a suggestion and choose “Request introduction”.',
  },
};

function IntroductionList({ items, direction }: { items: Introduction[]; direction: Direction }) {
  if (items.length === 0) return <EmptyState {...empty[direction]} />;
  return (
    <Stack gap="sm" data-testid={`introductions-${direction}`}>
      {items.map((introduction) => (
        <IntroductionCard key={introduction.id} introduction={introduction} />
      ))}
    </Stack>
  );
}

/** Requests to and from the user's organizations; contact details appear once accepted. */
export function IntroductionsPage() {
  const introductions = useIntroductions();
  const [tab, setTab] = useState<Direction | null>(null);
  const items = introductions.data ?? [];
  const incoming = items.filter((i) => i.direction === 'incoming');
  const outgoing = items.filter((i) => i.direction === 'outgoing');
  const waiting = incoming.filter(isWaitingForMe).length;
  // Start where there is something to do: requests to answer first, then the user's own requests.
  const shown = tab ?? (waiting > 0 || outgoing.length === 0 ? 'incoming' : 'outgoing');

  return (
    <Stack gap="lg">
      <PageHeader
        title="Introductions"
        description="Ask to be introduced to a partner; contact details are shared only when the other side accepts."
      />
      {introductions.isPending && <PageLoader />}
      {introductions.isError && (
        <QueryErrorAlert error={introductions.error} onRetry={() => void introductions.refetch()} />
      )}
      {introductions.data && (
        <Tabs value={shown} onChange={(next) => setTab(next === 'outgoing' ? 'outgoing' : 'incoming')}>
          <Tabs.List mb="md">
            <Tabs.Tab value="incoming">
              <Group gap={6} wrap="nowrap">
                Incoming
                {waiting > 0 && (
                  <Badge size="sm" color="red" circle>
                    {waiting}
                  </Badge>
                )}
              </Group>
            </Tabs.Tab>
            <Tabs.Tab value="outgoing">Outgoing ({outgoing.length})</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="incoming">
            <IntroductionList items={incoming} direction="incoming" />
          </Tabs.Panel>
          <Tabs.Panel value="outgoing">
            <IntroductionList items={outgoing} direction="outgoing" />
          </Tabs.Panel>
        </Tabs>
      )}
    </Stack>
  );
}
