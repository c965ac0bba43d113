import { Button, Select } from '@mantine/core';
import { Link } from 'react-router';
import type { Listing } from '../../api/orgs.ts';
import { EmptyState } from '../../components/EmptyState.tsx';
import { priorityLabels } from '../../components/vocabularyLabels.ts';

interface NeedPickerProps {
  needs: Listing[];
  value: string | null;
  onChange: (needId: string | null) => void;
}

/** "Who can fill this need?": one of the organization's own needs. */
export function NeedPicker({ needs, value, onChange }: NeedPickerProps) {
  if (needs.length === 0) {
    return (
      <EmptyState
        title="Your organization has no needs listed"
        description="Add what you are looking for — supplies, skills, capacity — and Synergia finds who can provide it."
        action={
          <Button component={Link} to="/org/needs" variant="light">
            Add a need
          </Button>
        }
      />
    );
  }
  return (
    <Select
      label="Who can fill this need?"
      placeholder="Choose one of your needs"
      searchable
      data={needs.map((n) => ({ value: n.id, label: `${n.title} (${priorityLabels[n.priority]} priority)` }))}
      value={value}
      onChange={onChange}
    />
  );
}
