import { ActionIcon, Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import type { BusinessSystemKind } from '../../../../common/vocabulary.ts';
import { businessSystemLabels, optionsFrom } from '../../../components/vocabularyLabels.ts';

export interface BusinessSystem {
  kind: BusinessSystemKind;
  name: string;
}

interface BusinessSystemsEditorProps {
  systems: BusinessSystem[];
  onChange: (systems: BusinessSystem[]) => void;
  errors: Record<string, string>;
  readOnly: boolean;
}

/** The software the organization runs, which tells partners how easily data can flow. */
export function BusinessSystemsEditor({ systems, onChange, errors, readOnly }: BusinessSystemsEditorProps) {
  const update = (index: number, change: Partial<BusinessSystem>) =>
    onChange(systems.map((system, i) => (i === index ? { ...system, ...change } : system)));
  return (
    <Stack gap="xs">
      {systems.length === 0 && (
        <Text size="sm" c="dimmed">
          No systems listed. Add your ERP, CRM or accounting software, e.g. “Odoo” or “Salesforce”.
        </Text>
      )}
      {systems.map((system, index) => (
        <Group key={index} align="flex-start" wrap="nowrap">
          <Select
            aria-label="Kind of system"
            data={optionsFrom(businessSystemLabels)}
            value={system.kind}
            onChange={(v) => v && update(index, { kind: v as BusinessSystemKind })}
            allowDeselect={false}
            readOnly={readOnly}
            w={150}
            error={errors[`businessSystems.${index}.kind`]}
          />
          <TextInput
            aria-label="System name"
            placeholder="Product name, e.g. Odoo"
            value={system.name}
            onChange={(e) => update(index, { name: e.currentTarget.value })}
            readOnly={readOnly}
            style={{ flex: 1 }}
            error={errors[`businessSystems.${index}.name`]}
          />
          {!readOnly && (
            <ActionIcon
              variant="subtle"
              color="red"
              size="lg"
              aria-label={`Remove ${system.name || 'system'}`}
              onClick={() => onChange(systems.filter((_, i) => i !== index))}
            >
              ✕
            </ActionIcon>
          )}
        </Group>
      ))}
      {!readOnly && (
        <Button
          variant="light"
          size="xs"
          w="fit-content"
          onClick={() => onChange([...systems, { kind: 'erp', name: '' }])}
          disabled={systems.length >= 30}
        >
          Add a system
        </Button>
      )}
      {errors.businessSystems && (
        <Text size="xs" c="red">
          {errors.businessSystems}
        </Text>
      )}
    </Stack>
  );
}
