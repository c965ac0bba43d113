import { Grid, Group, Stack, Text } from '@mantine/core';
import type { Network } from '../../api/networks.ts';
import type { Org } from '../../api/orgs.ts';
import { PageLoader } from '../../components/PageLoader.tsx';
import { QueryErrorAlert } from '../../components/QueryErrorAlert.tsx';
import { CandidateList } from './CandidateList.tsx';
import { DecisionsPanel } from './DecisionsPanel.tsx';
import { NeedPicker } from './NeedPicker.tsx';
import type { PartnerTab } from './PartnersPage.tsx';
import { SearchSidebar } from './SearchSidebar.tsx';
import { useMatches, useMatchPreferences } from './useMatches.ts';
import type { PartnerSearchState } from './usePartnerSearch.ts';
import { useMatchableNeeds } from './useMatchableNeeds.ts';

interface SearchWorkspaceProps {
  org: Org;
  tab: Exclude<PartnerTab, 'team'>;
  search: PartnerSearchState;
  networks: Network[];
  networkId: string;
}

// Saved candidates are read from a longer ranking under the same filters.
const savedScanSize = 50;

const emptyText = {
  suggested: {
    title: 'No partner matches these filters',
    description: 'Widen the radius, clear a filter, or add offers and needs to your profile: they drive the ranking.',
  },
  saved: {
    title: 'No saved partners here',
    description: `No saved partner ranks among the ${savedScanSize} best under the current filters. Every saved partner is listed below.`,
  },
  need: {
    title: 'Nobody in this network covers that need yet',
    description: 'Try another network, clear the filters, or describe the need in other words.',
  },
} as const;

/** Sidebar with filters and weights, results on the right: suggestions, saved ones, or need-first. */
export function SearchWorkspace({ org, tab, search, networks, networkId }: SearchWorkspaceProps) {
  const preferences = useMatchPreferences();
  const { query: needs, matchable, privateCount } = useMatchableNeeds(org.id);
  const needId = tab === 'need' ? search.needId : null;
  const query = {
    ...search.searchFor(networkId),
    ...(tab === 'saved' ? { top: savedScanSize } : {}),
    ...(needId ? { need: needId } : {}),
  };
  const result = useMatches(org.id, query, tab !== 'need' || needId !== null);
  const network = networks.find((n) => n.id === networkId);

  let results;
  if (tab === 'need' && needs.isPending) results = <PageLoader />;
  else if (tab === 'need' && needs.isError)
    results = <QueryErrorAlert error={needs.error} onRetry={() => void needs.refetch()} />;
  else
    results = (
      <Stack gap="md">
        {tab === 'need' && (
          <NeedPicker needs={matchable} privateCount={privateCount} value={search.needId} onChange={search.setNeedId} />
        )}
        {(tab !== 'need' || needId) && (
          <CandidateList
            org={org}
            result={result}
            keep={tab === 'saved' ? (c) => c.decision === 'saved' : undefined}
            needFirst={tab === 'need'}
            empty={emptyText[tab]}
          />
        )}
        {tab === 'saved' && <DecisionsPanel orgId={org.id} canEdit={org.abilities.edit} />}
      </Stack>
    );

  return (
    <Grid gutter="lg">
      <Grid.Col span={{ base: 12, md: 4, lg: 3.5 }}>
        <SearchSidebar
          search={search}
          networks={networks}
          networkId={networkId}
          effectiveWeights={result.data?.weights ?? preferences.data?.weights}
          savedScope={preferences.data?.scope ?? null}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 8, lg: 8.5 }}>
        <Stack gap="sm">
          <Group justify="space-between" h={20}>
            <Text size="sm" c="dimmed">
              {network ? `Members of ${network.name}` : ''}
            </Text>
            <Text size="xs" c="dimmed" data-testid="ranking-status">
              {result.isFetching ? 'Updating the ranking…' : ''}
            </Text>
          </Group>
          {results}
        </Stack>
      </Grid.Col>
    </Grid>
  );
}
