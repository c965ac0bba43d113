import { SimpleGrid, Stack, TagsInput, Textarea } from '@mantine/core';
import type { ClauseProps } from './clauseProps.ts';

export function ScopeClause({ value, onChange, errors, readOnly }: ClauseProps<'scope'>) {
  return (
    <Stack gap="sm">
      <Textarea
        label="What the collaboration does, and for whom"
        autosize
        minRows={2}
        value={value.description}
        onChange={(e) => onChange({ ...value, description: e.currentTarget.value })}
        error={errors['scope.description']}
        readOnly={readOnly}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TagsInput
          label="In scope"
          description={readOnly ? undefined : 'Press Enter after each item'}
          value={value.inScope}
          onChange={(inScope) => onChange({ ...value, inScope })}
          error={errors['scope.inScope']}
          readOnly={readOnly}
          clearable={!readOnly}
        />
        <TagsInput
          label="Out of scope"
          description={readOnly ? undefined : 'What the partners keep doing on their own'}
          value={value.outOfScope}
          onChange={(outOfScope) => onChange({ ...value, outOfScope })}
          error={errors['scope.outOfScope']}
          readOnly={readOnly}
          clearable={!readOnly}
        />
      </SimpleGrid>
    </Stack>
  );
}
