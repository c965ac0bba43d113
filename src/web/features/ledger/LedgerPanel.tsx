import { Grid, Paper, Stack, Text, Title } from '@mantine/core';
import { formatDateTime } from '../../components/formatDate.ts';
import { PageLoader } from '../../components/PageLoader.tsx';
import { QueryErrorAlert } from '../../components/QueryErrorAlert.tsx';
import { LedgerEntriesTable } from './LedgerEntriesTable.tsx';
import { useLedgerEntries, useLedgerTreeHead } from './useLedger.ts';
import { VerifyLedgerPanel } from './VerifyLedgerPanel.tsx';

function TreeHeadCard({ ledgerId }: { ledgerId: string }) {
  const head = useLedgerTreeHead(ledgerId);
  return (
    <Paper withBorder radius="md" p="md" h="100%" data-testid="tree-head">
      <Stack gap={6}>
        <Title order={2} size="h5">
          Latest signed tree head
        </Title>
        {head.isPending && <Text size="sm">Loading…</Text>}
        {head.isError && <QueryErrorAlert error={head.error} />}
        {head.data && !head.data.treeHead && <Text size="sm">Nothing signed yet.</Text>}
        {head.data?.treeHead && (
          <>
            <Text size="sm">
              Size <b>{head.data.treeHead.size}</b>, signed {formatDateTime(head.data.treeHead.timestamp)}
            </Text>
            <Text size="xs" c="dimmed">
              Root (base64)
            </Text>
            <Text size="xs" ff="monospace" style={{ wordBreak: 'break-all' }}>
              {head.data.treeHead.rootHash}
            </Text>
            <Text size="xs" c="dimmed">
              Ed25519 signature
            </Text>
            <Text size="xs" ff="monospace" style={{ wordBreak: 'break-all' }} lineClamp={2}>
              {head.data.treeHead.signature}
            </Text>
          </>
        )}
      </Stack>
    </Paper>
  );
}

/** A tamper-evident record: every state change, proposal and signature, checkable by any party. */
export function LedgerPanel({ ledgerId, nameOf }: { ledgerId: string; nameOf: (orgId: string) => string }) {
  const entries = useLedgerEntries(ledgerId);
  if (entries.isPending) return <PageLoader label="Loading the ledger…" />;
  if (entries.isError) return <QueryErrorAlert error={entries.error} onRetry={() => void entries.refetch()} />;
  return (
    <Stack gap="md">
      <Grid gutter="md">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <VerifyLedgerPanel ledgerId={ledgerId} entries={entries.data.entries} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <TreeHeadCard ledgerId={ledgerId} />
        </Grid.Col>
      </Grid>
      <Paper withBorder radius="md" p="xs">
        <LedgerEntriesTable entries={entries.data.entries} nameOf={nameOf} />
      </Paper>
      {entries.data.size > entries.data.entries.length && (
        <Text size="sm" c="dimmed">
          Showing the first {entries.data.entries.length} of {entries.data.size} entries.
        </Text>
      )}
    </Stack>
  );
}
