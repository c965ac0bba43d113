import { Badge, Button, Card, Group, Progress, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import type { Collaboration } from '../../api/collaborations.ts';
import type { Project } from '../../api/projects.ts';
import { EmptyState } from '../../components/EmptyState.tsx';
import { PageLoader } from '../../components/PageLoader.tsx';
import { QueryErrorAlert } from '../../components/QueryErrorAlert.tsx';
import { CreateProjectModal } from './CreateProjectModal.tsx';
import { projectStatusLabels } from './taskLabels.ts';
import { useProjects } from './useProjects.ts';

function ProjectCard({ project, collaborationId }: { project: Project; collaborationId: string }) {
  const { total, done, overdue } = project.taskCounts;
  return (
    <Card withBorder radius="md" padding="md" data-testid="project-card">
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap">
          <Text fw={600} lineClamp={1}>
            {project.name}
          </Text>
          <Badge variant="light" color={project.status === 'active' ? 'indigo' : 'gray'}>
            {projectStatusLabels[project.status]}
          </Badge>
        </Group>
        <Text size="sm" c="dimmed" lineClamp={2} mih={40}>
          {project.description || 'No description'}
        </Text>
        <Progress
          value={total === 0 ? 0 : (done / total) * 100}
          color="teal"
          size="sm"
          aria-label={`${project.name}: ${done} of ${total} tasks done`}
        />
        <Group justify="space-between">
          <Text size="xs" c="dimmed">
            {done} of {total} tasks done
            {project.milestones.length > 0 &&
              ` · ${project.milestones.length} ${project.milestones.length === 1 ? 'milestone' : 'milestones'}`}
          </Text>
          {overdue > 0 && (
            <Badge color="red" variant="light" size="sm">
              {overdue} overdue
            </Badge>
          )}
        </Group>
        <Button
          component={Link}
          to={`/collaborations/${collaborationId}/work?project=${project.id}`}
          variant="light"
          size="xs"
        >
          Open board
        </Button>
      </Stack>
    </Card>
  );
}

export function ProjectsList({ collaboration }: { collaboration: Collaboration }) {
  const projects = useProjects(collaboration.id);
  const [creating, setCreating] = useState(false);
  if (projects.isPending) return <PageLoader />;
  if (projects.isError) return <QueryErrorAlert error={projects.error} onRetry={() => void projects.refetch()} />;
  const canCreate = collaboration.abilities.edit;
  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Stack gap={2}>
          <Title order={2} size="h4">
            Projects
          </Title>
          <Text size="sm" c="dimmed">
            Joint projects of the parties: tasks across organizations, milestones and their discussion.
          </Text>
        </Stack>
        {canCreate && <Button onClick={() => setCreating(true)}>New project</Button>}
      </Group>
      {projects.data.length === 0 ? (
        <EmptyState
          title="No projects yet"
          description={
            canCreate
              ? 'Create a project to plan the work: who does what, by when, and what depends on what.'
              : 'The parties have not created any project yet.'
          }
          action={canCreate && <Button onClick={() => setCreating(true)}>Create the first project</Button>}
        />
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
          {projects.data.map((p) => (
            <ProjectCard key={p.id} project={p} collaborationId={collaboration.id} />
          ))}
        </SimpleGrid>
      )}
      {creating && <CreateProjectModal collaborationId={collaboration.id} onClose={() => setCreating(false)} />}
    </Stack>
  );
}
