import { Textarea, TextInput } from '@mantine/core';
import type { FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { createProjectBody } from '../../../common/projects.ts';
import { FormModal } from '../../components/form/FormModal.tsx';
import { useFormState } from '../../components/form/useFormState.ts';
import { notifySuccess } from '../../components/notify.ts';
import { useCreateProject } from './useProjects.ts';

export function CreateProjectModal({ collaborationId, onClose }: { collaborationId: string; onClose: () => void }) {
  const navigate = useNavigate();
  const create = useCreateProject(collaborationId);
  const form = useFormState({ name: '', description: '' }, ['name', 'description']);
  const { values, textProps } = form;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = form.validate(createProjectBody, values);
    if (!input) return;
    create.mutate(input, {
      onSuccess: (project) => {
        notifySuccess(`Project "${project.name}" created.`);
        onClose();
        navigate(`/collaborations/${collaborationId}/work?project=${project.id}`);
      },
      onError: form.showError,
    });
  };

  return (
    <FormModal
      title="New project"
      onClose={onClose}
      onSubmit={submit}
      problem={form.problem}
      submitLabel="Create project"
      submitting={create.isPending}
    >
      <TextInput
        label="Name"
        required
        data-autofocus
        placeholder="e.g. Launch of the breakfast bundle"
        {...textProps('name')}
      />
      <Textarea label="Description" autosize minRows={2} {...textProps('description')} />
    </FormModal>
  );
}
