import { ActionIcon, Anchor, Button, Divider, Group, Indicator, Popover, ScrollArea, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Link } from 'react-router';
import { BellIcon } from './BellIcon.tsx';
import { NotificationItem } from './NotificationItem.tsx';
import { useMarkAllNotificationsRead, useNotificationPages, useUnreadCount } from './useNotifications.ts';

/** The bell in the header: the unread count, and the latest notifications one click away. */
export function NotificationBell() {
  const [opened, { toggle, close }] = useDisclosure(false);
  const unread = useUnreadCount().data ?? 0;
  return (
    <Indicator
      label={unread > 99 ? '99+' : unread}
      size={18}
      color="red"
      offset={4}
      disabled={unread === 0}
      data-testid="notification-count"
    >
      <Popover opened={opened} onChange={(next) => !next && close()} width={360} position="bottom-end" shadow="md">
        <Popover.Target>
          <ActionIcon
            variant="subtle"
            color="gray"
            size="lg"
            onClick={toggle}
            aria-label={unread > 0 ? `Notifications, ${unread} unread` : 'Notifications'}
            data-testid="notification-bell"
          >
            <BellIcon />
          </ActionIcon>
        </Popover.Target>
        <Popover.Dropdown p="xs">{opened && <LatestNotifications onNavigate={close} />}</Popover.Dropdown>
      </Popover>
    </Indicator>
  );
}

function LatestNotifications({ onNavigate }: { onNavigate: () => void }) {
  const pages = useNotificationPages(false);
  const markAll = useMarkAllNotificationsRead();
  const items = (pages.data?.pages[0]?.items ?? []).slice(0, 6);
  return (
    <Stack gap="xs">
      <Group justify="space-between" px="xs">
        <Text fw={600} size="sm">
          Notifications
        </Text>
        <Button size="compact-xs" variant="subtle" loading={markAll.isPending} onClick={() => markAll.mutate()}>
          Mark all read
        </Button>
      </Group>
      <Divider />
      {pages.isPending && (
        <Text size="sm" c="dimmed" p="sm">
          Loading…
        </Text>
      )}
      {pages.data && items.length === 0 && (
        <Text size="sm" c="dimmed" p="sm" ta="center">
          Nothing yet. Tasks, messages and invitations for you will appear here.
        </Text>
      )}
      <ScrollArea.Autosize mah={380}>
        <Stack gap={2}>
          {items.map((n) => (
            <NotificationItem key={n.id} notification={n} compact onOpen={onNavigate} />
          ))}
        </Stack>
      </ScrollArea.Autosize>
      <Divider />
      <Group justify="space-between" px="xs" pb={4}>
        <Anchor component={Link} to="/notifications" size="sm" onClick={onNavigate}>
          See all
        </Anchor>
        <Anchor component={Link} to="/settings/notifications" size="sm" c="dimmed" onClick={onNavigate}>
          Settings
        </Anchor>
      </Group>
    </Stack>
  );
}
