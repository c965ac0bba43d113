import { Anchor, Select, Stack, Text } from '@mantine/core';
import { Link, useNavigate } from 'react-router';
import { useCurrentOrg } from './CurrentOrgContext.ts';

/** Chooses which of the user's organizations the pages work on. */
export function OrgSwitcher({ onNavigate }: { onNavigate?: () => void }) {
  const { orgs, currentOrg, selectOrg } = useCurrentOrg();
  const navigate = useNavigate();
  if (orgs.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No organization yet.{' '}
        <Anchor component={Link} to="/org/new" onClick={onNavigate}>
          Create one
        </Anchor>
      </Text>
    );
  }
  return (
    <Stack gap={4}>
      <Select
        label="Organization"
        aria-label="Current organization"
        data={orgs.map((o) => ({ value: o.id, label: o.name }))}
        value={currentOrg?.id ?? null}
        onChange={(orgId) => {
          if (!orgId) return;
          selectOrg(orgId);
          navigate('/org/identity');
          onNavigate?.();
        }}
        allowDeselect={false}
        searchable={orgs.length > 6}
        size="sm"
      />
      <Anchor component={Link} to="/org/new" size="xs" onClick={onNavigate}>
        + Add another organization
      </Anchor>
    </Stack>
  );
}
