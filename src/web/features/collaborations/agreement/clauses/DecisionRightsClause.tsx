import { Group, SegmentedControl, Stack, Text } from '@mantine/core';
import type { AgreementContent } from '../../../../../common/agreement.ts';
import { decisionRuleLabels, voteWeightingLabels } from '../agreementLabels.ts';
import { removeAt, replaceAt, type ClauseProps } from './clauseProps.ts';
import { ClauseRow, ClauseTable, type ClauseColumn } from './ClauseTable.tsx';
import { SelectCell, TextCell } from './TableCells.tsx';

type Rule = AgreementContent['decisionRights']['rules'][number]['rule'];
type Weighting = AgreementContent['decisionRights']['voteWeighting'];
const ruleOptions = Object.entries(decisionRuleLabels).map(([value, label]) => ({ value, label }));
const columns: ClauseColumn[] = [{ title: 'Decision class' }, { title: 'Needs', w: 200 }];

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
      <ClauseTable
        columns={columns}
        rowCount={rules.length}
        emptyText="No decision rule yet."
        testId="decision-rules"
        readOnly={readOnly}
        addLabel="Add decision class"
        onAdd={() => setRules([...rules, { decisionClass: '', rule: 'simple_majority' }])}
        addDisabled={rules.length >= 30}
      >
        {rules.map((r, i) => (
          <ClauseRow
            key={i}
            removeLabel={`Remove decision class ${i + 1}`}
            onRemove={() => setRules(removeAt(rules, i))}
            readOnly={readOnly}
          >
            <TextCell
              label={`Decision class ${i + 1}`}
              value={r.decisionClass}
              onChange={(decisionClass) => setRules(replaceAt(rules, i, { decisionClass }))}
              error={errors[`decisionRights.rules.${i}.decisionClass`]}
              readOnly={readOnly}
            />
            <SelectCell
              label={`Decision class ${i + 1} rule`}
              data={ruleOptions}
              value={r.rule}
              onChange={(v) => v && setRules(replaceAt(rules, i, { rule: v as Rule }))}
              readOnly={readOnly}
            />
          </ClauseRow>
        ))}
      </ClauseTable>
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
