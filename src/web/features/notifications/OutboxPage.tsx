import { Accordion, Alert, Badge, Code, Group, Stack, Text } from '@mantine/core';
import type { OutboxEmail } from '../../api/notifications.ts';
import { EmptyState } from '../../components/EmptyState.tsx';
import { formatDateTime } from '../../components/formatDate.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { PageLoader } from '../../components/PageLoader.tsx';
import { QueryErrorAlert } from '../../components/QueryErrorAlert.tsx';
import { useOutbox } from './useNotifications.ts';

const statusColors: Record<OutboxEmail['status'], string> = {
  kept: 'gray',
  pending: 'yellow',
  sent: 'teal',
  failed: 'red',
};

/** The e-mails written to the signed-in user; without SMTP this is where they can be read. */
export function OutboxPage() {
  const outbox = useOutbox();
  return (
    <Stack gap="lg">
      <PageHeader
        title="Development outbox"
        description="The e-mails Synergia wrote to you. Only you see your own e-mails here."
      />
      {outbox.isPending && <PageLoader />}
      {outbox.isError && <QueryErrorAlert error={outbox.error} onRetry={() => void outbox.refetch()} />}
      {outbox.data && !outbox.data.smtpConfigured && (
        <Alert color="yellow" variant="light">
          No mail server is configured (set SMTP_URL), so e-mails are kept here instead of being sent.
        </Alert>
      )}
      {outbox.data?.items.length === 0 && (
        <EmptyState
          title="No e-mails yet"
          description="Choose instant e-mails or the daily digest in your notification settings; they will appear here."
        />
      )}
      {outbox.data && outbox.data.items.length > 0 && (
        <Accordion variant="separated" radius="md" data-testid="outbox-list">
          {outbox.data.items.map((email) => (
            <Accordion.Item key={email.id} value={email.id}>
              <Accordion.Control>
                <Group justify="space-between" wrap="nowrap" pr="sm">
                  <Stack gap={0} style={{ minWidth: 0 }}>
                    <Text fw={600} size="sm" truncate>
                      {email.subject}
                    </Text>
                    <Text size="xs" c="dimmed">
                      To {email.to} · {formatDateTime(email.createdAt)}
                    </Text>
                  </Stack>
                  <Badge color={statusColors[email.status]} variant="light">
                    {email.status}
                  </Badge>
                </Group>
              </Accordion.Control>
              <Accordion.Panel>
                <Code block style={{ whiteSpace: 'pre-wrap' }}>
                  {email.text}
                </Code>
              </Accordion.Panel>
            </Accordion.Item>
          ))}
        </Accordion>
      )}
    </Stack>
  );
}
