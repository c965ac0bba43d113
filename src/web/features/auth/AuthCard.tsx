import { Anchor, Box, Center, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

interface AuthCardProps {
  title: string;
  subtitle: ReactNode;
  children: ReactNode;
}

/** The centred card used by the sign-in, sign-up and invitation pages. */
export function AuthCard({ title, subtitle, children }: AuthCardProps) {
  return (
    <Box component="main" mih="100vh" bg="var(--mantine-color-gray-0)" py={60} px="md">
      <Center>
        <Stack w="100%" maw={440} gap="lg">
          <Stack gap={2} align="center">
            <Anchor href="/" underline="never">
              <Text fw={800} size="xl" variant="gradient" gradient={{ from: 'indigo', to: 'teal', deg: 90 }}>
                Synergia
              </Text>
            </Anchor>
            <Text size="sm" c="dimmed">
              Small businesses, working together
            </Text>
          </Stack>
          <Paper withBorder shadow="sm" radius="md" p="xl">
            <Stack gap="md">
              <Stack gap={4}>
                <Title order={1} size="h3">
                  {title}
                </Title>
                <Text size="sm" c="dimmed">
                  {subtitle}
                </Text>
              </Stack>
              {children}
            </Stack>
          </Paper>
        </Stack>
      </Center>
    </Box>
  );
}
