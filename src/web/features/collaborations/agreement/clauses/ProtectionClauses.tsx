import { NumberInput, Select, SimpleGrid, Stack, Switch, Textarea } from '@mantine/core';
import type { AgreementContent } from '../../../../../common/agreement.ts';
import { ipOwnershipLabels } from '../agreementLabels.ts';
import { numberOrNull, type ClauseProps } from './clauseProps.ts';

type Ownership = AgreementContent['intellectualProperty']['foregroundOwnership'];

export function IntellectualPropertyClause({ value, onChange, errors, readOnly }: ClauseProps<'intellectualProperty'>) {
  return (
    <Stack gap="sm">
      <Select
        label="Who owns what the collaboration creates (foreground IP)"
        placeholder="Choose"
        data={Object.entries(ipOwnershipLabels).map(([v, label]) => ({ value: v, label }))}
        value={value.foregroundOwnership}
        onChange={(v) => onChange({ ...value, foregroundOwnership: v as Ownership })}
        error={errors['intellectualProperty.foregroundOwnership']}
        readOnly={readOnly}
        clearable={!readOnly}
        maw={420}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Textarea
          label="Background IP"
          description="What each party brings in and keeps"
          autosize
          minRows={2}
          value={value.background}
          onChange={(e) => onChange({ ...value, background: e.currentTarget.value })}
          error={errors['intellectualProperty.background']}
          readOnly={readOnly}
        />
        <Textarea
          label="Licences"
          description="Who may use what, for which purpose"
          autosize
          minRows={2}
          value={value.licences}
          onChange={(e) => onChange({ ...value, licences: e.currentTarget.value })}
          error={errors['intellectualProperty.licences']}
          readOnly={readOnly}
        />
      </SimpleGrid>
    </Stack>
  );
}

export function ConfidentialityClause({ value, onChange, errors, readOnly }: ClauseProps<'confidentiality'>) {
  return (
    <Stack gap="sm">
      <Switch
        label="Information exchanged in the collaboration is confidential"
        checked={value.applies}
        onChange={(e) => !readOnly && onChange({ ...value, applies: e.currentTarget.checked })}
        disabled={readOnly}
      />
      {value.applies && (
        <>
          <NumberInput
            label="For how many months after the end"
            min={0}
            max={600}
            value={value.termMonths ?? ''}
            onChange={(v) => onChange({ ...value, termMonths: numberOrNull(v) })}
            error={errors['confidentiality.termMonths']}
            readOnly={readOnly}
            maw={240}
          />
          <Textarea
            label="Terms"
            autosize
            minRows={2}
            value={value.text}
            onChange={(e) => onChange({ ...value, text: e.currentTarget.value })}
            error={errors['confidentiality.text']}
            readOnly={readOnly}
          />
        </>
      )}
    </Stack>
  );
}
