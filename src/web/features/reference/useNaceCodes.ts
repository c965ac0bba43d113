import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { listNaceCodes, type NaceEntry } from '../../api/reference.ts';
import { referenceStaleTime } from './useCapabilities.ts';

export interface NaceCatalog {
  codes: NaceEntry[];
  byCode: ReadonlyMap<string, NaceEntry>;
  /** "10.71 — Manufacture of bread; …" */
  describe: (code: string) => string;
  sectionOf: (code: string) => NaceEntry | undefined;
}

function buildCatalog(codes: NaceEntry[]): NaceCatalog {
  const byCode = new Map(codes.map((n) => [n.code, n]));
  const sectionOf = (code: string) => {
    let cursor = byCode.get(code);
    while (cursor && cursor.parent !== null) cursor = byCode.get(cursor.parent);
    return cursor;
  };
  return {
    codes,
    byCode,
    describe: (code) => {
      const entry = byCode.get(code);
      return entry ? `${entry.code} — ${entry.label}` : code;
    },
    sectionOf,
  };
}

export function useNaceCodes() {
  const query = useQuery({ queryKey: ['reference', 'nace'], queryFn: listNaceCodes, staleTime: referenceStaleTime });
  const catalog = useMemo(() => buildCatalog(query.data?.items ?? []), [query.data]);
  return { ...query, catalog };
}
