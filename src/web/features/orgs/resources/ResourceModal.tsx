import { Group, NumberInput, Select, Textarea, TextInput } from '@mantine/core';
import type { FormEvent } from 'react';
import { resourceBody } from '../../../../common/schemas.ts';
import {
  resourceCategoryLabels,
  type Availability,
  type ResourceCategory,
  type Visibility,
} from '../../../../common/vocabulary.ts';
import type { Resource, ResourceInput } from '../../../api/orgs.ts';
import { FormModal } from '../../../components/form/FormModal.tsx';
import { useFormState } from '../../../components/form/useFormState.ts';
import { availabilityLabels, optionsFrom } from '../../../components/vocabularyLabels.ts';
import { VisibilitySelect } from '../../../components/VisibilitySelect.tsx';

interface ResourceValues {
  category: ResourceCategory | null;
  name: string;
  description: string;
  capacity: number | '';
  unit: string;
  availability: Availability;
  visibility: Visibility;
}

const shownFields = ['category', 'name', 'description', 'capacity', 'unit', 'availability', 'visibility'];

function valuesOf(resource: Resource | null): ResourceValues {
  return {
    category: resource?.category ?? null,
    name: resource?.name ?? '',
    description: resource?.description ?? '',
    capacity: resource?.capacity ?? '',
    unit: resource?.unit ?? '',
    availability: resource?.availability ?? 'available',
    visibility: resource?.visibility ?? 'network',
  };
}

interface ResourceModalProps {
  resource: Resource | null;
  saving: boolean;
  onClose: () => void;
  onSave: (input: ResourceInput) => Promise<unknown>;
}

/** Adds a resource (resource = null) or edits one. Mount it fresh for each use. */
export function ResourceModal({ resource, saving, onClose, onSave }: ResourceModalProps) {
  const form = useFormState(valuesOf(resource), shownFields);
  const { values, setField, textProps, errors } = form;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = form.validate(resourceBody, { ...values, capacity: values.capacity === '' ? null : values.capacity });
    if (input) onSave(input).catch(form.showError);
  };

  return (
    <FormModal
      title={resource ? 'Edit resource' : 'Add a resource'}
      size="lg"
      onClose={onClose}
      onSubmit={submit}
      problem={form.problem}
      submitLabel={resource ? 'Save changes' : 'Add resource'}
      submitting={saving}
    >
      <Select
        label="Category"
        required
        placeholder="What kind of resource is it?"
        data={optionsFrom(resourceCategoryLabels)}
        value={values.category}
        onChange={(v) => setField('category', v as ResourceCategory | null)}
        error={errors.category}
        allowDeselect={false}
      />
      <TextInput
        label="Name"
        required
        placeholder="e.g. Deck oven, Certified food technologist, Customer list of 400 shops"
        {...textProps('name')}
      />
      <Textarea label="Description" autosize minRows={2} maxRows={6} {...textProps('description')} />
      <Group grow align="flex-start">
        <NumberInput
          label="Capacity"
          placeholder="How much?"
          min={0}
          value={values.capacity}
          onChange={(v) => setField('capacity', typeof v === 'number' ? v : '')}
          error={errors.capacity}
        />
        <TextInput label="Unit" placeholder="e.g. kg/day, hours/week, m²" {...textProps('unit')} />
      </Group>
      <Group grow align="flex-start">
        <Select
          label="Availability"
          data={optionsFrom(availabilityLabels)}
          value={values.availability}
          onChange={(v) => v && setField('availability', v as Availability)}
          allowDeselect={false}
          error={errors.availability}
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
