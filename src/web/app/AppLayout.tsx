import { AppShell, Burger, Button, Divider, Group, NavLink, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { useCurrentUser } from '../features/auth/useCurrentUser.ts';
import { useSignOut } from '../features/auth/useSessionMutations.ts';
import { WaitingIntroductionsBadge } from '../features/introductions/WaitingIntroductionsBadge.tsx';
import { NotificationBell } from '../features/notifications/NotificationBell.tsx';
import { useLiveEvents } from '../features/notifications/useLiveEvents.ts';
import { CurrentOrgProvider } from '../features/orgs/CurrentOrgProvider.tsx';
import { OrgSwitcher } from '../features/orgs/OrgSwitcher.tsx';
import { UserMenu } from './UserMenu.tsx';

const navItems = [
  { to: '/org/identity', match: '/org', label: 'My organization', hint: 'Profile, resources, offers, needs' },
  { to: '/networks', match: '/networks', label: 'Networks', hint: 'Join or manage networks' },
  { to: '/directory', match: '/directory', label: 'Directory', hint: 'Browse network members' },
  { to: '/position', match: '/position', label: 'My position', hint: 'Your place in your networks' },
  { to: '/partners', match: '/partners', label: 'Partners', hint: 'Suggested partners and why' },
  { to: '/introductions', match: '/introductions', label: 'Introductions', hint: 'Requests to meet partners' },
  { to: '/collaborations', match: '/collaborations', label: 'Collaborations', hint: 'Agreements, signatures, ledger' },
  { to: '/tokens', match: '/tokens', label: 'API tokens', hint: 'For scripts and the CLI' },
] as const;

export function AppLayout() {
  const [opened, { toggle, close }] = useDisclosure();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const currentUser = useCurrentUser();
  const signOut = useSignOut();
  useLiveEvents();

  return (
    <CurrentOrgProvider>
      <AppShell
        header={{ height: 60 }}
        navbar={{ width: 260, breakpoint: 'sm', collapsed: { mobile: !opened } }}
        padding="lg"
        bg="var(--mantine-color-gray-0)"
      >
        <AppShell.Header>
          <Group h="100%" px="md" justify="space-between">
            <Group gap="sm">
              <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label="Toggle navigation" />
              <Text
                component={Link}
                to="/"
                fw={800}
                size="xl"
                variant="gradient"
                gradient={{ from: 'indigo', to: 'teal', deg: 90 }}
              >
                Synergia
              </Text>
            </Group>
            <Group gap="sm">
              <NotificationBell />
              <UserMenu name={currentUser.data?.name} />
              <Button
                variant="default"
                size="xs"
                loading={signOut.isPending}
                onClick={() => signOut.mutate(undefined, { onSettled: () => navigate('/sign-in', { replace: true }) })}
              >
                Sign out
              </Button>
            </Group>
          </Group>
        </AppShell.Header>
        <AppShell.Navbar p="md">
          <Stack gap="md">
            <OrgSwitcher onNavigate={close} />
            <Divider />
            <Stack gap={2} component="nav" aria-label="Main">
              {navItems.map((item) => (
                <NavLink
                  key={item.to}
                  component={Link}
                  to={item.to}
                  label={item.label}
                  description={item.hint}
                  active={pathname === item.match || pathname.startsWith(`${item.match}/`)}
                  rightSection={item.to === '/introductions' ? <WaitingIntroductionsBadge /> : undefined}
                  onClick={close}
                  style={{ borderRadius: 'var(--mantine-radius-md)' }}
                />
              ))}
            </Stack>
          </Stack>
        </AppShell.Navbar>
        <AppShell.Main>
          <Stack maw={1200} mx="auto">
            <Outlet />
          </Stack>
        </AppShell.Main>
      </AppShell>
    </CurrentOrgProvider>
  );
}
