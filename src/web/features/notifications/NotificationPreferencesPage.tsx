import {
  Alert,
  Anchor,
  Button,
  Checkbox,
  Group,
  Paper,
  Radio,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { emailModes, notificationKinds, type EmailMode, type NotificationKind } from '../../../common/notifications.ts';
import type { NotificationPreferences } from '../../api/notifications.ts';
import { notifyFailure, notifySuccess } from '../../components/notify.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { PageLoader } from '../../components/PageLoader.tsx';
import { QueryErrorAlert } from '../../components/QueryErrorAlert.tsx';
import { emailModeLabels, notificationKindLabels } from './notificationLabels.ts';
import { useNotificationPreferences, useUpdateNotificationPreferences } from './useNotifications.ts';

export function NotificationPreferencesPage() {
  const preferences = useNotificationPreferences();
  return (
    <Stack gap="lg" maw={760}>
      <PageHeader title="Notification settings" description="What Synergia tells you about, and how." />
      {preferences.isPending && <PageLoader />}
      {preferences.isError && <QueryErrorAlert error={preferences.error} onRetry={() => void preferences.refetch()} />}
      {preferences.data && <PreferencesForm saved={preferences.data} />}
    </Stack>
  );
}

function PreferencesForm({ saved }: { saved: NotificationPreferences }) {
  const [email, setEmail] = useState<EmailMode>(saved.email);
  const [live, setLive] = useState(saved.live);
  const [muted, setMuted] = useState<NotificationKind[]>(saved.mutedKinds);
  const update = useUpdateNotificationPreferences();
  const toggleKind = (kind: NotificationKind, wanted: boolean) =>
    setMuted((current) => (wanted ? current.filter((k) => k !== kind) : [...current, kind]));
  const save = () =>
    update.mutate(
      { email, live, mutedKinds: muted },
      { onSuccess: () => notifySuccess('Notification settings saved.'), onError: (e) => notifyFailure(e) },
    );

  return (
    <Stack gap="lg">
      <Paper withBorder radius="md" p="lg">
        <Stack gap="sm">
          <Title order={2} size="h4">
            E-mail
          </Title>
          {!saved.smtpConfigured && (
            <Alert color="yellow" variant="light" data-testid="smtp-off">
              This server has no mail server configured: e-mails are not sent but kept in your{' '}
              <Anchor underline="always" component={Link} to="/outbox" size="sm">
                development outbox
              </Anchor>
              .
            </Alert>
          )}
          <Radio.Group value={email} onChange={(value) => setEmail(value as EmailMode)} name="email">
            <Stack gap="sm">
              {emailModes.map((mode) => (
                <Radio
                  key={mode}
                  value={mode}
                  label={emailModeLabels[mode].label}
                  description={emailModeLabels[mode].hint}
                />
              ))}
            </Stack>
          </Radio.Group>
        </Stack>
      </Paper>
      <Paper withBorder radius="md" p="lg">
        <Stack gap="sm">
          <Title order={2} size="h4">
            In the app
          </Title>
          <Switch
            checked={live}
            onChange={(event) => setLive(event.currentTarget.checked)}
            label="Pop up new notifications while I am using Synergia"
            description="The bell and open pages update live either way."
          />
        </Stack>
      </Paper>
      <Paper withBorder radius="md" p="lg">
        <Stack gap="sm">
          <Title order={2} size="h4">
            Notify me about
          </Title>
          <Text size="sm" c="dimmed">
            Unticked kinds are not recorded at all: no bell, no e-mail.
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            {notificationKinds.map((kind) => (
              <Checkbox
                key={kind}
                checked={!muted.includes(kind)}
                onChange={(event) => toggleKind(kind, event.currentTarget.checked)}
                label={notificationKindLabels[kind].label}
                description={notificationKindLabels[kind].hint}
              />
            ))}
          </SimpleGrid>
        </Stack>
      </Paper>
      <Group justify="flex-end">
        <Button onClick={save} loading={update.isPending}>
          Save settings
        </Button>
      </Group>
    </Stack>
  );
}
