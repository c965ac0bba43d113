import { Badge, Button, Group, Paper, Progress, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { Relation, RelationDirection } from '../../../api/networkAnalytics.ts';
import type { Org } from '../../../api/orgs.ts';
import { ConfirmButton } from '../../../components/ConfirmButton.tsx';
import { EmptyState } from '../../../components/EmptyState.tsx';
import { notifyFailure, notifySuccess } from '../../../components/notify.ts';
import { PageLoader } from '../../../components/PageLoader.tsx';
import { QueryErrorAlert } from '../../../components/QueryErrorAlert.tsx';
import { useCapabilities } from '../../reference/useCapabilities.ts';
import { RelationModal } from './RelationModal.tsx';
import { useRelations, useRemoveRelation, useSaveRelation } from './useRelations.ts';
import { ActionsHeader } from '../../../components/ActionsHeader.tsx';

const percent = (share: number) => `${Math.round(share * 1000) / 10} %`;

// A share is always of the declarer's own inputs (it buys) or revenue (it sells).
function shareOf(r: Relation): string {
  const theyBuy = r.direction === 'customer';
  if (r.declaredByUs) return theyBuy ? 'of our revenue' : 'of our inputs';
  return theyBuy ? 'of their inputs' : 'of their revenue';
}

const sections = {
  supplier: {
    title: 'Suppliers',
    declared: 'of your inputs declared',
    empty: 'No suppliers declared',
    add: 'Add supplier',
  },
  customer: {
    title: 'Customers',
    declared: 'of your revenue declared',
    empty: 'No customers declared',
    add: 'Add customer',
  },
} as const;

interface SectionProps {
  direction: RelationDirection;
  items: Relation[];
  declared: number;
  canEdit: boolean;
  onAdd: () => void;
  onEdit: (relation: Relation) => void;
  onRemove: (relation: Relation) => void;
}

function RelationSection({ direction, items, declared, canEdit, onAdd, onEdit, onRemove }: SectionProps) {
  const { catalog } = useCapabilities();
  const text = sections[direction];
  return (
    <Stack gap="xs">
      <Group justify="space-between" align="flex-end">
        <Stack gap={4}>
          <Title order={2} size="h4">
            {text.title}
          </Title>
          <Group gap="xs">
            <Progress value={declared * 100} w={160} size="sm" aria-label={`${text.title} declared share`} />
            <Text size="xs" c="dimmed">
              {percent(declared)} {text.declared}
            </Text>
          </Group>
        </Stack>
        {canEdit && (
          <Button variant="light" onClick={onAdd}>
            {text.add}
          </Button>
        )}
      </Group>
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {text.empty}.
        </Text>
      ) : (
        <Paper withBorder radius="md">
          <Table.ScrollContainer minWidth={660}>
            <Table verticalSpacing="sm" horizontalSpacing="md" data-testid={`${direction}-relations`}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Organization</Table.Th>
                  <Table.Th>Capability</Table.Th>
                  <Table.Th>Share</Table.Th>
                  <Table.Th>Declared by</Table.Th>
                  {canEdit && <ActionsHeader />}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((r) => (
                  <Table.Tr key={r.id}>
                    <Table.Td>
                      <Group gap={6}>
                        <Text size="sm" fw={500}>
                          {r.counterpart.name}
                        </Text>
                        {r.critical && (
                          <Badge color="red" variant="light" size="sm">
                            Critical
                          </Badge>
                        )}
                      </Group>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{r.capability ? catalog.pathOf(r.capability) : '—'}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{percent(r.share)}</Text>
                      <Text size="xs" c="dimmed">
                        {shareOf(r)}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      {r.declaredByUs ? (
                        <Text size="sm">You</Text>
                      ) : (
                        <Badge variant="outline" color="gray" size="sm">
                          {r.counterpart.name}
                        </Badge>
                      )}
                    </Table.Td>
                    {canEdit && (
                      <Table.Td>
                        {r.declaredByUs && (
                          <Group gap={4} justify="flex-end" wrap="nowrap">
                            <Button size="xs" variant="subtle" onClick={() => onEdit(r)}>
                              Edit
                            </Button>
                            <ConfirmButton
                              size="xs"
                              variant="subtle"
                              color="red"
                              question={`Remove ${r.counterpart.name} from your ${text.title.toLowerCase()}?`}
                              confirmLabel="Remove"
                              onConfirm={() => onRemove(r)}
                            >
                              Remove
                            </ConfirmButton>
                          </Group>
                        )}
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
    </Stack>
  );
}

export function RelationsTab({ org }: { org: Org }) {
  const relations = useRelations(org.id);
  const save = useSaveRelation(org.id);
  const remove = useRemoveRelation(org.id);
  const [editing, setEditing] = useState<{ relation: Relation | null; direction: RelationDirection } | null>(null);

  if (relations.isPending) return <PageLoader />;
  if (relations.isError) return <QueryErrorAlert error={relations.error} onRetry={() => void relations.refetch()} />;
  const { items, declaredInputShare, declaredRevenueShare, abilities } = relations.data;
  const onRemove = (relation: Relation) =>
    remove.mutate(relation.id, {
      onSuccess: () => notifySuccess(`${relation.counterpart.name} was removed`),
      onError: (error) => notifyFailure(error),
    });
  const common = {
    canEdit: abilities.edit,
    onEdit: (relation: Relation) => setEditing({ relation, direction: relation.direction }),
    onRemove,
  };

  return (
    <Stack gap="lg">
      <Text c="dimmed" size="sm" maw={720}>
        Who supplies you and who buys from you, with the share of your inputs or revenue each one represents. Your
        organization and the other side see these figures, and so do the managers of the networks you share with it:
        their analytics use them to measure dependence, lock-in and the effect of a partner leaving. Other members never
        see them.
      </Text>
      {items.length === 0 && (
        <EmptyState
          title="No suppliers or customers yet"
          description={
            abilities.edit
              ? 'Declare your main suppliers and customers among the organizations you work with.'
              : 'Your organization’s owners and admins can declare its suppliers and customers.'
          }
        />
      )}
      <RelationSection
        direction="supplier"
        items={items.filter((r) => r.direction === 'supplier')}
        declared={declaredInputShare}
        onAdd={() => setEditing({ relation: null, direction: 'supplier' })}
        {...common}
      />
      <RelationSection
        direction="customer"
        items={items.filter((r) => r.direction === 'customer')}
        declared={declaredRevenueShare}
        onAdd={() => setEditing({ relation: null, direction: 'customer' })}
        {...common}
      />
      {editing && (
        <RelationModal
          orgId={org.id}
          relation={editing.relation}
          direction={editing.direction}
          saving={save.isPending}
          onClose={() => setEditing(null)}
          onSave={async (input) => {
            const saved = await save.mutateAsync(input);
            notifySuccess(editing.relation ? 'The relation was saved' : `${saved.counterpart.name} was declared`);
            setEditing(null);
          }}
        />
      )}
    </Stack>
  );
}
