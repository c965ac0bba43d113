import { Badge, Group, NumberInput, Select, Stack, Text } from '@mantine/core';
import type { AgreementContent } from '../../../../../common/agreement.ts';
import { disputeStepLabels } from '../agreementLabels.ts';
import { numberOrNull, removeAt, replaceAt, type ClauseProps } from './clauseProps.ts';
import { AddRowButton, NoneYet, RemoveRowButton } from './RowControls.tsx';

type Step = AgreementContent['disputeResolution']['steps'][number];
const stepOptions = Object.entries(disputeStepLabels).map(([value, label]) => ({ value, label }));
const nextKind: Record<Step['kind'], Step['kind']> = {
  negotiation: 'mediation',
  mediation: 'arbitration',
  arbitration: 'arbitration',
};

/** Escalation: each step lasts some days before the next one may start. */
export function DisputeClause({ value, onChange, errors, readOnly }: ClauseProps<'disputeResolution'>) {
  const steps = value.steps;
  const setSteps = (next: Step[]) => onChange({ ...value, steps: next });
  const last = steps.at(-1);
  return (
    <Stack gap="sm">
      {steps.length === 0 && <NoneYet>No step yet.</NoneYet>}
      {steps.map((step, i) => (
        <Group key={i} gap="sm" align="flex-start" wrap="nowrap">
          <Badge variant="light" circle mt={6}>
            {i + 1}
          </Badge>
          <Select
            size="xs"
            aria-label={`Dispute step ${i + 1}`}
            data={stepOptions}
            value={step.kind}
            onChange={(v) => v && setSteps(replaceAt(steps, i, { kind: v as Step['kind'] }))}
            allowDeselect={false}
            readOnly={readOnly}
            w={180}
          />
          <NumberInput
            size="xs"
            aria-label={`Dispute step ${i + 1} days`}
            min={1}
            max={365}
            suffix=" days"
            value={step.days}
            onChange={(v) => setSteps(replaceAt(steps, i, { days: numberOrNull(v) ?? 1 }))}
            error={errors[`disputeResolution.steps.${i}.days`]}
            readOnly={readOnly}
            w={130}
          />
          {!readOnly && (
            <RemoveRowButton label={`Remove dispute step ${i + 1}`} onClick={() => setSteps(removeAt(steps, i))} />
          )}
        </Group>
      ))}
      {!readOnly && (
        <AddRowButton
          label="Add step"
          disabled={steps.length >= 3}
          onClick={() => setSteps([...steps, { kind: last ? nextKind[last.kind] : 'negotiation', days: 30 }])}
        />
      )}
      {steps.length > 0 && (
        <Text size="xs" c="dimmed">
          At most {steps.reduce((sum, s) => sum + s.days, 0)} days from the first step to the last.
        </Text>
      )}
    </Stack>
  );
}
