import { Select, type ComboboxItemGroup, type SelectProps } from '@mantine/core';
import { useMemo } from 'react';
import { useNaceCodes } from './useNaceCodes.ts';

type NaceSelectProps = Omit<SelectProps, 'data' | 'onChange' | 'value'> & {
  value: string | null;
  onChange: (code: string | null) => void;
  /** Only sections and divisions, for coarse filters. */
  coarse?: boolean;
};

/** NACE Rev. 2 codes grouped by section: "10.71 — Manufacture of bread; …". */
export function NaceSelect({ value, onChange, coarse = false, ...props }: NaceSelectProps) {
  const { catalog, isLoading } = useNaceCodes();
  const data = useMemo(() => {
    const groups: ComboboxItemGroup<{ value: string; label: string }>[] = [];
    let current: ComboboxItemGroup<{ value: string; label: string }> | undefined;
    for (const entry of catalog.codes) {
      if (entry.level === 1) {
        current = { group: `${entry.code} — ${entry.label}`, items: [] };
        groups.push(current);
        if (coarse) current.items.push({ value: entry.code, label: `${entry.code} — ${entry.label} (whole section)` });
        continue;
      }
      if (coarse && entry.level > 2) continue;
      current?.items.push({ value: entry.code, label: `${entry.code} — ${entry.label}` });
    }
    return groups;
  }, [catalog, coarse]);
  return (
    <Select
      searchable
      clearable
      data={data}
      value={value}
      onChange={onChange}
      placeholder={isLoading ? 'Loading sectors…' : 'Search by code or activity, e.g. 10.71 or bread'}
      nothingFoundMessage="No activity matches"
      limit={80}
      maxDropdownHeight={320}
      {...props}
    />
  );
}
