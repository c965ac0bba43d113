import { Badge, Group, Paper, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import type { Finding } from '../../../api/collaborations.ts';
import { clauseAnchor, clauseLabel } from './agreementLabels.ts';

interface ClauseSectionProps {
  clause: string;
  number: number;
  findings: Finding[];
  children: ReactNode;
}

/** One clause of the agreement, with an anchor the checker panel scrolls to. */
export function ClauseSection({ clause, number, findings, children }: ClauseSectionProps) {
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      id={clauseAnchor(clause)}
      data-testid={`clause-${clause}`}
      style={{ scrollMarginTop: 80, borderColor: errors > 0 ? 'var(--mantine-color-red-4)' : undefined }}
    >
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h5">
            {number}. {clauseLabel(clause)}
          </Title>
          <Group gap={4}>
            {errors > 0 && (
              <Badge color="red" variant="light" size="sm">
                {errors} {errors === 1 ? 'error' : 'errors'}
              </Badge>
            )}
            {warnings > 0 && (
              <Badge color="yellow" variant="light" size="sm">
                {warnings} {warnings === 1 ? 'warning' : 'warnings'}
              </Badge>
            )}
          </Group>
        </Group>
        {children}
      </Stack>
    </Paper>
  );
}
