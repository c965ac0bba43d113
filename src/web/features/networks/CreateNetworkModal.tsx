import { Alert, Group, Modal, Select, Textarea, TextInput } from '@mantine/core';
import type { FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { createNetworkBody } from '../../../common/schemas.ts';
import type { DirectoryMode, NetworkKind } from '../../../common/vocabulary.ts';
import { FormModal } from '../../components/form/FormModal.tsx';
import { useFormState } from '../../components/form/useFormState.ts';
import { notifySuccess } from '../../components/notify.ts';
import { directoryModeLabels, networkKindLabels, optionsFrom } from '../../components/vocabularyLabels.ts';
import { useCurrentOrg } from '../orgs/CurrentOrgContext.ts';
import { useCreateNetwork } from './useNetworks.ts';

interface NetworkValues {
  name: string;
  description: string;
  kind: NetworkKind | null;
  directory: DirectoryMode;
  managingOrgId: string | null;
}

const shownFields = ['name', 'description', 'kind', 'directory', 'managingOrgId'];

export function CreateNetworkModal({ onClose }: { onClose: () => void }) {
  const navigate = useNavigate();
  const createNetwork = useCreateNetwork();
  const { orgs, currentOrg } = useCurrentOrg();
  const managers = orgs.filter((o) => o.abilities.manageMembers);
  const defaultManager = managers.find((o) => o.id === currentOrg?.id) ?? managers[0];
  const form = useFormState<NetworkValues>(
    { name: '', description: '', kind: 'cluster', directory: 'public', managingOrgId: defaultManager?.id ?? null },
    shownFields,
  );
  const { values, setField, textProps, errors } = form;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = form.validate(createNetworkBody, {
      ...values,
      kind: values.kind ?? '',
      managingOrgId: values.managingOrgId ?? '',
    });
    if (!input) return;
    createNetwork.mutate(input, {
      onSuccess: (network) => {
        notifySuccess(`${network.name} created`);
        onClose();
        navigate(`/networks/${network.id}`);
      },
      onError: form.showError,
    });
  };

  if (managers.length === 0) {
    return (
      <Modal opened onClose={onClose} title="Create a network" size="lg">
        <Alert color="yellow" variant="light">
          A network is managed by one of your organizations, and you need to be its owner or admin. Create an
          organization first.
        </Alert>
      </Modal>
    );
  }

  return (
    <FormModal
      title="Create a network"
      size="lg"
      onClose={onClose}
      onSubmit={submit}
      problem={form.problem}
      submitLabel="Create network"
      submitting={createNetwork.isPending}
    >
      <TextInput label="Name" required placeholder="e.g. Lombardy Food Cluster" {...textProps('name')} />
      <Textarea
        label="Description"
        description="Who it is for and what members do together"
        autosize
        minRows={3}
        {...textProps('description')}
      />
      <Group grow align="flex-start">
        <Select
          label="Kind"
          required
          data={optionsFrom(networkKindLabels)}
          value={values.kind}
          onChange={(v) => setField('kind', v as NetworkKind | null)}
          error={errors.kind}
          allowDeselect={false}
        />
        <Select
          label="Directory"
          data={optionsFrom(directoryModeLabels)}
          value={values.directory}
          description={
            values.directory === 'public' ? 'Anyone signed in can browse members' : 'Only active members can browse'
          }
          onChange={(v) => v && setField('directory', v as DirectoryMode)}
          error={errors.directory}
          allowDeselect={false}
        />
      </Group>
      <Select
        label="Managing organization"
        required
        description="It admits members and runs the network"
        data={managers.map((o) => ({ value: o.id, label: o.name }))}
        value={values.managingOrgId}
        onChange={(v) => setField('managingOrgId', v)}
        error={errors.managingOrgId}
        allowDeselect={false}
      />
    </FormModal>
  );
}
