import { Group, Menu, Text, UnstyledButton } from '@mantine/core';
import { Link } from 'react-router';
import { useNotificationPreferences } from '../features/notifications/useNotifications.ts';

/** The signed-in user's name, opening their own settings. */
export function UserMenu({ name }: { name: string | undefined }) {
  const preferences = useNotificationPreferences();
  const smtpOff = preferences.data?.smtpConfigured === false;
  return (
    <Menu position="bottom-end" shadow="md" width={230}>
      <Menu.Target>
        <UnstyledButton aria-label="Your account" data-testid="user-menu">
          <Group gap={4} wrap="nowrap">
            <Text size="sm" fw={500} data-testid="current-user-name" visibleFrom="xs">
              {name}
            </Text>
            <Text size="xs" c="dimmed" aria-hidden>
              ▾
            </Text>
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item component={Link} to="/notifications">
          Notifications
        </Menu.Item>
        <Menu.Item component={Link} to="/settings/notifications">
          Notification settings
        </Menu.Item>
        {smtpOff && (
          <Menu.Item component={Link} to="/outbox" data-testid="outbox-link">
            Development outbox
          </Menu.Item>
        )}
        <Menu.Item component={Link} to="/tokens">
          API tokens
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
