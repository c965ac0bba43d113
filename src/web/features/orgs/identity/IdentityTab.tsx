import { Alert, Code, CopyButton, Group, Text, UnstyledButton } from '@mantine/core';
import type { Org } from '../../../api/orgs.ts';
import { notifySuccess } from '../../../components/notify.ts';
import { useUpdateOrg } from '../useMyOrgs.ts';
import { IdentityForm } from './IdentityForm.tsx';

export function IdentityTab({ org }: { org: Org }) {
  const updateOrg = useUpdateOrg(org.id);
  return (
    <>
      {!org.abilities.edit && <ReadOnlyNotice />}
      <OrgIdLine orgId={org.id} />
      <IdentityForm
        key={org.id}
        org={org}
        readOnly={!org.abilities.edit}
        submitLabel="Save identity"
        saving={updateOrg.isPending}
        onSubmit={async (input) => {
          await updateOrg.mutateAsync(input);
          notifySuccess('Identity saved');
        }}
      />
    </>
  );
}

export function ReadOnlyNotice() {
  return (
    <Alert color="gray" variant="light" mb="md" title="Read only">
      Your role lets you see this profile but not change it. Ask an owner or admin for edit rights.
    </Alert>
  );
}

/** Network managers invite an organization by this id. */
function OrgIdLine({ orgId }: { orgId: string }) {
  return (
    <Group gap="xs" mb="md">
      <Text size="xs" c="dimmed">
        Organization id
      </Text>
      <Code data-testid="org-id">{orgId}</Code>
      <CopyButton value={orgId}>
        {({ copied, copy }) => (
          <UnstyledButton onClick={copy} fz="xs" c={copied ? 'teal' : 'indigo'}>
            {copied ? 'Copied' : 'Copy'}
          </UnstyledButton>
        )}
      </CopyButton>
    </Group>
  );
}
