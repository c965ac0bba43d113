import { Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { meetingStatusLabels, type MeetingStatus } from '../../../common/meetings.ts';
import { meetingInvitationUrl, type Meeting, type MeetingHome } from '../../api/meetings.ts';
import { ConfirmButton } from '../../components/ConfirmButton.tsx';
import { notifyFailure, notifySuccess } from '../../components/notify.ts';
import { AvailabilityGrid, formatSlot } from './AvailabilityGrid.tsx';
import { useAnswerSlot, useCancelMeeting, useScheduleMeeting } from './useMeetings.ts';

const statusColors: Record<MeetingStatus, string> = { proposed: 'blue', scheduled: 'teal', cancelled: 'gray' };

export function MeetingCard({ home, meeting }: { home: MeetingHome; meeting: Meeting }) {
  const answer = useAnswerSlot(home);
  const schedule = useScheduleMeeting(home);
  const cancel = useCancelMeeting(home);
  const chosen = meeting.slots.find((s) => s.id === meeting.chosenSlotId);
  const busy = answer.isPending || schedule.isPending || cancel.isPending;

  return (
    <Card withBorder radius="md" padding="md" data-testid="meeting-card" data-status={meeting.status}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <Stack gap={2}>
            <Group gap="xs">
              <Text fw={600}>{meeting.title}</Text>
              <Badge color={statusColors[meeting.status]} variant="light" data-testid="meeting-status">
                {meetingStatusLabels[meeting.status]}
              </Badge>
            </Group>
            <Text size="sm" c="dimmed">
              {chosen ? formatSlot(chosen.startsAt, chosen.endsAt) : `${meeting.durationMinutes} minutes`}
              {meeting.location && ` · ${meeting.location}`}
              {meeting.createdBy.name && ` · proposed by ${meeting.createdBy.name}`}
            </Text>
          </Stack>
          <Group gap="xs">
            {chosen && (
              <Button
                component="a"
                href={meetingInvitationUrl(meeting.id)}
                download
                size="xs"
                variant={meeting.status === 'cancelled' ? 'default' : 'filled'}
                data-testid="meeting-ics"
              >
                {meeting.status === 'cancelled' ? 'Download cancellation (.ics)' : 'Add to calendar (.ics)'}
              </Button>
            )}
            {meeting.abilities.cancel && (
              <ConfirmButton
                size="xs"
                variant="subtle"
                color="red"
                question="Cancel this meeting for everyone?"
                confirmLabel="Cancel meeting"
                onConfirm={() =>
                  cancel.mutate(meeting.id, {
                    onSuccess: () => notifySuccess('The meeting is cancelled; participants are notified.'),
                    onError: (error) => notifyFailure(error),
                  })
                }
              >
                Cancel meeting
              </ConfirmButton>
            )}
          </Group>
        </Group>
        {meeting.description && (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {meeting.description}
          </Text>
        )}
        <AvailabilityGrid
          meeting={meeting}
          busy={busy}
          onAnswer={(slotId, value) =>
            answer.mutate(
              { meetingId: meeting.id, slotId, answer: value },
              { onError: (error) => notifyFailure(error) },
            )
          }
          onPick={(slotId) =>
            schedule.mutate(
              { meetingId: meeting.id, slotId },
              {
                onSuccess: () => notifySuccess('Time picked. Everyone is notified and can add it to their calendar.'),
                onError: (error) => notifyFailure(error),
              },
            )
          }
        />
      </Stack>
    </Card>
  );
}
