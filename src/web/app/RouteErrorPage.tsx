import { Button, Center, Stack, Text, Title } from '@mantine/core';
import { useRouteError } from 'react-router';

/** Shown when a page crashes, instead of a blank screen. */
export function RouteErrorPage() {
  const error = useRouteError();
  return (
    <Center mih="60vh" p="xl">
      <Stack align="center" gap="sm" maw={480} ta="center">
        <Title order={1} size="h3">
          Something went wrong
        </Title>
        <Text c="dimmed" size="sm">
          {error instanceof Error ? error.message : 'An unexpected error stopped this page.'}
        </Text>
        <Button onClick={() => window.location.assign('/')}>Reload Synergia</Button>
      </Stack>
    </Center>
  );
}
