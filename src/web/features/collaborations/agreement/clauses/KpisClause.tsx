import { NumberInput, Select, Stack, Table, TextInput } from '@mantine/core';
import type { AgreementContent } from '../../../../../common/agreement.ts';
import { frequencyLabels } from '../agreementLabels.ts';
import { numberOrNull, removeAt, replaceAt, type ClauseProps } from './clauseProps.ts';
import { AddRowButton, NoneYet, RemoveRowButton } from './RowControls.tsx';

type Kpi = AgreementContent['kpis'][number];
const frequencyOptions = Object.entries(frequencyLabels).map(([value, label]) => ({ value, label }));

export function KpisClause({ value, onChange, errors, readOnly }: ClauseProps<'kpis'>) {
  return (
    <Stack gap="sm">
      {value.length === 0 ? (
        <NoneYet>No KPI yet.</NoneYet>
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table verticalSpacing={6} data-testid="kpis-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>KPI</Table.Th>
                <Table.Th>Metric</Table.Th>
                <Table.Th w={90}>Baseline</Table.Th>
                <Table.Th w={90}>Target</Table.Th>
                <Table.Th w={90}>Unit</Table.Th>
                <Table.Th w={120}>Measured</Table.Th>
                {!readOnly && <Table.Th w={36} />}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {value.map((k, i) => {
                const at = (field: string) => errors[`kpis.${i}.${field}`];
                const set = (patch: Partial<Kpi>) => onChange(replaceAt(value, i, patch));
                const label = `KPI ${i + 1}`;
                return (
                  <Table.Tr key={i}>
                    <Table.Td>
                      <TextInput
                        size="xs"
                        aria-label={`${label} name`}
                        value={k.name}
                        onChange={(e) => set({ name: e.currentTarget.value })}
                        error={at('name')}
                        readOnly={readOnly}
                      />
                    </Table.Td>
                    <Table.Td>
                      <TextInput
                        size="xs"
                        aria-label={`${label} metric`}
                        value={k.metric}
                        onChange={(e) => set({ metric: e.currentTarget.value })}
                        error={at('metric')}
                        readOnly={readOnly}
                      />
                    </Table.Td>
                    <Table.Td>
                      <NumberInput
                        size="xs"
                        hideControls
                        aria-label={`${label} baseline`}
                        value={k.baseline ?? ''}
                        onChange={(v) => set({ baseline: numberOrNull(v) })}
                        readOnly={readOnly}
                      />
                    </Table.Td>
                    <Table.Td>
                      <NumberInput
                        size="xs"
                        hideControls
                        aria-label={`${label} target`}
                        value={k.target ?? ''}
                        onChange={(v) => set({ target: numberOrNull(v) })}
                        readOnly={readOnly}
                      />
                    </Table.Td>
                    <Table.Td>
                      <TextInput
                        size="xs"
                        aria-label={`${label} unit`}
                        value={k.unit}
                        onChange={(e) => set({ unit: e.currentTarget.value })}
                        readOnly={readOnly}
                      />
                    </Table.Td>
                    <Table.Td>
                      <Select
                        size="xs"
                        aria-label={`${label} frequency`}
                        data={frequencyOptions}
                        value={k.frequency}
                        onChange={(v) => v && set({ frequency: v as Kpi['frequency'] })}
                        allowDeselect={false}
                        readOnly={readOnly}
                      />
                    </Table.Td>
                    {!readOnly && (
                      <Table.Td>
                        <RemoveRowButton label={`Remove ${label}`} onClick={() => onChange(removeAt(value, i))} />
                      </Table.Td>
                    )}
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {!readOnly && (
        <AddRowButton
          label="Add KPI"
          disabled={value.length >= 50}
          onClick={() =>
            onChange([
              ...value,
              { name: '', metric: '', target: null, unit: '', baseline: null, frequency: 'quarterly' },
            ])
          }
        />
      )}
    </Stack>
  );
}
