import { Anchor, Badge, Group, Table, Text } from '@mantine/core';
import type { Task } from '../../api/projects.ts';
import { formatCalendarDate } from '../../components/formatDate.ts';
import { TaskFlags } from './TaskCard.tsx';
import { taskStatusColors, taskStatusLabels } from './taskLabels.ts';

export function TaskTable({ tasks, onOpen }: { tasks: Task[]; onOpen: (taskId: string) => void }) {
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table verticalSpacing="xs" highlightOnHover data-testid="task-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Task</Table.Th>
            <Table.Th miw={130}>Status</Table.Th>
            <Table.Th>Owner</Table.Th>
            <Table.Th>Assignee</Table.Th>
            <Table.Th>Due</Table.Th>
            <Table.Th>Depends on</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {tasks.map((task) => (
            <Table.Tr key={task.id} bg={task.overdue ? 'var(--mantine-color-red-0)' : undefined}>
              <Table.Td>
                <Group gap={6}>
                  <Anchor component="button" type="button" size="sm" fw={600} ta="left" onClick={() => onOpen(task.id)}>
                    {task.title}
                  </Anchor>
                  <TaskFlags task={task} />
                </Group>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Badge
                  color={taskStatusColors[task.status]}
                  variant="light"
                  style={{ overflow: 'visible' }}
                  miw="fit-content"
                >
                  {taskStatusLabels[task.status]}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{task.ownerOrg.name}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{task.assignee?.name ?? '—'}</Text>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Text size="sm" c={task.overdue ? 'red' : undefined}>
                  {formatCalendarDate(task.dueDate)}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" c="dimmed">
                  {task.dependsOn.map((d) => d.title).join(', ') || '—'}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
