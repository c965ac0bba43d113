import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { listCapabilities, type CapabilityEntry } from '../../api/reference.ts';

export interface CapabilityOption {
  id: string;
  label: string;
  /** "Digital and IT › Web › Search engine optimisation" */
  path: string;
  topLevel: string;
}

export interface CapabilityCatalog {
  options: CapabilityOption[];
  byId: ReadonlyMap<string, CapabilityOption>;
  pathOf: (id: string) => string;
  labelOf: (id: string) => string;
}

function buildCatalog(items: CapabilityEntry[]): CapabilityCatalog {
  const entries = new Map(items.map((c) => [c.id, c]));
  const byId = new Map<string, CapabilityOption>();
  for (const item of items) {
    const names: string[] = [];
    let cursor: CapabilityEntry | undefined = item;
    while (cursor) {
      names.unshift(cursor.label);
      cursor = cursor.parent === null ? undefined : entries.get(cursor.parent);
    }
    byId.set(item.id, { id: item.id, label: item.label, path: names.join(' › '), topLevel: names[0] ?? item.label });
  }
  return {
    options: [...byId.values()],
    byId,
    pathOf: (id) => byId.get(id)?.path ?? id,
    labelOf: (id) => byId.get(id)?.label ?? id,
  };
}

export const referenceStaleTime = 24 * 60 * 60 * 1000;

export function useCapabilities() {
  const query = useQuery({
    queryKey: ['reference', 'capabilities'],
    queryFn: listCapabilities,
    staleTime: referenceStaleTime,
  });
  const catalog = useMemo(() => buildCatalog(query.data?.items ?? []), [query.data]);
  return { ...query, catalog };
}
