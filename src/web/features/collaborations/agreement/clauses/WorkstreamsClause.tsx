import { SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { raciRoles } from '../../../../../common/agreement.ts';
import { raciLabels } from '../agreementLabels.ts';
import { removeAt, replaceAt, type ClauseProps } from './clauseProps.ts';
import { ClauseRow, ClauseTable } from './ClauseTable.tsx';
import { TextCell } from './TableCells.tsx';

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
      <ClauseTable
        columns={[{ title: 'Workstream' }, ...parties.map((p) => ({ title: p.name, w: 190 }))]}
        rowCount={value.length}
        emptyText="No workstream yet."
        minWidth={240 + parties.length * 190}
        testId="raci-grid"
        readOnly={readOnly}
        addLabel="Add workstream"
        onAdd={() => onChange([...value, { name: '', raci: [] }])}
        addDisabled={value.length >= 50}
      >
        {value.map((w, i) => (
          <ClauseRow
            key={i}
            removeLabel={`Remove workstream ${i + 1}`}
            onRemove={() => onChange(removeAt(value, i))}
            readOnly={readOnly}
          >
            <TextCell
              label={`Workstream ${i + 1} name`}
              value={w.name}
              onChange={(name) => onChange(replaceAt(value, i, { name }))}
              error={errors[`workstreams.${i}.name`]}
              readOnly={readOnly}
            />
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
          </ClauseRow>
        ))}
      </ClauseTable>
    </Stack>
  );
}
