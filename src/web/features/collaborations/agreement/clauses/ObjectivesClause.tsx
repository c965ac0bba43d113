import { NumberInput, Select, Stack, Table, Textarea, TextInput } from '@mantine/core';
import {
  dateOrNull,
  newObjectiveId,
  numberOrNull,
  partyOptions,
  removeAt,
  replaceAt,
  type ClauseProps,
} from './clauseProps.ts';
import { AddRowButton, NoneYet, RemoveRowButton } from './RowControls.tsx';

/** SMART objectives: specific text, a measurable metric with target and unit, an owner and a deadline. */
export function ObjectivesClause({ value, onChange, errors, readOnly, parties }: ClauseProps<'objectives'>) {
  const add = () =>
    onChange([
      ...value,
      { id: newObjectiveId(), text: '', metric: '', target: null, unit: '', ownerOrgId: null, deadline: null },
    ]);
  return (
    <Stack gap="sm">
      {value.length === 0 ? (
        <NoneYet>No objective yet.</NoneYet>
      ) : (
        <Table.ScrollContainer minWidth={820}>
          <Table verticalSpacing={6} data-testid="objectives-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w="30%">Objective (specific)</Table.Th>
                <Table.Th>Metric</Table.Th>
                <Table.Th w={100}>Target</Table.Th>
                <Table.Th w={100}>Unit</Table.Th>
                <Table.Th w={160}>Owner</Table.Th>
                <Table.Th w={150}>Deadline</Table.Th>
                {!readOnly && <Table.Th w={36} />}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {value.map((o, i) => {
                const n = i + 1;
                const at = (field: string) => errors[`objectives.${i}.${field}`];
                const set = (patch: Partial<typeof o>) => onChange(replaceAt(value, i, patch));
                return (
                  <Table.Tr key={o.id}>
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
                    <Table.Td>
                      <TextInput
                        size="xs"
                        aria-label={`Objective ${n} metric`}
                        value={o.metric}
                        onChange={(e) => set({ metric: e.currentTarget.value })}
                        error={at('metric')}
                        readOnly={readOnly}
                      />
                    </Table.Td>
                    <Table.Td>
                      <NumberInput
                        size="xs"
                        aria-label={`Objective ${n} target`}
                        value={o.target ?? ''}
                        onChange={(v) => set({ target: numberOrNull(v) })}
                        error={at('target')}
                        readOnly={readOnly}
                        hideControls
                      />
                    </Table.Td>
                    <Table.Td>
                      <TextInput
                        size="xs"
                        aria-label={`Objective ${n} unit`}
                        value={o.unit}
                        onChange={(e) => set({ unit: e.currentTarget.value })}
                        error={at('unit')}
                        readOnly={readOnly}
                      />
                    </Table.Td>
                    <Table.Td>
                      <Select
                        size="xs"
                        aria-label={`Objective ${n} owner`}
                        data={partyOptions(parties)}
                        value={o.ownerOrgId}
                        onChange={(ownerOrgId) => set({ ownerOrgId })}
                        error={at('ownerOrgId')}
                        readOnly={readOnly}
                        placeholder="Party"
                      />
                    </Table.Td>
                    <Table.Td>
                      <TextInput
                        size="xs"
                        type="date"
                        aria-label={`Objective ${n} deadline`}
                        value={o.deadline ?? ''}
                        onChange={(e) => set({ deadline: dateOrNull(e.currentTarget.value) })}
                        error={at('deadline')}
                        readOnly={readOnly}
                      />
                    </Table.Td>
                    {!readOnly && (
                      <Table.Td>
                        <RemoveRowButton label={`Remove objective ${n}`} onClick={() => onChange(removeAt(value, i))} />
                      </Table.Td>
                    )}
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {!readOnly && <AddRowButton label="Add objective" onClick={add} disabled={value.length >= 50} />}
    </Stack>
  );
}
