import { MultiSelect, Select, SimpleGrid, Text, Textarea, TextInput } from '@mantine/core';
import type { FormEvent } from 'react';
import type { Collaboration } from '../../api/collaborations.ts';
import type { Project } from '../../api/projects.ts';
import { createTaskBody, raciRoleNames } from '../../../common/projects.ts';
import { FormModal } from '../../components/form/FormModal.tsx';
import { useFormState } from '../../components/form/useFormState.ts';
import { notifySuccess } from '../../components/notify.ts';
import { raciLabels } from './taskLabels.ts';
import { usePeople } from './useProjects.ts';
import { useCreateTask, useTasks } from './useTasks.ts';

type RaciRole = (typeof raciRoleNames)[number];
interface TaskValues {
  title: string;
  description: string;
  ownerOrgId: string | null;
  assigneeUserId: string | null;
  dueDate: string;
  milestoneId: string | null;
  raci: Record<RaciRole, string[]>;
  dependsOn: string[];
}

const shownFields = [
  'title',
  'description',
  'ownerOrgId',
  'assigneeUserId',
  'dueDate',
  'milestoneId',
  'dependsOn',
  'raci.',
];

export function CreateTaskModal({
  collaboration,
  project,
  onClose,
}: {
  collaboration: Collaboration;
  project: Project;
  onClose: () => void;
}) {
  const create = useCreateTask(collaboration.id, project.id);
  const people = usePeople(collaboration.id).data ?? [];
  const tasks = useTasks(collaboration.id, project.id).data ?? [];
  const parties = collaboration.parties.filter((p) => p.status === 'accepted');
  const form = useFormState<TaskValues>(
    {
      title: '',
      description: '',
      ownerOrgId: parties[0]?.orgId ?? null,
      assigneeUserId: null,
      dueDate: '',
      milestoneId: null,
      raci: { responsible: [], accountable: [], consulted: [], informed: [] },
      dependsOn: [],
    },
    shownFields,
  );
  const { values, setField, textProps, errors } = form;
  const personOptions = people.map((p) => ({ value: p.userId, label: `${p.name} (${p.orgName})` }));
  const assignees = people.filter((p) => p.orgId === values.ownerOrgId);
  const raciError = Object.entries(errors).find(([field]) => field.startsWith('raci'))?.[1];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = form.validate(createTaskBody, {
      ...values,
      ownerOrgId: values.ownerOrgId ?? '',
      dueDate: values.dueDate || null,
      raci: raciRoleNames.flatMap((role) => values.raci[role].map((userId) => ({ userId, role }))),
    });
    if (!input) return;
    create.mutate(input, {
      onSuccess: (task) => {
        notifySuccess(`Task "${task.title}" added.`);
        onClose();
      },
      onError: form.showError,
    });
  };

  return (
    <FormModal
      title="New task"
      size="lg"
      onClose={onClose}
      onSubmit={submit}
      problem={form.problem}
      submitLabel="Add task"
      submitting={create.isPending}
    >
      <TextInput label="Title" required data-autofocus {...textProps('title')} />
      <Textarea label="Description" autosize minRows={2} {...textProps('description')} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label="Owner organization"
          description="The party responsible for delivering it"
          required
          allowDeselect={false}
          data={parties.map((p) => ({ value: p.orgId, label: p.name }))}
          value={values.ownerOrgId}
          onChange={(v) => {
            setField('ownerOrgId', v);
            setField('assigneeUserId', null);
          }}
          error={errors.ownerOrgId}
        />
        <Select
          label="Assignee"
          description="A member of the owner organization"
          placeholder="Unassigned"
          clearable
          searchable
          data={assignees.map((p) => ({ value: p.userId, label: p.name }))}
          value={values.assigneeUserId}
          onChange={(v) => setField('assigneeUserId', v)}
          error={errors.assigneeUserId}
        />
        <TextInput label="Due date" type="date" {...textProps('dueDate')} />
        <Select
          label="Milestone"
          placeholder="None"
          clearable
          data={project.milestones.map((m) => ({ value: m.id, label: m.title }))}
          value={values.milestoneId}
          onChange={(v) => setField('milestoneId', v)}
          error={errors.milestoneId}
        />
      </SimpleGrid>
      <MultiSelect
        label="Depends on"
        description="Tasks that must be done first"
        placeholder={tasks.length === 0 ? 'No other tasks yet' : 'Pick tasks'}
        searchable
        data={tasks.map((t) => ({ value: t.id, label: t.title }))}
        value={values.dependsOn}
        onChange={(v) => setField('dependsOn', v)}
        error={errors.dependsOn}
      />
      <Text size="sm" fw={500} mb={-8}>
        Roles (RACI)
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {raciRoleNames.map((role) => (
          <MultiSelect
            key={role}
            label={raciLabels[role]}
            searchable
            data={personOptions}
            value={values.raci[role]}
            onChange={(v) => setField('raci', { ...values.raci, [role]: v })}
            error={role === 'responsible' ? raciError : undefined}
          />
        ))}
      </SimpleGrid>
    </FormModal>
  );
}
