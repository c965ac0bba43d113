import { Stack } from '@mantine/core';
import type { AgreementContent } from '../../../../../common/agreement.ts';
import { frequencyLabels } from '../agreementLabels.ts';
import { removeAt, replaceAt, type ClauseProps } from './clauseProps.ts';
import { ClauseRow, ClauseTable, type ClauseColumn } from './ClauseTable.tsx';
import { NumberCell, SelectCell, TextCell } from './TableCells.tsx';

type Kpi = AgreementContent['kpis'][number];
const frequencyOptions = Object.entries(frequencyLabels).map(([value, label]) => ({ value, label }));
const columns: ClauseColumn[] = [
  { title: 'KPI' },
  { title: 'Metric' },
  { title: 'Baseline', w: 90 },
  { title: 'Target', w: 90 },
  { title: 'Unit', w: 90 },
  { title: 'Measured', w: 120 },
];

export function KpisClause({ value, onChange, errors, readOnly }: ClauseProps<'kpis'>) {
  const add = () =>
    onChange([...value, { name: '', metric: '', target: null, unit: '', baseline: null, frequency: 'quarterly' }]);
  return (
    <Stack gap="sm">
      <ClauseTable
        columns={columns}
        rowCount={value.length}
        emptyText="No KPI yet."
        minWidth={760}
        testId="kpis-table"
        readOnly={readOnly}
        addLabel="Add KPI"
        onAdd={add}
        addDisabled={value.length >= 50}
      >
        {value.map((k, i) => {
          const at = (field: string) => errors[`kpis.${i}.${field}`];
          const set = (patch: Partial<Kpi>) => onChange(replaceAt(value, i, patch));
          const label = `KPI ${i + 1}`;
          return (
            <ClauseRow
              key={i}
              removeLabel={`Remove ${label}`}
              onRemove={() => onChange(removeAt(value, i))}
              readOnly={readOnly}
            >
              <TextCell
                label={`${label} name`}
                value={k.name}
                onChange={(name) => set({ name })}
                error={at('name')}
                readOnly={readOnly}
              />
              <TextCell
                label={`${label} metric`}
                value={k.metric}
                onChange={(metric) => set({ metric })}
                error={at('metric')}
                readOnly={readOnly}
              />
              <NumberCell
                label={`${label} baseline`}
                value={k.baseline}
                onChange={(baseline) => set({ baseline })}
                readOnly={readOnly}
              />
              <NumberCell
                label={`${label} target`}
                value={k.target}
                onChange={(target) => set({ target })}
                readOnly={readOnly}
              />
              <TextCell label={`${label} unit`} value={k.unit} onChange={(unit) => set({ unit })} readOnly={readOnly} />
              <SelectCell
                label={`${label} frequency`}
                data={frequencyOptions}
                value={k.frequency}
                onChange={(v) => v && set({ frequency: v as Kpi['frequency'] })}
                readOnly={readOnly}
              />
            </ClauseRow>
          );
        })}
      </ClauseTable>
    </Stack>
  );
}
