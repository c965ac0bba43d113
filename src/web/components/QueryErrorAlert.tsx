import { Alert, Button, Group, Text } from '@mantine/core';
import { ApiError } from '../api/client.ts';

interface QueryErrorAlertProps {
  error: unknown;
  onRetry?: () => void;
  title?: string;
}

export function QueryErrorAlert({ error, onRetry, title }: QueryErrorAlertProps) {
  const heading = title ?? (error instanceof ApiError ? error.title : 'Could not load this');
  const detail = error instanceof ApiError ? error.detail : error instanceof Error ? error.message : undefined;
  return (
    <Alert color="red" variant="light" title={heading} role="alert">
      <Group justify="space-between" wrap="nowrap">
        <Text size="sm">{detail ?? 'Please try again in a moment.'}</Text>
        {onRetry && (
          <Button size="xs" variant="white" color="red" onClick={onRetry}>
            Try again
          </Button>
        )}
      </Group>
    </Alert>
  );
}
