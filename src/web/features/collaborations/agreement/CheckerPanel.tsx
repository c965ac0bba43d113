import { Alert, Badge, Group, Paper, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import type { Finding } from '../../../api/collaborations.ts';
import { clauseAnchor, clauseLabel, clauseOrder } from './agreementLabels.ts';

function scrollToClause(clause: string) {
  const element = document.getElementById(clauseAnchor(clause));
  element?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  element?.animate([{ boxShadow: '0 0 0 3px var(--mantine-color-indigo-4)' }, { boxShadow: '0 0 0 0 transparent' }], {
    duration: 1400,
  });
}

function FindingRow({ finding }: { finding: Finding }) {
  const isError = finding.severity === 'error';
  return (
    <UnstyledButton
      onClick={() => scrollToClause(finding.clause)}
      data-testid="checker-finding"
      data-severity={finding.severity}
      data-code={finding.code}
      p={6}
      style={{
        borderRadius: 'var(--mantine-radius-sm)',
        borderLeft: `3px solid var(--mantine-color-${isError ? 'red-6' : 'yellow-5'})`,
        background: `var(--mantine-color-${isError ? 'red-0' : 'yellow-0'})`,
      }}
    >
      <Text size="sm" c={isError ? 'red' : 'yellow'}>
        {finding.message}
      </Text>
    </UnstyledButton>
  );
}

interface CheckerPanelProps {
  findings: Finding[];
  /** True while the editor holds changes the server has not checked yet. */
  stale: boolean;
}

/** The server's completeness and risk check, grouped by clause; each finding jumps to its clause. */
export function CheckerPanel({ findings, stale }: CheckerPanelProps) {
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  const clauses = clauseOrder.filter((clause) => findings.some((f) => f.clause === clause));
  return (
    <Paper withBorder radius="md" p="md" data-testid="checker-panel">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h5">
            Checker
          </Title>
          <Group gap={4}>
            <Badge color={errors > 0 ? 'red' : 'green'} variant="filled" data-testid="checker-error-count">
              {errors} {errors === 1 ? 'error' : 'errors'}
            </Badge>
            <Badge color="yellow" variant="light">
              {warnings} {warnings === 1 ? 'warning' : 'warnings'}
            </Badge>
          </Group>
        </Group>
        {stale && (
          <Text size="xs" c="dimmed">
            Findings of the saved draft. Save to check your latest changes.
          </Text>
        )}
        {findings.length === 0 && (
          <Alert color="green" variant="light">
            Nothing to flag: every clause is complete.
          </Alert>
        )}
        {errors === 0 && findings.length > 0 && (
          <Text size="sm" c="green">
            No blocking error: the draft can be proposed. The warnings are worth a look.
          </Text>
        )}
        {clauses.map((clause) => (
          <Stack key={clause} gap={4}>
            <Text size="xs" fw={700} tt="uppercase" c="dimmed">
              {clauseLabel(clause)}
            </Text>
            {findings
              .filter((f) => f.clause === clause)
              .map((finding, i) => (
                <FindingRow key={`${finding.code}-${i}`} finding={finding} />
              ))}
          </Stack>
        ))}
      </Stack>
    </Paper>
  );
}
