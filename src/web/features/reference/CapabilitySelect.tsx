import { Select, type SelectProps } from '@mantine/core';
import { useMemo } from 'react';
import { useCapabilities } from './useCapabilities.ts';

type CapabilitySelectProps = Omit<SelectProps, 'data' | 'onChange' | 'value'> & {
  value: string | null;
  onChange: (id: string | null) => void;
};

/** Capabilities shown as their path, "Digital and IT › Web › Search engine optimisation". */
export function CapabilitySelect({ value, onChange, ...props }: CapabilitySelectProps) {
  const { catalog, isLoading } = useCapabilities();
  const data = useMemo(() => catalog.options.map((c) => ({ value: c.id, label: c.path })), [catalog]);
  return (
    <Select
      searchable
      data={data}
      value={value}
      onChange={onChange}
      placeholder={isLoading ? 'Loading capabilities…' : 'Search, e.g. bakery, web, transport'}
      nothingFoundMessage="No capability matches"
      limit={80}
      maxDropdownHeight={320}
      {...props}
    />
  );
}
