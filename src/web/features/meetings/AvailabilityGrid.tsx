import { Badge, Button, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { slotAnswerLabels, slotAnswers, type SlotAnswer } from '../../../common/meetings.ts';
import type { Meeting } from '../../api/meetings.ts';

const answerColors: Record<SlotAnswer, string> = { yes: 'teal', maybe: 'yellow', no: 'red' };
const day = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short' });
const time = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });

export const formatSlot = (startsAt: string, endsAt: string) =>
  `${day.format(new Date(startsAt))}, ${time.format(new Date(startsAt))}–${time.format(new Date(endsAt))}`;

interface AvailabilityGridProps {
  meeting: Meeting;
  busy: boolean;
  onAnswer: (slotId: string, answer: SlotAnswer) => void;
  onPick: (slotId: string) => void;
}

/** One column per proposed time, one row per participant, with everyone's answer. */
export function AvailabilityGrid({ meeting, busy, onAnswer, onPick }: AvailabilityGridProps) {
  const open = meeting.status !== 'cancelled';
  return (
    <Table.ScrollContainer minWidth={200 + meeting.slots.length * 150}>
      <Table withColumnBorders verticalSpacing="xs" data-testid="availability-grid">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Participant</Table.Th>
            {meeting.slots.map((slot) => (
              <Table.Th key={slot.id} ta="center" data-testid="slot-header">
                <Stack gap={2} align="center">
                  <Text size="sm" fw={600}>
                    {day.format(new Date(slot.startsAt))}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {time.format(new Date(slot.startsAt))}–{time.format(new Date(slot.endsAt))}
                  </Text>
                  {slot.id === meeting.chosenSlotId && (
                    <Badge size="xs" color={open ? 'teal' : 'gray'}>
                      chosen
                    </Badge>
                  )}
                </Stack>
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {meeting.abilities.answer && (
            <Table.Tr bg="var(--mantine-color-indigo-0)">
              <Table.Td>
                <Text size="sm" fw={600}>
                  Your answer
                </Text>
              </Table.Td>
              {meeting.slots.map((slot, index) => (
                <Table.Td key={slot.id} ta="center">
                  <SegmentedControl
                    size="xs"
                    disabled={busy}
                    data-testid={`my-answer-${index}`}
                    value={slot.myAnswer ?? ''}
                    onChange={(value) => onAnswer(slot.id, value as SlotAnswer)}
                    data={slotAnswers.map((a) => ({ value: a, label: slotAnswerLabels[a] }))}
                  />
                </Table.Td>
              ))}
            </Table.Tr>
          )}
          {meeting.participants.map((person) => (
            <Table.Tr key={`${person.orgId}-${person.userId}`} data-testid="participant-row">
              <Table.Td>
                <Text size="sm">{person.name}</Text>
                <Text size="xs" c="dimmed">
                  {person.orgName}
                </Text>
              </Table.Td>
              {meeting.slots.map((slot) => {
                const answer = slot.answers.find((a) => a.userId === person.userId)?.answer;
                return (
                  <Table.Td key={slot.id} ta="center">
                    {answer ? (
                      <Badge variant="light" color={answerColors[answer]}>
                        {slotAnswerLabels[answer]}
                      </Badge>
                    ) : (
                      <Text size="xs" c="dimmed">
                        no answer
                      </Text>
                    )}
                  </Table.Td>
                );
              })}
            </Table.Tr>
          ))}
          <Table.Tr>
            <Table.Td>
              <Text size="xs" c="dimmed">
                Yes / if need be
              </Text>
            </Table.Td>
            {meeting.slots.map((slot, index) => (
              <Table.Td key={slot.id} ta="center">
                <Stack gap={4} align="center">
                  <Text size="sm" fw={600}>
                    {slot.counts.yes} / {slot.counts.maybe}
                  </Text>
                  {meeting.abilities.schedule && slot.id !== meeting.chosenSlotId && (
                    <Button
                      size="compact-xs"
                      variant="light"
                      disabled={busy}
                      data-testid={`pick-slot-${index}`}
                      onClick={() => onPick(slot.id)}
                    >
                      {meeting.chosenSlotId ? 'Move here' : 'Pick this time'}
                    </Button>
                  )}
                </Stack>
              </Table.Td>
            ))}
          </Table.Tr>
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
