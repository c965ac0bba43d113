import { Button, NumberInput, Select, Stack } from '@mantine/core';
import { geoScopes, type GeoScope } from '../../../common/matching.ts';
import { sizeClasses } from '../../../common/vocabulary.ts';
import type { Network } from '../../api/networks.ts';
import { optionsFrom, sizeClassLabels } from '../../components/vocabularyLabels.ts';
import { CountrySelect } from '../reference/CountrySelect.tsx';
import { NaceSelect } from '../reference/NaceSelect.tsx';
import type { PartnerSearchState } from './usePartnerSearch.ts';

export const scopeLabels: Record<GeoScope, string> = {
  local: 'Local (about 25 km)',
  national: 'National (about 200 km)',
  international: 'International (about 2000 km)',
};

interface PartnerFiltersProps {
  search: PartnerSearchState;
  networks: Network[];
  networkId: string;
  savedScope: GeoScope | null;
}

/** Where to look: network, geographic scope, and the optional country, radius, sector and size filters. */
export function PartnerFilters({ search, networks, networkId, savedScope }: PartnerFiltersProps) {
  const { filters, setFilter, clearFilters, activeFilterCount } = search;
  const defaultScope = savedScope ? scopeLabels[savedScope].split(' (')[0] : 'none saved';
  return (
    <Stack gap="sm" data-testid="partner-filters">
      <Select
        label="Network"
        description="Suggestions come from this network's members"
        data={networks.map((n) => ({ value: n.id, label: n.name }))}
        value={networkId}
        onChange={(id) => id && setFilter('networkId', id)}
        allowDeselect={false}
      />
      <Select
        label="Geographic scope"
        description="How fast distance lowers the geography score"
        placeholder={`Your default (${defaultScope})`}
        clearable
        data={geoScopes.map((s) => ({ value: s, label: scopeLabels[s] }))}
        value={filters.scope}
        onChange={(v) => setFilter('scope', geoScopes.find((s) => s === v) ?? null)}
      />
      <CountrySelect
        label="Country"
        placeholder="Any country"
        clearable
        value={filters.country}
        onChange={(v) => setFilter('country', v)}
      />
      <NumberInput
        label="Within (km)"
        description="Around your organization's location"
        placeholder="Any distance"
        min={1}
        max={20000}
        step={25}
        allowDecimal={false}
        value={filters.radiusKm ?? ''}
        onChange={(v) => setFilter('radiusKm', typeof v === 'number' && v >= 1 ? v : null)}
      />
      <NaceSelect
        coarse
        label="Sector"
        placeholder="Any sector"
        value={filters.sector}
        onChange={(v) => setFilter('sector', v)}
      />
      <Select
        label="Size"
        placeholder="Any size"
        clearable
        data={optionsFrom(sizeClassLabels)}
        value={filters.sizeClass}
        onChange={(v) => setFilter('sizeClass', sizeClasses.find((s) => s === v) ?? null)}
      />
      <Button variant="subtle" size="xs" disabled={activeFilterCount === 0} onClick={clearFilters}>
        Clear filters
      </Button>
    </Stack>
  );
}
