import { Button, Group, Paper, Select, Stack, Textarea, TextInput, Title } from '@mantine/core';
import type { FormEvent } from 'react';
import { updateNetworkBody } from '../../../../common/schemas.ts';
import type { DirectoryMode, NetworkKind } from '../../../../common/vocabulary.ts';
import type { Network } from '../../../api/networks.ts';
import { FormProblemAlert } from '../../../components/form/FormProblemAlert.tsx';
import { useFormState } from '../../../components/form/useFormState.ts';
import { notifySuccess } from '../../../components/notify.ts';
import { directoryModeLabels, networkKindLabels, optionsFrom } from '../../../components/vocabularyLabels.ts';
import { useUpdateNetwork } from '../useNetworks.ts';

const shownFields = ['name', 'description', 'kind', 'directory'];

export function NetworkSettingsForm({ network }: { network: Network }) {
  const updateNetwork = useUpdateNetwork(network.id);
  const form = useFormState(
    { name: network.name, description: network.description, kind: network.kind, directory: network.directory },
    shownFields,
  );
  const { values, setField, textProps, errors } = form;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = form.validate(updateNetworkBody, values);
    if (!input) return;
    updateNetwork.mutate(input, { onSuccess: () => notifySuccess('Network settings saved'), onError: form.showError });
  };

  return (
    <Paper withBorder radius="md" p="md">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h5">
            Network settings
          </Title>
          <FormProblemAlert problem={form.problem} />
          <TextInput label="Name" {...textProps('name')} />
          <Textarea label="Description" autosize minRows={2} {...textProps('description')} />
          <Group grow align="flex-start">
            <Select
              label="Kind"
              data={optionsFrom(networkKindLabels)}
              value={values.kind}
              allowDeselect={false}
              onChange={(v) => v && setField('kind', v as NetworkKind)}
              error={errors.kind}
            />
            <Select
              label="Directory"
              data={optionsFrom(directoryModeLabels)}
              value={values.directory}
              allowDeselect={false}
              onChange={(v) => v && setField('directory', v as DirectoryMode)}
              error={errors.directory}
            />
          </Group>
          <Group justify="flex-end">
            <Button type="submit" loading={updateNetwork.isPending}>
              Save settings
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
