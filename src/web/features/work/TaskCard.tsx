import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import type { Task } from '../../api/projects.ts';
import { formatCalendarDate } from '../../components/formatDate.ts';

/** Overdue and blocked tasks stand out: a red or orange edge and a badge saying why. */
export function taskAccent(task: Task): string | undefined {
  if (task.overdue) return 'var(--mantine-color-red-6)';
  if (task.blocked) return 'var(--mantine-color-orange-5)';
  return undefined;
}

export function TaskFlags({ task }: { task: Task }) {
  const openDependencies = task.dependsOn.filter((d) => d.status !== 'done');
  return (
    <>
      {task.overdue && (
        <Badge color="red" size="xs" variant="filled">
          Overdue
        </Badge>
      )}
      {/* A task in the Blocked status says so already; this flags one held up by unfinished dependencies. */}
      {task.blocked && task.status !== 'blocked' && (
        <Badge color="orange" size="xs" variant="light" title={openDependencies.map((d) => d.title).join(', ')}>
          Blocked by {openDependencies.length}
        </Badge>
      )}
    </>
  );
}

export function TaskCard({ task, onOpen }: { task: Task; onOpen: () => void }) {
  const accent = taskAccent(task);
  return (
    <Paper
      withBorder
      radius="sm"
      p="sm"
      onClick={onOpen}
      onKeyDown={(e) => (e.key === 'Enter' || e.key === ' ') && onOpen()}
      role="button"
      tabIndex={0}
      aria-label={`Open task ${task.title}`}
      data-testid="task-card"
      style={{ cursor: 'pointer', borderLeft: accent ? `4px solid ${accent}` : undefined }}
    >
      <Stack gap={6}>
        <Text size="sm" fw={600} lineClamp={2}>
          {task.title}
        </Text>
        <Group gap={4}>
          <TaskFlags task={task} />
        </Group>
        <Text size="xs" c="dimmed">
          {task.ownerOrg.name}
          {task.assignee && ` · ${task.assignee.name}`}
        </Text>
        {task.dueDate && (
          <Text size="xs" c={task.overdue ? 'red' : 'dimmed'}>
            Due {formatCalendarDate(task.dueDate)}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
