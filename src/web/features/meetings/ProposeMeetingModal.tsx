import { ActionIcon, Button, Group, NumberInput, Stack, Text, TextInput, Textarea } from '@mantine/core';
import type { FormEvent } from 'react';
import { createMeetingBody, maxMeetingSlots } from '../../../common/meetings.ts';
import type { MeetingHome } from '../../api/meetings.ts';
import { FormModal } from '../../components/form/FormModal.tsx';
import { useFormState } from '../../components/form/useFormState.ts';
import { notifySuccess } from '../../components/notify.ts';
import { useProposeMeeting } from './useMeetings.ts';

interface ProposeMeetingModalProps {
  home: MeetingHome;
  defaultTitle: string;
  onClose: () => void;
}

const shownFields = ['title', 'description', 'location', 'durationMinutes', 'slots', 'slots.'];

// A <input type="datetime-local"> value in the browser's time zone, `days` from now at `hour`.
function localSlot(days: number, hour: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  d.setHours(hour, 0, 0, 0);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

const toInstant = (local: string) => {
  const date = new Date(local);
  return local && !Number.isNaN(date.getTime()) ? date.toISOString() : local;
};

/** Proposes a meeting with a few possible times; the participants say which suit them. */
export function ProposeMeetingModal({ home, defaultTitle, onClose }: ProposeMeetingModalProps) {
  const propose = useProposeMeeting(home);
  const form = useFormState(
    {
      title: defaultTitle,
      description: '',
      location: '',
      durationMinutes: 60 as number | string,
      slots: [localSlot(2, 10), localSlot(3, 14)],
    },
    shownFields,
  );
  const { slots } = form.values;
  const setSlot = (index: number, value: string) =>
    form.setField(
      'slots',
      slots.map((s, i) => (i === index ? value : s)),
    );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = form.validate(createMeetingBody, {
      ...form.values,
      durationMinutes: Number(form.values.durationMinutes),
      slots: slots.map(toInstant),
    });
    if (!input) return;
    propose.mutate(input, {
      onSuccess: () => {
        notifySuccess('Meeting proposed. The participants can now say which times suit them.');
        onClose();
      },
      onError: form.showError,
    });
  };

  return (
    <FormModal
      title="Propose a meeting"
      size="lg"
      onClose={onClose}
      onSubmit={submit}
      problem={form.problem}
      submitLabel="Propose meeting"
      submitting={propose.isPending}
    >
      <TextInput label="Title" required data-autofocus {...form.textProps('title')} />
      <Group grow align="flex-start">
        <TextInput label="Where" placeholder="Address or video link" {...form.textProps('location')} />
        <NumberInput
          label="Duration (minutes)"
          min={5}
          max={1440}
          step={15}
          value={form.values.durationMinutes}
          onChange={(value) => form.setField('durationMinutes', value)}
          error={form.errors.durationMinutes}
        />
      </Group>
      <Textarea label="Agenda" autosize minRows={2} maxRows={6} {...form.textProps('description')} />
      <Stack gap={6}>
        <Text size="sm" fw={500}>
          Possible times
        </Text>
        <Text size="xs" c="dimmed">
          In your time zone ({Intl.DateTimeFormat().resolvedOptions().timeZone}); up to {maxMeetingSlots}.
        </Text>
        {slots.map((slot, index) => (
          <Group key={index} gap="xs" align="flex-start" wrap="nowrap">
            <TextInput
              type="datetime-local"
              aria-label={`Time ${index + 1}`}
              data-testid="meeting-slot-input"
              style={{ flex: 1 }}
              value={slot}
              onChange={(e) => setSlot(index, e.currentTarget.value)}
              error={form.errors[`slots.${index}`]}
            />
            <ActionIcon
              variant="subtle"
              color="gray"
              size="lg"
              aria-label={`Remove time ${index + 1}`}
              disabled={slots.length === 1}
              onClick={() =>
                form.setField(
                  'slots',
                  slots.filter((_, i) => i !== index),
                )
              }
            >
              ×
            </ActionIcon>
          </Group>
        ))}
        {form.errors.slots && (
          <Text size="xs" c="red">
            {form.errors.slots}
          </Text>
        )}
        <Group>
          <Button
            variant="subtle"
            size="xs"
            disabled={slots.length >= maxMeetingSlots}
            onClick={() => form.setField('slots', [...slots, localSlot(slots.length + 2, 10)])}
          >
            Add another time
          </Button>
        </Group>
      </Stack>
    </FormModal>
  );
}
