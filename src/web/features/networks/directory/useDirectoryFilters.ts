import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { sizeClasses, type SizeClass } from '../../../../common/vocabulary.ts';
import type { DirectorySearch } from '../../../api/networks.ts';

export const directoryPageSize = 20;

export type DirectoryFilterKey = 'q' | 'sector' | 'country' | 'sizeClass' | 'offers' | 'needs';
const filterKeys: readonly DirectoryFilterKey[] = ['q', 'sector', 'country', 'sizeClass', 'offers', 'needs'];

const isSizeClass = (value: string | null): value is SizeClass => sizeClasses.some((s) => s === value);

/** Directory filters and page live in the URL, so a search can be shared and survives reloads. */
export function useDirectoryFilters() {
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);

  const search = useMemo<DirectorySearch>(() => {
    const sizeClass = params.get('sizeClass');
    return {
      q: params.get('q') ?? undefined,
      sector: params.get('sector') ?? undefined,
      country: params.get('country') ?? undefined,
      sizeClass: isSizeClass(sizeClass) ? sizeClass : undefined,
      offers: params.get('offers') ?? undefined,
      needs: params.get('needs') ?? undefined,
      limit: directoryPageSize,
      offset: (page - 1) * directoryPageSize,
    };
  }, [params, page]);

  const setFilter = useCallback(
    (key: DirectoryFilterKey, value: string | null) =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          if (value) next.set(key, value);
          else next.delete(key);
          next.delete('page');
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );

  const setPage = useCallback(
    (nextPage: number) =>
      setParams((current) => {
        const next = new URLSearchParams(current);
        if (nextPage > 1) next.set('page', String(nextPage));
        else next.delete('page');
        return next;
      }),
    [setParams],
  );

  const clearFilters = useCallback(
    () =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          for (const key of [...filterKeys, 'page']) next.delete(key);
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );

  const activeFilterCount = filterKeys.filter((key) => params.get(key)).length;
  return { search, page, setFilter, setPage, clearFilters, activeFilterCount };
}
