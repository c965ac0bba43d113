import { Badge, Box, Button, Group, Stack, Text, UnstyledButton } from '@mantine/core';
import { useNavigate } from 'react-router';
import type { Notification } from '../../api/notifications.ts';
import { formatDateTime } from '../../components/formatDate.ts';
import { kindLabel, timeAgo } from './notificationLabels.ts';
import { useMarkNotificationRead } from './useNotifications.ts';

interface NotificationItemProps {
  notification: Notification;
  compact?: boolean;
  onOpen?: () => void;
}

/** One notification: opening it marks it read and goes where it points. */
export function NotificationItem({ notification, compact = false, onOpen }: NotificationItemProps) {
  const navigate = useNavigate();
  const markRead = useMarkNotificationRead();
  const unread = notification.readAt === null;
  const open = () => {
    if (unread) markRead.mutate(notification.id);
    onOpen?.();
    if (notification.link) void navigate(notification.link);
  };
  return (
    <Group
      wrap="nowrap"
      align="flex-start"
      gap="sm"
      p={compact ? 'xs' : 'sm'}
      data-testid="notification-item"
      data-unread={unread}
      style={{
        borderRadius: 'var(--mantine-radius-md)',
        background: unread ? 'var(--mantine-color-indigo-0)' : undefined,
      }}
    >
      <Box
        mt={6}
        w={8}
        h={8}
        style={{ borderRadius: 4, flex: 'none', background: unread ? 'var(--mantine-color-indigo-6)' : 'transparent' }}
        aria-hidden
      />
      <UnstyledButton onClick={open} style={{ flex: 1, minWidth: 0 }}>
        <Stack gap={2}>
          <Text size="sm" fw={unread ? 600 : 400} lineClamp={compact ? 2 : undefined}>
            {notification.title}
          </Text>
          {notification.body && (
            <Text size="xs" c="dimmed" lineClamp={compact ? 1 : 3}>
              {notification.body}
            </Text>
          )}
          <Group gap={6}>
            <Text size="xs" c="dimmed" title={formatDateTime(notification.createdAt)}>
              {timeAgo(notification.createdAt)}
            </Text>
            {!compact && (
              <Badge size="xs" variant="light" color="gray">
                {kindLabel(notification.kind)}
              </Badge>
            )}
          </Group>
        </Stack>
      </UnstyledButton>
      {!compact && unread && (
        <Button
          size="compact-xs"
          variant="subtle"
          loading={markRead.isPending}
          onClick={() => markRead.mutate(notification.id)}
        >
          Mark read
        </Button>
      )}
    </Group>
  );
}
