import { Group, NumberInput, Select, Stack, Textarea, TextInput } from '@mantine/core';
import type { AgreementContent } from '../../../../../common/agreement.ts';
import { exitDataLabels, exitResourceLabels, renewalLabels } from '../agreementLabels.ts';
import { dateOrNull, numberOrNull, type ClauseProps } from './clauseProps.ts';

type Exit = AgreementContent['exit'];
type Term = AgreementContent['term'];
const options = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));

export function ExitClause({ value, onChange, errors, readOnly }: ClauseProps<'exit'>) {
  return (
    <Stack gap="sm">
      <Group grow align="flex-start">
        <NumberInput
          label="Notice period (days)"
          min={0}
          max={3650}
          value={value.noticeDays ?? ''}
          onChange={(v) => onChange({ ...value, noticeDays: numberOrNull(v) })}
          error={errors['exit.noticeDays']}
          readOnly={readOnly}
        />
        <Select
          label="Contributed resources"
          placeholder="Choose"
          data={options(exitResourceLabels)}
          value={value.contributedResources}
          onChange={(v) => onChange({ ...value, contributedResources: v as Exit['contributedResources'] })}
          readOnly={readOnly}
          clearable={!readOnly}
        />
        <Select
          label="Shared data"
          placeholder="Choose"
          data={options(exitDataLabels)}
          value={value.sharedData}
          onChange={(v) => onChange({ ...value, sharedData: v as Exit['sharedData'] })}
          readOnly={readOnly}
          clearable={!readOnly}
        />
      </Group>
      <Textarea
        label="Exit terms"
        autosize
        minRows={2}
        value={value.text}
        onChange={(e) => onChange({ ...value, text: e.currentTarget.value })}
        error={errors['exit.text']}
        readOnly={readOnly}
      />
    </Stack>
  );
}

export function TermClause({ value, onChange, errors, readOnly }: ClauseProps<'term'>) {
  return (
    <Group grow align="flex-start">
      <TextInput
        type="date"
        label="Starts"
        value={value.startDate ?? ''}
        onChange={(e) => onChange({ ...value, startDate: dateOrNull(e.currentTarget.value) })}
        error={errors['term.startDate']}
        readOnly={readOnly}
      />
      <TextInput
        type="date"
        label="Ends"
        description={value.endDate ? undefined : 'Open-ended when empty'}
        value={value.endDate ?? ''}
        onChange={(e) => onChange({ ...value, endDate: dateOrNull(e.currentTarget.value) })}
        error={errors['term.endDate']}
        readOnly={readOnly}
      />
      <Select
        label="Renewal"
        data={options(renewalLabels)}
        value={value.renewal}
        onChange={(v) => v && onChange({ ...value, renewal: v as Term['renewal'] })}
        allowDeselect={false}
        readOnly={readOnly}
      />
    </Group>
  );
}
