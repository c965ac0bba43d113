import { NumberInput, Select, Table, TextInput, type ComboboxData } from '@mantine/core';
import { dateOrNull, numberOrNull } from './clauseProps.ts';

interface CellProps<V> {
  /** The input's accessible name: table cells show no label of their own. */
  label: string;
  value: V;
  onChange: (value: V) => void;
  error?: string;
  readOnly: boolean;
}

type SharedInputProps = Pick<CellProps<unknown>, 'label' | 'error' | 'readOnly'>;

/** What every cell's input shares: small, named by its aria-label, the error right under it. */
const inputProps = ({ label, error, readOnly }: SharedInputProps) => ({
  size: 'xs',
  'aria-label': label,
  error,
  readOnly,
});

export function TextCell({ value, onChange, ...shared }: CellProps<string>) {
  return (
    <Table.Td>
      <TextInput {...inputProps(shared)} value={value} onChange={(e) => onChange(e.currentTarget.value)} />
    </Table.Td>
  );
}

/** An ISO date, or null while empty. */
export function DateCell({ value, onChange, ...shared }: CellProps<string | null>) {
  return (
    <Table.Td>
      <TextInput
        type="date"
        {...inputProps(shared)}
        value={value ?? ''}
        onChange={(e) => onChange(dateOrNull(e.currentTarget.value))}
      />
    </Table.Td>
  );
}

interface NumberCellProps extends CellProps<number | null> {
  min?: number;
  thousandSeparator?: string;
}

/** A number without stepper buttons, or null while empty. */
export function NumberCell({ value, onChange, min, thousandSeparator, ...shared }: NumberCellProps) {
  return (
    <Table.Td>
      <NumberInput
        {...inputProps(shared)}
        hideControls
        min={min}
        thousandSeparator={thousandSeparator}
        value={value ?? ''}
        onChange={(v) => onChange(numberOrNull(v))}
      />
    </Table.Td>
  );
}

interface SelectCellProps extends CellProps<string | null> {
  data: ComboboxData;
  /** Shown while nothing is chosen. */
  placeholder?: string;
  /** Lets the user clear the choice by picking it again; off by default, as most columns need a value. */
  allowDeselect?: boolean;
}

export function SelectCell({ value, onChange, data, placeholder, allowDeselect = false, ...shared }: SelectCellProps) {
  return (
    <Table.Td>
      <Select
        {...inputProps(shared)}
        data={data}
        value={value}
        onChange={onChange}
        placeholder={placeholder}
        allowDeselect={allowDeselect}
      />
    </Table.Td>
  );
}
