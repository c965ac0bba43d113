import { Button, Modal } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { listMeetings } from '../../api/meetings.ts';
import type { Introduction } from '../../api/introductions.ts';
import { MeetingsPanel } from './MeetingsPanel.tsx';
import { meetingKeys } from './useMeetings.ts';

/** On an accepted introduction: the first meeting between the two organizations. */
export function IntroductionMeetingsButton({ introduction }: { introduction: Introduction }) {
  const home = { introductionId: introduction.id };
  const [opened, setOpened] = useState(false);
  const meetings = useQuery({ queryKey: meetingKeys.list(home), queryFn: () => listMeetings(home) });
  const count = meetings.data?.items.length ?? 0;
  const other = introduction.direction === 'incoming' ? introduction.from.name : introduction.to.name;
  return (
    <>
      <Button size="xs" variant="light" onClick={() => setOpened(true)} data-testid="introduction-meetings">
        {count > 0 ? `Meetings (${count})` : 'Propose a first meeting'}
      </Button>
      <Modal opened={opened} onClose={() => setOpened(false)} title={`First meeting with ${other}`} size="xl">
        <MeetingsPanel
          home={home}
          title={null}
          defaultTitle={`${introduction.from.name} × ${introduction.to.name}: first meeting`}
        />
      </Modal>
    </>
  );
}
