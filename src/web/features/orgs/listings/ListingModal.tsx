import { Group, NumberInput, Select, Textarea, TextInput } from '@mantine/core';
import type { FormEvent } from 'react';
import { offerBody } from '../../../../common/schemas.ts';
import type { Priority, Visibility } from '../../../../common/vocabulary.ts';
import type { Listing, ListingInput, ListingKind } from '../../../api/orgs.ts';
import { FormModal } from '../../../components/form/FormModal.tsx';
import { useFormState } from '../../../components/form/useFormState.ts';
import { optionsFrom, priorityLabels } from '../../../components/vocabularyLabels.ts';
import { VisibilitySelect } from '../../../components/VisibilitySelect.tsx';
import { CapabilitySelect } from '../../reference/CapabilitySelect.tsx';

interface ListingValues {
  capability: string | null;
  title: string;
  description: string;
  quantity: number | '';
  unit: string;
  availableFrom: string;
  availableUntil: string;
  priority: Priority;
  visibility: Visibility;
}

const shownFields = [
  'capability',
  'title',
  'description',
  'quantity',
  'unit',
  'availableFrom',
  'availableUntil',
  'priority',
  'visibility',
];

function valuesOf(listing: Listing | null): ListingValues {
  return {
    capability: listing?.capability ?? null,
    title: listing?.title ?? '',
    description: listing?.description ?? '',
    quantity: listing?.quantity ?? '',
    unit: listing?.unit ?? '',
    availableFrom: listing?.availableFrom ?? '',
    availableUntil: listing?.availableUntil ?? '',
    priority: listing?.priority ?? 'medium',
    visibility: listing?.visibility ?? 'network',
  };
}

const copy = {
  offer: {
    add: 'Add an offer',
    edit: 'Edit offer',
    capability: 'What can you offer?',
    title: 'e.g. Sourdough bread for cafés, 200 loaves/day',
    from: 'Available from',
    until: 'Available until',
  },
  need: {
    add: 'Add a need',
    edit: 'Edit need',
    capability: 'What do you need?',
    title: 'e.g. Refrigerated delivery to Milan twice a week',
    from: 'Needed from',
    until: 'Needed until',
  },
} as const;

interface ListingModalProps {
  kind: ListingKind;
  listing: Listing | null;
  saving: boolean;
  onClose: () => void;
  onSave: (input: ListingInput) => Promise<unknown>;
}

/** Adds or edits an offer or a need. Mount it fresh for each use. */
export function ListingModal({ kind, listing, saving, onClose, onSave }: ListingModalProps) {
  const form = useFormState(valuesOf(listing), shownFields);
  const { values, setField, textProps, errors } = form;
  const text = copy[kind];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = form.validate(offerBody, {
      ...values,
      capability: values.capability ?? '',
      quantity: values.quantity === '' ? null : values.quantity,
      availableFrom: values.availableFrom || null,
      availableUntil: values.availableUntil || null,
    });
    if (input) onSave(input).catch(form.showError);
  };

  return (
    <FormModal
      title={listing ? text.edit : text.add}
      size="lg"
      onClose={onClose}
      onSubmit={submit}
      problem={form.problem}
      submitLabel={listing ? 'Save changes' : text.add}
      submitting={saving}
    >
      <CapabilitySelect
        label="Capability"
        description={text.capability}
        required
        value={values.capability}
        onChange={(id) => setField('capability', id)}
        error={errors.capability}
      />
      <TextInput label="Title" required placeholder={text.title} {...textProps('title')} />
      <Textarea label="Description" autosize minRows={2} maxRows={6} {...textProps('description')} />
      <Group grow align="flex-start">
        <NumberInput
          label="Quantity"
          min={0}
          value={values.quantity}
          onChange={(v) => setField('quantity', typeof v === 'number' ? v : '')}
          error={errors.quantity}
        />
        <TextInput label="Unit" placeholder="e.g. loaves/day, hours, pallets" {...textProps('unit')} />
      </Group>
      <Group grow align="flex-start">
        <TextInput type="date" label={text.from} {...textProps('availableFrom')} />
        <TextInput type="date" label={text.until} {...textProps('availableUntil')} />
      </Group>
      <Group grow align="flex-start">
        <Select
          label="Priority"
          data={optionsFrom(priorityLabels)}
          value={values.priority}
          onChange={(v) => v && setField('priority', v as Priority)}
          allowDeselect={false}
          error={errors.priority}
        />
        <VisibilitySelect
          value={values.visibility}
          onChange={(v) => setField('visibility', v)}
          error={errors.visibility}
        />
      </Group>
    </FormModal>
  );
}
