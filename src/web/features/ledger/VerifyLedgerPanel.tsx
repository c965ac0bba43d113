import { Alert, Button, Code, Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { LedgerEntry } from '../../api/ledger.ts';
import { QueryErrorAlert } from '../../components/QueryErrorAlert.tsx';
import { ledgerEntryType } from './describeLedgerEntry.ts';
import type { BrowserVerification } from './verifyLedgerInBrowser.ts';
import { useVerifyLedger } from './useLedger.ts';

function VerificationResult({ result }: { result: BrowserVerification }) {
  if (result.ok) {
    return (
      <Alert color="green" variant="light" title="The ledger verifies" data-testid="ledger-verification" data-ok="yes">
        <Stack gap={4}>
          <Text size="sm">
            All {result.entries} entries verify; root <Code>{result.rootHash}</Code>
          </Text>
          <Text size="xs" c="dimmed">
            Every leaf hash recomputed from the entry’s canonical bytes, the Merkle root rebuilt entry by entry,{' '}
            {result.signedHeads} signed tree heads checked with Ed25519
            {result.inclusion
              ? `, and entry ${result.inclusion.sequence}’s inclusion proof (${result.inclusion.pathLength} hashes) reaches the signed root of size ${result.inclusion.treeSize}.`
              : '.'}
          </Text>
        </Stack>
      </Alert>
    );
  }
  if (result.unsupported) {
    return (
      <Alert
        color="orange"
        variant="light"
        title="This browser cannot verify"
        data-testid="ledger-verification"
        data-ok="unsupported"
      >
        {result.reason}
      </Alert>
    );
  }
  return (
    <Alert
      color="red"
      variant="light"
      title="The ledger does NOT verify"
      data-testid="ledger-verification"
      data-ok="no"
    >
      <Text size="sm">
        {result.firstBadSequence !== null ? `First failing entry: ${result.firstBadSequence}. ` : ''}
        {result.reason}
      </Text>
    </Alert>
  );
}

/** Re-checks the whole ledger in this browser with WebCrypto, trusting nothing the server computed. */
export function VerifyLedgerPanel({ ledgerId, entries }: { ledgerId: string; entries: LedgerEntry[] }) {
  const verify = useVerifyLedger(ledgerId);
  const [chosen, setChosen] = useState<string | null>(null);
  const last = entries.at(-1);
  const inclusion = chosen ?? (last ? String(last.sequence) : null);
  return (
    <Paper withBorder radius="md" p="md">
      <Stack gap="sm">
        <Title order={2} size="h5">
          Verify in your browser
        </Title>
        <Text size="sm" c="dimmed">
          Downloads the whole log and checks every entry’s hash, the Merkle tree (RFC 6962), every signed tree head’s
          Ed25519 signature and one entry’s inclusion proof, with your browser’s WebCrypto.
        </Text>
        <Group align="flex-end">
          <Select
            label="Inclusion proof for entry"
            size="sm"
            w={280}
            data={entries.map((e) => ({ value: String(e.sequence), label: `#${e.sequence} ${ledgerEntryType(e)}` }))}
            value={inclusion}
            onChange={setChosen}
            allowDeselect={false}
          />
          <Button
            onClick={() => verify.mutate({ inclusionSequence: inclusion === null ? undefined : Number(inclusion) })}
            loading={verify.isPending}
            disabled={entries.length === 0}
          >
            Verify
          </Button>
        </Group>
        {verify.isError && <QueryErrorAlert error={verify.error} title="Could not download the ledger" />}
        {verify.data && <VerificationResult result={verify.data} />}
      </Stack>
    </Paper>
  );
}
