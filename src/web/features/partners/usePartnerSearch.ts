import { useDebouncedValue } from '@mantine/hooks';
import { useCallback, useMemo, useState } from 'react';
import type { GeoScope, MatchWeights } from '../../../common/matching.ts';
import type { SizeClass } from '../../../common/vocabulary.ts';
import type { MatchSearch } from '../../api/matching.ts';

export interface PartnerFilters {
  networkId: string | null;
  country: string | null;
  radiusKm: number | null;
  sector: string | null;
  sizeClass: SizeClass | null;
  scope: GeoScope | null;
}

const noFilters: PartnerFilters = {
  networkId: null,
  country: null,
  radiusKm: null,
  sector: null,
  sizeClass: null,
  scope: null,
};

/** Sliders and typed numbers re-query once the hand rests. */
export const searchDebounceMs = 350;

/**
 * The filters and weights of the partner pages, shared by the suggestions and the need-first search.
 * `weights` is null until the user moves a slider: then the saved defaults apply on the server.
 */
export function usePartnerSearch() {
  const [filters, setFilters] = useState<PartnerFilters>(noFilters);
  const [weights, setWeights] = useState<MatchWeights | null>(null);
  const [needId, setNeedId] = useState<string | null>(null);
  const current = useMemo(() => ({ filters, weights }), [filters, weights]);
  const [debounced] = useDebouncedValue(current, searchDebounceMs);

  const setFilter = useCallback(
    <K extends keyof PartnerFilters>(key: K, value: PartnerFilters[K]) =>
      setFilters((current) => ({ ...current, [key]: value })),
    [],
  );
  const clearFilters = useCallback(() => setFilters((current) => ({ ...noFilters, networkId: current.networkId })), []);

  /** The query for the server, with the network the page settled on. */
  const searchFor = useCallback(
    (networkId: string | undefined): MatchSearch => ({
      network: networkId,
      country: debounced.filters.country ?? undefined,
      radiusKm: debounced.filters.radiusKm ?? undefined,
      sector: debounced.filters.sector ?? undefined,
      sizeClass: debounced.filters.sizeClass ?? undefined,
      scope: debounced.filters.scope ?? undefined,
      weights: debounced.weights ?? undefined,
    }),
    [debounced],
  );

  const activeFilterCount = useMemo(
    () => [filters.country, filters.radiusKm, filters.sector, filters.sizeClass].filter((v) => v !== null).length,
    [filters],
  );

  return { filters, setFilter, clearFilters, activeFilterCount, weights, setWeights, needId, setNeedId, searchFor };
}

export type PartnerSearchState = ReturnType<typeof usePartnerSearch>;
