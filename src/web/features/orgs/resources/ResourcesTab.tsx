import { Badge, Button, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { resourceCategories, resourceCategoryLabels } from '../../../../common/vocabulary.ts';
import type { Org, Resource } from '../../../api/orgs.ts';
import { ConfirmButton } from '../../../components/ConfirmButton.tsx';
import { EmptyState } from '../../../components/EmptyState.tsx';
import { notifyFailure, notifySuccess } from '../../../components/notify.ts';
import { PageLoader } from '../../../components/PageLoader.tsx';
import { QueryErrorAlert } from '../../../components/QueryErrorAlert.tsx';
import { VisibilityBadge } from '../../../components/VisibilityBadge.tsx';
import { availabilityLabels } from '../../../components/vocabularyLabels.ts';
import { useRemoveResource, useResources, useSaveResource } from '../useResources.ts';
import { ResourceModal } from './ResourceModal.tsx';
import { ActionsHeader } from '../../../components/ActionsHeader.tsx';

const availabilityColors = { available: 'green', limited: 'yellow', committed: 'gray' } as const;

type Editing = { resource: Resource | null } | null;

export function ResourcesTab({ org }: { org: Org }) {
  const resources = useResources(org.id);
  const saveResource = useSaveResource(org.id);
  const removeResource = useRemoveResource(org.id);
  const [editing, setEditing] = useState<Editing>(null);
  const canEdit = org.abilities.edit;

  if (resources.isPending) return <PageLoader />;
  if (resources.isError) return <QueryErrorAlert error={resources.error} onRetry={() => void resources.refetch()} />;
  const items = resources.data;
  const addButton = canEdit && <Button onClick={() => setEditing({ resource: null })}>Add resource</Button>;

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Text c="dimmed" size="sm" maw={620}>
          The people, equipment, money, customers, marketing channels and know-how you could put into a collaboration.
        </Text>
        {items.length > 0 && addButton}
      </Group>
      {items.length === 0 ? (
        <EmptyState
          title="No resources yet"
          description="List what your organization has — a deck oven, a refrigerated van, a food technologist, a customer list — so partners can see what you bring."
          action={addButton}
        />
      ) : (
        <Paper withBorder radius="md">
          <Table.ScrollContainer minWidth={660}>
            <Table verticalSpacing="sm" horizontalSpacing="md" data-testid="resources-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Resource</Table.Th>
                  <Table.Th>Capacity</Table.Th>
                  <Table.Th>Availability</Table.Th>
                  <Table.Th>Visibility</Table.Th>
                  {canEdit && <ActionsHeader />}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {resourceCategories.map((category) => {
                  const inCategory = items.filter((r) => r.category === category);
                  if (inCategory.length === 0) return null;
                  return [
                    <Table.Tr key={category} bg="var(--mantine-color-gray-0)">
                      <Table.Td colSpan={canEdit ? 5 : 4}>
                        <Text fw={600} size="sm">
                          {resourceCategoryLabels[category]}{' '}
                          <Text span c="dimmed" size="sm">
                            ({inCategory.length})
                          </Text>
                        </Text>
                      </Table.Td>
                    </Table.Tr>,
                    ...inCategory.map((resource) => (
                      <Table.Tr key={resource.id}>
                        <Table.Td>
                          <Text size="sm" fw={500}>
                            {resource.name}
                          </Text>
                          {resource.description && (
                            <Text size="xs" c="dimmed" lineClamp={2}>
                              {resource.description}
                            </Text>
                          )}
                        </Table.Td>
                        <Table.Td>
                          {resource.capacity === null ? '—' : `${resource.capacity} ${resource.unit}`.trim()}
                        </Table.Td>
                        <Table.Td>
                          <Badge variant="dot" color={availabilityColors[resource.availability]}>
                            {availabilityLabels[resource.availability]}
                          </Badge>
                        </Table.Td>
                        <Table.Td>
                          <VisibilityBadge visibility={resource.visibility} />
                        </Table.Td>
                        {canEdit && (
                          <Table.Td>
                            <Group gap={4} justify="flex-end" wrap="nowrap">
                              <Button size="xs" variant="subtle" onClick={() => setEditing({ resource })}>
                                Edit
                              </Button>
                              <ConfirmButton
                                size="xs"
                                variant="subtle"
                                color="red"
                                question={`Delete “${resource.name}”?`}
                                confirmLabel="Delete"
                                onConfirm={() =>
                                  removeResource.mutate(resource.id, {
                                    onSuccess: () => notifySuccess('Resource deleted'),
                                    onError: (error) => notifyFailure(error),
                                  })
                                }
                              >
                                Delete
                              </ConfirmButton>
                            </Group>
                          </Table.Td>
                        )}
                      </Table.Tr>
                    )),
                  ];
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
      {editing && (
        <ResourceModal
          resource={editing.resource}
          saving={saveResource.isPending}
          onClose={() => setEditing(null)}
          onSave={async (input) => {
            await saveResource.mutateAsync({ id: editing.resource?.id ?? null, input });
            notifySuccess(editing.resource ? 'Resource saved' : 'Resource added');
            setEditing(null);
          }}
        />
      )}
    </Stack>
  );
}
