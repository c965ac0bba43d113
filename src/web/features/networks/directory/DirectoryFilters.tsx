import { Button, Grid, Select, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import type { DirectorySearch } from '../../../api/networks.ts';
import { optionsFrom, sizeClassLabels } from '../../../components/vocabularyLabels.ts';
import { CapabilitySelect } from '../../reference/CapabilitySelect.tsx';
import { CountrySelect } from '../../reference/CountrySelect.tsx';
import { NaceSelect } from '../../reference/NaceSelect.tsx';
import type { DirectoryFilterKey } from './useDirectoryFilters.ts';

interface DirectoryFiltersProps {
  search: DirectorySearch;
  setFilter: (key: DirectoryFilterKey, value: string | null) => void;
  clearFilters: () => void;
  activeFilterCount: number;
}

export function DirectoryFilters({ search, setFilter, clearFilters, activeFilterCount }: DirectoryFiltersProps) {
  const [text, setText] = useState(search.q ?? '');
  const commitText = useDebouncedCallback((value: string) => setFilter('q', value.trim() || null), 350);
  useEffect(() => setText(search.q ?? ''), [search.q]);

  return (
    <Grid gutter="sm" align="flex-end">
      <Grid.Col span={{ base: 12, md: 6 }}>
        <TextInput
          label="Search"
          placeholder="Name, description, city, region, offers…"
          value={text}
          onChange={(e) => {
            setText(e.currentTarget.value);
            commitText(e.currentTarget.value);
          }}
          aria-label="Search the directory"
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6, md: 3 }}>
        <NaceSelect
          coarse
          label="Sector"
          placeholder="Any sector"
          value={search.sector ?? null}
          onChange={(v) => setFilter('sector', v)}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6, md: 3 }}>
        <CountrySelect
          label="Country"
          placeholder="Any country"
          clearable
          value={search.country ?? null}
          onChange={(v) => setFilter('country', v)}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6, md: 2 }}>
        <Select
          label="Size"
          placeholder="Any size"
          clearable
          data={optionsFrom(sizeClassLabels)}
          value={search.sizeClass ?? null}
          onChange={(v) => setFilter('sizeClass', v)}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6, md: 4 }}>
        <CapabilitySelect
          label="Offers"
          placeholder="Any capability"
          clearable
          value={search.offers ?? null}
          onChange={(v) => setFilter('offers', v)}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6, md: 4 }}>
        <CapabilitySelect
          label="Needs"
          placeholder="Any capability"
          clearable
          value={search.needs ?? null}
          onChange={(v) => setFilter('needs', v)}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6, md: 2 }}>
        <Button
          variant="subtle"
          fullWidth
          disabled={activeFilterCount === 0}
          onClick={() => {
            setText('');
            clearFilters();
          }}
        >
          Clear filters
        </Button>
      </Grid.Col>
    </Grid>
  );
}
