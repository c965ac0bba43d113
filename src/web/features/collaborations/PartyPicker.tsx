import { ActionIcon, Button, Group, Loader, Paper, Pill, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { looksLikeOrgId, usePartySearch, type PartyCandidate } from './usePartySearch.ts';

interface PartyPickerProps {
  value: PartyCandidate[];
  onChange: (next: PartyCandidate[]) => void;
  excludeOrgIds: string[];
  error?: string;
  label?: string;
}

/** Finds partner organizations in the directories of the user's networks, or by a pasted organization id. */
export function PartyPicker({ value, onChange, excludeOrgIds, error, label = 'Partners' }: PartyPickerProps) {
  const [text, setText] = useState('');
  const [debounced] = useDebouncedValue(text, 300);
  const search = usePartySearch(debounced);
  const chosen = new Set([...value.map((p) => p.id), ...excludeOrgIds]);
  const results = (search.data ?? []).filter((c) => !chosen.has(c.id));
  const add = (candidate: PartyCandidate) => {
    onChange([...value, candidate]);
    setText('');
  };
  const searching = debounced.trim().length >= 2;

  return (
    <Stack gap={6}>
      <TextInput
        label={label}
        description={
          search.networkCount > 0
            ? `Search the member directories of your ${search.networkCount === 1 ? 'network' : `${search.networkCount} networks`}, or paste an organization id`
            : 'Paste an organization id (its admins find it on their Identity tab), or join a network to search its directory'
        }
        placeholder="Name, city, what they offer… or an organization id"
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        rightSection={search.isFetching ? <Loader size="xs" /> : null}
        error={error}
        aria-label="Find a partner organization"
      />
      {value.length > 0 && (
        <Group gap={6} data-testid="chosen-parties">
          {value.map((p) => (
            <Pill key={p.id} withRemoveButton onRemove={() => onChange(value.filter((v) => v.id !== p.id))} size="md">
              {p.name}
            </Pill>
          ))}
        </Group>
      )}
      {searching && !search.isFetching && search.data && (
        <Paper withBorder radius="md" p={4} data-testid="party-search-results">
          {results.length === 0 ? (
            <Text size="sm" c="dimmed" p="xs">
              {looksLikeOrgId(debounced)
                ? 'No organization you can see has this id.'
                : 'Nobody matches in your networks’ directories.'}
            </Text>
          ) : (
            <Stack gap={2}>
              {results.slice(0, 8).map((candidate) => (
                <Group key={candidate.id} justify="space-between" wrap="nowrap" px="xs" py={4}>
                  <Stack gap={0}>
                    <Text size="sm" fw={500}>
                      {candidate.name}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {[candidate.where, candidate.networkName].filter(Boolean).join(' · ') || candidate.id}
                    </Text>
                  </Stack>
                  <Button size="compact-xs" variant="light" onClick={() => add(candidate)}>
                    Add {candidate.name}
                  </Button>
                </Group>
              ))}
            </Stack>
          )}
        </Paper>
      )}
      {search.isError && (
        <Group gap="xs">
          <Text size="xs" c="red">
            The search failed.
          </Text>
          <ActionIcon size="xs" variant="subtle" onClick={() => void search.refetch()} aria-label="Retry search">
            ↻
          </ActionIcon>
        </Group>
      )}
    </Stack>
  );
}
