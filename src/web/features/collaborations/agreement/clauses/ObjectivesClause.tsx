import { Stack, Table, Textarea } from '@mantine/core';
import { newObjectiveId, partyOptions, removeAt, replaceAt, type ClauseProps } from './clauseProps.ts';
import { ClauseRow, ClauseTable, type ClauseColumn } from './ClauseTable.tsx';
import { DateCell, NumberCell, SelectCell, TextCell } from './TableCells.tsx';

const columns: ClauseColumn[] = [
  { title: 'Objective (specific)', w: '30%' },
  { title: 'Metric' },
  { title: 'Target', w: 100 },
  { title: 'Unit', w: 100 },
  { title: 'Owner', w: 160 },
  { title: 'Deadline', w: 150 },
];

/** SMART objectives: specific text, a measurable metric with target and unit, an owner and a deadline. */
export function ObjectivesClause({ value, onChange, errors, readOnly, parties }: ClauseProps<'objectives'>) {
  const add = () =>
    onChange([
      ...value,
      { id: newObjectiveId(), text: '', metric: '', target: null, unit: '', ownerOrgId: null, deadline: null },
    ]);
  return (
    <Stack gap="sm">
      <ClauseTable
        columns={columns}
        rowCount={value.length}
        emptyText="No objective yet."
        minWidth={820}
        testId="objectives-table"
        readOnly={readOnly}
        addLabel="Add objective"
        onAdd={add}
        addDisabled={value.length >= 50}
      >
        {value.map((o, i) => {
          const n = i + 1;
          const at = (field: string) => errors[`objectives.${i}.${field}`];
          const set = (patch: Partial<typeof o>) => onChange(replaceAt(value, i, patch));
          return (
            <ClauseRow
              key={o.id}
              removeLabel={`Remove objective ${n}`}
              onRemove={() => onChange(removeAt(value, i))}
              readOnly={readOnly}
            >
              <Table.Td>
                <Textarea
                  size="xs"
                  autosize
                  minRows={1}
                  aria-label={`Objective ${n}`}
                  value={o.text}
                  onChange={(e) => set({ text: e.currentTarget.value })}
                  error={at('text')}
                  readOnly={readOnly}
                />
              </Table.Td>
              <TextCell
                label={`Objective ${n} metric`}
                value={o.metric}
                onChange={(metric) => set({ metric })}
                error={at('metric')}
                readOnly={readOnly}
              />
              <NumberCell
                label={`Objective ${n} target`}
                value={o.target}
                onChange={(target) => set({ target })}
                error={at('target')}
                readOnly={readOnly}
              />
              <TextCell
                label={`Objective ${n} unit`}
                value={o.unit}
                onChange={(unit) => set({ unit })}
                error={at('unit')}
                readOnly={readOnly}
              />
              <SelectCell
                label={`Objective ${n} owner`}
                data={partyOptions(parties)}
                value={o.ownerOrgId}
                onChange={(ownerOrgId) => set({ ownerOrgId })}
                error={at('ownerOrgId')}
                readOnly={readOnly}
                placeholder="Party"
                allowDeselect
              />
              <DateCell
                label={`Objective ${n} deadline`}
                value={o.deadline}
                onChange={(deadline) => set({ deadline })}
                error={at('deadline')}
                readOnly={readOnly}
              />
            </ClauseRow>
          );
        })}
      </ClauseTable>
    </Stack>
  );
}
