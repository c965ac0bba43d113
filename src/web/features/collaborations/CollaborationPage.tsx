import { Alert, Anchor, Badge, Breadcrumbs, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { Link, Navigate, useNavigate, useParams } from 'react-router';
import type { Collaboration } from '../../api/collaborations.ts';
import { PageLoader } from '../../components/PageLoader.tsx';
import { QueryErrorAlert } from '../../components/QueryErrorAlert.tsx';
import { DocumentsTab } from '../documents/DocumentsTab.tsx';
import { LedgerPanel } from '../ledger/LedgerPanel.tsx';
import { MeetingsTab } from '../meetings/MeetingsTab.tsx';
import { ActivityTab } from '../work/ActivityTab.tsx';
import { ThreadsTab } from '../work/ThreadsTab.tsx';
import { ThreadsTabLabel } from '../work/ThreadsTabLabel.tsx';
import { WorkTab } from '../work/WorkTab.tsx';
import { AgreementTab } from './agreement/AgreementTab.tsx';
import { collaborationKindLabels } from './collaborationLabels.ts';
import { CollaborationStateBadge } from './CollaborationStateBadge.tsx';
import { OverviewTab } from './overview/OverviewTab.tsx';
import { RespondButtons } from './RespondButtons.tsx';
import { useCollaboration } from './useCollaborations.ts';
import { VersionsTab } from './versions/VersionsTab.tsx';

const tabs = [
  { value: 'overview', label: 'Overview' },
  { value: 'agreement', label: 'Agreement' },
  { value: 'versions', label: 'Versions and signatures' },
  { value: 'work', label: 'Work' },
  { value: 'threads', label: 'Threads' },
  { value: 'documents', label: 'Documents' },
  { value: 'meetings', label: 'Meetings' },
  { value: 'activity', label: 'Activity' },
  { value: 'ledger', label: 'Ledger' },
] as const;
type TabValue = (typeof tabs)[number]['value'];
const isTab = (value: string): value is TabValue => tabs.some((t) => t.value === value);

function WorkspaceHeader({ collaboration }: { collaboration: Collaboration }) {
  const invitedParties = collaboration.parties.filter(
    (p) => p.status === 'invited' && collaboration.abilities.respond.includes(p.orgId),
  );
  return (
    <Stack gap={6}>
      <Group gap="sm" align="center">
        <Title order={1} size="h2">
          {collaboration.name}
        </Title>
        <Badge variant="light" color="indigo">
          {collaborationKindLabels[collaboration.kind]}
        </Badge>
        <CollaborationStateBadge state={collaboration.state} size="lg" />
      </Group>
      <Text size="sm" c="dimmed">
        {collaboration.parties
          .filter((p) => p.status === 'accepted')
          .map((p) => p.name)
          .join(' · ')}
      </Text>
      {collaboration.description && (
        <Text size="sm" maw={820}>
          {collaboration.description}
        </Text>
      )}
      {invitedParties.map((party) => (
        <Alert key={party.orgId} color="grape" variant="light" title={`${party.name} is invited`}>
          <Group justify="space-between">
            <Text size="sm">Accept to draft and sign the agreement with the other parties.</Text>
            <RespondButtons
              collaborationId={collaboration.id}
              collaborationName={collaboration.name}
              orgId={party.orgId}
              orgName={party.name}
            />
          </Group>
        </Alert>
      ))}
    </Stack>
  );
}

export function CollaborationPage() {
  const { collaborationId = '', tab = 'overview' } = useParams();
  const navigate = useNavigate();
  const collaboration = useCollaboration(collaborationId);

  if (!isTab(tab)) return <Navigate to={`/collaborations/${collaborationId}`} replace />;
  if (collaboration.isPending) return <PageLoader />;
  if (collaboration.isError)
    return <QueryErrorAlert error={collaboration.error} onRetry={() => void collaboration.refetch()} />;
  const data = collaboration.data;
  const nameOf = (orgId: string) => data.parties.find((p) => p.orgId === orgId)?.name ?? orgId.slice(0, 8);

  return (
    <Stack gap="lg">
      <Breadcrumbs>
        <Anchor component={Link} to="/collaborations" size="sm">
          Collaborations
        </Anchor>
        <Text size="sm">{data.name}</Text>
      </Breadcrumbs>
      <WorkspaceHeader collaboration={data} />
      <Tabs
        value={tab}
        keepMounted={false}
        onChange={(next) =>
          next && navigate(next === 'overview' ? `/collaborations/${data.id}` : `/collaborations/${data.id}/${next}`)
        }
      >
        <Tabs.List mb="md">
          {tabs.map((t) => (
            <Tabs.Tab key={t.value} value={t.value}>
              {t.value === 'threads' ? <ThreadsTabLabel collaborationId={data.id} /> : t.label}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="overview">
          <OverviewTab collaboration={data} />
        </Tabs.Panel>
        <Tabs.Panel value="agreement">
          <AgreementTab collaboration={data} />
        </Tabs.Panel>
        <Tabs.Panel value="versions">
          <VersionsTab collaboration={data} />
        </Tabs.Panel>
        <Tabs.Panel value="work">
          <WorkTab collaboration={data} />
        </Tabs.Panel>
        <Tabs.Panel value="threads">
          <ThreadsTab collaboration={data} />
        </Tabs.Panel>
        <Tabs.Panel value="documents">
          <DocumentsTab collaboration={data} />
        </Tabs.Panel>
        <Tabs.Panel value="meetings">
          <MeetingsTab collaboration={data} />
        </Tabs.Panel>
        <Tabs.Panel value="activity">
          <ActivityTab collaboration={data} />
        </Tabs.Panel>
        <Tabs.Panel value="ledger">
          <LedgerPanel ledgerId={data.ledgerId} nameOf={nameOf} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
