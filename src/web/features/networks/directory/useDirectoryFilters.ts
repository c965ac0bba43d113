import { useCallback, useMemo, useRef } from 'react';
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

  // Changes build on the latest parameters, including ones set but not rendered yet: the search box
  // commits after a pause, and a filter chosen meanwhile must not be lost when it does. The URL's own
  // changes (back, forward, a link) replace them.
  const latest = useRef(params);
  const rendered = useRef(params);
  if (rendered.current !== params) {
    rendered.current = params;
    latest.current = params;
  }
  const update = useCallback(
    (change: (next: URLSearchParams) => void, options?: { replace: boolean }) => {
      const next = new URLSearchParams(latest.current);
      change(next);
      latest.current = next;
      setParams(next, options);
    },
    [setParams],
  );

  const setFilter = useCallback(
    (key: DirectoryFilterKey, value: string | null) =>
      update(
        (next) => {
          if (value) next.set(key, value);
          else next.delete(key);
          next.delete('page');
        },
        { replace: true },
      ),
    [update],
  );

  const setPage = useCallback(
    (nextPage: number) =>
      update((next) => {
        if (nextPage > 1) next.set('page', String(nextPage));
        else next.delete('page');
      }),
    [update],
  );

  const clearFilters = useCallback(
    () =>
      update(
        (next) => {
          for (const key of [...filterKeys, 'page']) next.delete(key);
        },
        { replace: true },
      ),
    [update],
  );

  const activeFilterCount = filterKeys.filter((key) => params.get(key)).length;
  return { search, page, setFilter, setPage, clearFilters, activeFilterCount };
}
