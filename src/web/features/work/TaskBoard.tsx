import { Badge, Group, Paper, ScrollArea, SimpleGrid, Stack, Text } from '@mantine/core';
import type { Task } from '../../api/projects.ts';
import { TaskCard } from './TaskCard.tsx';
import { taskStatusColors, taskStatuses, taskStatusLabels } from './taskLabels.ts';

/** One column per status. */
export function TaskBoard({ tasks, onOpen }: { tasks: Task[]; onOpen: (taskId: string) => void }) {
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
      {taskStatuses.map((status) => {
        const column = tasks.filter((t) => t.status === status);
        return (
          <Paper key={status} bg="var(--mantine-color-gray-0)" radius="md" p="sm" data-testid={`column-${status}`}>
            <Group justify="space-between" mb="xs">
              <Text fw={600} size="sm">
                {taskStatusLabels[status]}
              </Text>
              <Badge color={taskStatusColors[status]} variant="light" size="sm">
                {column.length}
              </Badge>
            </Group>
            <ScrollArea.Autosize mah={560}>
              <Stack gap="xs">
                {column.map((task) => (
                  <TaskCard key={task.id} task={task} onOpen={() => onOpen(task.id)} />
                ))}
                {column.length === 0 && (
                  <Text size="xs" c="dimmed" ta="center" py="md">
                    Nothing here
                  </Text>
                )}
              </Stack>
            </ScrollArea.Autosize>
          </Paper>
        );
      })}
    </SimpleGrid>
  );
}
