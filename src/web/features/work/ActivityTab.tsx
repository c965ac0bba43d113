import { Button, Group, Paper, Stack, Text, Timeline, Title } from '@mantine/core';
import type { Collaboration } from '../../api/collaborations.ts';
import type { ActivityItem } from '../../api/projects.ts';
import { EmptyState } from '../../components/EmptyState.tsx';
import { formatDateTime } from '../../components/formatDate.ts';
import { PageLoader } from '../../components/PageLoader.tsx';
import { QueryErrorAlert } from '../../components/QueryErrorAlert.tsx';
import { useActivity } from './useThreads.ts';

const objectColors: Record<string, string> = {
  project: 'indigo',
  milestone: 'grape',
  task: 'blue',
  message: 'teal',
  thread: 'teal',
};

function describeActor(item: ActivityItem): string {
  const name = item.actor.name ?? 'Someone';
  return item.actor.orgName ? `${name} (${item.actor.orgName})` : name;
}

/** Who did what in the joint work, newest first. */
export function ActivityTab({ collaboration }: { collaboration: Collaboration }) {
  const activity = useActivity(collaboration.id);
  if (activity.isPending) return <PageLoader />;
  if (activity.isError) return <QueryErrorAlert error={activity.error} onRetry={() => void activity.refetch()} />;
  const items = activity.data.pages.flatMap((p) => p.items);
  return (
    <Stack gap="md">
      <Title order={2} size="h4">
        Activity
      </Title>
      {items.length === 0 ? (
        <EmptyState
          title="Nothing has happened yet"
          description="Changes to projects, tasks, threads and documents appear here."
        />
      ) : (
        <Paper withBorder radius="md" p="md">
          <Timeline bulletSize={14} lineWidth={2}>
            {items.map((item) => (
              <Timeline.Item key={item.id} color={objectColors[item.objectType] ?? 'gray'} data-testid="activity-item">
                <Text size="sm">
                  <Text span fw={600}>
                    {describeActor(item)}
                  </Text>{' '}
                  {item.summary}
                </Text>
                <Text size="xs" c="dimmed">
                  {formatDateTime(item.at)}
                </Text>
              </Timeline.Item>
            ))}
          </Timeline>
          {activity.hasNextPage && (
            <Group justify="center" mt="md">
              <Button
                variant="default"
                size="xs"
                loading={activity.isFetchingNextPage}
                onClick={() => void activity.fetchNextPage()}
              >
                Show older
              </Button>
            </Group>
          )}
        </Paper>
      )}
    </Stack>
  );
}
