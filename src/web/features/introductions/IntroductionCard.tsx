import { Badge, Card, Group, Stack, Text } from '@mantine/core';
import type { Introduction } from '../../api/introductions.ts';
import { formatDateTime } from '../../components/formatDate.ts';
import { IntroductionMeetingsButton } from '../meetings/IntroductionMeetingsButton.tsx';
import { AnswerButtons } from './AnswerButtons.tsx';
import { ContactDetails } from './ContactDetails.tsx';
import { introductionStatusColors, introductionStatusLabels } from './introductionLabels.ts';

function headline(introduction: Introduction): string {
  return introduction.direction === 'incoming'
    ? `${introduction.from.name} would like to meet ${introduction.to.name}`
    : `${introduction.from.name} asked to meet ${introduction.to.name}`;
}

function when(introduction: Introduction): string {
  const asked = `Asked ${formatDateTime(introduction.createdAt)}`;
  if (!introduction.respondedAt) return asked;
  return `${asked} · ${introductionStatusLabels[introduction.status]} ${formatDateTime(introduction.respondedAt)}`;
}

export function IntroductionCard({ introduction }: { introduction: Introduction }) {
  const waitingForOthers = introduction.direction === 'incoming' && introduction.status === 'requested';
  return (
    <Card
      withBorder
      radius="md"
      padding="md"
      data-testid="introduction-card"
      data-direction={introduction.direction}
      data-status={introduction.status}
    >
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={0}>
            <Text fw={600}>{headline(introduction)}</Text>
            <Text size="xs" c="dimmed">
              {when(introduction)}
            </Text>
          </Stack>
          {introduction.abilities.respond ? (
            <AnswerButtons introduction={introduction} />
          ) : (
            <Badge
              color={introductionStatusColors[introduction.status]}
              variant="light"
              data-testid="introduction-status"
            >
              {introductionStatusLabels[introduction.status]}
            </Badge>
          )}
        </Group>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="introduction-message">
          {introduction.message}
        </Text>
        {waitingForOthers && !introduction.abilities.respond && (
          <Text size="xs" c="dimmed">
            An owner or admin of {introduction.to.name} answers this request.
          </Text>
        )}
        {introduction.status === 'requested' && introduction.direction === 'outgoing' && (
          <Text size="xs" c="dimmed">
            Contact details are shared as soon as {introduction.to.name} accepts.
          </Text>
        )}
        <ContactDetails introduction={introduction} />
        {introduction.status === 'accepted' && (
          <Group>
            <IntroductionMeetingsButton introduction={introduction} />
          </Group>
        )}
      </Stack>
    </Card>
  );
}
