import { Badge, Group, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { AgreementVersionSummary, Collaboration } from '../../../api/collaborations.ts';
import { PageLoader } from '../../../components/PageLoader.tsx';
import { QueryErrorAlert } from '../../../components/QueryErrorAlert.tsx';
import { useAgreementDiff } from '../useAgreement.ts';
import { prettifyPath, prettifyValue, sortChanges } from './prettifyChange.ts';

const kindColors = { added: 'green', removed: 'red', changed: 'blue' } as const;

interface VersionDiffProps {
  collaboration: Collaboration;
  versions: AgreementVersionSummary[];
}

/** What changed between any two versions, one line per changed value. */
export function VersionDiff({ collaboration, versions }: VersionDiffProps) {
  const newest = versions[0]?.version ?? null;
  const [from, setFrom] = useState<number | null>(versions[1]?.version ?? null);
  const [to, setTo] = useState<number | null>(newest);
  const diff = useAgreementDiff(collaboration.id, from, to);
  const options = versions.map((v) => ({ value: String(v.version), label: `Version ${v.version} (${v.status})` }));
  const nameOf = (orgId: string) => collaboration.parties.find((p) => p.orgId === orgId)?.name;

  return (
    <Paper withBorder radius="md" p="md">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-end">
          <Title order={2} size="h5">
            Compare versions
          </Title>
          {versions.length >= 2 && (
            <Group gap="xs" align="flex-end">
              <Select
                size="xs"
                label="From"
                data={options}
                value={from === null ? null : String(from)}
                onChange={(v) => setFrom(v ? Number(v) : null)}
                w={200}
              />
              <Select
                size="xs"
                label="To"
                data={options}
                value={to === null ? null : String(to)}
                onChange={(v) => setTo(v ? Number(v) : null)}
                w={200}
              />
            </Group>
          )}
        </Group>
        {versions.length < 2 && (
          <Text size="sm" c="dimmed">
            There is only one version so far.
          </Text>
        )}
        {versions.length >= 2 && from === to && (
          <Text size="sm" c="dimmed">
            Choose two different versions.
          </Text>
        )}
        {diff.isFetching && !diff.data && <PageLoader label="Comparing…" />}
        {diff.isError && <QueryErrorAlert error={diff.error} />}
        {diff.data && diff.data.length === 0 && (
          <Text size="sm" c="dimmed">
            The two versions have the same clauses.
          </Text>
        )}
        {diff.data && diff.data.length > 0 && (
          <Table.ScrollContainer minWidth={360}>
            <Table verticalSpacing={6} data-testid="version-diff">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w="32%">Clause</Table.Th>
                  <Table.Th>Before</Table.Th>
                  <Table.Th>After</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {sortChanges(diff.data).map((change) => (
                  <Table.Tr key={change.path}>
                    <Table.Td>
                      <Group gap={6} wrap="nowrap">
                        <Badge size="xs" variant="light" color={kindColors[change.kind]}>
                          {change.kind}
                        </Badge>
                        <Text size="sm">{prettifyPath(change.path)}</Text>
                      </Group>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" c="red" td={change.kind === 'added' ? undefined : 'line-through'}>
                        {prettifyValue(change.before, nameOf)}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" c="green">
                        {prettifyValue(change.after, nameOf)}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Paper>
  );
}
