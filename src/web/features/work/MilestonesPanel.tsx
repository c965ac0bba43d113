import { Badge, Button, Checkbox, Group, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import type { Project } from '../../api/projects.ts';
import { FormProblemAlert } from '../../components/form/FormProblemAlert.tsx';
import { useFormState } from '../../components/form/useFormState.ts';
import { formatCalendarDate } from '../../components/formatDate.ts';
import { notifyFailure } from '../../components/notify.ts';
import { createMilestoneBody } from '../../../common/projects.ts';
import { useEffectiveAgreement } from '../collaborations/useAgreement.ts';
import { useCompleteMilestone, useCreateMilestone } from './useProjects.ts';

interface MilestoneValues {
  title: string;
  dueDate: string;
  objectiveClauseId: string | null;
}

function AddMilestoneForm({ project, onDone }: { project: Project; onDone: () => void }) {
  const create = useCreateMilestone(project.collaborationId, project.id);
  const agreement = useEffectiveAgreement(project.collaborationId);
  const objectives = agreement.version?.content.objectives ?? [];
  const form = useFormState<MilestoneValues>({ title: '', dueDate: '', objectiveClauseId: null }, [
    'title',
    'dueDate',
    'objectiveClauseId',
  ]);
  const { values, setField, textProps, errors } = form;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = form.validate(createMilestoneBody, { ...values, dueDate: values.dueDate || null });
    if (input) create.mutate(input, { onSuccess: onDone, onError: form.showError });
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="xs">
        <FormProblemAlert problem={form.problem} />
        <TextInput label="Milestone" required {...textProps('title')} />
        <TextInput label="Due date" type="date" {...textProps('dueDate')} />
        <Select
          label="Serves the agreement objective"
          placeholder={objectives.length === 0 ? 'No agreement in force yet' : 'None'}
          disabled={objectives.length === 0}
          clearable
          data={objectives.map((o) => ({ value: o.id, label: o.text || o.metric || o.id }))}
          value={values.objectiveClauseId}
          onChange={(v) => setField('objectiveClauseId', v)}
          error={errors.objectiveClauseId}
        />
        <Group justify="flex-end">
          <Button variant="default" size="xs" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" size="xs" loading={create.isPending}>
            Add milestone
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function MilestonesPanel({ project }: { project: Project }) {
  const [adding, setAdding] = useState(false);
  const complete = useCompleteMilestone(project.collaborationId);
  const agreement = useEffectiveAgreement(project.collaborationId);
  const objectiveText = (id: string | null) =>
    id ? (agreement.version?.content.objectives.find((o) => o.id === id)?.text ?? id) : null;
  return (
    <Paper withBorder radius="md" p="md">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={3} size="h5">
            Milestones
          </Title>
          {project.abilities.edit && !adding && (
            <Button size="xs" variant="subtle" onClick={() => setAdding(true)}>
              Add
            </Button>
          )}
        </Group>
        {project.milestones.length === 0 && !adding && (
          <Text size="sm" c="dimmed">
            No milestones yet.
          </Text>
        )}
        {project.milestones.map((m) => (
          <Stack key={m.id} gap={2}>
            <Checkbox
              label={m.title}
              checked={m.completedAt !== null}
              disabled={!project.abilities.edit}
              onChange={(e) =>
                complete.mutate(
                  { milestoneId: m.id, completed: e.currentTarget.checked },
                  { onError: (error) => notifyFailure(error) },
                )
              }
            />
            <Group gap={6} pl={30}>
              {m.dueDate && (
                <Text size="xs" c="dimmed">
                  Due {formatCalendarDate(m.dueDate)}
                </Text>
              )}
              {m.objectiveClauseId && (
                <Badge size="xs" variant="light" color="grape" tt="none">
                  Objective: {objectiveText(m.objectiveClauseId)}
                </Badge>
              )}
            </Group>
          </Stack>
        ))}
        {adding && <AddMilestoneForm project={project} onDone={() => setAdding(false)} />}
      </Stack>
    </Paper>
  );
}
