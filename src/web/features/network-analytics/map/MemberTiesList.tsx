import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import type { MapTie } from '../../../api/networkAnalytics.ts';
import type { MapModel } from '../mapGraph.ts';
import { tieTypeBadgeColors, tieTypeLabels } from '../shared/tieTypeLabels.ts';

const shownTies = 40;

function supplyWord(tie: MapTie, orgId: string): string | null {
  if (tie.supply === null) return null;
  if (tie.supply === 'both') return 'they supply each other';
  // 'forward' means the tie's source supplies its target.
  const weSupply = (tie.source === orgId) === (tie.supply === 'forward');
  return weSupply ? 'buys from this member' : 'supplies this member';
}

export function MemberTiesList({
  model,
  orgId,
  onSelect,
}: {
  model: MapModel;
  orgId: string;
  onSelect: (orgId: string) => void;
}) {
  const ties = [...(model.tiesByMember.get(orgId) ?? [])].sort((a, b) => b.weight - a.weight);
  if (ties.length === 0) return <Text size="sm">No ties: this member is isolated.</Text>;
  return (
    <Stack gap={6} data-testid="member-ties">
      {ties.slice(0, shownTies).map((tie) => {
        const other = tie.source === orgId ? tie.target : tie.source;
        const supply = supplyWord(tie, orgId);
        return (
          <Stack key={`${tie.source}-${tie.target}`} gap={2}>
            <Group gap={6} justify="space-between" wrap="nowrap">
              <Anchor component="button" type="button" size="sm" onClick={() => onSelect(other)} ta="left">
                {model.membersById.get(other)?.name ?? 'Unknown member'}
              </Anchor>
              <Text size="xs" c="dimmed" ff="monospace">
                {tie.weight.toFixed(2)}
              </Text>
            </Group>
            <Group gap={4}>
              {tie.types.map((t) => (
                <Badge key={t.type} size="xs" variant="light" color={tieTypeBadgeColors[t.type]}>
                  {tieTypeLabels[t.type]}
                </Badge>
              ))}
              {supply && (
                <Text size="xs" c="dimmed">
                  {supply}
                </Text>
              )}
            </Group>
          </Stack>
        );
      })}
      {ties.length > shownTies && (
        <Text size="xs" c="dimmed">
          and {ties.length - shownTies} more ties
        </Text>
      )}
    </Stack>
  );
}
