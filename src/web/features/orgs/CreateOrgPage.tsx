import { Stack } from '@mantine/core';
import { useNavigate } from 'react-router';
import { notifySuccess } from '../../components/notify.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useCurrentOrg } from './CurrentOrgContext.ts';
import { IdentityForm } from './identity/IdentityForm.tsx';
import { useCreateOrg } from './useMyOrgs.ts';

export function CreateOrgPage() {
  const navigate = useNavigate();
  const createOrg = useCreateOrg();
  const { orgs, selectOrg } = useCurrentOrg();
  const isFirst = orgs.length === 0;
  return (
    <Stack maw={880}>
      <PageHeader
        title={isFirst ? 'Create your organization' : 'Add another organization'}
        description={
          isFirst
            ? 'Start with the basics. You can add resources, offers, needs and your strategic profile next.'
            : 'You will be its owner. Switch between your organizations from the menu on the left.'
        }
      />
      <IdentityForm
        org={null}
        submitLabel="Create organization"
        saving={createOrg.isPending}
        onSubmit={async (input) => {
          const org = await createOrg.mutateAsync(input);
          selectOrg(org.id);
          notifySuccess(`${org.name} created. Now tell partners what you have and what you need.`);
          navigate('/org/resources');
        }}
      />
    </Stack>
  );
}
