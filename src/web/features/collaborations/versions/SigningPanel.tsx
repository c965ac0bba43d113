import { Alert, Badge, Button, Code, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { AgreementVersion, Collaboration } from '../../../api/collaborations.ts';
import { notifyFailure, notifySuccess } from '../../../components/notify.ts';
import { useCanonicalHash, useSignAgreement } from '../useAgreement.ts';

interface SigningPanelProps {
  collaboration: Collaboration;
  version: AgreementVersion;
}

/**
 * The browser fetches the exact canonical bytes, hashes them itself and signs that hash: a server that
 * showed one text and asked to sign another would be caught here, before anyone signs.
 */
export function SigningPanel({ collaboration, version }: SigningPanelProps) {
  const computed = useCanonicalHash(collaboration.id, version.version, version.contentHash !== null);
  const sign = useSignAgreement(collaboration.id);
  const matches = computed.data !== undefined && computed.data.hash === version.contentHash;
  const nameOf = (orgId: string) => collaboration.parties.find((p) => p.orgId === orgId)?.name ?? orgId;
  const signable =
    version.status === 'proposed'
      ? collaboration.abilities.sign.filter((orgId) => !version.signatures.some((s) => s.orgId === orgId))
      : [];

  const signFor = (orgId: string) => {
    if (!computed.data) return;
    sign.mutate(
      { version: version.version, orgId, contentHash: computed.data.hash },
      {
        onSuccess: (signed) =>
          notifySuccess(
            signed.status === 'effective'
              ? `Every party has signed: version ${signed.version} is in effect.`
              : `Signed for ${nameOf(orgId)}. Waiting for the other parties.`,
          ),
        onError: (error) => notifyFailure(error, 'Could not sign'),
      },
    );
  };

  return (
    <Paper withBorder radius="md" p="md" data-testid="signing-panel">
      <Stack gap="sm">
        <Title order={2} size="h5">
          What is signed
        </Title>
        <Text size="sm" c="dimmed">
          The SHA-256 of the agreement’s canonical JSON (RFC 8785), computed by your browser from the bytes the server
          serves, compared with the hash the server recorded when the version was proposed.
        </Text>
        <Stack gap={4}>
          <Text size="xs" fw={600}>
            Computed in your browser{computed.data ? ` (${computed.data.byteLength} bytes)` : ''}
          </Text>
          <Code block data-testid="computed-hash" style={{ wordBreak: 'break-all', whiteSpace: 'pre-wrap' }}>
            {computed.isPending ? 'Hashing…' : (computed.data?.hash ?? '—')}
          </Code>
          <Text size="xs" fw={600}>
            Recorded by the server
          </Text>
          <Code block data-testid="server-hash" style={{ wordBreak: 'break-all', whiteSpace: 'pre-wrap' }}>
            {version.contentHash ?? '—'}
          </Code>
        </Stack>
        {computed.isError && (
          <Alert color="red" variant="light" title="This browser cannot check the hash">
            {computed.error.message}
          </Alert>
        )}
        {computed.data && (
          <Group>
            <Badge
              size="lg"
              color={matches ? 'green' : 'red'}
              variant="filled"
              data-testid="hash-match"
              data-match={matches ? 'yes' : 'no'}
            >
              {matches ? '✓ Hashes match' : '✗ Hashes differ: do not sign'}
            </Badge>
          </Group>
        )}
        {signable.length > 0 && (
          <Group gap="xs">
            {signable.map((orgId) => (
              <Button
                key={orgId}
                color="teal"
                disabled={!matches}
                loading={sign.isPending && sign.variables.orgId === orgId}
                onClick={() => signFor(orgId)}
              >
                Sign for {nameOf(orgId)}
              </Button>
            ))}
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
