import { Badge, Group, Stack, Text } from '@mantine/core';
import type { AgreementContent } from '../../../../../common/agreement.ts';
import { contributionKindLabels } from '../agreementLabels.ts';
import { removeAt, replaceAt, type AgreementParty, type ClauseProps } from './clauseProps.ts';
import { ClauseRow, ClauseTable, type ClauseColumn } from './ClauseTable.tsx';
import { NumberCell, SelectCell, TextCell } from './TableCells.tsx';

type Contribution = AgreementContent['contributions'][number];
const euro = new Intl.NumberFormat(undefined, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
const kindOptions = Object.entries(contributionKindLabels).map(([value, label]) => ({ value, label }));
const columns: ClauseColumn[] = [
  { title: 'Kind', w: 150 },
  { title: 'Description' },
  { title: 'Amount', w: 100 },
  { title: 'Unit', w: 90 },
  { title: 'Declared value €', w: 140 },
];

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
      <ClauseTable
        columns={columns}
        rowCount={rows.length}
        emptyText="Nothing yet."
        minWidth={720}
        readOnly={readOnly}
        addLabel={`Add contribution for ${party.name}`}
        onAdd={add}
      >
        {rows.map(({ c, index }, k) => {
          const label = `${party.name} contribution ${k + 1}`;
          const at = (field: string) => errors[`contributions.${index}.${field}`];
          const set = (patch: Partial<Contribution>) => onChange(replaceAt(value, index, patch));
          return (
            <ClauseRow
              key={index}
              removeLabel={`Remove ${label}`}
              onRemove={() => onChange(removeAt(value, index))}
              readOnly={readOnly}
            >
              <SelectCell
                label={`${label} kind`}
                data={kindOptions}
                value={c.kind}
                onChange={(v) => v && set({ kind: v as Contribution['kind'] })}
                readOnly={readOnly}
              />
              <TextCell
                label={`${label} description`}
                value={c.description}
                onChange={(description) => set({ description })}
                error={at('description')}
                readOnly={readOnly}
              />
              <NumberCell
                label={`${label} amount`}
                min={0}
                value={c.amount}
                onChange={(amount) => set({ amount })}
                error={at('amount')}
                readOnly={readOnly}
              />
              <TextCell
                label={`${label} unit`}
                value={c.unit}
                onChange={(unit) => set({ unit })}
                error={at('unit')}
                readOnly={readOnly}
              />
              <NumberCell
                label={`${label} declared value`}
                min={0}
                thousandSeparator=" "
                value={c.declaredValue}
                onChange={(declaredValue) => set({ declaredValue: declaredValue ?? 0 })}
                error={at('declaredValue')}
                readOnly={readOnly}
              />
            </ClauseRow>
          );
        })}
      </ClauseTable>
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
