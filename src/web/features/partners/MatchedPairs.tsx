import { Badge, Group, Stack, Text } from '@mantine/core';
import { priorities, type Priority } from '../../../common/vocabulary.ts';
import type { MatchedPair } from '../../api/matching.ts';
import { priorityLabels } from '../../components/vocabularyLabels.ts';
import type { CapabilityCatalog } from '../reference/useCapabilities.ts';
import { pairHeadline, pairReason } from './describePair.ts';

const shownPairs = 4;
const urgent: ReadonlySet<Priority> = new Set(['high', 'critical']);

function PairLine({ pair, catalog }: { pair: MatchedPair; catalog: CapabilityCatalog }) {
  const theyHelp = pair.direction === 'they_cover_my_need';
  const priority = priorities.find((p) => p === pair.needPriority);
  return (
    <Group gap="xs" wrap="nowrap" align="flex-start" data-testid="matched-pair" data-direction={pair.direction}>
      <Badge size="xs" variant="light" color={theyHelp ? 'teal' : 'blue'} w={72} mt={3} style={{ flexShrink: 0 }}>
        {theyHelp ? 'For you' : 'From you'}
      </Badge>
      <Text size="sm">
        <Text span fw={500}>
          {pairHeadline(pair)}
        </Text>{' '}
        <Text span c="dimmed">
          — {pairReason(pair, catalog)}
        </Text>
        {priority && urgent.has(priority) && (
          <Badge size="xs" color="red" variant="outline" ml={6}>
            {priorityLabels[priority]} need
          </Badge>
        )}
      </Text>
    </Group>
  );
}

/** The need ↔ offer pairs behind a score, strongest first. */
export function MatchedPairs({ pairs, catalog }: { pairs: MatchedPair[]; catalog: CapabilityCatalog }) {
  if (pairs.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No need or offer matched directly: this suggestion rests on the profile fit alone.
      </Text>
    );
  }
  const hidden = pairs.length - shownPairs;
  return (
    <Stack gap={6} data-testid="matched-pairs">
      {pairs.slice(0, shownPairs).map((pair, i) => (
        <PairLine key={`${pair.direction}-${pair.needId ?? i}-${pair.offerId ?? i}`} pair={pair} catalog={catalog} />
      ))}
      {hidden > 0 && (
        <Text size="xs" c="dimmed">
          and {hidden} more matching pair{hidden === 1 ? '' : 's'}
        </Text>
      )}
    </Stack>
  );
}
