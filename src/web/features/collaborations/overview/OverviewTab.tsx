import { Grid, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { Collaboration } from '../../../api/collaborations.ts';
import { stateHints } from '../collaborationLabels.ts';
import { CollaborationStateBadge } from '../CollaborationStateBadge.tsx';
import { ExitPanel } from './ExitPanel.tsx';
import { InvitePartyForm } from './InvitePartyForm.tsx';
import { LifecycleStepper } from './LifecycleStepper.tsx';
import { PartiesPanel } from './PartiesPanel.tsx';
import { PartnerRatingsPanel } from './PartnerRatingsPanel.tsx';
import { TransitionButtons } from './TransitionButtons.tsx';
import { TransitionHistory } from './TransitionHistory.tsx';

export function OverviewTab({ collaboration }: { collaboration: Collaboration }) {
  return (
    <Stack gap="md">
      <Paper withBorder radius="md" p="md">
        <Stack gap="md">
          <Group justify="space-between" align="flex-start">
            <Stack gap={4}>
              <Group gap="xs">
                <Title order={2} size="h5">
                  Life cycle
                </Title>
                <CollaborationStateBadge state={collaboration.state} />
              </Group>
              <Text size="sm" c="dimmed">
                {stateHints[collaboration.state]}
              </Text>
            </Stack>
            <TransitionButtons collaboration={collaboration} />
          </Group>
          <LifecycleStepper collaboration={collaboration} />
        </Stack>
      </Paper>
      <Grid gutter="md">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="md">
            <PartiesPanel collaboration={collaboration} />
            <InvitePartyForm collaboration={collaboration} />
            <PartnerRatingsPanel collaboration={collaboration} />
            <Group justify="flex-end">
              <ExitPanel collaboration={collaboration} />
            </Group>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Paper withBorder radius="md" p="md">
            <Stack gap="sm">
              <Title order={2} size="h5">
                History
              </Title>
              <TransitionHistory collaboration={collaboration} />
            </Stack>
          </Paper>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
