import { Anchor, Badge, Grid, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { AgreementVersionSummary, Collaboration } from '../../../api/collaborations.ts';
import { agreementPdfUrl, canonicalAgreementUrl } from '../../../api/collaborations.ts';
import { PageLoader } from '../../../components/PageLoader.tsx';
import { QueryErrorAlert } from '../../../components/QueryErrorAlert.tsx';
import { useAgreementVersion, useAgreementVersions } from '../useAgreement.ts';
import { SignaturesList } from './SignaturesList.tsx';
import { SigningPanel } from './SigningPanel.tsx';
import { VersionDiff } from './VersionDiff.tsx';
import { VersionsTable } from './VersionsTable.tsx';
import { versionStatusColors, versionStatusLabels } from './versionStatus.ts';

function VersionDetails({ collaboration, version }: { collaboration: Collaboration; version: number }) {
  const detail = useAgreementVersion(collaboration.id, version);
  if (detail.isPending) return <PageLoader />;
  if (detail.isError) return <QueryErrorAlert error={detail.error} onRetry={() => void detail.refetch()} />;
  const data = detail.data;
  return (
    <Grid gutter="md">
      <Grid.Col span={{ base: 12, lg: 6 }}>
        <Paper withBorder radius="md" p="md" h="100%">
          <Stack gap="sm">
            <Group justify="space-between">
              <Title order={2} size="h5">
                Version {data.version}
              </Title>
              <Badge color={versionStatusColors[data.status]} variant="light" data-testid="version-status">
                {versionStatusLabels[data.status]}
              </Badge>
            </Group>
            <Group gap="md">
              <Anchor href={agreementPdfUrl(collaboration.id, data.version)} download size="sm">
                Download PDF
              </Anchor>
              <Anchor href={canonicalAgreementUrl(collaboration.id, data.version)} download size="sm">
                Canonical JSON
              </Anchor>
            </Group>
            <Text size="sm" fw={600}>
              Signatures
            </Text>
            <SignaturesList collaboration={collaboration} version={data} />
          </Stack>
        </Paper>
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 6 }}>
        {data.contentHash ? (
          <SigningPanel collaboration={collaboration} version={data} />
        ) : (
          <Paper withBorder radius="md" p="md" h="100%">
            <Text size="sm" c="dimmed">
              A draft has no hash yet: it is fixed when the draft is proposed, and the parties sign that hash.
            </Text>
          </Paper>
        )}
      </Grid.Col>
    </Grid>
  );
}

const preferred = (versions: AgreementVersionSummary[]) =>
  versions.find((v) => v.status === 'proposed') ?? versions.find((v) => v.status === 'effective') ?? versions[0];

export function VersionsTab({ collaboration }: { collaboration: Collaboration }) {
  const versions = useAgreementVersions(collaboration.id);
  const [chosen, setChosen] = useState<number | null>(null);
  if (versions.isPending) return <PageLoader />;
  if (versions.isError) return <QueryErrorAlert error={versions.error} onRetry={() => void versions.refetch()} />;
  const selected = chosen ?? preferred(versions.data)?.version ?? null;
  return (
    <Stack gap="md">
      <Paper withBorder radius="md" p="xs">
        <VersionsTable versions={versions.data} selected={selected} onSelect={setChosen} />
      </Paper>
      {selected !== null && <VersionDetails key={selected} collaboration={collaboration} version={selected} />}
      <VersionDiff collaboration={collaboration} versions={versions.data} />
    </Stack>
  );
}
