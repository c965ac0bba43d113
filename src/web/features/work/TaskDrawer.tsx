import {
  Badge,
  Button,
  Divider,
  Drawer,
  Group,
  MultiSelect,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import type { Collaboration } from '../../api/collaborations.ts';
import type { Task, UpdateTaskInput } from '../../api/projects.ts';
import { ConfirmButton } from '../../components/ConfirmButton.tsx';
import { PageLoader } from '../../components/PageLoader.tsx';
import { QueryErrorAlert } from '../../components/QueryErrorAlert.tsx';
import { notifyFailure, notifySuccess } from '../../components/notify.ts';
import { TaskFlags } from './TaskCard.tsx';
import { raciLabels, taskStatusColors, taskStatuses, taskStatusLabels } from './taskLabels.ts';
import { ThreadPanel } from './ThreadPanel.tsx';
import { usePeople } from './useProjects.ts';
import { useDeleteTask, useTask, useTasks, useUpdateTask } from './useTasks.ts';
import { useTaskThread } from './useThreads.ts';

function TaskFields({ task, collaboration }: { task: Task; collaboration: Collaboration }) {
  const update = useUpdateTask(collaboration.id);
  const people = usePeople(collaboration.id).data ?? [];
  const siblings = (useTasks(collaboration.id, task.projectId).data ?? []).filter((t) => t.id !== task.id);
  const editable = task.abilities.edit;
  const save = (input: UpdateTaskInput) =>
    update.mutate({ taskId: task.id, input }, { onError: (error) => notifyFailure(error, 'The task was not changed') });
  return (
    <SimpleGrid cols={2} spacing="sm">
      <Select
        label="Status"
        data={taskStatuses.map((s) => ({ value: s, label: taskStatusLabels[s] }))}
        value={task.status}
        allowDeselect={false}
        disabled={!editable}
        onChange={(v) => v && v !== task.status && save({ status: v as Task['status'] })}
      />
      <Select
        label="Assignee"
        placeholder="Unassigned"
        clearable
        disabled={!editable}
        data={people.filter((p) => p.orgId === task.ownerOrg.orgId).map((p) => ({ value: p.userId, label: p.name }))}
        value={task.assignee?.userId ?? null}
        onChange={(v) => save({ assigneeUserId: v })}
      />
      <TextInput
        label="Due date"
        type="date"
        disabled={!editable}
        defaultValue={task.dueDate ?? ''}
        key={task.dueDate}
        onBlur={(e) => {
          const value = e.currentTarget.value || null;
          if (value !== task.dueDate) save({ dueDate: value });
        }}
      />
      <TextInput label="Owner organization" value={task.ownerOrg.name} readOnly />
      <MultiSelect
        label="Depends on"
        style={{ gridColumn: '1 / -1' }}
        disabled={!editable}
        data={siblings.map((t) => ({ value: t.id, label: t.title }))}
        value={task.dependsOn.map((d) => d.taskId)}
        onChange={(v) => save({ dependsOn: v })}
      />
    </SimpleGrid>
  );
}

function TaskDetails({
  task,
  collaboration,
  onClose,
}: {
  task: Task;
  collaboration: Collaboration;
  onClose: () => void;
}) {
  const thread = useTaskThread(collaboration.id, task.id);
  const remove = useDeleteTask(collaboration.id);
  return (
    <Stack gap="md">
      <Group gap={6}>
        <Badge color={taskStatusColors[task.status]} variant="light">
          {taskStatusLabels[task.status]}
        </Badge>
        <TaskFlags task={task} />
      </Group>
      {task.description && (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {task.description}
        </Text>
      )}
      <TaskFields task={task} collaboration={collaboration} />
      {task.dependsOn.length > 0 && (
        <Stack gap={2}>
          {task.dependsOn.map((d) => (
            <Text key={d.taskId} size="xs" c={d.status === 'done' ? 'dimmed' : 'orange'}>
              {d.status === 'done' ? '✓' : '…'} {d.title} — {taskStatusLabels[d.status]}
            </Text>
          ))}
        </Stack>
      )}
      {task.raci.length > 0 && (
        <Group gap={6}>
          {task.raci.map((r) => (
            <Badge key={`${r.userId}-${r.role}`} variant="outline" tt="none">
              {raciLabels[r.role]}: {r.name}
            </Badge>
          ))}
        </Group>
      )}
      {task.abilities.delete && (
        <Group justify="flex-end">
          <ConfirmButton
            color="red"
            variant="subtle"
            size="xs"
            question="Delete this task and its discussion? This cannot be undone."
            confirmLabel="Delete the task"
            loading={remove.isPending}
            onConfirm={() =>
              remove.mutate(task.id, {
                onSuccess: () => {
                  notifySuccess(`Task "${task.title}" deleted.`);
                  onClose();
                },
                onError: (error) => notifyFailure(error),
              })
            }
          >
            Delete task
          </ConfirmButton>
        </Group>
      )}
      <Divider label="Discussion" labelPosition="left" />
      {thread.isPending && <PageLoader />}
      {thread.isError && <QueryErrorAlert error={thread.error} onRetry={() => void thread.refetch()} />}
      {thread.data && (
        <ThreadPanel collaborationId={collaboration.id} thread={thread.data} canWrite={collaboration.abilities.edit} />
      )}
    </Stack>
  );
}

export function TaskDrawer({
  collaboration,
  taskId,
  onClose,
}: {
  collaboration: Collaboration;
  taskId: string;
  onClose: () => void;
}) {
  const task = useTask(collaboration.id, taskId);
  return (
    <Drawer
      opened
      onClose={onClose}
      position="right"
      size="lg"
      title={<Text fw={700}>{task.data?.title ?? 'Task'}</Text>}
    >
      {task.isPending && <PageLoader />}
      {task.isError && <QueryErrorAlert error={task.error} onRetry={() => void task.refetch()} />}
      {task.data && <TaskDetails task={task.data} collaboration={collaboration} onClose={onClose} />}
      {task.data === undefined && !task.isPending && !task.isError && <Button onClick={onClose}>Close</Button>}
    </Drawer>
  );
}
