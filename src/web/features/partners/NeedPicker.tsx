import { Button, Select } from '@mantine/core';
import { Link } from 'react-router';
import type { Listing } from '../../api/orgs.ts';
import { EmptyState } from '../../components/EmptyState.tsx';
import { priorityLabels } from '../../components/vocabularyLabels.ts';

interface NeedPickerProps {
  /** The needs matching sees (not private ones). */
  needs: Listing[];
  /** How many private needs were left out. */
  privateCount: number;
  value: string | null;
  onChange: (needId: string | null) => void;
}

const noMatchableNeeds = {
  none: {
    title: 'Your organization has no needs listed',
    description: 'Add what you are looking for — supplies, skills, capacity — and Synergia finds who can provide it.',
    action: 'Add a need',
  },
  allPrivate: {
    title: 'Your needs are private',
    description:
      'A private need never leaves your organization, so nobody is matched to it. Make a need visible to your networks to find who can fill it.',
    action: 'Open your needs',
  },
} as const;

/** "Who can fill this need?": one of the organization's own needs. */
export function NeedPicker({ needs, value, onChange, privateCount }: NeedPickerProps) {
  if (needs.length === 0) {
    const empty = privateCount > 0 ? noMatchableNeeds.allPrivate : noMatchableNeeds.none;
    return (
      <EmptyState
        title={empty.title}
        description={empty.description}
        action={
          <Button component={Link} to="/org/needs" variant="light">
            {empty.action}
          </Button>
        }
      />
    );
  }
  return (
    <Select
      label="Who can fill this need?"
      placeholder="Choose one of your needs"
      description={privateNote(privateCount)}
      searchable
      data={needs.map((n) => ({ value: n.id, label: `${n.title} (${priorityLabels[n.priority]} priority)` }))}
      value={value}
      onChange={onChange}
    />
  );
}

/** Why some of the organization's needs are not offered for matching, or nothing when all are. */
export function privateNote(privateCount: number): string | undefined {
  if (privateCount === 0) return undefined;
  const which = privateCount === 1 ? '1 private need is' : `${privateCount} private needs are`;
  return `${which} not listed: private needs are never matched.`;
}
