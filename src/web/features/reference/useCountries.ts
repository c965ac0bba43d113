import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { listCountries } from '../../api/reference.ts';
import { referenceStaleTime } from './useCapabilities.ts';

export function useCountries() {
  const query = useQuery({
    queryKey: ['reference', 'countries'],
    queryFn: listCountries,
    staleTime: referenceStaleTime,
  });
  const { options, nameOf } = useMemo(() => {
    const items = query.data?.items ?? [];
    const names = new Map(items.map((c) => [c.code, c.name]));
    return {
      options: items.map((c) => ({ value: c.code, label: `${c.name} (${c.code})` })),
      nameOf: (code: string) => names.get(code) ?? code,
    };
  }, [query.data]);
  return { ...query, options, nameOf };
}
