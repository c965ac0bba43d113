import { Alert, Button, Grid, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import type { AgreementVersion, AgreementVersionSummary, Collaboration } from '../../../api/collaborations.ts';
import { formatDateTime } from '../../../components/formatDate.ts';
import { PageLoader } from '../../../components/PageLoader.tsx';
import { QueryErrorAlert } from '../../../components/QueryErrorAlert.tsx';
import { useAgreementVersion, useAgreementVersions } from '../useAgreement.ts';
import { AgreementEditor } from './AgreementEditor.tsx';
import { AgreementWorkbench } from './AgreementWorkbench.tsx';
import { CheckerPanel } from './CheckerPanel.tsx';

const closedStates = ['completed', 'terminated'];

interface ReadOnlyBannerProps {
  collaboration: Collaboration;
  version: AgreementVersion;
  effective: AgreementVersionSummary | undefined;
  canEdit: boolean;
  onAmend: () => void;
}

function ReadOnlyBanner({ collaboration, version, effective, canEdit, onAmend }: ReadOnlyBannerProps) {
  const versionsLink = (
    <Button size="xs" variant="default" component={Link} to={`/collaborations/${collaboration.id}/versions`}>
      Versions and signatures
    </Button>
  );
  const amend = canEdit && version.status !== 'draft' && (
    <Button size="xs" variant="default" onClick={onAmend}>
      Amend (opens version {version.version + 1})
    </Button>
  );
  const text =
    version.status === 'proposed'
      ? `Version ${version.version} is proposed and waits for every party's signature (${version.signatures.length} so far).`
      : version.status === 'effective'
        ? `Version ${version.version} is in effect since ${formatDateTime(version.effectiveAt)}.`
        : canEdit
          ? ''
          : collaboration.abilities.respond.length > 0
            ? `Version ${version.version} is a draft. Accept the invitation to draft it with the other parties.`
            : `Version ${version.version} is a draft. Only members of an accepted party (not viewers) can edit it.`;
  return (
    <Alert color={version.status === 'effective' ? 'green' : 'blue'} variant="light" data-testid="agreement-banner">
      <Group justify="space-between">
        <Stack gap={2}>
          <Text size="sm">{text}</Text>
          {effective && effective.version !== version.version && (
            <Text size="xs" c="dimmed">
              Version {effective.version} stays in effect until a newer version is signed by every party.
            </Text>
          )}
        </Stack>
        <Group gap="xs">
          {amend}
          {versionsLink}
        </Group>
      </Group>
    </Alert>
  );
}

export function AgreementTab({ collaboration }: { collaboration: Collaboration }) {
  const versions = useAgreementVersions(collaboration.id);
  const latest = versions.data?.[0];
  const effective = versions.data?.find((v) => v.status === 'effective');
  const version = useAgreementVersion(collaboration.id, latest?.version ?? null);
  // Amending is tied to the version it starts from, so that proposing the amendment ends it.
  const [amendingFrom, setAmendingFrom] = useState<number | null>(null);

  if (versions.isPending || (latest && version.isPending)) return <PageLoader label="Loading the agreement…" />;
  if (versions.isError) return <QueryErrorAlert error={versions.error} onRetry={() => void versions.refetch()} />;
  if (version.isError) return <QueryErrorAlert error={version.error} onRetry={() => void version.refetch()} />;
  if (!version.data) return <Text c="dimmed">This collaboration has no agreement yet.</Text>;

  const data = version.data;
  const canEdit = collaboration.abilities.edit && !closedStates.includes(collaboration.state);
  const editing = canEdit && (data.status === 'draft' || amendingFrom === data.version);
  if (editing) {
    return (
      <Stack gap="md">
        {effective && data.status === 'draft' && (
          <Alert color="green" variant="light">
            Version {effective.version} is in effect. This draft (version {data.version}) replaces it once every party
            has signed it.
          </Alert>
        )}
        <AgreementWorkbench
          key={`${data.version}-${data.status}`}
          collaboration={collaboration}
          version={data}
          isAmendment={data.status !== 'draft'}
        />
      </Stack>
    );
  }
  const parties = collaboration.parties.filter((p) => p.status === 'accepted');
  return (
    <Stack gap="md">
      <ReadOnlyBanner
        collaboration={collaboration}
        version={data}
        effective={effective}
        canEdit={canEdit}
        onAmend={() => setAmendingFrom(data.version)}
      />
      <Grid gutter="md">
        <Grid.Col span={{ base: 12, xl: 8 }} order={{ base: 2, xl: 1 }}>
          <AgreementEditor
            content={data.content}
            setClause={() => undefined}
            errors={{}}
            readOnly
            parties={parties}
            findings={data.findings}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, xl: 4 }} order={{ base: 1, xl: 2 }}>
          <div style={{ position: 'sticky', top: 76 }}>
            <CheckerPanel findings={data.findings} stale={false} />
          </div>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
