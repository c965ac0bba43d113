import { Group, SegmentedControl, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import type { AgreementContent } from '../../../../../common/agreement.ts';
import { decisionRuleLabels, voteWeightingLabels } from '../agreementLabels.ts';
import { removeAt, replaceAt, type ClauseProps } from './clauseProps.ts';
import { AddRowButton, NoneYet, RemoveRowButton } from './RowControls.tsx';

type Rule = AgreementContent['decisionRights']['rules'][number]['rule'];
type Weighting = AgreementContent['decisionRights']['voteWeighting'];
const ruleOptions = Object.entries(decisionRuleLabels).map(([value, label]) => ({ value, label }));

interface DecisionRightsProps extends ClauseProps<'decisionRights'> {
  contributions: AgreementContent['contributions'];
}

function voteShareText({ value, parties, contributions }: DecisionRightsProps): string {
  const total = contributions.reduce((sum, c) => sum + c.declaredValue, 0);
  return parties
    .map((p) => {
      const own = contributions.filter((c) => c.partyOrgId === p.orgId).reduce((s, c) => s + c.declaredValue, 0);
      const share = value.voteWeighting === 'equal' ? 1 / parties.length : total === 0 ? 0 : own / total;
      return `${p.name} ${Math.round(share * 100)} %`;
    })
    .join(' · ');
}

export function DecisionRightsClause(props: DecisionRightsProps) {
  const { value, onChange, errors, readOnly } = props;
  const rules = value.rules;
  const setRules = (next: typeof rules) => onChange({ ...value, rules: next });
  return (
    <Stack gap="sm">
      {rules.length === 0 ? (
        <NoneYet>No decision rule yet.</NoneYet>
      ) : (
        <Table verticalSpacing={6} data-testid="decision-rules">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Decision class</Table.Th>
              <Table.Th w={200}>Needs</Table.Th>
              {!readOnly && <Table.Th w={36} />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rules.map((r, i) => (
              <Table.Tr key={i}>
                <Table.Td>
                  <TextInput
                    size="xs"
                    aria-label={`Decision class ${i + 1}`}
                    value={r.decisionClass}
                    onChange={(e) => setRules(replaceAt(rules, i, { decisionClass: e.currentTarget.value }))}
                    error={errors[`decisionRights.rules.${i}.decisionClass`]}
                    readOnly={readOnly}
                  />
                </Table.Td>
                <Table.Td>
                  <Select
                    size="xs"
                    aria-label={`Decision class ${i + 1} rule`}
                    data={ruleOptions}
                    value={r.rule}
                    onChange={(v) => v && setRules(replaceAt(rules, i, { rule: v as Rule }))}
                    allowDeselect={false}
                    readOnly={readOnly}
                  />
                </Table.Td>
                {!readOnly && (
                  <Table.Td>
                    <RemoveRowButton
                      label={`Remove decision class ${i + 1}`}
                      onClick={() => setRules(removeAt(rules, i))}
                    />
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {!readOnly && (
        <AddRowButton
          label="Add decision class"
          disabled={rules.length >= 30}
          onClick={() => setRules([...rules, { decisionClass: '', rule: 'simple_majority' }])}
        />
      )}
      <Group gap="sm" align="center">
        <Text size="sm" fw={500}>
          Votes are weighted
        </Text>
        <SegmentedControl
          size="xs"
          aria-label="Vote weighting"
          data={Object.entries(voteWeightingLabels).map(([v, label]) => ({ value: v, label }))}
          value={value.voteWeighting}
          onChange={(v) => onChange({ ...value, voteWeighting: v as Weighting })}
          readOnly={readOnly}
        />
      </Group>
      {props.parties.length > 0 && (
        <Text size="xs" c="dimmed">
          Share of the vote: {voteShareText(props)}
        </Text>
      )}
    </Stack>
  );
}
