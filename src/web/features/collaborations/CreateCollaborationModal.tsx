import { Alert, Modal, Select, Textarea, TextInput } from '@mantine/core';
import type { FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { collaborationKinds, type CollaborationKind } from '../../../common/collaboration.ts';
import { createCollaborationBody } from '../../../common/collaborationSchemas.ts';
import { FormModal } from '../../components/form/FormModal.tsx';
import { useFormState } from '../../components/form/useFormState.ts';
import { notifySuccess } from '../../components/notify.ts';
import { useNetworks } from '../networks/useNetworks.ts';
import { useCurrentOrg } from '../orgs/CurrentOrgContext.ts';
import { collaborationKindHints, collaborationKindLabels } from './collaborationLabels.ts';
import { PartyPicker } from './PartyPicker.tsx';
import { useCreateCollaboration } from './useCollaborations.ts';
import type { PartyCandidate } from './usePartySearch.ts';

interface CollaborationValues {
  name: string;
  description: string;
  kind: CollaborationKind;
  initiatorOrgId: string | null;
  partners: PartyCandidate[];
  networkId: string | null;
}

const shownFields = ['name', 'description', 'kind', 'initiatorOrgId', 'partyOrgIds', 'partyOrgIds.', 'networkId'];

export function CreateCollaborationModal({ onClose }: { onClose: () => void }) {
  const navigate = useNavigate();
  const create = useCreateCollaboration();
  const { orgs, currentOrg } = useCurrentOrg();
  const networks = useNetworks();
  const initiators = orgs.filter((o) => o.abilities.manageMembers);
  const defaultInitiator = initiators.find((o) => o.id === currentOrg?.id) ?? initiators[0];
  const form = useFormState<CollaborationValues>(
    {
      name: '',
      description: '',
      kind: 'strategic_alliance',
      initiatorOrgId: defaultInitiator?.id ?? null,
      partners: [],
      networkId: null,
    },
    shownFields,
  );
  const { values, setField, textProps, errors } = form;
  const myNetworks = (networks.data ?? []).filter(
    (n) => n.abilities.manage || n.myMemberships.some((m) => m.status === 'active'),
  );
  const partnerError = errors.partyOrgIds ?? Object.entries(errors).find(([k]) => k.startsWith('partyOrgIds.'))?.[1];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = form.validate(createCollaborationBody, {
      name: values.name,
      description: values.description,
      kind: values.kind,
      initiatorOrgId: values.initiatorOrgId ?? '',
      partyOrgIds: values.partners.map((p) => p.id),
      networkId: values.networkId,
    });
    if (!input) return;
    create.mutate(input, {
      onSuccess: (collaboration) => {
        notifySuccess(`${collaboration.name} created. The partners see the invitation now.`);
        onClose();
        navigate(`/collaborations/${collaboration.id}`);
      },
      onError: form.showError,
    });
  };

  if (initiators.length === 0) {
    return (
      <Modal opened onClose={onClose} title="New collaboration" size="lg">
        <Alert color="yellow" variant="light">
          A collaboration is started by one of your organizations, and you need to be its owner or admin. Create an
          organization first.
        </Alert>
      </Modal>
    );
  }

  return (
    <FormModal
      title="New collaboration"
      size="lg"
      onClose={onClose}
      onSubmit={submit}
      problem={form.problem}
      submitLabel="Create and invite"
      submitting={create.isPending}
    >
      <TextInput label="Name" required placeholder="e.g. Breakfast bundles for offices" {...textProps('name')} />
      <Select
        label="Kind"
        required
        data={collaborationKinds.map((k) => ({ value: k, label: collaborationKindLabels[k] }))}
        value={values.kind}
        description={collaborationKindHints[values.kind]}
        onChange={(v) => v && setField('kind', v as CollaborationKind)}
        error={errors.kind}
        allowDeselect={false}
      />
      <Textarea
        label="Description"
        description="What you want to achieve together; the agreement's clauses come next"
        autosize
        minRows={2}
        {...textProps('description')}
      />
      <Select
        label="Initiating organization"
        required
        description="One of your organizations; it is a party from the start"
        data={initiators.map((o) => ({ value: o.id, label: o.name }))}
        value={values.initiatorOrgId}
        onChange={(v) => setField('initiatorOrgId', v)}
        error={errors.initiatorOrgId}
        allowDeselect={false}
      />
      <PartyPicker
        value={values.partners}
        onChange={(next) => setField('partners', next)}
        excludeOrgIds={values.initiatorOrgId ? [values.initiatorOrgId] : []}
        error={partnerError}
      />
      <Select
        label="Network"
        description="Optional: the network in which the partners met"
        placeholder="No network"
        clearable
        data={myNetworks.map((n) => ({ value: n.id, label: n.name }))}
        value={values.networkId}
        onChange={(v) => setField('networkId', v)}
        error={errors.networkId}
      />
    </FormModal>
  );
}
