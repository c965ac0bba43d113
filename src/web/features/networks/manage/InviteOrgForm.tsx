import { Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { joinNetworkBody } from '../../../../common/schemas.ts';
import type { Network } from '../../../api/networks.ts';
import { FormProblemAlert } from '../../../components/form/FormProblemAlert.tsx';
import { useFormState } from '../../../components/form/useFormState.ts';
import { notifySuccess } from '../../../components/notify.ts';
import { useInviteOrgToNetwork } from '../useNetworkMemberships.ts';

const shownFields = ['orgId'];

export function InviteOrgForm({ network }: { network: Network }) {
  const inviteOrg = useInviteOrgToNetwork(network.id);
  const form = useFormState({ orgId: '' }, shownFields);
  const [lastResult, setLastResult] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = form.validate(joinNetworkBody, { orgId: form.values.orgId.trim() });
    if (!input) return;
    inviteOrg.mutate(input.orgId, {
      onSuccess: (result) => {
        const message =
          result.status === 'active'
            ? 'It had asked to join, so it is now a member.'
            : 'Invitation sent. It becomes a member when one of its admins accepts.';
        setLastResult(message);
        notifySuccess(message);
        form.reset({ orgId: '' });
      },
      onError: form.showError,
    });
  };

  return (
    <Paper withBorder radius="md" p="md">
      <Stack gap="sm">
        <Title order={2} size="h5">
          Invite an organization
        </Title>
        <Text size="sm" c="dimmed">
          Paste the organization’s id. Its admins find it at the top of their organization’s Identity tab — or they can
          simply request to join.
        </Text>
        <form onSubmit={submit} noValidate>
          <Stack gap="sm">
            <FormProblemAlert problem={form.problem} />
            <Group align="flex-start">
              <TextInput
                aria-label="Organization id"
                placeholder="e.g. 3f1c2a9e-…"
                {...form.textProps('orgId')}
                style={{ flex: 1 }}
                ff="monospace"
              />
              <Button type="submit" loading={inviteOrg.isPending}>
                Invite
              </Button>
            </Group>
            {lastResult && (
              <Text size="sm" c="teal">
                {lastResult}
              </Text>
            )}
          </Stack>
        </form>
      </Stack>
    </Paper>
  );
}
