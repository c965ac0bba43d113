import {
  Anchor,
  Badge,
  Breadcrumbs,
  Button,
  Grid,
  Group,
  SegmentedControl,
  Select,
  Stack,
  Switch,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { Collaboration } from '../../api/collaborations.ts';
import type { TaskFilters } from '../../api/projects.ts';
import { PageLoader } from '../../components/PageLoader.tsx';
import { QueryErrorAlert } from '../../components/QueryErrorAlert.tsx';
import { CreateTaskModal } from './CreateTaskModal.tsx';
import { MilestonesPanel } from './MilestonesPanel.tsx';
import { TaskBoard } from './TaskBoard.tsx';
import { TaskDrawer } from './TaskDrawer.tsx';
import { TaskTable } from './TaskTable.tsx';
import { projectStatusLabels } from './taskLabels.ts';
import { usePeople, useProject } from './useProjects.ts';
import { useTasks } from './useTasks.ts';

type View = 'board' | 'list';

function TaskFilterBar({
  collaboration,
  filters,
  onChange,
}: {
  collaboration: Collaboration;
  filters: TaskFilters;
  onChange: (next: TaskFilters) => void;
}) {
  const people = usePeople(collaboration.id);
  const parties = collaboration.parties.filter((p) => p.status === 'accepted');
  return (
    <Group gap="sm" align="flex-end">
      <Select
        label="Owner"
        placeholder="Any organization"
        clearable
        size="xs"
        w={200}
        data={parties.map((p) => ({ value: p.orgId, label: p.name }))}
        value={filters.ownerOrgId ?? null}
        onChange={(v) => onChange({ ...filters, ownerOrgId: v ?? undefined })}
      />
      <Select
        label="Assignee"
        placeholder="Anyone"
        clearable
        searchable
        size="xs"
        w={200}
        data={(people.data ?? []).map((p) => ({ value: p.userId, label: `${p.name} (${p.orgName})` }))}
        value={filters.assigneeUserId ?? null}
        onChange={(v) => onChange({ ...filters, assigneeUserId: v ?? undefined })}
      />
      <Switch
        label="Overdue only"
        checked={filters.overdue === true}
        onChange={(e) => onChange({ ...filters, overdue: e.currentTarget.checked ? true : undefined })}
        mb={4}
      />
    </Group>
  );
}

export function ProjectBoard({ collaboration, projectId }: { collaboration: Collaboration; projectId: string }) {
  const [params, setParams] = useSearchParams();
  const [view, setView] = useState<View>('board');
  const [filters, setFilters] = useState<TaskFilters>({});
  const [creating, setCreating] = useState(false);
  const project = useProject(collaboration.id, projectId);
  const tasks = useTasks(collaboration.id, projectId, filters);
  const openTaskId = params.get('task');
  const openTask = (taskId: string | null) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      if (taskId) next.set('task', taskId);
      else next.delete('task');
      return next;
    });

  if (project.isPending) return <PageLoader />;
  if (project.isError) return <QueryErrorAlert error={project.error} onRetry={() => void project.refetch()} />;
  const data = project.data;
  const { total, done, overdue } = data.taskCounts;

  return (
    <Stack gap="md">
      <Breadcrumbs>
        <Anchor component={Link} to={`/collaborations/${collaboration.id}/work`} size="sm">
          Projects
        </Anchor>
        <Text size="sm">{data.name}</Text>
      </Breadcrumbs>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Group gap="xs">
            <Title order={2} size="h3">
              {data.name}
            </Title>
            <Badge variant="light">{projectStatusLabels[data.status]}</Badge>
          </Group>
          {data.description && (
            <Text size="sm" c="dimmed" maw={720}>
              {data.description}
            </Text>
          )}
          <Text size="xs" c="dimmed">
            {done} of {total} tasks done{overdue > 0 && ` · ${overdue} overdue`}
          </Text>
        </Stack>
        {data.abilities.edit && <Button onClick={() => setCreating(true)}>New task</Button>}
      </Group>
      <Grid gutter="md">
        <Grid.Col span={{ base: 12, lg: 9 }}>
          <Stack gap="sm">
            <Group justify="space-between" align="flex-end">
              <TaskFilterBar collaboration={collaboration} filters={filters} onChange={setFilters} />
              <SegmentedControl
                size="xs"
                value={view}
                onChange={(v) => setView(v as View)}
                data={[
                  { value: 'board', label: 'Board' },
                  { value: 'list', label: 'List' },
                ]}
              />
            </Group>
            {tasks.isError && <QueryErrorAlert error={tasks.error} onRetry={() => void tasks.refetch()} />}
            {tasks.isPending ? (
              <PageLoader />
            ) : view === 'board' ? (
              <TaskBoard tasks={tasks.data ?? []} onOpen={openTask} />
            ) : (
              <TaskTable tasks={tasks.data ?? []} onOpen={openTask} />
            )}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 3 }}>
          <MilestonesPanel project={data} />
        </Grid.Col>
      </Grid>
      {creating && <CreateTaskModal collaboration={collaboration} project={data} onClose={() => setCreating(false)} />}
      {openTaskId && <TaskDrawer collaboration={collaboration} taskId={openTaskId} onClose={() => openTask(null)} />}
    </Stack>
  );
}
