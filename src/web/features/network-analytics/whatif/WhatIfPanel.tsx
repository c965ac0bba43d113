import { Alert, Badge, Button, CloseButton, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import type { UseMutationResult } from '@tanstack/react-query';
import type { WhatIfResult } from '../../../api/networkAnalytics.ts';
import { QueryErrorAlert } from '../../../components/QueryErrorAlert.tsx';
import { WhatIfResultView } from './WhatIfResultView.tsx';

interface WhatIfPanelProps {
  removed: string[];
  nameOf: (orgId: string) => string;
  whatIf: UseMutationResult<WhatIfResult, Error, string[]>;
  onToggle: (orgId: string) => void;
  onClear: () => void;
}

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((id) => b.includes(id));

export function WhatIfPanel({ removed, nameOf, whatIf, onToggle, onClear }: WhatIfPanelProps) {
  const stale = whatIf.data !== undefined && !sameSet(whatIf.variables ?? [], removed);
  return (
    <Paper withBorder radius="md" p="md" data-testid="whatif-panel">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4">
            What if these members left?
          </Title>
          <Group gap="xs">
            <Button size="xs" variant="default" onClick={onClear}>
              Clear
            </Button>
            <Button
              size="xs"
              color="red"
              onClick={() => whatIf.mutate(removed)}
              loading={whatIf.isPending}
              disabled={removed.length === 0}
            >
              Show the consequences
            </Button>
          </Group>
        </Group>
        <Group gap={6}>
          {removed.map((orgId) => (
            <Badge
              key={orgId}
              color="gray"
              variant="light"
              rightSection={
                <CloseButton size="xs" onClick={() => onToggle(orgId)} aria-label={`Keep ${nameOf(orgId)}`} />
              }
            >
              {nameOf(orgId)}
            </Badge>
          ))}
        </Group>
        <Text size="xs" c="dimmed">
          Add more members from their panel on the map. Removed members are drawn grey, their ties hidden.
        </Text>
        {whatIf.isPending && <Loader size="sm" />}
        {whatIf.isError && <QueryErrorAlert error={whatIf.error} title="The what-if could not be computed" />}
        {stale && (
          <Alert color="yellow" variant="light">
            The set changed since these results: show the consequences again.
          </Alert>
        )}
        {whatIf.data && !whatIf.isPending && <WhatIfResultView result={whatIf.data} />}
      </Stack>
    </Paper>
  );
}
