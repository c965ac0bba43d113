import { Badge, Button, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import type { Priority } from '../../../../common/vocabulary.ts';
import type { Listing, ListingKind, Org } from '../../../api/orgs.ts';
import { ConfirmButton } from '../../../components/ConfirmButton.tsx';
import { EmptyState } from '../../../components/EmptyState.tsx';
import { formatCalendarDate } from '../../../components/formatDate.ts';
import { notifyFailure, notifySuccess } from '../../../components/notify.ts';
import { PageLoader } from '../../../components/PageLoader.tsx';
import { QueryErrorAlert } from '../../../components/QueryErrorAlert.tsx';
import { VisibilityBadge } from '../../../components/VisibilityBadge.tsx';
import { priorityLabels } from '../../../components/vocabularyLabels.ts';
import { useCapabilities } from '../../reference/useCapabilities.ts';
import { useListings, useRemoveListing, useSaveListing } from '../useListings.ts';
import { ListingModal } from './ListingModal.tsx';
import { ActionsHeader } from '../../../components/ActionsHeader.tsx';

const priorityColors: Record<Priority, string> = { low: 'gray', medium: 'blue', high: 'orange', critical: 'red' };

const copy = {
  offer: {
    intro: 'What you can provide to partners: products, services, spare capacity, expertise.',
    empty: 'No offers yet',
    emptyHint: 'Tell the network what you can provide — it is how partners find you in the directory.',
    add: 'Add offer',
    noun: 'offer',
  },
  need: {
    intro: 'What you are looking for: suppliers, skills, capacity, customers, funding.',
    empty: 'No needs yet',
    emptyHint: 'Say what you are looking for so that organizations offering it can find you.',
    add: 'Add need',
    noun: 'need',
  },
} as const;

function period(listing: Listing): string {
  if (!listing.availableFrom && !listing.availableUntil) return 'Any time';
  if (!listing.availableUntil) return `From ${formatCalendarDate(listing.availableFrom)}`;
  if (!listing.availableFrom) return `Until ${formatCalendarDate(listing.availableUntil)}`;
  return `${formatCalendarDate(listing.availableFrom)} – ${formatCalendarDate(listing.availableUntil)}`;
}

export function ListingsTab({ org, kind }: { org: Org; kind: ListingKind }) {
  const listings = useListings(org.id, kind);
  const saveListing = useSaveListing(org.id, kind);
  const removeListing = useRemoveListing(org.id, kind);
  const { catalog } = useCapabilities();
  const [editing, setEditing] = useState<{ listing: Listing | null } | null>(null);
  const text = copy[kind];
  const canEdit = org.abilities.edit;

  if (listings.isPending) return <PageLoader />;
  if (listings.isError) return <QueryErrorAlert error={listings.error} onRetry={() => void listings.refetch()} />;
  const items = listings.data;
  const addButton = canEdit && <Button onClick={() => setEditing({ listing: null })}>{text.add}</Button>;

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Text c="dimmed" size="sm">
          {text.intro}
        </Text>
        {items.length > 0 && addButton}
      </Group>
      {items.length === 0 ? (
        <EmptyState title={text.empty} description={text.emptyHint} action={addButton} />
      ) : (
        <Paper withBorder radius="md">
          <Table.ScrollContainer minWidth={840}>
            <Table verticalSpacing="sm" horizontalSpacing="md" data-testid={`${kind}s-table`}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Title</Table.Th>
                  <Table.Th>Capability</Table.Th>
                  <Table.Th>Quantity</Table.Th>
                  <Table.Th>When</Table.Th>
                  <Table.Th>Priority</Table.Th>
                  <Table.Th>Visibility</Table.Th>
                  {canEdit && <ActionsHeader />}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((listing) => (
                  <Table.Tr key={listing.id}>
                    <Table.Td miw={200}>
                      <Text size="sm" fw={500}>
                        {listing.title}
                      </Text>
                      {listing.description && (
                        <Text size="xs" c="dimmed" lineClamp={2}>
                          {listing.description}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td miw={180}>
                      <Text size="sm">{catalog.pathOf(listing.capability)}</Text>
                    </Table.Td>
                    <Table.Td>
                      {listing.quantity === null ? '—' : `${listing.quantity} ${listing.unit}`.trim()}
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{period(listing)}</Text>
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <Badge variant="light" color={priorityColors[listing.priority]}>
                        {priorityLabels[listing.priority]}
                      </Badge>
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <VisibilityBadge visibility={listing.visibility} />
                    </Table.Td>
                    {canEdit && (
                      <Table.Td>
                        <Group gap={4} justify="flex-end" wrap="nowrap">
                          <Button size="xs" variant="subtle" onClick={() => setEditing({ listing })}>
                            Edit
                          </Button>
                          <ConfirmButton
                            size="xs"
                            variant="subtle"
                            color="red"
                            question={`Delete the ${text.noun} “${listing.title}”?`}
                            confirmLabel="Delete"
                            onConfirm={() =>
                              removeListing.mutate(listing.id, {
                                onSuccess: () => notifySuccess(`The ${text.noun} was deleted`),
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
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
      {editing && (
        <ListingModal
          kind={kind}
          listing={editing.listing}
          saving={saveListing.isPending}
          onClose={() => setEditing(null)}
          onSave={async (input) => {
            await saveListing.mutateAsync({ id: editing.listing?.id ?? null, input });
            notifySuccess(editing.listing ? `The ${text.noun} was saved` : `The ${text.noun} was added`);
            setEditing(null);
          }}
        />
      )}
    </Stack>
  );
}
