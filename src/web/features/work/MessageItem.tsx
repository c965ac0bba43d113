import { Anchor, Button, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { Message } from '../../api/projects.ts';
import { formatDateTime } from '../../components/formatDate.ts';
import { notifyFailure } from '../../components/notify.ts';
import { splitMentions } from './mentions.ts';
import { useEditMessage } from './useThreads.ts';

function MessageBody({ message }: { message: Message }) {
  const parts = splitMentions(
    message.body,
    message.mentions.map((m) => m.name),
  );
  return (
    <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
      {parts.map((part, index) =>
        part.mention ? (
          <Text key={index} span fw={600} c="indigo">
            {part.text}
          </Text>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </Text>
  );
}

export function MessageItem({ message, collaborationId }: { message: Message; collaborationId: string }) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(message.body);
  const edit = useEditMessage(collaborationId, message.threadId);
  const save = () =>
    edit.mutate(
      { messageId: message.id, body: draft },
      { onSuccess: () => setEditing(false), onError: (error) => notifyFailure(error, 'The message was not changed') },
    );
  return (
    <Paper withBorder radius="md" p="sm" data-testid="message">
      <Stack gap={4}>
        <Group justify="space-between" gap="xs">
          <Text size="sm" fw={600}>
            {message.author.name}{' '}
            <Text span size="xs" c="dimmed" fw={400}>
              {message.author.orgName}
            </Text>
          </Text>
          <Group gap={6}>
            <Text size="xs" c="dimmed">
              {formatDateTime(message.createdAt)}
            </Text>
            {message.editedAt && (
              <Text size="xs" c="dimmed" fs="italic" title={`Edited ${formatDateTime(message.editedAt)}`}>
                (edited)
              </Text>
            )}
            {message.abilities.edit && !editing && (
              <Anchor component="button" type="button" size="xs" onClick={() => setEditing(true)}>
                Edit
              </Anchor>
            )}
          </Group>
        </Group>
        {editing ? (
          <Stack gap={4}>
            <Textarea
              aria-label="Edit message"
              autosize
              minRows={2}
              value={draft}
              onChange={(e) => setDraft(e.currentTarget.value)}
            />
            <Group justify="flex-end" gap="xs">
              <Button
                size="xs"
                variant="default"
                onClick={() => {
                  setDraft(message.body);
                  setEditing(false);
                }}
              >
                Cancel
              </Button>
              <Button size="xs" onClick={save} loading={edit.isPending} disabled={!draft.trim()}>
                Save
              </Button>
            </Group>
          </Stack>
        ) : (
          <MessageBody message={message} />
        )}
      </Stack>
    </Paper>
  );
}
