import { Paper, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

interface EmptyStateProps {
  title: string;
  description?: ReactNode;
  action?: ReactNode;
}

export function EmptyState({ title, description, action }: EmptyStateProps) {
  return (
    <Paper withBorder radius="md" p="xl" bg="var(--mantine-color-gray-0)" style={{ borderStyle: 'dashed' }}>
      <Stack align="center" gap="xs" ta="center">
        <Text fw={600}>{title}</Text>
        {description && (
          <Text c="dimmed" size="sm" maw={460}>
            {description}
          </Text>
        )}
        {action}
      </Stack>
    </Paper>
  );
}
