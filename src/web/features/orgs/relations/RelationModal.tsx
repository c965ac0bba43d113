import { Checkbox, NumberInput, SegmentedControl, Text } from '@mantine/core';
import type { FormEvent } from 'react';
import { createRelationBody, updateRelationBody } from '../../../../common/networkAnalytics.ts';
import type { Relation, RelationDirection } from '../../../api/networkAnalytics.ts';
import { FormModal } from '../../../components/form/FormModal.tsx';
import { useFormState } from '../../../components/form/useFormState.ts';
import { PartyPicker } from '../../collaborations/PartyPicker.tsx';
import type { PartyCandidate } from '../../collaborations/usePartySearch.ts';
import { CapabilitySelect } from '../../reference/CapabilitySelect.tsx';
import type { SaveRelation } from './useRelations.ts';

interface RelationValues {
  direction: RelationDirection;
  counterpart: PartyCandidate[];
  capability: string | null;
  /** Percent, 0–100, as typed. */
  percent: number | '';
  critical: boolean;
}

const shownFields = ['direction', 'counterpartOrgId', 'capability', 'share', 'critical'];

interface RelationModalProps {
  orgId: string;
  relation: Relation | null;
  direction: RelationDirection;
  saving: boolean;
  onClose: () => void;
  onSave: (save: SaveRelation) => Promise<unknown>;
}

const copy = {
  supplier: {
    who: 'Supplier',
    share: 'Share of your inputs',
    shareHint: 'Roughly what part of everything you buy comes from this supplier for this capability.',
    capability: 'What do they supply?',
  },
  customer: {
    who: 'Customer',
    share: 'Share of your revenue',
    shareHint: 'Roughly what part of your revenue this customer brings.',
    capability: 'What do you sell them?',
  },
} as const;

/** Declares or edits one supplier or customer. Mount it fresh for each use. */
export function RelationModal({ orgId, relation, direction, saving, onClose, onSave }: RelationModalProps) {
  const form = useFormState<RelationValues>(
    {
      direction: relation?.direction ?? direction,
      counterpart: relation
        ? [{ id: relation.counterpart.orgId, name: relation.counterpart.name, where: '', networkName: null }]
        : [],
      capability: relation?.capability || null,
      percent: relation ? Math.round(relation.share * 1000) / 10 : '',
      critical: relation?.critical ?? false,
    },
    shownFields,
  );
  const { values, setField, errors } = form;
  const text = copy[values.direction];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const share = values.percent === '' ? Number.NaN : values.percent / 100;
    const critical = values.direction === 'supplier' && values.critical;
    if (relation) {
      const input = form.validate(updateRelationBody, { capability: values.capability ?? '', share, critical });
      if (input) onSave({ id: relation.id, input }).catch(form.showError);
      return;
    }
    const input = form.validate(createRelationBody, {
      direction: values.direction,
      counterpartOrgId: values.counterpart[0]?.id ?? '',
      capability: values.capability ?? '',
      share,
      critical,
    });
    if (input) onSave({ id: null, input }).catch(form.showError);
  };

  return (
    <FormModal
      title={relation ? `Edit ${text.who.toLowerCase()}` : 'Declare a relation'}
      size="lg"
      onClose={onClose}
      onSubmit={submit}
      problem={form.problem}
      submitLabel={relation ? 'Save changes' : 'Declare'}
      submitting={saving}
    >
      {!relation && (
        <SegmentedControl
          aria-label="Kind of relation"
          value={values.direction}
          onChange={(v) => setField('direction', v as RelationDirection)}
          data={[
            { value: 'supplier', label: 'They supply us' },
            { value: 'customer', label: 'They buy from us' },
          ]}
        />
      )}
      {relation ? (
        <Text size="sm">
          {text.who}: <b>{relation.counterpart.name}</b>
        </Text>
      ) : (
        <PartyPicker
          label={text.who}
          value={values.counterpart}
          onChange={(next) => setField('counterpart', next.slice(-1))}
          excludeOrgIds={[orgId]}
          error={errors.counterpartOrgId}
        />
      )}
      <CapabilitySelect
        label="Capability"
        description={`${text.capability} Optional, but it lets the analysis count alternative suppliers.`}
        clearable
        value={values.capability}
        onChange={(id) => setField('capability', id)}
        error={errors.capability}
      />
      <NumberInput
        label={text.share}
        description={text.shareHint}
        required
        min={0}
        max={100}
        decimalScale={1}
        suffix=" %"
        value={values.percent}
        onChange={(v) => setField('percent', typeof v === 'number' ? v : '')}
        error={errors.share}
      />
      {values.direction === 'supplier' && (
        <Checkbox
          label="Critical input: without it we would have to stop"
          checked={values.critical}
          onChange={(e) => setField('critical', e.currentTarget.checked)}
          error={errors.critical}
        />
      )}
    </FormModal>
  );
}
