import { Stack, Table, Text } from '@mantine/core';
import type { AgreementVersion, Collaboration } from '../../../api/collaborations.ts';
import { formatDateTime } from '../../../components/formatDate.ts';
import { Hint } from '../../../components/Hint.tsx';

export function SignaturesList({
  collaboration,
  version,
}: {
  collaboration: Collaboration;
  version: AgreementVersion;
}) {
  const accepted = collaboration.parties.filter((p) => p.status === 'accepted');
  const missing = accepted.filter((p) => !version.signatures.some((s) => s.orgId === p.orgId));
  return (
    <Stack gap="xs">
      {version.signatures.length === 0 ? (
        <Text size="sm" c="dimmed">
          No signature yet.
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={360}>
          <Table verticalSpacing={6} data-testid="signatures-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Party</Table.Th>
                <Table.Th>Signed</Table.Th>
                <Table.Th>Hash signed</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {version.signatures.map((s) => {
                const same = s.contentHash === version.contentHash;
                return (
                  <Table.Tr key={s.orgId}>
                    <Table.Td>
                      <Text size="sm" fw={500}>
                        {s.orgName}
                      </Text>
                      <Text size="xs" c="dimmed">
                        by {s.userName}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                        {formatDateTime(s.signedAt)}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Hint label={s.contentHash} maw={520}>
                        <Text size="xs" ff="monospace" c={same ? 'green' : 'red'}>
                          {same ? '✓' : '✗'} {s.contentHash.slice(0, 12)}…
                        </Text>
                      </Hint>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {version.status === 'proposed' && missing.length > 0 && (
        <Text size="sm" c="dimmed">
          Waiting for: {missing.map((p) => p.name).join(', ')}
        </Text>
      )}
    </Stack>
  );
}
