import { Badge, Group, NumberInput, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import type { AgreementContent } from '../../../../../common/agreement.ts';
import { contributionKindLabels } from '../agreementLabels.ts';
import { numberOrNull, removeAt, replaceAt, type AgreementParty, type ClauseProps } from './clauseProps.ts';
import { AddRowButton, NoneYet, RemoveRowButton } from './RowControls.tsx';

type Contribution = AgreementContent['contributions'][number];
const euro = new Intl.NumberFormat(undefined, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
const kindOptions = Object.entries(contributionKindLabels).map(([value, label]) => ({ value, label }));

interface PartyContributionsProps extends ClauseProps<'contributions'> {
  party: AgreementParty;
  total: number;
}

function PartyContributions({ party, total, value, onChange, errors, readOnly }: PartyContributionsProps) {
  const rows = value.map((c, index) => ({ c, index })).filter(({ c }) => c.partyOrgId === party.orgId);
  const own = rows.reduce((sum, { c }) => sum + c.declaredValue, 0);
  const add = () =>
    onChange([
      ...value,
      {
        partyOrgId: party.orgId,
        kind: 'hours',
        resourceId: null,
        description: '',
        amount: null,
        unit: '',
        declaredValue: 0,
      },
    ]);
  return (
    <Stack gap={6} data-testid={`contributions-${party.name}`}>
      <Group justify="space-between">
        <Text fw={600} size="sm">
          {party.name} brings
        </Text>
        <Badge variant="light" color={own > 0 ? 'teal' : 'gray'} tt="none">
          {euro.format(own)} · {total === 0 ? '0' : Math.round((own / total) * 100)} % of the declared value
        </Badge>
      </Group>
      {rows.length === 0 ? (
        <NoneYet>Nothing yet.</NoneYet>
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table verticalSpacing={6}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={150}>Kind</Table.Th>
                <Table.Th>Description</Table.Th>
                <Table.Th w={100}>Amount</Table.Th>
                <Table.Th w={90}>Unit</Table.Th>
                <Table.Th w={140}>Declared value €</Table.Th>
                {!readOnly && <Table.Th w={36} />}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map(({ c, index }, k) => {
                const label = `${party.name} contribution ${k + 1}`;
                const at = (field: string) => errors[`contributions.${index}.${field}`];
                const set = (patch: Partial<Contribution>) => onChange(replaceAt(value, index, patch));
                return (
                  <Table.Tr key={index}>
                    <Table.Td>
                      <Select
                        size="xs"
                        aria-label={`${label} kind`}
                        data={kindOptions}
                        value={c.kind}
                        onChange={(v) => v && set({ kind: v as Contribution['kind'] })}
                        allowDeselect={false}
                        readOnly={readOnly}
                      />
                    </Table.Td>
                    <Table.Td>
                      <TextInput
                        size="xs"
                        aria-label={`${label} description`}
                        value={c.description}
                        onChange={(e) => set({ description: e.currentTarget.value })}
                        error={at('description')}
                        readOnly={readOnly}
                      />
                    </Table.Td>
                    <Table.Td>
                      <NumberInput
                        size="xs"
                        aria-label={`${label} amount`}
                        min={0}
                        hideControls
                        value={c.amount ?? ''}
                        onChange={(v) => set({ amount: numberOrNull(v) })}
                        error={at('amount')}
                        readOnly={readOnly}
                      />
                    </Table.Td>
                    <Table.Td>
                      <TextInput
                        size="xs"
                        aria-label={`${label} unit`}
                        value={c.unit}
                        onChange={(e) => set({ unit: e.currentTarget.value })}
                        error={at('unit')}
                        readOnly={readOnly}
                      />
                    </Table.Td>
                    <Table.Td>
                      <NumberInput
                        size="xs"
                        aria-label={`${label} declared value`}
                        min={0}
                        hideControls
                        thousandSeparator=" "
                        value={c.declaredValue}
                        onChange={(v) => set({ declaredValue: numberOrNull(v) ?? 0 })}
                        error={at('declaredValue')}
                        readOnly={readOnly}
                      />
                    </Table.Td>
                    {!readOnly && (
                      <Table.Td>
                        <RemoveRowButton label={`Remove ${label}`} onClick={() => onChange(removeAt(value, index))} />
                      </Table.Td>
                    )}
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {!readOnly && <AddRowButton label={`Add contribution for ${party.name}`} onClick={add} />}
    </Stack>
  );
}

/** What each party brings, with its share of the total declared value (which contribution-weighted votes follow). */
export function ContributionsClause(props: ClauseProps<'contributions'>) {
  const total = props.value.reduce((sum, c) => sum + c.declaredValue, 0);
  const strangers = props.value.filter((c) => !props.parties.some((p) => p.orgId === c.partyOrgId));
  return (
    <Stack gap="md">
      {props.parties.map((party) => (
        <PartyContributions key={party.orgId} {...props} party={party} total={total} />
      ))}
      {strangers.length > 0 && (
        <Text size="sm" c="red">
          {strangers.length} contribution(s) belong to organizations that are no longer parties.
        </Text>
      )}
    </Stack>
  );
}
