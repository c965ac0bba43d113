import { Select, type SelectProps } from '@mantine/core';
import { useCountries } from './useCountries.ts';

type CountrySelectProps = Omit<SelectProps, 'data' | 'onChange' | 'value'> & {
  value: string | null;
  onChange: (code: string | null) => void;
};

export function CountrySelect({ value, onChange, ...props }: CountrySelectProps) {
  const { options, isLoading } = useCountries();
  return (
    <Select
      searchable
      data={options}
      value={value}
      onChange={onChange}
      placeholder={isLoading ? 'Loading countries…' : 'Search a country'}
      nothingFoundMessage="No country matches"
      limit={60}
      {...props}
    />
  );
}
