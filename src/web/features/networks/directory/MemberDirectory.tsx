import { Alert, Group, LoadingOverlay, Pagination, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import type { Network } from '../../../api/networks.ts';
import { EmptyState } from '../../../components/EmptyState.tsx';
import { PageLoader } from '../../../components/PageLoader.tsx';
import { QueryErrorAlert } from '../../../components/QueryErrorAlert.tsx';
import { useCapabilities } from '../../reference/useCapabilities.ts';
import { useCountries } from '../../reference/useCountries.ts';
import { useNaceCodes } from '../../reference/useNaceCodes.ts';
import { useDirectory } from '../useNetworks.ts';
import { DirectoryEntryCard } from './DirectoryEntryCard.tsx';
import { DirectoryFilters } from './DirectoryFilters.tsx';
import { directoryPageSize, useDirectoryFilters } from './useDirectoryFilters.ts';

/** Full-text search and filters over a network's members. */
export function MemberDirectory({ network }: { network: Network }) {
  const filters = useDirectoryFilters();
  const isActiveMember = network.myMemberships.some((m) => m.status === 'active');
  const canBrowse = network.directory === 'public' || isActiveMember || network.abilities.manage;
  const directory = useDirectory(network.id, filters.search, canBrowse);
  const { catalog: capabilities } = useCapabilities();
  const { catalog: nace } = useNaceCodes();
  const { nameOf } = useCountries();

  if (!canBrowse) {
    return (
      <Alert color="gray" variant="light" title="Members only">
        Only active members can browse this directory. Ask to join from the Networks page.
      </Alert>
    );
  }
  const total = directory.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / directoryPageSize));
  const first = (filters.page - 1) * directoryPageSize + 1;

  return (
    <Stack gap="md">
      <Paper withBorder radius="md" p="md">
        <DirectoryFilters {...filters} />
      </Paper>
      {directory.isPending && <PageLoader label="Searching…" />}
      {directory.isError && <QueryErrorAlert error={directory.error} onRetry={() => void directory.refetch()} />}
      {directory.data && (
        <Stack gap="sm" pos="relative">
          <LoadingOverlay visible={directory.isFetching && directory.isPlaceholderData} overlayProps={{ blur: 1 }} />
          <Group justify="space-between">
            <Text size="sm" c="dimmed" data-testid="directory-total">
              {total === 0
                ? 'No organizations match'
                : `${total} ${total === 1 ? 'organization' : 'organizations'}${total > directoryPageSize ? ` · showing ${first}–${Math.min(total, first + directoryPageSize - 1)}` : ''}`}
            </Text>
          </Group>
          {total === 0 ? (
            <EmptyState
              title="Nobody matches these filters"
              description="Try fewer words, a broader sector or capability (a parent capability also matches everything below it)."
            />
          ) : (
            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
              {directory.data.items.map((entry) => (
                <DirectoryEntryCard
                  key={entry.id}
                  entry={entry}
                  countryName={nameOf}
                  capabilities={capabilities}
                  nace={nace}
                />
              ))}
            </SimpleGrid>
          )}
          {pages > 1 && (
            <Group justify="center" mt="sm">
              <Pagination total={pages} value={filters.page} onChange={filters.setPage} />
            </Group>
          )}
        </Stack>
      )}
    </Stack>
  );
}
