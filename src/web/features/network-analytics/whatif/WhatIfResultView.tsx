import { Alert, Badge, List, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import type { OrgRef, WhatIfResult } from '../../../api/networkAnalytics.ts';
import { useCapabilities } from '../../reference/useCapabilities.ts';
import { dimensionLabels } from '../metricCatalog.ts';

// What removing the chosen members would do: components that split, inputs left without their only
// supplier, collaborations losing a party, and whose vulnerability moves most.

const names = (orgs: OrgRef[], max = 6) =>
  orgs.length <= max
    ? orgs.map((o) => o.name).join(', ')
    : `${orgs
        .slice(0, max)
        .map((o) => o.name)
        .join(', ')} and ${orgs.length - max} more`;

function Figure({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <Paper withBorder p="sm" radius="md">
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={700} size="lg" data-testid={testId}>
        {value}
      </Text>
    </Paper>
  );
}

function VulnerabilityChanges({ result }: { result: WhatIfResult }) {
  const changes = result.vulnerabilityChanges.slice(0, 12);
  if (changes.length === 0) return <Text size="sm">No remaining member's vulnerability changes.</Text>;
  return (
    <Table.ScrollContainer minWidth={360}>
      <Table fz="sm" verticalSpacing={4} data-testid="whatif-vulnerability-changes">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Member</Table.Th>
            <Table.Th ta="right">Before</Table.Th>
            <Table.Th ta="right">After</Table.Th>
            <Table.Th>Largest change</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {changes.map((change) => {
            const [dimension, delta] =
              Object.entries(change.dimensions).sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]))[0] ?? [];
            return (
              <Table.Tr key={change.orgId}>
                <Table.Td>{change.name}</Table.Td>
                <Table.Td ta="right">{change.before.toFixed(2)}</Table.Td>
                <Table.Td ta="right">
                  <Text span c={change.delta > 0 ? 'red' : 'teal'} fw={600} size="sm">
                    {change.after.toFixed(2)} ({change.delta > 0 ? '+' : ''}
                    {change.delta.toFixed(2)})
                  </Text>
                </Table.Td>
                <Table.Td>
                  {dimension && delta !== undefined && delta !== 0
                    ? `${dimensionLabels[dimension as keyof typeof dimensionLabels]} ${delta > 0 ? '+' : ''}${delta.toFixed(2)}`
                    : '—'}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

export function WhatIfResultView({ result }: { result: WhatIfResult }) {
  const { catalog } = useCapabilities();
  const { components } = result;
  return (
    <Stack gap="md" data-testid="whatif-result">
      {result.scope === 'member' && (
        <Alert color="gray" variant="light">
          You see the consequences for your own organizations; the network's managers see them for every member.
        </Alert>
      )}
      <SimpleGrid cols={{ base: 2, md: 4 }}>
        <Figure label="Components" value={`${components.before} → ${components.after}`} testId="whatif-components" />
        <Figure label="Groups cut off" value={String(components.split.length)} testId="whatif-splits" />
        <Figure
          label="Inputs losing their only supplier"
          value={String(result.lostSingleSourceInputs.length)}
          testId="whatif-lost-inputs"
        />
        <Figure
          label="Collaborations losing a party"
          value={String(result.affectedCollaborations.length)}
          testId="whatif-collaborations"
        />
      </SimpleGrid>
      {components.split.length > 0 && (
        <Stack gap={4}>
          <Title order={3} size="h6">
            Parts that would be cut off from each other
          </Title>
          <List size="sm" spacing={2}>
            {components.split.slice(0, 10).map((part, i) => (
              <List.Item key={i}>
                {part.members.length} {part.members.length === 1 ? 'member' : 'members'}: {names(part.members)}
              </List.Item>
            ))}
          </List>
        </Stack>
      )}
      {result.lostSingleSourceInputs.length > 0 && (
        <Stack gap={4}>
          <Title order={3} size="h6">
            Single-source inputs lost
          </Title>
          <List size="sm" spacing={2}>
            {result.lostSingleSourceInputs.slice(0, 15).map((lost, i) => (
              <List.Item key={i}>
                {lost.customer.name} loses {lost.capability ? catalog.labelOf(lost.capability) : 'its input'} from{' '}
                {lost.supplier.name}
                {lost.critical && (
                  <Badge ml={6} size="xs" color="red">
                    critical
                  </Badge>
                )}
              </List.Item>
            ))}
          </List>
        </Stack>
      )}
      {result.affectedCollaborations.length > 0 && (
        <Stack gap={4}>
          <Title order={3} size="h6">
            Collaborations losing a party
          </Title>
          <List size="sm" spacing={2}>
            {result.affectedCollaborations.slice(0, 15).map((c) => (
              <List.Item key={c.collaborationId}>
                {c.name}: loses {names(c.lostParties)}; {c.remainingParties} parties remain
              </List.Item>
            ))}
          </List>
        </Stack>
      )}
      <Stack gap={4}>
        <Title order={3} size="h6">
          Vulnerability of the remaining members
        </Title>
        <VulnerabilityChanges result={result} />
      </Stack>
    </Stack>
  );
}
