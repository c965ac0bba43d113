import { Anchor, Group, Paper, Stack, Text } from '@mantine/core';
import type { Introduction } from '../../api/introductions.ts';

/** Once accepted, each side sees the other's contact person: the reason to ask for an introduction. */
export function ContactDetails({ introduction }: { introduction: Introduction }) {
  if (!introduction.contacts) return null;
  const outgoing = introduction.direction === 'outgoing';
  const other = outgoing ? introduction.contacts.responder : introduction.contacts.requester;
  const otherOrg = outgoing ? introduction.to.name : introduction.from.name;
  return (
    <Paper withBorder radius="md" p="sm" bg="teal.0" data-testid="introduction-contact">
      <Stack gap={2}>
        <Text size="xs" c="dimmed">
          Your contact at {otherOrg}
        </Text>
        <Group gap="xs">
          <Text size="sm" fw={600}>
            {other.name}
          </Text>
          <Anchor href={`mailto:${other.email}`} size="sm" data-testid="introduction-contact-email">
            {other.email}
          </Anchor>
        </Group>
      </Stack>
    </Paper>
  );
}
