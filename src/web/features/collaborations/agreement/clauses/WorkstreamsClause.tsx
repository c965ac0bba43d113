import { SegmentedControl, Stack, Table, Text, TextInput } from '@mantine/core';
import { raciRoles } from '../../../../../common/agreement.ts';
import { raciLabels } from '../agreementLabels.ts';
import { removeAt, replaceAt, type ClauseProps } from './clauseProps.ts';
import { AddRowButton, NoneYet, RemoveRowButton } from './RowControls.tsx';

type Role = (typeof raciRoles)[number];
const none = '–';
const roleOptions = [none, ...raciRoles];

/** A RACI grid: one row per workstream, one column per party; exactly one party is accountable per row. */
export function WorkstreamsClause({ value, onChange, errors, readOnly, parties }: ClauseProps<'workstreams'>) {
  const setRole = (index: number, orgId: string, role: string) => {
    const workstream = value[index];
    if (!workstream) return;
    const others = workstream.raci.filter((r) => r.orgId !== orgId);
    const raci = role === none ? others : [...others, { orgId, role: role as Role }];
    onChange(replaceAt(value, index, { raci }));
  };
  return (
    <Stack gap="sm">
      <Text size="xs" c="dimmed">
        {raciRoles.map((r) => `${r} = ${raciLabels[r]}`).join(' · ')}
      </Text>
      {value.length === 0 ? (
        <NoneYet>No workstream yet.</NoneYet>
      ) : (
        <Table.ScrollContainer minWidth={240 + parties.length * 190}>
          <Table verticalSpacing={6} data-testid="raci-grid">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Workstream</Table.Th>
                {parties.map((p) => (
                  <Table.Th key={p.orgId} w={190}>
                    {p.name}
                  </Table.Th>
                ))}
                {!readOnly && <Table.Th w={36} />}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {value.map((w, i) => (
                <Table.Tr key={i}>
                  <Table.Td>
                    <TextInput
                      size="xs"
                      aria-label={`Workstream ${i + 1} name`}
                      value={w.name}
                      onChange={(e) => onChange(replaceAt(value, i, { name: e.currentTarget.value }))}
                      error={errors[`workstreams.${i}.name`]}
                      readOnly={readOnly}
                    />
                  </Table.Td>
                  {parties.map((p) => (
                    <Table.Td key={p.orgId}>
                      <SegmentedControl
                        size="xs"
                        aria-label={`${w.name || `Workstream ${i + 1}`}: role of ${p.name}`}
                        data={roleOptions}
                        value={w.raci.find((r) => r.orgId === p.orgId)?.role ?? none}
                        onChange={(role) => setRole(i, p.orgId, role)}
                        readOnly={readOnly}
                      />
                    </Table.Td>
                  ))}
                  {!readOnly && (
                    <Table.Td>
                      <RemoveRowButton
                        label={`Remove workstream ${i + 1}`}
                        onClick={() => onChange(removeAt(value, i))}
                      />
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {!readOnly && (
        <AddRowButton
          label="Add workstream"
          disabled={value.length >= 50}
          onClick={() => onChange([...value, { name: '', raci: [] }])}
        />
      )}
    </Stack>
  );
}
