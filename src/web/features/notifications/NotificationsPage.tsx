import { Button, Group, Paper, SegmentedControl, Stack } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { EmptyState } from '../../components/EmptyState.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { PageLoader } from '../../components/PageLoader.tsx';
import { QueryErrorAlert } from '../../components/QueryErrorAlert.tsx';
import { NotificationItem } from './NotificationItem.tsx';
import { useMarkAllNotificationsRead, useNotificationPages, useUnreadCount } from './useNotifications.ts';

/** The inbox: everything Synergia told the user, newest first, updated live. */
export function NotificationsPage() {
  const [filter, setFilter] = useState<'all' | 'unread'>('all');
  const pages = useNotificationPages(filter === 'unread');
  const unread = useUnreadCount().data ?? 0;
  const markAll = useMarkAllNotificationsRead();
  const items = pages.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <Stack gap="lg">
      <PageHeader
        title="Notifications"
        description="Tasks, messages, meetings and invitations that concern you. New ones appear here as they happen."
        actions={
          <>
            <Button variant="default" component={Link} to="/settings/notifications">
              Settings
            </Button>
            <Button disabled={unread === 0} loading={markAll.isPending} onClick={() => markAll.mutate()}>
              Mark all as read
            </Button>
          </>
        }
      />
      <SegmentedControl
        w="fit-content"
        value={filter}
        onChange={(value) => setFilter(value === 'unread' ? 'unread' : 'all')}
        data={[
          { value: 'all', label: 'All' },
          { value: 'unread', label: `Unread (${unread})` },
        ]}
      />
      {pages.isPending && <PageLoader />}
      {pages.isError && <QueryErrorAlert error={pages.error} onRetry={() => void pages.refetch()} />}
      {pages.data && items.length === 0 && (
        <EmptyState
          title={filter === 'unread' ? 'You are all caught up' : 'No notifications yet'}
          description="When a partner assigns you a task, writes in a thread or invites your organization, it shows up here."
        />
      )}
      {items.length > 0 && (
        <Paper withBorder radius="md" p="xs">
          <Stack gap={4} data-testid="notification-list">
            {items.map((n) => (
              <NotificationItem key={n.id} notification={n} />
            ))}
          </Stack>
        </Paper>
      )}
      {pages.hasNextPage && (
        <Group justify="center">
          <Button variant="default" loading={pages.isFetchingNextPage} onClick={() => void pages.fetchNextPage()}>
            Show older
          </Button>
        </Group>
      )}
    </Stack>
  );
}
