import { Paper, Stack, Text } from '@mantine/core';
import type { GeoScope, MatchWeights } from '../../../common/matching.ts';
import type { Network } from '../../api/networks.ts';
import { PartnerFilters } from './PartnerFilters.tsx';
import type { PartnerSearchState } from './usePartnerSearch.ts';
import { WeightSliders } from './WeightSliders.tsx';

interface SearchSidebarProps {
  search: PartnerSearchState;
  networks: Network[];
  networkId: string;
  effectiveWeights: MatchWeights | undefined;
  savedScope: GeoScope | null;
}

/** Filters above, weights below: everything that shapes the ranking. */
export function SearchSidebar({ search, networks, networkId, effectiveWeights, savedScope }: SearchSidebarProps) {
  return (
    <Stack gap="md">
      <Paper withBorder radius="md" p="md">
        <Text fw={600} mb="xs">
          Where to look
        </Text>
        <PartnerFilters search={search} networks={networks} networkId={networkId} savedScope={savedScope} />
      </Paper>
      <Paper withBorder radius="md" p="md">
        <Text fw={600}>What matters to you</Text>
        <Text size="xs" c="dimmed" mb="xs">
          How much each component counts in the score
        </Text>
        {effectiveWeights ? (
          <WeightSliders search={search} effective={effectiveWeights} savedScope={savedScope} />
        ) : (
          <Text size="sm" c="dimmed">
            Loading your weights…
          </Text>
        )}
      </Paper>
    </Stack>
  );
}
