import { Badge, Button, Grid, Group, NavLink, Paper, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import type { Collaboration } from '../../api/collaborations.ts';
import { createThreadBody } from '../../../common/projects.ts';
import { EmptyState } from '../../components/EmptyState.tsx';
import { FormModal } from '../../components/form/FormModal.tsx';
import { useFormState } from '../../components/form/useFormState.ts';
import { formatDateTime } from '../../components/formatDate.ts';
import { PageLoader } from '../../components/PageLoader.tsx';
import { QueryErrorAlert } from '../../components/QueryErrorAlert.tsx';
import { ThreadPanel } from './ThreadPanel.tsx';
import { useCreateThread, useThreads } from './useThreads.ts';

function NewThreadModal({
  collaborationId,
  onCreated,
  onClose,
}: {
  collaborationId: string;
  onCreated: (threadId: string) => void;
  onClose: () => void;
}) {
  const create = useCreateThread(collaborationId);
  const form = useFormState({ title: '', body: '' }, ['title', 'body']);
  const { values, textProps } = form;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = form.validate(createThreadBody, values);
    if (input) create.mutate(input, { onSuccess: (thread) => onCreated(thread.id), onError: form.showError });
  };
  return (
    <FormModal
      title="New thread"
      onClose={onClose}
      onSubmit={submit}
      problem={form.problem}
      submitLabel="Start thread"
      submitting={create.isPending}
    >
      <TextInput label="Subject" required data-autofocus {...textProps('title')} />
      <Textarea label="First message" autosize minRows={3} {...textProps('body')} />
    </FormModal>
  );
}

/** The collaboration's discussions: general threads and those of its tasks, with what you have not read. */
export function ThreadsTab({ collaboration }: { collaboration: Collaboration }) {
  const threads = useThreads(collaboration.id);
  const [params, setParams] = useSearchParams();
  const [creating, setCreating] = useState(false);
  const select = (threadId: string) => setParams({ thread: threadId });
  if (threads.isPending) return <PageLoader />;
  if (threads.isError) return <QueryErrorAlert error={threads.error} onRetry={() => void threads.refetch()} />;
  const selected = threads.data.find((t) => t.id === params.get('thread')) ?? threads.data[0];
  const canWrite = collaboration.abilities.edit;

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={2} size="h4">
          Threads
        </Title>
        {canWrite && <Button onClick={() => setCreating(true)}>New thread</Button>}
      </Group>
      {threads.data.length === 0 || !selected ? (
        <EmptyState
          title="No threads yet"
          description="Threads keep the parties' discussions in one place, next to the work."
        />
      ) : (
        <Grid gutter="md">
          <Grid.Col span={{ base: 12, md: 4 }}>
            <Paper withBorder radius="md" p={4}>
              {threads.data.map((t) => (
                <NavLink
                  key={t.id}
                  active={t.id === selected.id}
                  onClick={() => select(t.id)}
                  label={
                    <Text size="sm" fw={t.unreadCount > 0 ? 700 : 500} lineClamp={1}>
                      {t.title}
                    </Text>
                  }
                  description={`${t.taskId ? 'Task · ' : ''}${t.messageCount} ${t.messageCount === 1 ? 'message' : 'messages'} · ${formatDateTime(t.lastMessageAt ?? t.createdAt)}`}
                  rightSection={
                    t.unreadCount > 0 && (
                      <Badge size="sm" circle={t.unreadCount < 10} aria-label={`${t.unreadCount} unread`}>
                        {t.unreadCount}
                      </Badge>
                    )
                  }
                />
              ))}
            </Paper>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 8 }}>
            <Paper withBorder radius="md" p="md">
              <Stack gap="sm">
                <Title order={3} size="h5">
                  {selected.title}
                </Title>
                <ThreadPanel
                  key={selected.id}
                  collaborationId={collaboration.id}
                  thread={selected}
                  canWrite={canWrite}
                />
              </Stack>
            </Paper>
          </Grid.Col>
        </Grid>
      )}
      {creating && (
        <NewThreadModal
          collaborationId={collaboration.id}
          onClose={() => setCreating(false)}
          onCreated={(id) => {
            setCreating(false);
            select(id);
          }}
        />
      )}
    </Stack>
  );
}
