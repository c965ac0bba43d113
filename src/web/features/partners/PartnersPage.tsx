import { Button, Stack, Tabs } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Link, Navigate, useNavigate, useParams } from 'react-router';
import type { Org } from '../../api/orgs.ts';
import { EmptyState } from '../../components/EmptyState.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { PageLoader } from '../../components/PageLoader.tsx';
import { QueryErrorAlert } from '../../components/QueryErrorAlert.tsx';
import { useCurrentOrg } from '../orgs/CurrentOrgContext.ts';
import { ScoringHelpDrawer } from './ScoringHelpDrawer.tsx';
import { SearchWorkspace } from './SearchWorkspace.tsx';
import { TeamBuilderTab } from './TeamBuilderTab.tsx';
import { useActiveNetworks } from './useActiveNetworks.ts';
import { usePartnerSearch } from './usePartnerSearch.ts';

export const partnerTabs = [
  { value: 'suggested', label: 'Suggested partners' },
  { value: 'saved', label: 'Saved' },
  { value: 'need', label: 'Who can fill a need?' },
  { value: 'team', label: 'Team builder' },
] as const;
export type PartnerTab = (typeof partnerTabs)[number]['value'];

const isTab = (value: string): value is PartnerTab => partnerTabs.some((t) => t.value === value);

export function PartnersPage() {
  const { tab = 'suggested' } = useParams();
  const { currentOrg } = useCurrentOrg();
  if (!currentOrg) return <Navigate to="/org/new" replace />;
  if (!isTab(tab)) return <Navigate to="/partners" replace />;
  // A fresh workspace per organization: its filters and weights do not carry over.
  return <PartnersWorkspace key={currentOrg.id} org={currentOrg} tab={tab} />;
}

function PartnersWorkspace({ org, tab }: { org: Org; tab: PartnerTab }) {
  const navigate = useNavigate();
  const [helpOpened, help] = useDisclosure(false);
  const networks = useActiveNetworks(org.id);
  const search = usePartnerSearch();
  const network = networks.active.find((n) => n.id === search.filters.networkId) ?? networks.largest;

  const header = (
    <PageHeader
      title="Partners"
      description={`Who should ${org.name} work with, and why — ranked by how well you complement each other.`}
      actions={
        <Button variant="light" onClick={help.open}>
          How is this scored?
        </Button>
      }
    />
  );

  let body;
  if (networks.isPending) body = <PageLoader />;
  else if (networks.isError) body = <QueryErrorAlert error={networks.error} onRetry={() => void networks.refetch()} />;
  else if (!network)
    body = (
      <EmptyState
        title={`${org.name} is not in a network yet`}
        description="Suggestions come from the members of your networks. Join one (or create your own) and once you are admitted, partners appear here."
        action={
          <Button component={Link} to="/networks" variant="light">
            Go to Networks
          </Button>
        }
      />
    );
  else
    body = (
      <Tabs value={tab} onChange={(next) => next && navigate(next === 'suggested' ? '/partners' : `/partners/${next}`)}>
        <Tabs.List mb="md">
          {partnerTabs.map((t) => (
            <Tabs.Tab key={t.value} value={t.value}>
              {t.label}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value={tab}>
          {tab === 'team' ? (
            <TeamBuilderTab org={org} network={network} />
          ) : (
            <SearchWorkspace org={org} tab={tab} search={search} networks={networks.active} networkId={network.id} />
          )}
        </Tabs.Panel>
      </Tabs>
    );

  return (
    <Stack gap="lg">
      {header}
      {body}
      <ScoringHelpDrawer opened={helpOpened} onClose={help.close} />
    </Stack>
  );
}
