import { Select } from '@mantine/core';
import { visibilities, type Visibility } from '../../common/vocabulary.ts';
import { visibilityHints, visibilityLabels } from './vocabularyLabels.ts';

interface VisibilitySelectProps {
  value: Visibility;
  onChange: (value: Visibility) => void;
  label?: string;
  error?: string;
  readOnly?: boolean;
}

export function VisibilitySelect({ value, onChange, label = 'Visibility', error, readOnly }: VisibilitySelectProps) {
  return (
    <Select
      label={label}
      description={visibilityHints[value]}
      data={visibilities.map((v) => ({ value: v, label: visibilityLabels[v] }))}
      value={value}
      onChange={(next) => next && onChange(next as Visibility)}
      allowDeselect={false}
      error={error}
      readOnly={readOnly}
    />
  );
}
