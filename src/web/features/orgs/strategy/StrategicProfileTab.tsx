import { Alert, Stack } from '@mantine/core';
import type { Org } from '../../../api/orgs.ts';
import { notifySuccess } from '../../../components/notify.ts';
import { PageLoader } from '../../../components/PageLoader.tsx';
import { QueryErrorAlert } from '../../../components/QueryErrorAlert.tsx';
import { ReadOnlyNotice } from '../identity/IdentityTab.tsx';
import { useSaveStrategicProfile, useStrategicProfile } from '../useStrategicProfile.ts';
import { StrategicProfileForm } from './StrategicProfileForm.tsx';

export function StrategicProfileTab({ org }: { org: Org }) {
  const profile = useStrategicProfile(org.id);
  const saveProfile = useSaveStrategicProfile(org.id);
  if (profile.isPending) return <PageLoader />;
  if (profile.isError) return <QueryErrorAlert error={profile.error} onRetry={() => void profile.refetch()} />;
  return (
    <Stack gap="md">
      {!org.abilities.edit && <ReadOnlyNotice />}
      {!profile.data.filled && org.abilities.edit && (
        <Alert variant="light" color="indigo" title="Not filled in yet">
          These are neutral starting values. Adjust them and save, so that matching can find partners who fit how you
          work.
        </Alert>
      )}
      <StrategicProfileForm
        key={`${org.id}-${org.country}`}
        org={org}
        profile={profile.data}
        saving={saveProfile.isPending}
        onSubmit={async (input) => {
          await saveProfile.mutateAsync(input);
          notifySuccess('Strategic profile saved');
        }}
      />
    </Stack>
  );
}
